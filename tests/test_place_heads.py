"""A place target named by a common noun takes the named place it holds or stands in (placeheads).

"Jets struck the region of Kessa southeast of Homs city" (its own name, Kessa, a place the
gazetteer lacks), "rebels took three villages south of Homs", "the army captured a strategic
hill in Latakia province", "helicopters bombed a crowded market in the centre of Douma"
(the place it stands in). A place noun with no name around it, a holder's part, a town in
apposition, a country and a non-physical act are left. Sentences written for these tests,
with and without commas.
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
    return {e.target_id for e in events if e.action == action and e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


LABELLED = [
    # its own name, with a locator glued to it
    *[
        (text, "strike", "kessa-hills")
        for text in _both(
            "On Friday, jets struck the region of Kessa Hills, southeast of Homs city."
        )
    ],
    *[
        (text, "take", "al-tarvi")
        for text in _both("Troops took full control of the al-Tarvi area, east of Hama city.")
    ],
    # the place it stands in: south of, in, in the centre of
    *[
        (text, "take", "homs")
        for text in _both("On Monday, rebels took three villages, south of Homs, a monitor said.")
    ],
    *[
        (text, "capture", "latakia")
        for text in _both("Last week, the army captured a strategic hill in Latakia province.")
    ],
    *[
        (text, "bomb", "douma")
        for text in _both("Helicopters bombed a crowded market, in the center of Douma, on Sunday.")
    ],
    *[
        (text, "seize", "hama")
        for text in _both("Overnight, militants seized several areas north of Hama, it said.")
    ],
]

LEFT = [
    # no name around the place noun
    *[
        (text, "capture", "")
        for text in _both("Rebels captured villages near the border on Friday, it said.")
    ],
    *[(text, "bomb", "") for text in _both("Jets bombed a market in the morning, it said.")],
    # a town in apposition is the place itself, not the one it lies near
    *[
        (text, "besiege", "")
        for text in _both("Families left Madaya, a town near Damascus besieged by troops.")
    ],
    # a country is where the war is
    *[
        (text, "capture", "")
        for text in _both("In March, militants captured several towns in Syria, it said.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target"), LABELLED)
def test_place_noun_takes_its_named_place(parse: Parse, text: str, action: str, target: str):
    assert target in _target_ids(parse, text, action)


@pytest.mark.parametrize(("text", "action", "target"), LEFT)
def test_place_noun_without_a_name_left(parse: Parse, text: str, action: str, target: str):
    assert _target_ids(parse, text, action) == {target}


def test_areas_of_cooperation_are_no_place(parse: Parse):
    text = "The two ministers discussed areas of cooperation in Damascus on Monday."
    events = normalize_events(extract_events(parse(text)))
    assert all(e.target_id != "damascus" for e in events if e.action == "discuss")


SLUGS_DROPPED = [
    *[(text, "capture", "") for text in _both("On Monday, the army captured a strategic hill.")],
    *[(text, "storm", "") for text in _both("At dawn, troops stormed the air base, it said.")],
    *[
        (text, "shell", "")
        for text in _both("Overnight, rebels shelled the old positions, it said.")
    ],
]

NAMED_KEPT = [
    # a named hill or base keeps its own id; an owner the noun resolved to is kept
    *[
        (text, "storm", "kessa-air-base")
        for text in _both("At dawn, troops stormed the Kessa air base, it said.")
    ],
    *[(text, "hit", "isis") for text in _both("On Monday, jets hit ISIS positions, it said.")],
    *[
        (text, "shell", "unknown/military")
        for text in _both("Overnight, rebels shelled army positions, it said.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target"), SLUGS_DROPPED)
def test_common_place_noun_is_no_id(parse: Parse, text: str, action: str, target: str):
    assert _target_ids(parse, text, action) == {target}


@pytest.mark.parametrize(("text", "action", "target"), NAMED_KEPT)
def test_named_place_noun_kept(parse: Parse, text: str, action: str, target: str):
    assert _target_ids(parse, text, action) == {target}
