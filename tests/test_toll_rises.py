"""A death toll that rises is a killing by the attack it counts (graph/extract/tollrises.py).

Sentences of our own, each with and without commas: "the death toll from X's raids on Y
has risen to 42" -> X's raids kill 42. A toll of no attack, a toll that may only rise,
and an attack whose doer the sentence does not name give no killing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _both(text: str, *rest: object) -> list[tuple[object, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


def _kills(parse: Parse, text: str) -> set[tuple[str, str]]:
    return {
        (e.actor, e.target)
        for e in extract_events(parse(text))
        if e.action == "kill" and e.kind == "event"
    }


KILLED = [
    *_both(
        "The death toll from regime air strikes on the town has risen to 42, a monitor said.",
        {("regime air strikes", "42")},
    ),
    *_both(
        "On Monday, the toll from an army raid on a militant hideout rose to 18.",
        {("an army raid", "18")},
    ),
    *_both(
        "The death toll from air strikes by government jets on the town rose to 30.",
        {("government jets", "30")},
    ),
    *_both(
        "The death toll from militant rocket attacks on the district reached 25 people.",
        {("militant rocket attacks", "25 people")},
    ),
    # a headline's next count follows the first: "rises to 9, 30 injured"
    *_both(
        "Death toll from gang rocket attacks on Tal Rifat rises to 9, 30 injured.",
        {("gang rocket attacks", "9")},
    ),
]


@pytest.mark.parametrize(("text", "kills"), KILLED)
def test_a_rising_toll_is_a_killing_by_its_attack(parse, text, kills):
    assert _kills(parse, text) == kills


NO_KILLING = [
    *_both("The death toll from a car bomb attack on a market reached 60, medics said."),
    *_both("The death toll in the district reached 3 on Friday."),
    *_both("The death toll is expected to rise, the monitor said."),
    *_both("The toll of the floods has risen to 40."),
]


@pytest.mark.parametrize(("text",), NO_KILLING)
def test_no_killing_without_a_named_attack(parse, text):
    assert _kills(parse, text) == set()
