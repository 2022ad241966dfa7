"""Where an attack that hurt people fell: "the raids around Tadmur killed 20" (private).

When an attack noun is the subject of a verb of harm, its clause tells whom the attack
killed or wounded, and the noun's own place phrase tells where it struck: "the raids
around Tadmur and near the airbase killed 20 militants" -> the raids struck Tadmur and
the airbase; "air strikes in Hama province have killed 30 people" -> they struck Hama
province. An event coder codes both, the harm and the strike on the place. The doer is
whoever the noun names (its owner: "rebel shelling in X", "Russian strikes near X"; a
"by" agent), else no one (a fact, as :func:`graph.extract.nominals.attack_frames` keeps
"air strikes on X" with no owner). Only the noun's own phrases count (the verb's "in X"
says where people died), never a phrase of origin ("strikes from Turkey"), never the
place of an attack that already names its target ("strikes on a market in Idlib": the
market, see nominals), and never an attack not stated as done ("plans for strikes in X").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import pycountry
from spacy.tokens import Token

from .attacknouns import ATTACK_MODES, is_attack_noun
from .attackverbs import attack_action
from .causephrases import HARM_LEMMAS
from .edges import REGION_NOUNS, SITE_NOUNS, is_place_phrase
from .eventnouns import noun_lemma, owner
from .frames import Frame
from .lexicon import LOCATION_PREPS, PLACE_LABELS, PLACE_NOUNS, word_set
from .nominals import agent_adjective, attack_target, attacker_spans
from .nounagents import attacker
from .spans import child, conjuncts, np_span
from .stated import is_stated

__all__ = ["strike_place_frames"]

# Attacks that fall on a place: strikes, raids, shelling, bombing (not a siege, a
# crackdown or a takeover, whose "in X" is where they went on, not what they hit).
_STRIKES = word_set(
    "attack assault strike airstrike raid bombing bombardment shelling shellfire fire "
    "gunfire offensive onslaught"
)
# Verbs of harm whose subject an attack is: "killed", "wounded", "left ten dead".
_HARM_VERBS = HARM_LEMMAS | word_set("leave claim")
# Phrases of where an attack fell ("at" and "on" name its target: see nominals).
_PLACE_PREPS = LOCATION_PREPS - {"at", "over"}
# Sites no place list holds: "near the airbase".
_SITES = PLACE_NOUNS | SITE_NOUNS | REGION_NOUNS | word_set("airbase airfield facility")


def strike_place_frames(noun: Token) -> Iterator[Frame]:
    """Yield the strike of an attack noun that hurt people on each place its phrase names.

    "The raids around Tadmur and near the airbase killed 20 militants" -> (no one)
    strike Tadmur, strike the airbase; "Russian strikes in Hama killed ten" -> Russian
    strike Hama.
    """
    found = _harming_strike(noun)
    target = attack_target(noun) if found is not None else None
    if found is None or (target is not None and is_attack_noun(noun)):
        return  # "air strikes on X killed ten": see nominals.attack_frames
    # (a gerund the parser read as a verb no other rule reads: "Shelling on X wounded four")
    phrases = (
        [(target[1], target[0])]
        if target
        else [(p, child(p, "pobj")) for p in _place_phrases(noun)]
    )
    places = [
        (prep, place)
        for prep, pobj in phrases
        if pobj is not None
        for place in conjuncts(pobj)
        if (place.i == pobj.i or _is_place(place)) and not _is_country(place)
    ]
    if not places:
        return
    who = owner(noun) or attacker(noun) or agent_adjective(noun)
    if who is not None and who.lower_ in ATTACK_MODES:
        who = None  # "Air strikes in X" (title case): a mode, not an owner
    if who is not None:
        actors, kind = attacker_spans(noun, who), "event"
    else:
        actors, kind = [noun.doc[noun.left_edge.i : noun.i + 1]], "relation"
    action = attack_action(noun)
    for prep, place in places:
        relation = f"{noun.text} {prep.text}"
        for actor in actors:
            yield Frame(actor, noun, np_span(place), "active", None, kind, relation, action)


def _harming_strike(noun: Token) -> Token | None:
    """Return the verb of harm an attack is the subject of.

    "The raids around X killed 20" -> killed. The tagger may read a gerund as a verb with
    its phrase: "Shelling on X wounded four" (a clausal subject) -> wounded.
    """
    lemma = noun_lemma(noun)
    if lemma not in _STRIKES and noun.lower_ not in _STRIKES or not is_stated(noun):
        return None
    if lemma == "fire" and not any(k.dep_ in {"compound", "amod", "poss"} for k in noun.lefts):
        return None  # "a fire in the market killed ten" may be a blaze, not gunfire
    verb = noun.head
    if noun.tag_ == "VBG" and any(k.dep_ in {"nsubj", "dobj"} for k in noun.children):
        return None  # a verb of its own: "rebels shelling the town killed two"
    if not (noun.dep_ == "nsubj" and is_attack_noun(noun)) and noun.dep_ != "csubj":
        return None
    return verb if verb.lemma_.lower() in _HARM_VERBS else None


def _place_phrases(noun: Token) -> list[Token]:
    """Return the noun's own phrases of place: "around Tadmur and near the airbase"."""
    found = []
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
            continue
        found += [p for p in _prep_conjuncts(prep) if _names_place(p)]
    return found


def _prep_conjuncts(prep: Token) -> Iterator[Token]:
    """Yield a preposition and those coordinated with it ("in and around X", "near X")."""
    yield prep
    for kid in prep.children:
        if kid.dep_ == "conj" and kid.pos_ == "ADP":
            yield from _prep_conjuncts(kid)


def _names_place(prep: Token) -> bool:
    """Return whether a (possibly coordinated) preposition's object is a place."""
    pobj = child(prep, "pobj")
    if pobj is None or prep.lower_ not in _PLACE_PREPS:
        return False
    return (prep.dep_ == "prep" and is_place_phrase(prep)) or _is_place(pobj)


def _is_place(noun: Token) -> bool:
    """Return whether a noun names a place: "Tadmur", "the airbase" (not "a crash")."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in PLACE_LABELS or (not noun.ent_type_ and lemma in _SITES)


def _is_country(noun: Token) -> bool:
    """Return whether a place is a whole country ("strikes in Syria"): the war's setting.

    A strike "in Syria" tells where a war is, not what was struck (nor is the country
    its target); "in northern Syria" likewise.
    """
    if noun.ent_type_ != "GPE":
        return False
    ent = next((e for e in noun.doc.ents if e.start <= noun.i < e.end), None)
    name = ent.text.lower().removeprefix("the ") if ent is not None else noun.lower_
    return name in _country_names() or noun.lower_ in _country_names()


@cache
def _country_names() -> frozenset[str]:
    names = set()
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            name = getattr(country, field, None)
            if name:
                names.add(name.lower())
    return frozenset(names)


def gerund_strike(verb: Token) -> Token | None:
    """Return the attack gerund the parser made a verb's clausal subject, if any.

    "Shelling on the Old City wounded four children": the tagger reads "Shelling on X"
    as a clause, leaving "wounded" no subject; the shelling wounded them, as "Shelling
    wounded four children" says (an attack by someone the text does not name).
    """
    gerund = child(verb, "csubj")
    if gerund is None or gerund.tag_ != "VBG" or _harming_strike(gerund) is None:
        return None
    return gerund
