"""Gathering or passing on pictures and records is how a report is made, not an act.

(graph/extract/standing.py: "footage shared by the monitor", "residents provided the
names of the victims", "smuggled out thousands of photos"). Sharing with a named partner
is a cooperation and stays an event; gathering evidence is an inquiry (test_gathering.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _kind(parse: Parse, text: str, actor: str, action: str) -> str:
    """Return the kinds of the events with this actor (prefix) and action (first word)."""
    kinds = {
        e.kind
        for e in extract_events(parse(text))
        if e.actor.startswith(actor) and e.action.split()[0] == action
    }
    return "/".join(sorted(kinds))


_GATHERING = [
    ("Footage shared by the monitor, which tracks the war, showed smoke.", "the monitor", "share"),
    ("Footage shared by the monitor which tracks the war showed smoke.", "the monitor", "share"),
    (
        "Residents provided the names of the victims, while the rights group visited the town.",
        "Residents",
        "provide",
    ),
    (
        "Residents provided the names of the victims while the rights group visited the town.",
        "Residents",
        "provide",
    ),
    ("A defector smuggled out thousands of photos of the prison.", "A defector", "smuggle"),
    (
        "In 2014, a defector smuggled out tens of thousands of photos of the prison.",
        "a defector",
        "smuggle",
    ),
    (
        "In 2014 a defector smuggled out tens of thousands of photos of the prison.",
        "a defector",
        "smuggle",
    ),
    ("The clip was shared on social media by a local activist.", "a local activist", "share"),
]


@pytest.mark.parametrize("text, actor, action", _GATHERING)
def test_gathering_or_passing_on_records_is_a_fact(
    parse: Parse, text: str, actor: str, action: str
) -> None:
    assert _kind(parse, text, actor, action) == "relation"


_ACTS = [
    ("The army shared information with the Kurdish forces.", "The army", "share"),
    ("On Monday, Iran shared intelligence with Russia.", "Iran", "share"),
    ("On Monday Iran shared intelligence with Russia.", "Iran", "share"),
    ("Rebels smuggled weapons into the town.", "Rebels", "smuggle"),
    ("Soldiers collected the bodies of the dead.", "Soldiers", "collect"),
]


@pytest.mark.parametrize("text, actor, action", _ACTS)
def test_sharing_with_a_partner_and_moving_arms_stay_events(
    parse: Parse, text: str, actor: str, action: str
) -> None:
    assert _kind(parse, text, actor, action) == "event"
