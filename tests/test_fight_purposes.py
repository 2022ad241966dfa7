"""A fight without an object is aimed at what its purpose takes or stops (issue 14).

"The guerrillas battled to push the troops back from the ridge": the guerrillas fight
the troops; the purpose names the target, relation "battled to push". Only purposes of
taking, striking or stopping count: defending and everyday aims name no one fought.
Every sentence is our own, with and without commas.
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
        if e.kind == "event" and e.action in {"fight", "battle", "struggle"}
    }


AIMED = [
    (
        "The guerrillas battled to drive the border troops out of Vell Sora.",
        ("The guerrillas", "the border troops"),
    ),
    (
        "The guerrillas battled for hours to drive the border troops out of Vell Sora.",
        ("The guerrillas", "the border troops"),
    ),
    (
        "Local militias fought back to recapture the grain silos.",
        ("Local militias", "the grain silos"),
    ),
    (
        "Local militias fought back on Friday to recapture the grain silos.",
        ("Local militias", "the grain silos"),
    ),
    (
        "Tribal fighters fought to stop the raiders from crossing the bridge.",
        ("Tribal fighters", "the raiders"),
    ),
]


@pytest.mark.parametrize("text, expected", AIMED)
def test_purpose_names_whom_they_fight(parse: Parse, text: str, expected: tuple[str, str]) -> None:
    assert expected in _fights(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "The farmers fought to protect their orchards.",
        "The farmers fought hard to keep their orchards.",
    ],
)
def test_defending_names_no_target(parse: Parse, text: str) -> None:
    assert _fights(parse, text) == {("The farmers", "")}
