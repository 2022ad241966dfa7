"""Moving one's own weapons, poison or fighters, or a vehicle's load, is no aid.

(graph/extract/cargo.py, called from graph/extract/nonacts.py)
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _aid(parse: Parse, text: str) -> set[tuple[str, str]]:
    """Return the (actor, action) pairs coded AID as events."""
    return {
        (e.actor, e.action.split()[0])
        for e in extract_events(parse(text))
        if e.kind == "event" and e.action_class == "AID"
    }


_CARGO = [
    (
        "Militants are delivering toxic chemicals in three towns, the general staff said.",
        ("Militants", "deliver"),
    ),
    (
        "Militants are delivering toxic chemicals in three towns the general staff said.",
        ("Militants", "deliver"),
    ),
    (
        "The government has used helicopters to deliver chlorine in two provinces.",
        ("The government", "deliver"),
    ),
    (
        "The group uses the highway to transport fighters and supplies between the provinces.",
        ("The group", "transport"),
    ),
    (
        "The bomber drove a van, apparently carrying relief goods, until it exploded.",
        ("a van", "carry"),
    ),
    (
        "The bomber drove a van apparently carrying relief goods until it exploded.",
        ("a van", "carry"),
    ),
]


@pytest.mark.parametrize("text, pair", _CARGO)
def test_own_cargo_moved_is_no_aid(parse: Parse, text: str, pair: tuple[str, str]) -> None:
    assert pair not in _aid(parse, text)


_TRANSFERS = [
    ("The army transported aid to the refugees.", ("The army", "transport")),
    ("On Monday, the UN delivered medicine to Aleppo.", ("the UN", "deliver")),
    ("On Monday the UN delivered medicine to Aleppo.", ("the UN", "deliver")),
    ("Iran sent weapons to the militia.", ("Iran", "send")),
    (
        "Red Crescent teams carried food into the besieged district on Monday.",
        ("Red Crescent teams", "carry"),
    ),
]


@pytest.mark.parametrize("text, pair", _TRANSFERS)
def test_a_transfer_to_someone_stays_aid(parse: Parse, text: str, pair: tuple[str, str]) -> None:
    assert pair in _aid(parse, text)
