"""Lists of named places after a plural head (graph/normalize/placelists.py): one target each.

Stories of our own, each written with and without commas (real news often has none):
"the towns of A and B" was hit twice, once in A and once in B; a list that cannot be
cut into names safely, a head a side holds or a people's head stays one target.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events
from graph.normalize.placelists import place_list

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str, action: str) -> list[str]:
    """Return the target texts of a story's events with the action, in order."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return [e.target for e in normalised if e.kind == "event" and e.action == action]


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


SPLIT = [
    *[
        (text, "shell", ["Kessa", "Ras al-Marj"])
        for text in _both("On Monday, rebels shelled the neighbourhoods of Kessa and Ras al-Marj.")
    ],
    *[
        (text, "hit", ["Al Tarf", "Hamoula 12"])
        for text in _both("Tarvan jets hit the two besieged towns of Al Tarf and Hamoula 12, at 9.")
    ],
    # a longer list is cut where the text has its commas
    (
        "Tarvan jets bombed the villages of Um Sarra, Beit Qanif Saghir and Arnab, officials said.",
        "bomb",
        ["Um Sarra", "Beit Qanif Saghir", "Arnab"],
    ),
]


@pytest.mark.parametrize(("text", "action", "places"), SPLIT)
def test_listed_places_are_one_target_each(
    parse: Parse, text: str, action: str, places: list[str]
) -> None:
    assert _targets(parse, text, action) == places


KEPT = [
    # a people before the head
    "the Shiite towns of Kessa and Marsa",
    # a side holds them: the owner is the target (ownertargets)
    "the rebel-held villages of Kessa and Marsa",
    # no name in the list
    "large areas of both Tarvania and Karvonia",
    "areas of Kessa and the city of Marsa",
    # the feed ran names together: where one ends is unknown
    "the towns of Um Sarra Beit Qanif and Arnab",
    # one name, no list
    "the villages of Kessa",
    # the places are another noun's: whose residents, where from
    "residents of the villages of Kessa and Marsa",
    "women from the towns of Kessa and Marsa",
    # the count says a name is missing or run together
    "the three towns of Kessa and Marsa",
]


@pytest.mark.parametrize("text", KEPT)
def test_unsure_lists_are_kept(text: str) -> None:
    assert place_list(text) == []


def test_list_ends_before_its_place(parse: Parse) -> None:
    text = "On Monday Tarvan jets struck the towns of Kessa and Marsa in rural Arnab."
    assert place_list("the towns of Kessa and Marsa in rural Arnab") == ["Kessa", "Marsa"]
    assert _targets(parse, text, "strike") == ["Kessa", "Marsa"]


def test_run_of_known_places_is_cut(parse: Parse) -> None:
    # the feed lost the comma between two places the gazetteer knows
    assert place_list("the three provinces of Homs Hama and Idlib") == ["Homs", "Hama", "Idlib"]
    text = "Tarvan jets bombed the provinces of Homs Hama and Idlib on Monday."
    assert _targets(parse, text, "bomb") == ["Homs", "Hama", "Idlib"]
