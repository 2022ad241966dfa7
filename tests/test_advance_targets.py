"""A military advance's town is its target when no party is named (normalize/advancetargets.py).

"Troops advanced in the Tarsk countryside" codes the town advanced on as the target, as
"advanced on Tarsk" does. A country, a region, a compass area, a phrase that is no place,
a side pushed or pushed out, an advance on a party and an advance with a target of its own
are left alone. Sentences written for these tests, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str, action: str) -> set[str]:
    events = normalize_events(extract_events(parse(text)))
    return {e.target for e in events if e.action == action and e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


ADVANCED = [
    *[
        (text, "advance", "the Hama countryside")
        for text in _both("On Monday, loyalist troops advanced in the Hama countryside, it said.")
    ],
    *[
        (text, "advance", "the eastern countryside of Homs")
        for text in _both("Since Friday, the army has advanced in the eastern countryside of Homs.")
    ],
    *[
        (text, "advance", "Kafr Nabl")
        for text in _both("Rebel fighters have been advancing near Kafr Nabl, a monitor said.")
    ],
    *[
        (text, "advance", "Idlib province")
        for text in _both("Last week, Tarvan troops advanced in Idlib province, officials said.")
    ],
    *[
        (text, "advance", "Tal Rifaat")
        for text in _both("Observers say the regime advances around Tal Rifaat could be costly.")
    ],
    *[
        (text, "push", "the town of Zaytun")
        for text in _both("By dawn, the militia pushed in the town of Zaytun, residents said.")
    ],
    *[
        (text, "advance", "Kafr Nabl")
        for text in _both("The army advanced in Kafr Nabl, southern Idlib, on Monday.")
    ],
]

LEFT = [
    # a country, a compass area, a region-sized area
    *[(text, "advance", "") for text in _both("On Monday, loyalist troops advanced in Syria.")],
    *[
        (text, "advance", "")
        for text in _both("On Monday, loyalist troops advanced in northern Syria, it said.")
    ],
    *[(text, "advance", "") for text in _both("Rebels advanced in the south, residents said.")],
    # a phrase that is no place, an unnamed place
    *[(text, "advance", "") for text in _both("Rebels have advanced in recent weeks, it said.")],
    *[
        (text, "advance", "")
        for text in _both("Troops advanced around the outskirts of the city, on Friday.")
    ],
    # a side driven somewhere or pushed out: the place was left, not taken
    *[(text, "push", "") for text in _both("Rebels pushed from the town of Zaytun, on Friday.")],
    *[(text, "push back", "") for text in _both("Rebels were pushed back in Tal Rifaat, he said.")],
]


@pytest.mark.parametrize(("text", "action", "target"), ADVANCED)
def test_advance_in_a_town_targets_the_town(parse: Parse, text: str, action: str, target: str):
    assert target in _targets(parse, text, action)


@pytest.mark.parametrize(("text", "action", "target"), LEFT)
def test_place_of_advance_left(parse: Parse, text: str, action: str, target: str):
    assert _targets(parse, text, action) <= {target}


def test_side_pushed_in_a_town_has_no_target(parse: Parse):
    for text in _both("Rebels were pushed in Kafr Nabl, on Friday."):
        events = normalize_events(extract_events(parse(text)))
        assert all(not e.target for e in events if e.action.startswith("be push"))


def test_advance_on_a_party_keeps_the_party(parse: Parse):
    for text in _both("Troops advanced in Kafr Nabl against the Falcon Brigade, it said."):
        assert "Kafr Nabl" not in {
            t for a in ("advance", "advance against") for t in _targets(parse, text, a)
        }
