"""Acts of war that news names by verbs the dictionary does not code that way (private).

- "eliminated 49 terrorists", "neutralized the gunmen": a killing named by a euphemism
  (the class of "kill"), when the object is someone ("eliminated the restrictions" is the
  dictionary's own 081);
- "foiled an attack", "thwarted an infiltration attempt", "repelled an attempt by X to
  storm the base": defeating the enemy's act is conventional force (CAMEO 190);
- "planted landmines", "placed an explosive device": an unconventional attack (CAMEO 183,
  PLOVER ASSAULT "explosives");
- "cut the supply route", "severed the highway": a blockade, restricting movement
  (CAMEO 191, PLOVER COERCE "restrict"); armed men cutting a road or route in war cut
  the other side's supply line, an act of war like a siege (CAMEO 191, FIGHT: "the
  army severed the rebels' last road into the city"; "cut off water supplies" stays
  a blockade);
- "lost the border town", "lost most of the land it held", "lost control of the
  district": ceding territory (PLOVER
  RETREAT: "a military retreat from, or ceding, territory");
- "the army operated against the militant groups": armed operations against a party are
  force (CAMEO 190), not "operated a clinic";
- "the militia wreaked havoc (destruction) in the villages": armed men's havoc is force
  (CAMEO 190), not a storm's or a policy's;
- "broke (off) ties with", "broke with al-Qaeda": breaking relations (CAMEO 161);
- "laid down their arms": disarming (CAMEO 0871), not the aid of "supplied arms";
- "gassed the villagers": an attack with unconventional weapons (PLOVER ASSAULT mode
  "unconventional"; the dictionary has no verb "gas");
- "destroyed a car bomb", "foiled a suicide attack": what is struck or stopped is no means
  of the act (:func:`means_roles`), so no ASSAULT mode comes from it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .coercion import coercion_sense
from .combat import armed_agent, armed_subject
from .labels import default_class, label_class
from .lexicon import GROUND_NOUNS, PLACE_LABELS, PLACE_NOUNS, word_set
from .misfires import is_armed

__all__ = ["countering", "means_phrases", "war_sense"]

# Verbs of an attack with poison gas, which the dictionary does not list.
_GASSING = word_set("gas")
_CHEMICAL = Code("", "ASSAULT", "unconventional")
_EUPHEMISMS = word_set("eliminate liquidate neutralize neutralise")
_FOILING = word_set("foil thwart repel repulse frustrate")
# Verbs whose object is what is struck, seized or stopped, never the means of the act:
# "destroyed a car bomb", "eliminated a suicide bomber", "foiled a suicide attack" (no
# ASSAULT by explosives); "detonated a car bomb", "used chlorine" name their means.
# ("killed" is left out: its object's phrases too often hold the attack that killed.)
_COUNTERING = _FOILING | word_set(
    "destroy dismantle defuse intercept down eliminate neutralize neutralise target seize "
    "capture confiscate arrest detain"
)
_MEANS_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "prep", "agent"})
# Phrases hung on such an object that still tell the means: "killed 50 fighters in a
# suicide bombing", "targeted the rebels with bomb attacks".
_MEANS_PREPS = word_set("in with by using during")
_ATTEMPTS = word_set(
    "attack attacks attempt attempts bid infiltration offensive assault raid incursion plan "
    "advance push"
)
_PLANTING = word_set("plant lay place set")
_EXPLOSIVES = word_set(
    "mine mines landmine landmines explosive explosives ied ieds bomb bombs device devices "
    "charge charges"
)
# ("protesters blocked the road" is PLOVER PROTEST: blocking is no verb of cutting here)
_CUTTING = word_set("cut sever")
_ROUTES = word_set(
    "route routes road roads highway highways artery line lines corridor corridors supply supplies"
)
# "broke ties with", "broke off relations", "broke allegiance with": CAMEO 161 (reduce or
# break relations), not the dictionary's "BREAK * OFF [130]".
_BREAKING = word_set("break")
_TIES = word_set("tie ties relation relations link links allegiance ranks contact contacts")
_BREAK_RELATIONS = Code("161", "SANCTION", "withdraw")
_FORCE = Code("190", "FIGHT", "")
# What armed men wreak is force ("wreaked havoc and destruction in the villages").
_RUIN = word_set("havoc destruction devastation carnage mayhem death")
# "laid down their arms": the dictionary's "LAY * DOWN &WEAPON [0871]", whose set lacks "arms"
_ARMS = word_set("arm arms weapon weapons")
_DISARM = Code("0871", "RETREAT", "ceasefire")
_MINES = Code("183", "ASSAULT", "explosives")
_BLOCKADE = Code("191", "COERCE", "restrict")
# A supply line cut by armed men: an act of war, as a siege is (see _route_cut).
_LINE_CUT = Code("191", "FIGHT", "")
# The roads a supply line runs on ("the supply route", "the highway"); "supplies" and
# "lines" alone may be water or power.
_ROADS = word_set("route routes road roads highway highways artery arteries corridor corridors")
_LINE_KINDS = word_set("supply front")
# Shares of what is lost: "lost most of the territory it held", "half of the district".
_SHARES = word_set("most much all some part parts half rest bulk majority swathes swaths")


def _objects(verb: Token) -> list[Token]:
    found = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        found.append(verb.head)  # "landmines planted by the militants"
    if verb.dep_ == "relcl" and _object_relative(verb, found):
        # "the road which the army severed", "the mines that were planted": the antecedent
        found = [k for k in found if k.tag_ not in {"WDT", "WP"}] + [verb.head]
    return found


def _object_relative(verb: Token, found: list[Token]) -> bool:
    """Return whether a relative clause's antecedent is its verb's object.

    "The road which the army severed" (the pronoun is the object, or the parser, without
    a comma, hangs "which" on the subject and leaves no object); not "the town where the
    army fought" (an adverb), nor "the unit that severed the road" (the subject).
    """
    if any(k.tag_ in {"WDT", "WP"} for k in found):
        return True
    adverbs = [k for k in verb.subtree if k.tag_ == "WRB" or k.dep_ == "pobj" and k.tag_ == "WDT"]
    subject = [k for k in verb.children if k.dep_ == "nsubj" and k.tag_ not in {"WDT", "WP"}]
    return not found and bool(subject) and not adverbs


def _words_of(noun: Token) -> set[str]:
    # the noun and its modifiers: "an infiltration attempt", "homemade land mines"
    return {t.lower_ for t in noun.subtree if t.i <= noun.i} | {noun.lemma_.lower()}


def _is_place(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in PLACE_LABELS or lemma in PLACE_NOUNS | GROUND_NOUNS


def _code(cls: str) -> Code | None:
    return Code("", cls, "") if cls else None


def countering(verb: Token) -> bool:
    """Return whether a verb acts on a means rather than with it ("destroyed a car bomb")."""
    return verb.lemma_.lower() in _COUNTERING


def means_phrases(verb: Token) -> list[Token]:
    """Return the phrases of a clause that may name the means of its act (its ASSAULT mode).

    The object of a verb of striking or stopping is what is struck ("destroyed a car
    bomb"), though a phrase hung on it may tell the means ("in a suicide bombing").
    """
    phrases = [k for k in verb.children if k.dep_ in _MEANS_ROLES]
    if not countering(verb):
        return phrases
    struck = [k for k in phrases if k.dep_ in {"dobj", "nsubjpass"}]
    hung = [p for k in struck for p in k.children if p.dep_ == "prep" and p.lower_ in _MEANS_PREPS]
    return [k for k in phrases if k not in struck] + hung


def war_sense(verb: Token) -> Code | None:
    """Return the code of an act of war named by a verb the dictionary codes otherwise."""
    from .agenthood import counted  # agenthood -> agentnouns -> eventnouns -> classify
    from .agentnouns import is_someone  # agentnouns -> eventnouns -> classify -> here

    lemma = verb.lemma_.lower()
    if lemma in _GASSING:
        return _CHEMICAL  # "the junta gassed the villagers"
    objects = _objects(verb)
    people = [counted(o) for o in objects]  # "eliminated large numbers of gunmen"
    if lemma in _EUPHEMISMS and any(is_someone(o) or o.pos_ == "PRON" for o in people):
        return default_class("kill")
    if lemma in _FOILING and any(o.lemma_.lower() in _ATTEMPTS for o in objects):
        return _FORCE
    if lemma in _PLANTING and any(_words_of(o) & _EXPLOSIVES for o in objects):
        return _MINES
    if lemma in _CUTTING and any(o.lemma_.lower() in _ROUTES for o in objects):
        return _LINE_CUT if _route_cut(verb, objects) else _BLOCKADE
    down = any(k.lower_ == "down" and k.dep_ in {"prt", "advmod"} for k in verb.children)
    if down and lemma in {"lay", "put"} and any(o.lemma_.lower() in _ARMS for o in objects):
        return _DISARM  # "laid down their arms": not the "supply arms" of aid
    if lemma in _BREAKING and _ties_broken(verb, objects):
        return _BREAK_RELATIONS
    if lemma == "operate" and _against_party(verb):
        return _FORCE  # "the army operated against the militant groups"
    if lemma == "wreak" and _armed_ruin(verb, objects):
        return _FORCE  # "the militia wreaked havoc in the villages"
    if lemma == "lose" and _place_lost(objects):
        return _code(label_class("withdraw from"))
    return coercion_sense(verb)  # "rounded up the men", "blocked the delivery of aid"


def _against_party(verb: Token) -> bool:
    """Return whether a verb's "against" phrase names a party: "operated against the rebels".

    Not "operated against the clock", "operated against all odds".
    """
    from .agentnouns import is_someone  # agentnouns -> eventnouns -> classify -> here

    preps = [k for k in verb.children if k.dep_ == "prep" and k.lower_ == "against"]
    foes = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return any(is_someone(o) or o.pos_ == "PRON" for o in foes)


def _armed_ruin(verb: Token, objects: list[Token]) -> bool:
    """Return whether armed men wreak ruin: "the militia wreaked havoc".

    So do "gunmen wreaking havoc" and "the destruction the militia wreaked"; not "the
    storm wreaked havoc", "the tax wreaked havoc on the economy".
    """
    ruin = [*objects, verb.head] if verb.dep_ == "relcl" else objects
    if not any(o.lemma_.lower() in _RUIN for o in ruin):
        return False
    return armed_subject(verb) or verb.dep_ == "acl" and is_armed(verb.head)


def _route_cut(verb: Token, objects: list[Token]) -> bool:
    """Return whether armed men cut a road or route: "the army severed the supply route".

    "The militia cut the highway", "the road was cut off by regime forces", "troops
    took the hill, cutting the road"; not "farmers cut the highway" (a protest), nor
    "the rebels cut off water supplies" (no road).
    """
    roads = [
        o
        for o in objects
        if o.lemma_.lower() in _ROADS
        or (
            o.lemma_.lower() == "line"
            and any(k.lower_ in _LINE_KINDS for k in o.children if k.dep_ == "compound")
        )
    ]
    if not roads:
        return False
    act = _participle_act(verb)  # "troops took the hill, cutting the road": their cutting
    return armed_subject(verb) or armed_agent(verb) or (act is not None and armed_subject(act))


def _participle_act(verb: Token) -> Token | None:
    """Return the act a participle follows: "closed the bridge(,) severing the road"."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl"}:
        return None
    head = verb.head
    while head.dep_ in {"dobj", "pobj", "prep"} and head.head.i < head.i:
        head = head.head  # without commas the parser hangs it on the object before it
    return head if head.pos_ == "VERB" else None


def _ties_broken(verb: Token, objects: list[Token]) -> bool:
    """Return whether a verb breaks ties: "broke (off) ties with", "broke with al-Qaeda"."""
    if any(o.lemma_.lower() in _TIES for o in objects):
        return True
    return not objects and any(k.lower_ == "with" and k.dep_ == "prep" for k in verb.children)


def _part_of(noun: Token) -> Token:
    """Return what a share names: "most of the territory" -> territory, else the noun."""
    if noun.lower_ not in _SHARES:
        return noun
    of = next((k for k in noun.children if k.dep_ == "prep" and k.lower_ == "of"), None)
    pobj = next((k for k in of.children if k.dep_ == "pobj"), None) if of is not None else None
    return noun if pobj is None else pobj


def _place_lost(objects: list[Token]) -> bool:
    """Return whether "lost" names a place or the control of one ("lost control of X")."""
    for obj in map(_part_of, objects):
        if _is_place(obj):
            return True
        if obj.lemma_.lower() == "control":
            places = [c for p in obj.children if p.lower_ in {"of", "over"} for c in p.children]
            return any(_is_place(c) for c in places)
    return False
