"""A named settlement with its head noun is that place (normalize/settlements.py).

"Jets bombed Idlib province", "Aleppo's eastern districts", "the neighbourhood of
al-Mazraa": the target is the named place, linked by the places gazetteer or kept as an
unlinked place, never an empty label; an unlinked quarter "of" a linked city ("the
al-Ruwaida neighbourhood of Aleppo") is that city, with its country.
A people or creed before the head, a group's holding, a capitalised head ("the Old
City") and a head in a phrase of its own ("a girl from the X suburb") are left.
Sentences written for these tests, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _target_ids(parse: Parse, text: str, action: str) -> set[str]:
    events = normalize_events(extract_events(parse(text)))
    return {e.target_id for e in events if e.action == action}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


NAMED = [
    *[
        (text, "bomb", "idlib")
        for text in _both("On Sunday, government jets bombed Idlib province again.")
    ],
    *[(text, "shell", "hasakah") for text in _both("Overnight, militants shelled Hasakeh city.")],
    *[
        (text, "shell", "tel-kharnoub")
        for text in _both("Army tanks shelled Tel Kharnoub village, a monitor reported.")
    ],
    *[
        (text, "hit", "aleppo")
        for text in _both("Mortars hit the al-Ruwaida neighbourhood of Aleppo, on Monday.")
    ],
    *[
        (text, "pound", "aleppo")
        for text in _both("Warplanes pounded Aleppo's eastern districts on Monday.")
    ],
    *[
        (text, "storm", "al-nasim")
        for text in _both("At dawn, troops stormed the besieged al-Nasim town.")
    ],
    *[
        (text, "bomb", "al-mazraa")
        for text in _both("Helicopters bombed the neighbourhood of al-Mazraa at dawn.")
    ],
    *[
        (text, "shell", "damascus")
        for text in _both("Insurgents shelled several suburbs of Damascus, state media said.")
    ],
    *[
        (text, "bomb", "darayya")
        for text in _both("On Friday, jets bombed the Damascus suburb of Daraya.")
    ],
]

LEFT = [
    # a creed or a people before the head, a group's holding: no place name
    *[(text, "besiege", "") for text in _both("Rebels besieged two Shiite villages, they said.")],
    *[(text, "seize", "") for text in _both("By Friday, troops seized 40 Kurdish villages.")],
    # (a group's holding is the holder's, see ownertargets; never a place name)
    *[(text, "strike", "isis") for text in _both("Jets struck IS-held towns, the army said.")],
    # a capitalised head is part of a name; a measure is no place
    *[(text, "bomb", "homs") for text in _both("Jets bombed the Old City of Homs, they said.")],
]


@pytest.mark.parametrize(("text", "action", "target"), NAMED)
def test_named_settlement_is_the_place(parse: Parse, text: str, action: str, target: str):
    assert target in _target_ids(parse, text, action)


@pytest.mark.parametrize(("text", "action", "target"), LEFT)
def test_unnamed_settlement_left(parse: Parse, text: str, action: str, target: str):
    assert _target_ids(parse, text, action) <= {target}


def test_measure_is_no_place(parse: Parse):
    for text in _both("Jets bombed an area of 960 square miles, officials said."):
        assert "square-miles" not in _target_ids(parse, text, "bomb")


def test_person_from_a_suburb_is_no_place(parse: Parse):
    for text in _both("A girl from the besieged Damascus suburb of Madaya died, doctors said."):
        events = normalize_events(extract_events(parse(text)))
        assert all(e.actor_id not in ("damascus", "madaya") for e in events if e.action == "die")
