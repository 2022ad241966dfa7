"""An act a condition names is told by no one (graph/extract/unasserted.py, is_condition).

"The rebels may leave if they lay down their arms": the disarming is the offer's
condition; "if the council votes to debate the bill its foes could block it": no vote
is told. The offer, the threat or the forecast around it stays what it is. Every
sentence is written for this test, with and without the commas real news often lacks.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _kind(parse: Parse, text: str, triple: tuple[str, str, str]) -> str:
    found = {(e.actor, e.action, e.target): e.kind for e in extract_events(parse(text))}
    return found.get(triple, "")


FACTS = [
    (
        "The rebels may leave the town if they lay down their arms.",
        ("they", "lay down", "their arms"),
    ),
    (
        "The rebels may leave the town, if they lay down their arms.",
        ("they", "lay down", "their arms"),
    ),
    (
        "If the council votes to debate the bill its foes could block it.",
        ("the council", "debate", "the bill"),
    ),
    (
        "If the council votes to debate the bill, its foes could block it.",
        ("the council", "debate", "the bill"),
    ),
    (
        "The villagers threatened to strike the port if the navy shelled the hamlets again.",
        ("the navy", "shell", "the hamlets"),
    ),
    (
        "The villagers threatened to strike the port, if the navy shelled the hamlets again.",
        ("the navy", "shell", "the hamlets"),
    ),
    # the act inside the condition's own clause
    (
        "If the council fails to stop the militia from shelling the town the truce will end.",
        ("the militia", "shell", "the town"),
    ),
    (
        "If the council fails to stop the militia from shelling the town, the truce will end.",
        ("the militia", "shell", "the town"),
    ),
]


@pytest.mark.parametrize("text, triple", FACTS)
def test_a_condition_tells_no_act(parse, text, triple):
    assert _kind(parse, text, triple) == "relation"


EVENTS = [
    # the threat around the condition stays
    (
        "The villagers threatened to strike the port if the navy shelled the hamlets again.",
        ("The villagers", "threaten", "the port"),
    ),
    # a question with "if" is no condition: the raid is a possible act
    (
        "It was unclear if the raids on the port were carried out by the navy.",
        ("the navy", "carry out", "the port"),
    ),
    (
        "It was unclear, the monitor said, if the raids on the port were carried out by the navy.",
        ("the navy", "carry out", "the port"),
    ),
    # "as if" compares
    (
        "The militia shelled the town as if the truce had never been signed.",
        ("The militia", "shell", "the town"),
    ),
    (
        "The militia shelled the town, as if the truce had never been signed.",
        ("The militia", "shell", "the town"),
    ),
    # a clause joined after the condition with its own subject is no part of it
    (
        "The junta said the rebels can leave if they disarm but the rebels denounced the offer.",
        ("the rebels", "denounce", "the offer"),
    ),
]


@pytest.mark.parametrize("text, triple", EVENTS)
def test_acts_around_a_condition_stay_events(parse, text, triple):
    assert _kind(parse, text, triple) == "event"
