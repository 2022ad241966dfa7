"""Events named by nouns: who owns, fires or carries out an event noun (private).

News names many events with a noun ("an air strike against X", "clashes between X
and Y", "killed in rebel fire"); the rules here read an event noun's owner and
attacker and a weapon used as a subject. Their targets are read in
:mod:`graph.extract.nountargets`, the events they name with both sides in
:mod:`graph.extract.nounframes`. Each rule has an example sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .alternatives import offers_alternatives
from .lexicon import (
    AGENT_NOUNS,
    EVENT_NOUNS,
    HOLDING_VERBS,
    INSTRUMENT_NOUNS,
    RECIPROCAL_NOUNS,
    WEEKDAYS,
)
from .responsible import hedged_owner, responsible_party
from .senders import sender
from .spans import child
from .verbspelling import gerund_lemma
from .victims import is_hurt_by

# Modifiers that can name who is behind an event noun: "Israeli strikes", "rebel fire".
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_OWNER_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# Participles that name the attacker of a weapon or an attack: "fired by", "planted by".
_BY_DEPS = frozenset({"acl", "relcl"})


def noun_lemma(noun: Token) -> str:
    """Return a noun's lemma, lower case ("Clashes" -> "clash", "IEDs" -> "ied")."""
    return noun.lemma_.lower()


def is_event_noun(noun: Token) -> bool:
    """Return whether ``noun`` names an event or a weapon rather than someone who acts."""
    if noun.pos_ not in {"NOUN", "VERB"} or noun.ent_type_ in _OWNER_LABELS:
        return False
    lemma = noun_lemma(noun).removeprefix("counter")  # a counterattack is an attack
    if noun.tag_ == "VBG" or lemma.endswith("ing"):
        lemma = lemma if lemma in EVENT_NOUNS else gerund_lemma(noun.text) + "ing"
    if lemma in EVENT_NOUNS or lemma in INSTRUMENT_NOUNS or noun.lower_ in EVENT_NOUNS:
        return True
    return _is_fire_count(noun) or _is_firepower(noun)


def _is_firepower(noun: Token) -> bool:
    """Return whether a noun is weapons' fire by another name: "firepower", "fire power".

    "The army intensified its fire power against the hideouts" is fire on the hideouts,
    as "intensified its fire against" would be; "power" alone is no event.
    """
    lemma = noun_lemma(noun)
    fire_power = lemma == "power" and any(k.lower_ == "fire" for k in noun.lefts)
    return lemma == "firepower" or fire_power


# Counts of fire that name an attack when they count nothing named: "rocket barrages".
_FIRE_COUNTS = frozenset({"barrage", "volley", "salvo"})


def _is_fire_count(noun: Token) -> bool:
    """Return whether a count of fire without an "of" phrase names the attack itself.

    "Troops fired heavy artillery barrages on the valley" is fire on the valley, and "the
    rebel barrage killed ten" the rebels' attack; "a barrage of rockets" counts rockets
    (see :func:`counted_event`) and "a barrage of criticism" no attack.
    """
    if noun_lemma(noun) not in _FIRE_COUNTS and noun.lower_.removesuffix("s") not in _FIRE_COUNTS:
        return False
    return not any(k.dep_ == "prep" and k.lower_ == "of" for k in noun.rights)


def _is_owner(mod: Token) -> bool:
    if mod.ent_type_ in {"DATE", "TIME"} or mod.lower_ in WEEKDAYS:
        return False  # "Saturday's strikes", "last year's offensive": when, not who
    if mod.dep_ == "poss":
        return True
    if mod.lemma_.lower() in AGENT_NOUNS or mod.lower_ in AGENT_NOUNS:
        # "rebel fire"; the tagger may call the group word an adjective ("terrorist
        # attacks") or, opening the sentence, a name ("Rebel rocket fire").
        return mod.pos_ in {"NOUN", "ADJ", "PROPN"}
    if mod.is_sent_start and not mod.ent_type_:
        return False  # a capital that only opens the sentence: "Mortar rounds hit ..."
    if mod.ent_type_ in _OWNER_LABELS or mod.pos_ == "PROPN":
        return True
    return mod.dep_ == "amod" and mod.tag_ == "VBN" and _leader(mod) is not None


