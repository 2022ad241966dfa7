"""Events named by nouns: who owns, fires or carries out an event noun (private).

News names many events with a noun ("an air strike against X", "clashes between X
and Y", "killed in rebel fire"); the rules here read an event noun's owner. Its
attacker named after it and a weapon used as a subject are read in
:mod:`graph.extract.nounagents`, its targets in :mod:`graph.extract.nountargets`, the
events they name with both sides in :mod:`graph.extract.nounframes`. Each rule has an
example sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .alternatives import offers_alternatives
from .lexicon import (
    AGENT_NOUNS,
    EVENT_NOUNS,
    INSTRUMENT_NOUNS,
    RECIPROCAL_NOUNS,
    WEEKDAYS,
)
from .spans import child
from .verbspelling import gerund_lemma
from .victims import is_hurt_by

# Modifiers that can name who is behind an event noun: "Israeli strikes", "rebel fire".
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_OWNER_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


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
    by a gerund clause (tagged a gerund or a noun); the gerund is the event noun.
    """
    after = pobj.nbor() if pobj.i + 1 < len(pobj.doc) else None
    if pobj.dep_ != "pobj" or after is None or not after.lower_.endswith("ing"):
        return None
    if not is_event_noun(after) or after.dep_ not in {"acl", "advcl", "conj"}:
        return None
    if child(after, "dobj") is not None or not _is_owner(pobj):
        return None
    if (subj := child(after, "nsubj")) is not None and not is_hurt_by(subj, pobj):
        return None  # ("Five recruits and their trainers killed in army shelling")
    return after


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
