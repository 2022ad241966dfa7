"""Attacks named by a noun with a "by" agent and no "on" target (private to extract).

News often names a side's attacks in an adjunct of another clause, with the attacker
after "by" and no "on/against" phrase: "rebels held the hills amid air raids by
Iranian jets", "the town lies under constant shelling of its market by militia
gunners", "fighting went on, coinciding with dozens of raids by the army". The agent
did the attack; a verbal noun's "of" phrase ("the shelling of X", "the siege of X")
names its target, else the attack has none. Only an agent that can act is one: a
group, a named side, or a weapon with its owner ("Iranian jets"); "by car bombs",
"by the end of the month" name a means or a time. An attack the text does not state
as done ("plans for raids by X", "denied any shelling by X") gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..model import Event
from .attacknouns import is_attack_noun
from .attackverbs import attack_action
from .eventnouns import counted_event, is_event_noun, noun_lemma, owner
from .frames import Frame
from .jointdoers import each_doer
from .lexicon import ACTOR_LABELS, AGENT_NOUNS, TIME_LABELS
from .nounagents import late_by
from .spans import child, conjuncts, np_span
from .stated import is_stated

__all__ = [
    "RELATION_SUFFIX",
    "agent_attack_frames",
    "agent_spans",
    "can_act",
    "grouped_event",
    "late_agent_frames",
    "without_restated",
]

# Names that can act: "by the Lebanese army", "by Hezbollah", "by Iran".
# Verbal nouns whose "of" phrase is what is hit or taken: "the siege of the town by X".
_OF_TARGET = frozenset(
    {"bombardment", "siege", "invasion", "capture", "recapture", "seizure", "takeover"}
    | {"blockade", "storming", "massacre", "encirclement", "occupation"}
)

# The end of the relation words of an attack read here ("raids by").
RELATION_SUFFIX = " by"
# Spans of time an attack lasted: "after weeks of bombardment by X".
_DURATIONS = frozenset({"hour", "day", "night", "week", "month", "year"})
# Aircraft act for their owner only: "by Iranian war planes", not "by jets".
_CRAFT = frozenset({"jet", "plane", "warplane", "aircraft", "helicopter", "bomber", "gunship"})


def agent_attack_frames(
    by: Token, *, noun: Token | None = None, target: Span | None = None
) -> Iterator[Frame]:
    """Yield the attack of an event noun's "by" agent when no "on" phrase names a target.

    "amid scores of air raids by Iranian and Iraqi jets" -> Iranian jets raid, Iraqi
    jets raid (no target); "the shelling of the town by the militia" -> the militia
    shell the town. ``noun``: the attack noun when the parser hung the agent on the
    clause, ``target``: its target found there (see nounframes.verb_agent_frames).
    """
    noun = by.head if noun is None else noun
    event = grouped_event(noun)  # "dozens of raids by X": the by-phrase hangs on the count
    agent = child(by, "pobj")
    if agent is None or not is_attack_noun(event) or not (is_stated(event) and is_stated(noun)):
        return
    target = _of_target(event) if target is None else target
    action = attack_action(event)
    relation = event.text + RELATION_SUFFIX
    for side in (s for s in conjuncts(agent) if can_act(s)):
        for actor in agent_spans(side):
            yield Frame(actor, event, target, "active", by, "event", relation, action)


def late_agent_frames(noun: Token) -> Iterator[Frame]:
    """Yield the attack of a "by" agent named after the attack noun's target phrase.

    "Residents fled the bombardment of the district by army and militia gunners" ->
    the army bombard the district, militia gunners bombard the district; "the siege
    of a town held by X" (the participle's agent) and "the raid on X by night" (no one
    who can act) give nothing here.
    """
    found = late_by(noun) if is_attack_noun(noun) else None
    if found is None or not is_stated(noun):
        return
    by, target = found
    agent, prep = child(by, "pobj"), target.head
    if agent is None:
        return
    patient = np_span(target)
    patient = patient if patient.end <= by.i else noun.doc[patient.start : by.i]
    relation = f"{noun.text} {prep.text}{RELATION_SUFFIX}"
    for side in (s for s in conjuncts(agent) if can_act(s)):
        for actor in agent_spans(side):
            yield Frame(actor, noun, patient, "active", by, "event", relation, attack_action(noun))


def without_restated(events: list[Event]) -> list[Event]:
    """Return ``events`` without an agent's bare attack that another event of it tells.

    "Air strikes by Iranian jets killed ten": the killing, done by the jets, already
    tells their strikes; "Iranian jets strike" (no target) would only repeat it.
    """
    acting = [e.actor for e in events if e.kind == "event" and e.target]
    # ("A series of strikes by X killed ten": the killer's phrase holds the agent's.)
    return [e for e in events if not (_is_bare_attack(e) and any(e.actor in a for a in acting))]


def _is_bare_attack(event: Event) -> bool:
    # "raids by X" (see agent_attack_frames), "X's raids" (see ownedattacks): no target.
    owned = event.relation.startswith(f"{event.actor} ")
    return not event.target and (event.relation.endswith(RELATION_SUFFIX) or owned)


def grouped_event(noun: Token) -> Token:
    """Return the event noun a count or a span of time groups, else ``noun``.

    "dozens of raids by X", "weeks of shelling by X": the parser hangs the agent on the
    group noun, whose event is the act.
    """
    if noun.lemma_.lower() not in _DURATIONS:
        return counted_event(noun)
    of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    pobj = child(of, "pobj") if of is not None else None
    return pobj if pobj is not None and is_event_noun(pobj) else noun


def _of_target(noun: Token) -> Span | None:
    """Return what a verbal attack noun's "of" phrase names: "the shelling of X" -> X."""
    lemma = noun_lemma(noun)
    if not (noun.tag_ == "VBG" or lemma.endswith("ing") or lemma in _OF_TARGET):
        return None
    of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    pobj = child(of, "pobj") if of is not None else None
    if pobj is None or pobj.ent_type_ in TIME_LABELS or is_event_noun(pobj):
        return None  # "the bombing of last week", "the shelling of convoys of aid" is kept
    return np_span(pobj)


def can_act(agent: Token) -> bool:
    """Return whether a "by" agent can carry out an attack (not a means or a time)."""
    if agent.ent_type_ in TIME_LABELS or agent.pos_ not in {"NOUN", "PROPN"}:
        return False
    if is_event_noun(agent) or agent.lemma_.lower() in _CRAFT:
        return owner(agent) is not None  # "by Iranian jets", not "by car bombs"
    if agent.ent_type_ in ACTOR_LABELS or agent.pos_ == "PROPN":
        return True
    return agent.lemma_.lower() in AGENT_NOUNS or agent.lower_ in AGENT_NOUNS


def agent_spans(agent: Token) -> list[Span]:
    """Return the agent's phrase, or each of two doers it joins ("by X jets and Y tanks")."""
    return each_doer(agent, _agent_span(agent))


def _agent_span(agent: Token) -> Span:
    """Return the agent's phrase without a trailing attack phrase ("the army on X")."""
    span = np_span(agent)
    cut = next(
        (k.i for k in agent.rights if k.dep_ == "prep" and k.lower_ in {"on", "against", "in"}),
        None,
    )
    return span if cut is None or cut >= span.end else agent.doc[span.start : cut]
