"""The two sides of "clashes between X and Y" when the parser joins Y inside X (issue 14).

Sentences written for these tests, each with and without its commas: "between rebels
from the Sword Brigade and the Crescent Front" hangs "and the Crescent Front" on
"Brigade", inside the first side's modifier; "between" needs two sides, so the sides
are "rebels from the Sword Brigade" and "the Crescent Front", each fighting the other.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _pairs(parse: Parse, text: str) -> set[tuple[str, str]]:
    events = extract_events(parse(text))
    return {(e.actor, e.target) for e in events if e.kind == "event" and "between" in e.relation}


def _both(text: str, *pairs: tuple[str, str]) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """Return the row with its commas and the row without them."""
    return [(text, pairs), (text.replace(",", ""), pairs)]


INNER_SIDES = [
    *_both(
        "Fierce clashes broke out on Sunday between fighters from the Sword Brigade and "
        "the Crescent Front near Marj, the monitor said.",
        ("fighters from the Sword Brigade", "the Crescent Front"),
        ("the Crescent Front", "fighters from the Sword Brigade"),
    ),
    *_both(
        "On Friday heavy fighting broke out between members of the Islamic Front and the "
        "Nusra Front, according to activists.",
        ("members of the Islamic Front", "the Nusra Front"),
        ("the Nusra Front", "members of the Islamic Front"),
    ),
    # two sides at the top: nothing to mend.
    *_both(
        "Clashes erupted on Monday between the rebels and the army, according to the agency.",
        ("the rebels", "the army"),
        ("the army", "the rebels"),
    ),
]


@pytest.mark.parametrize(("text", "pairs"), INNER_SIDES)
def test_between_takes_the_side_joined_inside_the_first(
    parse: Parse, text: str, pairs: tuple[tuple[str, str], ...]
) -> None:
    found = _pairs(parse, text)
    assert set(pairs) <= found, found


@pytest.mark.parametrize(
    "text",
    [
        *[
            t
            for t, _ in _both(
                "Infighting between rebel units of the southern front, the monitor said, "
                "left ten dead."
            )
        ],
        *[
            t
            for t, _ in _both(
                "Clashes went on between rebel and army units in Daraa and Homs, the monitor said."
            )
        ],
    ],
)
def test_one_side_of_or_joins_no_second_side(parse: Parse, text: str) -> None:
    """Only "and" joins two sides, never a place: "in Daraa and Homs" is where they fight."""
    assert all(b not in {"the southern front", "Homs"} for _, b in _pairs(parse, text))
