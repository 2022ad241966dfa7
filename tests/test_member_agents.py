"""A side's group or a people's armed men named with a country (graph/normalize/agents.py).

Stories of our own, with and without commas: "Syrian opposition groups", "a Syrian rebel
faction" are the opposition (the rebels) of Syria, and "Syrian Kurdish forces" Kurdish
armed men in Syria, never the Syrian state; the state's own officers stay the state's.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events
from graph.normalize import normalize_events


def _actors(parse, text: str) -> dict[str, str]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {e.actor: e.actor_id for e in normalised}


def _both(text: str, actor: str, expected: str) -> list[tuple[str, str, str]]:
    return [(text, actor, expected), (text.replace(",", ""), actor, expected)]


@pytest.mark.parametrize(
    "text, actor, expected",
    [
        *_both(
            "On Tuesday, Syrian opposition groups condemned the raid on Marsa.",
            "Syrian opposition groups",
            "syria/opposition",
        ),
        *_both(
            "A Syrian rebel faction, backed by local clans, stormed the base near Marsa.",
            "A Syrian rebel faction",
            "syria/rebels",
        ),
        *_both(
            "On Sunday, Syrian Kurdish forces, backed by coalition jets, took the dam near Marsa.",
            "Syrian Kurdish forces",
            "kurdish/military",
        ),
        *_both(
            "On Monday, Syrian army officers inspected the base near Marsa.",
            "Syrian army officers",
            "assad-regime",
        ),
    ],
)
def test_a_sides_group_named_with_its_country_is_that_side(parse, text, actor, expected):
    assert _actors(parse, text)[actor] == expected


def test_a_peoples_forces_in_a_country_are_coded_as_armed_men_there(parse):
    doc = parse("Syrian Kurdish forces took the dam near Marsa on Sunday.")
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    event = next(normalize_events(found, sentences=sentences))
    assert (event.actor_id, event.actor_code) == ("kurdish/military", "SYRUAF")
