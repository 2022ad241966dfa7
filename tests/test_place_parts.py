"""An attack on an unnamed part of a town, or a village near one, hits the town (placetargets).

"Warplanes struck two villages near Jarablus", "airstrikes hit the main street of Saraqeb",
"jets targeted the square in Kafr Nabl" (the phrase hung on the target, not the verb):
event coders code the town. A building or a road near a town, ground near a border or in
a countryside, a named road, a part a side holds and a non-attack are left. Sentences
written for these tests, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events
from graph.normalize.heads import is_side

Parse = Callable[..., Doc]


def _target_ids(parse: Parse, text: str, action: str) -> set[str]:
    events = normalize_events(extract_events(parse(text)))
    return {e.target_id for e in events if e.action == action and e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


PLACED = [
    # a settlement near or outside a town
    *[
        (text, "strike", "jarablus")
        for text in _both("On Monday, warplanes struck two villages near Jarablus, a monitor said.")
    ],
    *[(text, "bomb", "azaz") for text in _both("Jets bombed a camp outside Azaz, residents said.")],
    # a street, a square, the outskirts "of" or "in" a town
    *[
        (text, "hit", "saraqib")
        for text in _both("Airstrikes hit the main street of Saraqeb, killing four.")
    ],
    *[
        (text, "hit", "douma")
        for text in _both("At dawn, rockets hit the outskirts of Douma, killing two.")
    ],
    *[
        (text, "target", "kafranbel")
        for text in _both("Jets targeted the square in Kafr Nabl on Monday, a resident said.")
    ],
    # a side of a town, held or two sides, is of the town ("parts of X" are)
    *[
        (text, "shell", "homs")
        for text in _both(
            "On Monday, rebels shelled the government-held west of Homs, killing two."
        )
    ],
    *[
        (text, "encircle", "aleppo")
        for text in _both("By May, troops had encircled the west and south of Aleppo, it said.")
    ],
    # a definite building, the town's name glued to the words after it
    *[
        (text, "hit", "hass")
        for text in _both("Shells hit the bakery in Hass, Syrian Observatory said.")
    ],
    *[
        (text, "strike", "kafranbel")
        for text in _both(
            "Later, a jet struck a residential area in the city of Kafr Nabl, in Idlib."
        )
    ],
    # ground taken near a town, an area placed off it: coded as the town (placeheads)
    *[
        (text, "seize", "jarablus")
        for text in _both("Troops seized two villages near Jarablus, it said.")
    ],
    *[(text, "strike", "homs") for text in _both("Jets struck an area east of Homs, it said.")],
]

LEFT = [
    # a border is no town; a road or a hospital near a town
    *[
        (text, "strike", "")
        for text in _both("Jets struck two villages near the Turkish border, it said.")
    ],
    *[(text, "strike", "") for text in _both("Jets struck a road near Azaz, it said.")],
    # not the town: the civilians of its country (sitelabels)
    *[
        (text, "strike", "syria/civilians")
        for text in _both("Jets struck a hospital outside Azaz, it said.")
    ],
    *[
        (text, "strike", "")
        for text in _both("Jets struck villages in the Aleppo countryside, it said.")
    ],
    # positions placed off a town are not in it ("positions east of X"), nor an id (placeheads)
    *[(text, "bomb", "") for text in _both("Jets bombed positions east of Homs, it said.")],
    # a named road keeps its own id; a held part is its holder's (ownertargets)
    *[
        (text, "strike", "castello-road")
        for text in _both("Jets struck the Castello Road in Aleppo, it said.")
    ],
    *[
        (text, "bomb", "unknown/rebels")
        for text in _both("Jets bombed rebel-held districts in Homs, it said.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target"), PLACED)
def test_part_or_nearby_settlement_targets_the_town(
    parse: Parse, text: str, action: str, target: str
):
    assert target in _target_ids(parse, text, action)


@pytest.mark.parametrize(("text", "action", "target"), LEFT)
def test_part_elsewhere_or_named_left(parse: Parse, text: str, action: str, target: str):
    assert _target_ids(parse, text, action) == {target}


@pytest.mark.parametrize(
    ("head", "side"),
    [
        ("the rebel-held east", True),
        ("government-controlled west", True),
        ("the west and south", True),
        # where something lies, or a thing placed off the town: no side of it
        ("east", False),
        ("20 km east", False),
        ("an area east", False),
        ("the Shaar oilfield east", False),
    ],
)
def test_side_of_a_place(head: str, side: bool):
    assert is_side(head) is side
