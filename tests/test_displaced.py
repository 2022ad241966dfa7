"""Civilians' flight is displacement, not a side's withdrawal (issue 14: non-events).

Civilians who flee are the displaced, not a side that withdraws: once the actor is
resolved to civilians, its flight is a relation fact (graph/normalize/displaced.py),
whoever "they", "the population" or a subject the parse lost turns out to be. A force
that flees or leaves withdraws, and civilians who surrender act. Every sentence is our
own, each with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _kinds(parse: Parse, text: str, action: str) -> set[tuple[str, str]]:
    """Return (actor, kind) of the normalised events of ``text`` whose verb is ``action``."""
    found = sorted(set(extract_events(parse(text))), key=lambda e: e.sort_key())
    events = normalize_events(found)
    return {(e.actor, e.kind) for e in events if e.action.split()[:1] == [action]}


FLIGHT = [
    # a share of the population
    (
        "Nearly half of the villagers have fled their houses since the war began.",
        "flee",
        "Nearly half of the villagers",
    ),
    (
        "Since the war began, nearly half of the villagers have fled their houses.",
        "flee",
        "nearly half of the villagers",
    ),
    # the pronoun is the civilians
    ("Twelve civilians died in shelling as they fled a hamlet near Lomvik.", "flee", ""),
    ("Twelve civilians died in shelling, as they fled a hamlet near Lomvik.", "flee", ""),
    # kept from leaving: the keeping is the act
    (
        "The militia prevented civilians from leaving the besieged district.",
        "leave",
        "civilians",
    ),
    (
        "The militia, it said, prevented civilians from leaving the besieged district.",
        "leave",
        "civilians",
    ),
    # refugees crossing a border
    ("Thousands of refugees fled across the border into Karvonia.", "flee", ""),
    ("Thousands of refugees fled across the border, into Karvonia.", "flee", ""),
    ("The villagers fled the valley on Monday.", "flee", "The villagers"),
    ("On Monday, the villagers fled the valley.", "flee", "the villagers"),
]


@pytest.mark.parametrize("text, action, actor", FLIGHT)
def test_civilians_fleeing_are_displaced_not_retreating(parse, text, action, actor):
    found = _kinds(parse, text, action)
    assert found, found
    assert all(kind == "relation" for _, kind in found), found
    if actor:
        assert (actor, "relation") in found


WITHDRAWALS = [
    ("Rebel fighters fled the town after the army advanced.", "flee", "Rebel fighters"),
    ("Rebel fighters fled the town, after the army advanced.", "flee", "Rebel fighters"),
    ("Troops left the air base on Monday.", "leave", "Troops"),
    ("On Monday, troops left the air base.", "leave", "troops"),
    ("The militants who fled the town were caught.", "flee", "The militants"),
    ("The militants, who fled the town, were caught.", "flee", "The militants"),
    # what civilians do to a side is no flight
    ("The men surrendered to the army after the siege.", "surrender", "The men"),
    ("After the siege, the men surrendered to the army.", "surrender", "the men"),
]


@pytest.mark.parametrize("text, action, actor", WITHDRAWALS)
def test_a_force_that_withdraws_stays_an_event(parse, text, action, actor):
    assert (actor, "event") in _kinds(parse, text, action)
