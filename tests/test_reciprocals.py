"""Reciprocal targets (graph/normalize/reciprocals.py): "each other" is the other side.

Sentences of our own, each with and without commas: two coordinated sides that "blamed
each other" target each other; one side alone keeps itself.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


def _pairs(parse: Parse, text: str) -> set[tuple[str, str]]:
    """Return the (actor id, target id) pairs of a story's "each other" events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        (e.actor_id, e.target_id)
        for e in normalised
        if e.target.lower() in {"each other", "one another"}
    }


RECIPROCAL = [
    *[
        (text, {("isis", "sdf"), ("sdf", "isis")})
        for text in _both("ISIS and the SDF accused each other of breaking the truce, on Monday.")
    ],
    *[
        (text, {("isis", "hezbollah"), ("hezbollah", "isis")})
        for text in _both("Hezbollah and ISIS blamed one another for the blast, in Tel Marrah.")
    ],
]


@pytest.mark.parametrize(("text", "pairs"), RECIPROCAL)
def test_each_other_is_the_other_side(parse: Parse, text: str, pairs: set[tuple[str, str]]) -> None:
    assert _pairs(parse, text) == pairs


@pytest.mark.parametrize(
    "text", _both("Rival rebel factions fought each other, near Tel Marrah, for weeks.")
)
def test_one_side_alone_keeps_its_reciprocal(parse: Parse, text: str) -> None:
    # one side only: the factions fought among themselves, no other side is named
    assert all(actor == target for actor, target in _pairs(parse, text))
