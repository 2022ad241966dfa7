"""Alternatives whose second side is a partner named beside it: "X or its ally Y".

Tests graph/extract/alternatives.py (the partner's name kept) with
graph/normalize/eitherowners.py and eitherdoers.py (one possible event per side, lent to
the attack the doubt is about).

Sentences of our own, each with and without commas (real copy often has none). "by
Iraqi jets or those of its ally Iran" names two sides; the apposed name ("Iran") used to
be cut, leaving "its ally", no one, so the whole doer stayed unresolved. Near misses: an
ally no one names, a pair joined by "and", a partner noun followed by no name.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]
Doers = set[tuple[str, str, str]]


def _doers(parse: Parse, text: str, action: str, index: int | None = None) -> Doers:
    """Return (actor, actor id, modality) of the normalised events of ``action``."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        (e.actor, e.actor_id, e.modality)
        for e in normalised
        if e.action == action and e.kind == "event" and index in (None, e.provenance.sentence_index)
    }


def _both(text: str, action: str, doers: Doers) -> list[tuple[str, str, Doers]]:
    """Return the case as written and with its commas stripped."""
    return [(text, action, doers), (text.replace(",", ""), action, doers)]


_SPLIT = [
    *_both(
        "It was not clear whether the strikes on Kessa had been carried out by Iraqi "
        "warplanes or those of its ally Iran, the monitor said.",
        "strike",
        {("Iraqi warplanes", "iraq", "possible"), ("those of its ally Iran", "iran", "possible")},
    ),
    *_both(
        "On Monday, residents said it was unclear if the raid was carried out by Turkish "
        "jets or Ankara's partner Qatar.",
        "raid",
        {("Turkish jets", "turkey", "possible"), ("Ankara's partner Qatar", "qatar", "possible")},
    ),
]


@pytest.mark.parametrize("text, action, doers", _SPLIT)
def test_a_named_partner_is_one_possible_doer(parse, text, action, doers):
    assert _doers(parse, text, action) == doers


_LENT = _both(
    "Air strikes hit a bakery in Kessa on Monday, killing six. The monitor said it was "
    "unclear whether the raids were carried out by Iraqi jets or their ally Iran.",
    "kill",
    {("Iraqi jets", "iraq", "possible"), ("their ally Iran", "iran", "possible")},
)


@pytest.mark.parametrize("text, action, doers", _LENT)
def test_the_attack_the_doubt_is_about_takes_both_sides(parse, text, action, doers):
    assert _doers(parse, text, action, index=0) == doers


_KEPT = [
    # the ally is not named: no one
    *_both(
        "The monitor said it was unclear whether the raids were carried out by Iraqi jets "
        "or those of its allies, and six died.",
        "raid",
        {("Iraqi jets or those of its allies", "", "possible")},
    ),
    # a partner noun with no name beside it
    *_both(
        "The raids were carried out by Iraqi jets or those of its ally in the south, "
        "the monitor said.",
        "raid",
        {("Iraqi jets or those of its ally", "", "asserted")},
    ),
]


@pytest.mark.parametrize("text, action, doers", _KEPT)
def test_an_unnamed_partner_stays_open(parse, text, action, doers):
    assert _doers(parse, text, action) == doers


def test_a_pair_joined_by_and_keeps_its_cut(parse):
    # no alternatives: the apposed name is not run on into the phrase
    doers = _doers(parse, "Iraqi jets and those of its ally Iran bombed the bakery.", "bomb")
    assert ("those of its ally Iran", "iran", "asserted") not in doers
    assert ("Iraqi jets", "iraq", "asserted") in doers
