"""A campaign's town is its target when no party is named (normalize/campaigntargets.py).

"The army waged an offensive in the area of Kessa" codes Kessa as the target, as "the army
attacked Kessa" does. A date, a country or region, a compass area, an unnamed area, a place
the sentence opens with and a campaign with a target of its own are left alone. Sentences
written for these tests, with and without commas.
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


PLACED = [
    *[
        (text, "attack", "Kessa")
        for text in _both("Loyalist troops waged a fierce offensive in the area of Kessa, it said.")
    ],
    *[
        (text, "attack", "the town of Kessa")
        for text in _both("The army stepped up its campaign in the town of Kessa, last week.")
    ],
    *[
        (text, "assault", "Homs")
        for text in _both("The militia launched a new assault in Homs on Monday, a monitor said.")
    ],
]

LEFT = [
    # a date, a region, a compass area, an unnamed area
    *[(text, "attack", "") for text in _both("The rebels launched an offensive in late May.")],
    *[(text, "attack", "") for text in _both("The army launched a campaign in northern Syria.")],
    *[(text, "attack", "") for text in _both("Troops waged an offensive in the area, it said.")],
    # a place the sentence opens with, not the campaign's own phrase
    *[
        (text, "attack", "")
        for text in _both("In Homs, the army launched an operation in the farms last week.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target"), PLACED)
def test_campaign_in_a_town_targets_the_town(parse: Parse, text: str, action: str, target: str):
    assert target in _targets(parse, text, action)


@pytest.mark.parametrize(("text", "action", "target"), LEFT)
def test_campaign_place_left(parse: Parse, text: str, action: str, target: str):
    assert _targets(parse, text, action) <= {target}


def test_campaign_against_a_side_keeps_it(parse: Parse):
    text = "The army launched an offensive in Homs against the rebels, it said."
    for sentence in _both(text):
        assert _targets(parse, sentence, "attack") == {"the rebels"}
