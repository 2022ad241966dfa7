"""A partner "in cooperation with Y" acts with the subject, and ends a target (issue 14).

Our own sentences, with and without commas: "Army units in cooperation with the Hawks
militia stormed X" -> both stormed X, and neither phrase carries the other; hung on an
object ("seized the road in cooperation with Y") the phrase only ends the target.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _pairs(parse: Parse, text: str) -> set[tuple[str, str]]:
    return {(e.actor, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


PARTNERS = [
    (
        "Army units in cooperation with the Hawks militia stormed the hill of Tel Harun.",
        {("Army units", "the hill of Tel Harun"), ("the Hawks militia", "the hill of Tel Harun")},
    ),
    (
        "Army units, in cooperation with the Hawks militia, stormed the hill of Tel Harun.",
        {("Army units", "the hill of Tel Harun"), ("the Hawks militia", "the hill of Tel Harun")},
    ),
    (
        "Police in coordination with the border guards arrested six smugglers near Kafr Amer.",
        {("Police", "six smugglers"), ("the border guards", "six smugglers")},
    ),
    (
        "The navy in conjunction with coast guard units seized two cargo ships.",
        {("The navy", "two cargo ships"), ("coast guard units", "two cargo ships")},
    ),
]


@pytest.mark.parametrize("sentence, pairs", PARTNERS)
def test_a_joint_partner_acts_too(parse, sentence, pairs):
    found = _pairs(parse, sentence)
    assert pairs <= found
    assert not any("cooperation" in actor or "coordination" in actor for actor, _ in found)


ENDS = [
    (
        "The militia said it had seized the ridge road in cooperation with the army.",
        ("The militia", "the ridge road"),
    ),
    (
        "The militia seized the ridge road, in cooperation with the army, on Friday.",
        ("The militia", "the ridge road"),
    ),
]


@pytest.mark.parametrize("sentence, pair", ENDS)
def test_a_joint_phrase_ends_the_target(parse, sentence, pair):
    found = _pairs(parse, sentence)
    assert pair in found
    # the partner is the actor's, never a second target
    assert not any(target == "the army" for _, target in found)
