"""A place that falls to a force was seized by it (graph/extract/fallen.py).

Sentences of our own, each with and without commas: "X fell to Y", "X fell into the
hands of Y", "X fell under the control of Y" -> Y seize X. Falling to a price, to the
ground or to an office, and a fall that is only allowed or feared, seize nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _both(text: str, *rest: object) -> list[tuple[object, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


def _seizures(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {
        (e.actor, e.target, e.modality)
        for e in extract_events(parse(text))
        if e.action == "seize" and e.kind == "event"
    }


SEIZED = [
    *_both(
        "The mountain town fell to the rebels in March, after weeks of fighting.",
        ("the rebels", "The mountain town", "asserted"),
    ),
    *_both(
        "Hundreds fled the valley, which fell to government troops on Sunday.",
        ("government troops", "the valley", "asserted"),
    ),
    *_both(
        "By noon, the airbase had fallen into the hands of the militants.",
        ("the militants", "the airbase", "asserted"),
    ),
    *_both(
        "The border crossing fell under the control of Kurdish fighters last week.",
        ("Kurdish fighters", "The border crossing", "asserted"),
    ),
    *_both(
        "Three villages fell to the jihadists, and the army pulled back.",
        ("the jihadists", "Three villages", "asserted"),
    ),
    *_both(
        "Large parts of the province fell to the insurgents, a monitor said.",
        ("the insurgents", "Large parts of the province", "asserted"),
    ),
    *_both(
        "The outposts have fallen into the hands of Ansar Brigade, its fighters said.",
        ("Ansar Brigade", "The outposts", "asserted"),
    ),
    pytest.param(
        "It fell to the militia after a long siege.",
        ("the militia", "It", "asserted"),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a pronoun's place is coreference's work: 'it' may be a duty ('it fell "
            "to the UN to decide') and the event's target would be the bare pronoun",
        ),
    ),
]


@pytest.mark.parametrize(("text", "seizure"), SEIZED)
def test_a_place_fallen_to_a_force_was_seized(parse, text, seizure):
    assert _seizures(parse, text) == {seizure}


NOT_SEIZED = [
    *_both("The price of bread fell to 300 pounds, traders said."),
    *_both("The old man fell to the ground, witnesses said."),
    *_both("The task of rebuilding fell to the United Nations."),
    *_both("The president will not allow the port to fall to the rebels."),
    *_both("It fell to the United Nations to decide."),
]


@pytest.mark.parametrize(("text",), NOT_SEIZED)
def test_no_seizure_without_a_place_taken(parse, text):
    assert _seizures(parse, text) == set()
