"""Whose army a bare "the army" is (graph/normalize/anaphora.py, coref).

Stories of our own, each with and without commas (real copy often has none): a national
force ("the army", "the military") is one state's, never the coalition or alliance named
just before it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _ids(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    """Return (actor text, action) -> actor id of a story's normalised events and facts."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.actor, e.action): e.actor_id for e in normalised}


def _both(text: str, actor: str, action: str, expected: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, actor, action, expected), (text.replace(",", ""), actor, action, expected)]


_ALLIANCES = [
    # the coalition just named is not "the army"
    *_both(
        "The coalition bombed the bridge near Raqqa on Monday. Later, the army shelled the town "
        "of Tabqa.",
        "the army",
        "shell",
        "saa",
    ),
    *_both(
        "The US-led coalition bombed a bridge near Raqqa, the monitor said. The army later "
        "shelled Tabqa.",
        "The army",
        "shell",
        "saa",
    ),
    # near miss: "the coalition" itself is still the coalition
    *_both(
        "The US-led coalition bombed a bridge near Raqqa, the monitor said. Later, the coalition "
        "struck Tabqa.",
        "the coalition",
        "strike",
        "us-led-coalition",
    ),
]


@pytest.mark.parametrize("text, actor, action, expected", _ALLIANCES)
def test_a_national_force_is_no_coalition(parse, text, actor, action, expected):
    assert _ids(parse, text)[(actor, action)] == expected
