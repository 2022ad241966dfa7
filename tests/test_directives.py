"""Telling or warning someone to act (graph/extract/requests.py, lexicon.OBJECT_CONTROL).

Sentences of our own, each with and without commas: "X told Y to V" is X's demand on Y
(DEMAND, CAMEO 100) and "X warned Y (not) to V" X's threat; what Y is told to do is Y's
act, not asserted (a fact of what was asked), never an act of X. Telling someone that
something happened, or about something, stays a statement.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[..., Doc]


def _both(text: str, *rest: object) -> list[tuple[object, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


def _events(parse: Parse, text: str) -> dict[tuple[str, str, str], Event]:
    return {(e.actor, e.action, e.target): e for e in extract_events(parse(text))}


DIRECTED = [
    *_both(
        "On Monday, the governor told the militias to leave the town.",
        ("the governor", "tell", "the militias", "DEMAND"),
        ("the militias", "leave", "the town"),
    ),
    *_both(
        "On Monday, Washington told Ankara to halt its shelling of Kurdish positions.",
        ("Washington", "tell", "Ankara", "DEMAND"),
        ("Ankara", "halt", "Kurdish positions"),
    ),
    *_both(
        "The junta warned the rebels not to attack the convoy.",
        ("The junta", "warn", "the rebels", "THREATEN"),
        ("the rebels", "attack", "the convoy"),
    ),
]


@pytest.mark.parametrize(("text", "act", "content"), DIRECTED)
def test_what_someone_is_told_to_do_is_no_act(parse, text, act, content):
    found = _events(parse, text)
    actor, action, target, cls = act
    event = found.get((actor, action, target))
    assert event is not None and event.kind == "event" and event.action_class == cls, found
    told = found.get(content)
    assert told is not None and told.kind == "relation" and told.modality == "should", found
    assert not [e for e in found.values() if e.actor == actor and e.action == content[1]]


STATED = [
    *_both("The general told reporters that the army had retaken the hill.", "reporters"),
    *_both("The envoy told the council about the plan, diplomats said.", "the council"),
]


@pytest.mark.parametrize(("text", "told"), STATED)
def test_telling_what_happened_is_a_statement(parse, text, told):
    telling = [e for e in extract_events(parse(text)) if e.action == "tell"]
    assert telling and all(e.action_class == "STATEMENT" for e in telling)
