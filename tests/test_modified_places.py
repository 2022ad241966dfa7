"""Named places under describing words (graph/normalize/modifiedplaces.py): the place.

Stories of our own, each written with and without commas (real news often has none):
"rebel-held eastern Homs", "rural Hama", "the northern outskirts of Homs", "Syria's
Hama" are the town; a named building, a person of the town, ground a side holds
("rebel-held areas of Homs", ownertargets' case) and a place outside the town ("east
of Homs") keep what they had.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events
from graph.normalize.modifiedplaces import _named_place

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    """Return (action, target text) -> target id of a story's normalised events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.action, e.target): e.target_id for e in normalised if e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


PLACED = [
    *[
        (text, "shell", "rebel-held eastern Homs", "homs")
        for text in _both("On Friday, government troops shelled rebel-held eastern Homs, again.")
    ],
    *[
        (text, "bomb", "regime-controlled Hama", "hama")
        for text in _both("Opposition fighters bombed regime-controlled Hama on Sunday, they said.")
    ],
    *[
        (text, "pound", "rural Hama", "hama")
        for text in _both("Over the weekend, jets pounded rural Hama, a monitor reported.")
    ],
    *[
        (text, "hit", "the northern outskirts of Homs", "homs")
        for text in _both("At dawn, rockets fired by rebels hit the northern outskirts of Homs.")
    ],
    *[
        (text, "strike", "Syria's Hama", "hama")
        for text in _both("Late on Monday, Russian planes struck Syria's Hama.")
    ],
    *[
        (text, "strike", "Syrias Hama", "hama")
        for text in _both("Late on Monday, Russian planes struck Syrias Hama.")
    ],
    # a name the gazetteer lacks keeps its own words, without the describing ones
    *[
        (text, "storm", "besieged Kessavi", "kessavi")
        for text in _both("Late on Monday, the militants stormed besieged Kessavi.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target", "expected"), PLACED)
def test_place_under_describing_words(
    parse: Parse, text: str, action: str, target: str, expected: str
) -> None:
    assert _targets(parse, text)[(action, target)] == expected


KEPT = [
    # a named building of the town is no bare town
    *[
        (text, "bomb", "the Homs opera house", "homs")
        for text in _both("On Monday, jets bombed the Homs opera house, residents said.")
    ],
    # a person of the town is no town
    *[
        (text, "kidnap", "the governor of Homs", "homs")
        for text in _both("Rebels kidnapped the governor of Homs, on Monday.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target", "not_expected"), KEPT)
def test_other_phrases_keep_their_target(
    parse: Parse, text: str, action: str, target: str, not_expected: str
) -> None:
    assert _targets(parse, text).get((action, target)) != not_expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("rebel-held eastern Aleppo", ("Aleppo", False)),
        ("the whole of Aleppo", ("Aleppo", False)),
        ("Syrias Aleppo", ("Aleppo", True)),
        ("the strategically important Homs", ("Homs", False)),
        # a side outside the town, a bare name, common words, a building
        ("east of Aleppo", ("", False)),
        ("the east of Aleppo", ("", False)),
        ("Aleppo", ("", False)),
        ("rural areas", ("", False)),
        ("the governor of Aleppo", ("", False)),
        ("rebel-held areas of Aleppo", ("", False)),
    ],
)
def test_named_place(phrase: str, expected: tuple[str, bool]) -> None:
    assert _named_place(phrase) == expected
