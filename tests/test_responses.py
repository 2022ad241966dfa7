"""A party met with another's act, and crackdowns named by a noun (issue 14, responses.py).

Sentences written for these tests, each with and without its commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]
Triple = tuple[str, str, str]


def _found(parse: Parse, text: str) -> dict[Triple, str]:
    return {(e.actor, e.action, e.target): e.kind for e in extract_events(parse(text))}


def _both(text: str, *rows: object) -> list[tuple[str, tuple[object, ...]]]:
    """Return the row with its commas and the row without them."""
    return [(text, rows), (text.replace(",", ""), rows)]


MET_WITH = [
    # the act's owner does it to the party met with it.
    *_both(
        "The unrest began with peaceful rallies that were met with a harsh army crackdown.",
        (("army", "crack down", "peaceful rallies"), "event"),
    ),
    *_both(
        "The uprising began in 2012 with student marches, which were met with a brutal "
        "police crackdown.",
        (("police", "crack down", "student marches"), "event"),
    ),
    *_both(
        "The marchers in Qarnet were met with live fire from the security forces.",
        (("the security forces", "fire", "The marchers"), "event"),
    ),
    *_both(
        "Villagers who refused the levy were met with mass arrests by the junta.",
        (("the junta", "arrest", "Villagers"), "event"),
    ),
    *_both(
        "The rallies were met, at first, with a police crackdown.",
        (("police", "crack down", "The rallies"), "event"),
    ),
    # no owner named: a fact, as an attack noun with no owner is.
    *_both(
        "The dockers' strike in Telmar was met with a crackdown.",
        (("a crackdown", "crack down", "The dockers' strike in Telmar"), "relation"),
    ),
    # a crackdown or repression named by a noun, with its owner and its "on/of" target.
    *_both(
        "The police crackdown on the dockworkers continued for a week, the union said.",
        (("police", "crack down", "the dockworkers"), "event"),
    ),
    *_both(
        "Thousands have fled since the war began with the brutal repression of pro-reform rallies.",
        (("the brutal repression", "repress", "pro-reform rallies"), "relation"),
    ),
]


@pytest.mark.parametrize("text, rows", MET_WITH)
def test_a_party_met_with_an_act_is_its_target(parse, text, rows):
    found = _found(parse, text)
    for triple, kind in rows:
        assert found.get(triple) == kind, triple


@pytest.mark.parametrize(
    "text",
    [
        # a welcome is no act against anyone.
        "The delegates were met with applause at the summit in Varna.",
        # met by someone, not with an act: talks, not a crackdown.
        "The envoy was met by the foreign minister at the airport.",
    ],
)
def test_no_act_where_nothing_hostile_met_them(parse, text):
    found = _found(parse, text)
    assert not any(action in {"crack down", "fire", "arrest"} for _, action, _ in found)
