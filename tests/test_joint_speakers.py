"""Joined speakers of a reported clause: "The army and its allies say they retook X".

Sentences of our own, each with and without commas (real copy often has none). "They"
as the subject of what joined speakers report means all of them, so each speaker does
the reported act (graph/extract/speakers.py). One speaker, "it" after joined speakers,
and speakers offered as alternatives ("the army or its allies") do not add one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _actors(parse: Parse, text: str, action: str) -> set[str]:
    """Return the actor phrase of each ``action`` event of a sentence."""
    return {e.actor for e in extract_events(parse(text)) if e.action == action}


def _both(text: str, action: str, actors: set[str]) -> list[tuple[str, str, set[str]]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, action, actors), (text.replace(",", ""), action, actors)]


_CASES = [
    *_both(
        "The government and its Karvonian allies say they target only the militants.",
        "target",
        {"The government", "its Karvonian allies"},
    ),
    *_both(
        "On Sunday, many rebels and activists in the valley said they had lost hope in the talks.",
        "lose",
        {"many rebels", "activists"},
    ),
    *_both(
        "The navy and the coast guard said on Monday they had seized two boats.",
        "seize",
        {"The navy", "the coast guard"},
    ),
    # near misses: one speaker, "it" (not all of them), alternatives
    *_both(
        "On Monday, the ministry said it had sent ten trucks to the town.",
        "send",
        {"the ministry"},
    ),
    *_both(
        "The army or its allies say they retook the hill, a monitor said.",
        "retake",
        {"The army"},
    ),
    *_both(
        "The army and the militia said it had retaken the hill.",
        "retake",
        {"it"},
    ),
]


@pytest.mark.parametrize("text, action, actors", _CASES)
def test_they_after_joined_speakers_is_each_of_them(parse, text, action, actors):
    assert _actors(parse, text, action) == actors
