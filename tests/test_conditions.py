"""The condition of an offer or a threat tells no act (graph/extract/conditions.py).

"The rebels will be allowed to leave if they lay down their arms": the disarming is
the offer's condition; "threatened to strike the port if the navy shelled the hamlets":
no shelling is told. The offer and the threat stay events, and so does a forecast's
condition, as a hypothetical act. Every sentence is written for this test, with and
without the commas real news often lacks.
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
        "The rebels will be allowed to leave the town if they lay down their arms.",
        ("they", "lay down", "their arms"),
    ),
    (
        "The rebels will be allowed to leave the town, if they lay down their arms.",
        ("they", "lay down", "their arms"),
    ),
    (
        "The villagers threatened to strike the port if the navy shelled the hamlets again.",
        ("the navy", "shell", "the hamlets"),
    ),
    (
        "The villagers threatened to strike the port, if the navy shelled the hamlets again.",
        ("the navy", "shell", "the hamlets"),
    ),
    (
        "The envoy promised a harsh answer if the militia attacks the convoy again.",
        ("the militia", "attack", "the convoy"),
    ),
    (
        "The envoy promised a harsh answer, if the militia attacks the convoy again.",
        ("the militia", "attack", "the convoy"),
    ),
]


@pytest.mark.parametrize("text, triple", FACTS)
def test_the_condition_of_an_offer_or_a_threat_tells_no_act(parse, text, triple):
    assert _kind(parse, text, triple) == "relation"


EVENTS = [
    # the threat and the offer around the condition stay
    (
        "The villagers threatened to strike the port if the navy shelled the hamlets again.",
        ("The villagers", "threaten", "the port"),
    ),
    (
        "The envoy promised a harsh answer, if the militia attacks the convoy again.",
        ("The envoy", "promise", "a harsh answer"),
    ),
    # a forecast's condition is a hypothetical act
    (
        "If the army surrounds the town the militia could withdraw.",
        ("the army", "surround", "the town"),
    ),
    (
        "If the army surrounds the town, the militia could withdraw.",
        ("the army", "surround", "the town"),
    ),
    # a question with "if" is no condition: the raid is a possible act
    (
        "It was unclear if the raids on the port were carried out by the navy.",
        ("the navy", "raid", "the port"),
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
