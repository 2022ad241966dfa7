"""A fight for control of a place, or for the place, is aimed at the place (issue 14).

"Militia units battled for control of the river port": no object, but what they fight
over is the port; an event coder codes it as the target. A side fought for is whom they
fight beside, and two sides named together fight each other. Every sentence is our own,
with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _fights(parse: Parse, text: str) -> set[tuple[str, str]]:
    return {
        (e.actor, e.target)
        for e in extract_events(parse(text))
        if e.kind == "event" and e.action in {"fight", "battle"}
    }


FOUGHT_OVER = [
    (
        "Militia units battled for control of the river port on Friday.",
        ("Militia units", "the river port"),
    ),
    (
        "On Friday, militia units battled for control of the river port.",
        ("militia units", "the river port"),
    ),
    (
        "Border guards, backed by drones, have been fighting for control of Vell Sora for days.",
        ("Border guards", "Vell Sora"),
    ),
    (
        "Border guards backed by drones have been fighting for control of Vell Sora for days.",
        ("Border guards", "Vell Sora"),
    ),
    (
        "Militia units fought for control over the grain silos.",
        ("Militia units", "the grain silos"),
    ),
    ("Militia units fought for the hill town all week.", ("Militia units", "the hill town")),
]


@pytest.mark.parametrize("text, expected", FOUGHT_OVER)
def test_place_fought_over_is_target(parse: Parse, text: str, expected: tuple[str, str]) -> None:
    assert expected in _fights(parse, text)


@pytest.mark.parametrize(
    "text, wrong",
    [
        # a side fought for is an ally, not a target
        ("The volunteers fought for the Front in the north.", "the Front"),
        ("The dock workers fought for better pay.", "better pay"),
        # two sides named together fight each other over the place
        ("Militia units and border guards fought for control of the port.", "the port"),
        ("Both factions fought for control of the port.", "the port"),
    ],
)
def test_no_place_fought_over(parse: Parse, text: str, wrong: str) -> None:
    assert all(target != wrong for _, target in _fights(parse, text))
