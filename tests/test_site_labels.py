"""An attacked civilian site or unnamed area is labelled by its place, or its country's civilians.

"Jets bombed a school overnight in Douma" (the place its sentence names), "the strikes
hit homes" said by someone "in Douma", "warplanes struck a hospital in northern Syria"
(a country: its civilians), "aircraft struck a bakery" in a story of Syrian places (the
civilians of the country the story's places lie in). Left alone: a military site, an
owned or named site, an area with no town, a story with no place, and what is no attack.
Sentences written for these tests, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events
from graph.normalize.sitelabels import site_kind

Parse = Callable[..., Doc]


def _target_ids(parse: Parse, text: str, action: str) -> set[str]:
    events = normalize_events(extract_events(parse(text)))
    return {e.target_id for e in events if e.action == action and e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


LABELLED = [
    # the town the sentence names after the site, or "in" before it
    *[
        (text, "bomb", "douma")
        for text in _both("Government jets bombed a crowded school overnight, in Douma, they said.")
    ],
    *[
        (text, "hit", "douma")
        for text in _both("A rescuer in Douma said the strikes hit residential areas, he said.")
    ],
    *[
        (text, "shell", "aleppo")
        for text in _both("On Monday, militants shelled several neighbourhoods, in eastern Aleppo.")
    ],
    *[
        (text, "attack", "raqqa")
        for text in _both("Jets attacked residential areas, in the north of Raqqa province.")
    ],
    # "the month of Tarvadan" is no place: the civilians of the story's country
    *[
        (text, "strike", "syria/civilians")
        for text in _both(
            "Rebels shelled Homs in Syria. Jets struck a market, on the first day of Tarvadan."
        )
    ],
    # no town it is in: the civilians of the country the sentence or the story places it in
    *[
        (text, "hit", "syria/civilians")
        for text in _both("Shells hit a bakery, 20 km east of Homs, on Monday.")
    ],
    *[
        (text, "strike", "syria/civilians")
        for text in _both("Warplanes struck a field hospital, in northern Syria, on Tuesday.")
    ],
    *[
        (text, "bomb", "syria/civilians")
        for text in _both(
            "Rebels shelled Homs in Syria on Friday. Aircraft bombed a bakery, on Monday."
        )
    ],
]


@pytest.mark.parametrize("text, action, label", LABELLED)
def test_site_takes_its_place(parse: Parse, text: str, action: str, label: str) -> None:
    assert label in _target_ids(parse, text, action)


LEFT = [
    # an area with no town said, a military site, an owned site, a story with no place
    *[(text, "take", "") for text in _both("On Sunday, the rebels took three villages, it said.")],
    *[(text, "seize", "") for text in _both("Rebels seized a school, in Homs, in May.")],
    *[
        (text, "take", "")
        for text in _both("The rebels took ten villages, and they are now in Homs, it said.")
    ],
    *[(text, "shell", "") for text in _both("Jets shelled villages, in the Idlib countryside.")],
    *[(text, "bomb", "") for text in _both("Jets bombed an army base, in the desert, at dawn.")],
    *[(text, "bomb", "") for text in _both("At dawn, jets bombed a school.")],
    # the first place after the site is a country: an area stays unlabelled
    *[
        (text, "seize", "")
        for text in _both("Militants seized large areas, in northern Syria, last year.")
    ],
]


@pytest.mark.parametrize("text, action, label", LEFT)
def test_site_left_alone(parse: Parse, text: str, action: str, label: str) -> None:
    ids = _target_ids(parse, text, action)
    assert ids and ids <= {label}


@pytest.mark.parametrize(
    "text, kind",
    [
        ("a crowded market", "site"),
        ("three residential buildings", "area"),
        ("the territory of the deal", "area"),
        ("police buildings", ""),
        ("the makeshift hospital being used as a shelter", "site"),
        ("residential areas", "area"),
        ("their homes", ""),
        ("rebel-held areas", ""),
        ("an opposition village", ""),
        ("an artillery school", ""),
        ("a school of thought", "site"),
        ("the entrance of the school", ""),
        ("a school in west Aleppo", ""),
        ("army positions", ""),
    ],
)
def test_site_kind(text: str, kind: str) -> None:
    assert site_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        *_both("In Douma, the hospital said, the market fell 3 % on Monday."),
        *_both("In Aleppo, the school of thought, its founders said, grew fast."),
    ],
)
def test_no_attack_no_label(parse: Parse, text: str) -> None:
    events = normalize_events(extract_events(parse(text)))
    assert not any(e.target_id.endswith("civilians") or e.target_id == "douma" for e in events)
