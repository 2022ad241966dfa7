"""Filming, documenting or covering an event is no act of the recorder; shielding a move is."""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _kinds(parse, text: str) -> dict[tuple[str, str], str]:
    """Map (actor, action) to the kind of each event of ``text``."""
    return {(e.actor, e.action): e.kind for e in extract_events(parse(text))}


_ROWS = [
    (
        "A journalist filming the clashes was shot by a sniper.",
        ("A journalist", "film"),
        "relation",
    ),
    (
        "A cameraman for a local channel covered the army's operations in the valley.",
        ("A cameraman for a local channel", "cover"),
        "relation",
    ),
    (
        "Reporters who covered the protests, held in the capital, were detained by police.",
        ("Reporters", "cover"),
        "relation",
    ),
    ("The monitor recorded the clashes in the valley.", ("The monitor", "record"), "relation"),
    # near misses: the act beside the recording, and a party that shields a move, stay events
    (
        "Reporters who covered the protests, held in the capital, were detained by police.",
        ("police", "detain"),
        "event",
    ),
    ("Jets covered the advance of the troops.", ("Jets", "cover"), "event"),
    ("Rebel units recorded advances near the airport.", ("Rebel units", "record"), "event"),
    ("Hezbollah covered the retreat of the rebels.", ("Hezbollah", "cover"), "event"),
    ("The militants filmed the hostages in the square.", ("The militants", "film"), "event"),
]


@pytest.mark.parametrize(
    "text, pair, kind",
    [*_ROWS, *((t.replace(",", ""), p, k) for t, p, k in _ROWS if "," in t)],
)
def test_recording_an_event_is_no_event(parse, text, pair, kind):
    assert _kinds(parse, text).get(pair) == kind
