"""A doer given as one of two sides: one event per side, each possible.

Tests graph/normalize/eitherowners.py.

Sentences of our own, each with and without commas (real copy often has none). An
attack by "X or Y jets", "either the regime or Y warplanes" or "X or Y" gives one event
per side, in each side's own words, the act ``possible``: the text says one of them did
it, not which; so do sides told after their noun ("warplanes either X or Y"). An act
told as future keeps its modality. Near misses stay one event: two names of one actor,
an ally no one names, three sides listed, "either" joining two acts, a pair joined by
"and".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]
Doers = set[tuple[str, str, str]]


def _doers(parse: Parse, text: str, action: str) -> Doers:
    """Return (actor, actor id, modality) of the normalised events of ``action``."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        (e.actor, e.actor_id, e.modality)
        for e in normalised
        if e.action == action and e.kind == "event"
    }


def _both(text: str, action: str, doers: Doers) -> list[tuple[str, str, Doers]]:
    """Return the case as written and with its commas stripped."""
    return [(text, action, doers), (text.replace(",", ""), action, doers)]


_SPLIT = [
    *_both(
        "Turkish or Iraqi jets bombed a bakery in Kessa on Monday, a monitor said.",
        "bomb",
        {("Turkish", "turkey", "possible"), ("Iraqi jets", "iraq", "possible")},
    ),
    *_both(
        "Six farmers died near Kessa, after strikes by either the regime or Turkish "
        "warplanes hit their fields.",
        "hit",
        {("the regime", "assad-regime", "possible"), ("Turkish warplanes", "turkey", "possible")},
    ),
    *_both(
        "Iran or Turkey shelled the border posts overnight, residents said.",
        "shell",
        {("Iran", "iran", "possible"), ("Turkey", "turkey", "possible")},
    ),
    # the sides told after the noun they own
    *_both(
        "The monitor said warplanes either Turkish or Iraqi carried out six strikes on the "
        "village, killing nine.",
        "strike",
        {("Turkish", "turkey", "possible"), ("Iraqi", "iraq", "possible")},
    ),
    # an act told as future keeps its own modality
    *_both(
        "Turkish or Iraqi jets will bomb the camps, a commander warned on Monday.",
        "bomb",
        {("Turkish", "turkey", "future"), ("Iraqi jets", "iraq", "future")},
    ),
]


@pytest.mark.parametrize("text, action, doers", _SPLIT)
def test_each_alternative_side_is_a_possible_doer(parse, text, action, doers):
    assert _doers(parse, text, action) == doers


_KEPT = [
    # two names of one group
    *_both(
        "Fighters of the Islamic State group (ISIL or Daesh) stormed Kessa, a monitor said.",
        "storm",
        {("Fighters of the Islamic State group", "isis", "asserted")},
    ),
    # the other side named only as an ally
    *_both(
        "The regime or its allies bombed the bakery, residents said.",
        "bomb",
        {("The regime or its allies", "", "asserted")},
    ),
    # three sides listed, the commas lost
    (
        "Turkish Iraqi or Iranian jets bombed the bakery on Monday.",
        "bomb",
        {("Turkish Iraqi or Iranian jets", "", "asserted")},
    ),
    # "either" joins two acts, not two sides
    *_both(
        "Jets either bombed the school, or shelled the market.",
        "bomb",
        {("Jets", "unknown/military", "asserted")},
    ),
    # a pair joined by "and" did it, for sure
    *_both(
        "Turkish and Iraqi jets bombed a bakery in Kessa, a monitor said.",
        "bomb",
        {("Turkish", "turkey", "asserted"), ("Iraqi jets", "iraq", "asserted")},
    ),
]


@pytest.mark.parametrize("text, action, doers", _KEPT)
def test_one_actor_a_nameless_ally_or_a_list_stays_as_it_was(parse, text, action, doers):
    assert _doers(parse, text, action) == doers
