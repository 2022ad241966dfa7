"""A passive's "by" agent written after its other adjuncts (private to extract).

The agent of a passive often comes last, after where, when and as what: "twenty
militants were killed in the past two days in several villages of the province by
army units", "the school was used as a base by the militia", "the wounded were taken
to a clinic by rescue teams". The parser then hangs "by" on the last noun before it
(the villages, the base, the clinic) and the verb is left with no agent. Such a "by"
names the passive's doer when:

* the verb is a passive with no agent of its own;
* the "by" hangs on a noun reached from the verb through its own adjuncts only
  (prepositions, their objects, a gerund's object, nouns joined to them), never
  through a clause of its own ("the area held by rebels" names who holds it);
* that noun names no act, so it has no agent of its own: a place, a time, a role
  ("as a base"), someone ("crimes against civilians by X"); "killed in an attack by
  rebels" is the attack's agent, read with the attack noun (see
  :mod:`graph.extract.nounframes`), and "efforts by X", "a report by X" are theirs;
* the "by" names someone who can act: "by the border", "by Monday", "by the
  hundreds", "by air strikes" name a place, a time, a count or a means.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .agentlists import agent_heads, names_doer
from .agentnouns import is_someone
from .eventnouns import is_event_noun
from .lexicon import (
    FACILITY_NOUNS,
    GROUND_NOUNS,
    PLACE_LABELS,
    PLACE_NOUNS,
    SPEECH_VERBS,
    TIME_LABELS,
)
from .spans import child

__all__ = ["far_agent"]

# How the verb's adjuncts reach their nouns: "in X", "as X", "from reaching X".
_ADJUNCT_DEPS = frozenset({"prep", "pobj", "pcomp", "dobj", "conj"})
# Nouns of places and spans of time, which no one does: "in villages by X", "for days by X".
_WHERE_NOUNS = PLACE_NOUNS | FACILITY_NOUNS | GROUND_NOUNS
_DURATIONS = frozenset({"hour", "day", "night", "week", "month", "year"})
# Prepositions whose object is a place or a role: "taken to X by Y", "used as X by Y".
_PLACE_PREPS = frozenset({"in", "at", "to", "into", "near", "inside", "from", "as"})
# Nouns deeper than this many steps are another phrase's ("in X of Y of Z by W").
_DEPTH = 6


def far_agent(verb: Token) -> Token | None:
    """Return the "by" of a passive's agent hung on a noun of its adjuncts, else None.

    "Militants were killed in villages of the province by army units" -> that "by";
    "soldiers were killed in clashes by the border" (a place), "the town was taken
    in a raid by rebels" (the raid's agent) -> None.
    """
    if child(verb, "agent") is not None or child(verb, "auxpass") is None:
        return None
    for noun in _adjunct_nouns(verb):
        for by in noun.children:
            if by.lower_ == "by" and by.dep_ in {"prep", "agent"} and _names_agent(by):
                return by if _has_no_agent(noun) else None
    return None


def _adjunct_nouns(verb: Token) -> Iterator[Token]:
    """Yield the nouns of the verb's prepositional adjuncts after it, nearest first."""
    frontier = [k for k in verb.children if k.dep_ == "prep" and k.i > verb.i]
    for _ in range(_DEPTH):
        nxt = []
        for tok in frontier:
            if tok.pos_ in {"NOUN", "PROPN"} or _is_gerund(tok):
                yield tok  # ("kept from entering X for weeks by Y": "by" on the gerund)
            if tok.pos_ == "VERB" and not _is_gerund(tok):
                continue  # "the area held by rebels": the clause's own agent
            nxt += [k for k in tok.children if k.dep_ in _ADJUNCT_DEPS and k.lower_ != "by"]
        frontier = nxt


def _has_no_agent(noun: Token) -> bool:
    """Return whether a noun names no act, so a "by" on it is not its own agent.

    A place, a time, a role ("used as a base by X") or someone ("crimes against
    civilians by X") has no doer; an act or a work has ("efforts by X", "a report by
    X", "raids by X"), and the object of a place preposition is a place ("taken to the
    nearest clinics by X").
    """
    if noun.pos_ == "VERB":
        return noun.lemma_.lower() not in SPEECH_VERBS  # "quoted as saying by X" is a report
    if is_event_noun(noun):
        return False
    lemma = noun.lemma_.lower()
    if noun.ent_type_ in PLACE_LABELS | TIME_LABELS or lemma in _WHERE_NOUNS | _DURATIONS:
        return True
    prep = noun.head if noun.dep_ in {"pobj", "conj"} else None
    while prep is not None and prep.dep_ == "conj":
        prep = prep.head  # "as a headquarters and a prison by X"
    if prep is not None and prep.dep_ == "pobj":
        prep = prep.head
    return (prep is not None and prep.lower_ in _PLACE_PREPS) or is_someone(noun)


def _is_gerund(tok: Token) -> bool:
    # "from reaching X", not "after being hit by X" (a passive of its own) nor "with
    # Karvonia standing by X" (no object: a verb of its own "by")
    own = child(tok, "auxpass", "dobj")
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and own is not None and own.dep_ == "dobj"


def _names_agent(by: Token) -> bool:
    """Return whether a "by" phrase names someone who can act (not a place or a time)."""
    pobj = child(by, "pobj")
    if pobj is None or pobj.ent_type_ in TIME_LABELS or pobj.like_num:
        return False
    return bool(agent_heads(by)) and names_doer(pobj)