def _leader(part: Token) -> Token | None:
    # "US-led strikes": those the US leads struck ("US-backed" forces are not the US's own).
    if part.lemma_.lower() != "lead":
        return None
    mod = next((k for k in part.lefts if k.dep_ in {"npadvmod", "compound", "nmod"}), None)
    return mod if mod is not None and (mod.ent_type_ or mod.pos_ == "PROPN") else None


def owner(noun: Token) -> Token | None:
    """Return the modifier naming who is behind an event noun, if any.

    "Israel's air strike", "Russian bombings", "rebel fire", "its bombing" -> the owner;
    "a car bomb", "the air strike" -> None.
    """
    for mod in noun.lefts:
        if mod.dep_ in _OWNER_DEPS and _is_owner(mod):
            return _leader(mod) or mod
        if mod.dep_ == "compound":
            # "the army air strike", "US drone attacks": a compound of a compound.
            inner = owner(mod)
            if inner is not None:
                return inner
    return None


def owner_spans(who: Token) -> list[Span]:
    """Return the owners a modifier and those coordinated with it name ("X and Y fire").

    "Russian and regime air strikes" -> "Russian", "regime" (each side did it);
    "Syrian or Russian strikes" -> "Syrian or Russian", one side the text does not know.
    """
    doc = who.doc
    if offers_alternatives(who):
        return [doc[who.left_edge.i : who.right_edge.i + 1]]
    sides = [
        kid
        for kid in who.children
        if kid.dep_ == "conj"
        and (kid.pos_ in {"PROPN", "NOUN"} or kid.ent_type_ in {"NORP", "GPE", "ORG"})
    ]
    spans = [doc[side.left_edge.i : side.i + 1] for side in [who, *sides]]
    if sides:
        # "Russian and Syrian regime air strikes": the last side runs on to its own noun
        last, end = sides[-1], sides[-1].i
        for tok in doc[last.i + 1 : who.head.i]:
            if tok.dep_ not in {"compound", "nmod"} or not _is_owner(tok):
                break
            end = tok.i
        spans[-1] = doc[last.left_edge.i : end + 1]
    return spans


def owned_spans(noun: Token, who: Token) -> list[Span]:
    """Return :func:`owner_spans`, one owner run on to the unit noun it qualifies.

    "Syrian army shelling", "Syrian air force raids", "US-led coalition strikes" -> "Syrian
    army", "Syrian air force", "US-led coalition"; "Russian air strikes" keep "Russian".
    """
    spans = owner_spans(who)
    if len(spans) != 1 or who.i >= noun.i:
        return spans
    units = [
        tok.i
        for tok in noun.doc[who.i + 1 : noun.i]
        if tok.dep_ in {"compound", "nmod"} and tok.lemma_.lower() in AGENT_NOUNS
    ]
    return [noun.doc[spans[0].start : units[-1] + 1]] if units else spans


def split_gerund(pobj: Token) -> Token | None:
    """Return the verbal noun the parser split from its owner: "in [army shelling] of X".

    The small model reads "killed in army shelling of the town" as "in army" followed
    by a gerund clause; the gerund is the event noun and ``pobj`` its owner.
    """
    doc = pobj.doc
    after = doc[pobj.i + 1] if pobj.i + 1 < len(doc) else None
    if pobj.dep_ != "pobj" or after is None or after.tag_ != "VBG" or not is_event_noun(after):
        return None
    if after.dep_ not in {"acl", "advcl", "conj"} or child(after, "dobj") is not None:
        return None
    subj = child(after, "nsubj")
    if subj is not None and not is_hurt_by(subj, pobj):
        return None  # ("Five recruits and their trainers killed in army shelling")
    return after if _is_owner(pobj) else None


def attacker(noun: Token) -> Token | None:
    """Return who fired, planted or carried out an event noun, named after it.

    "a missile fired by Russian jets", "a bomb planted by the militia", "an attack by
    ISIS on the town", "a shell belonging to rebel forces" -> the agent's head.
    """
    for kid in noun.rights:
        if kid.dep_ == "prep" and kid.lower_ == "by":
            return child(kid, "pobj")
        if kid.dep_ in _BY_DEPS and kid.tag_ in {"VBN", "VBD"}:  # ("aerially dropped by X")
            agent = None if _is_held_place(kid) else child(kid, "agent")
            if agent is not None:
                return child(agent, "pobj")
        if kid.dep_ == "acl" and kid.lemma_ == "belong":
            to = child(kid, "prep")
            return child(to, "pobj") if to is not None and to.lower_ == "to" else None
    return _weapon_agent(noun)


def _is_held_place(clause: Token) -> bool:
    """Return whether a relative clause tells who holds a place: "raids on X which is held by Y".

    The parser may hang it on the attack; no one holds an attack, so Y is no attacker.
    """
    subj = child(clause, "nsubjpass")
    return (
        clause.lemma_.lower() in HOLDING_VERBS
        and subj is not None
        and subj.lower_
        in {
            "which",
            "that",
        }
    )


def _weapon_agent(noun: Token) -> Token | None:
    """Return the agent hung on an attack's weapon: "attacks with shells by X" -> X."""
    with_ = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "with"), None)
    weapon = child(with_, "pobj") if with_ is not None else None
    if weapon is None or noun_lemma(noun) not in EVENT_NOUNS:
        return None
    if weapon.lemma_.lower() not in INSTRUMENT_NOUNS or noun_lemma(weapon) in EVENT_NOUNS:
        return None  # "clashes with rebels by the border", "an attack with an ambush by X"
    by = next((k for k in weapon.rights if k.dep_ == "prep" and k.lower_ == "by"), None)
    return child(by, "pobj") if by is not None else None


# Prepositions of an attack noun's target phrase: "the shelling of X", "a raid on X".
_TARGET_PHRASES = frozenset({"of", "on", "against", "at"})


def late_by(noun: Token) -> tuple[Token, Token] | None:
    """Return the "by" of an event noun's agent hung after its target, and the target.

    "the bombardment of the district by army jets" ("by" on "district"), "died in the
    shelling of the market by rebel gunners" ("by" on "died", right after the phrase:
    in "were killed in the shelling of X by Y" Y is the killing's agent and the shelling's);
    a participle's agent ("a village held by X") is the participle's, not the noun's.
    """
    for prep in noun.rights:
        pobj = child(prep, "pobj") if prep.lower_ in _TARGET_PHRASES else None
        if prep.dep_ != "prep" or pobj is None:
            continue
        by = next((k for k in pobj.rights if k.dep_ == "prep" and k.lower_ == "by"), None)
        if by is not None:
            return by, pobj
        verb = noun.head.head if noun.dep_ == "pobj" else None
        after = pobj.right_edge.i + 1
        if verb is not None and verb.pos_ == "VERB" and after < len(noun.doc):
            by = noun.doc[after]
            late = by.lower_ == "by" and by.dep_ in {"prep", "agent"} and by.head == verb
            return (by, pobj) if late else None
    return None


def resolve_instrument(noun: Token) -> tuple[Token, bool]:
    """Return ``(actor head, is an event)`` for a subject that may be a weapon or an event.

    A person or group acts as is; "a missile fired by X" -> X; "Russian air strikes"
    (an owner in the phrase) stays the actor, whom normalisation resolves; "a car bomb",
    "the war" with no one named -> the role is unresolved: a fact, not an event.
    """
    # (what someone fired is a weapon, whatever the noun: "fired a round that hit X")
    # "jets believed to be Tarvan", "a raid believed to be by X": see responsible
    found = sender(noun) or hedged_owner(noun)
    if not is_event_noun(noun) or found is not None:
        return found or noun, True
    found = attacker(noun) or responsible_party(noun)  # "X was behind the raid that ..."
    if found is not None:
        return found, True
    return noun, owner(noun) is not None


# Nouns that count or group events: "a series of raids", "a round of talks".
_COUNT_NOUNS = frozenset(
    {"series", "wave", "round", "string", "spate", "barrage", "volley", "flurry", "number"}
    | {"total", "dozen", "hundred", "thousand", "score", "couple", "handful", "set", "ten"}
)


def counted_event(noun: Token) -> Token:
    """Return the event noun a count noun groups ("a wave of strikes" -> strikes), else ``noun``."""
    if noun.lemma_.lower() not in _COUNT_NOUNS:
        return noun
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = child(prep, "pobj")
            if pobj is not None and is_event_noun(pobj):
                return pobj
    return noun


def is_two_sided(noun: Token) -> bool:
    """Return whether an event noun has two sides ("clashes", "talks")."""
    return noun.pos_ in {"NOUN", "VERB"} and (
        noun_lemma(noun) in RECIPROCAL_NOUNS or noun.lower_ in RECIPROCAL_NOUNS
    )
