"""Two doers joined in one phrase: "Russian aircraft and regime helicopters bombed X".

Sentences of our own, each with and without commas (real copy often has none). The
parser often hangs the first full noun phrase on the second one's head, so the whole
run was one actor coded by its last words; each doer now has its own event, with its
own span and code (graph/extract/jointdoers.py). A weapon of one fire ("rebel rocket
and sniper fire"), owners of one noun ("U.S. and Russian diplomats", "Christian and
Druze minorities"), a first noun that names no force ("civil defence") and a pair
without an owner word of its own keep one phrase.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]
Doers = set[tuple[str, str]]


def _doers(parse: Parse, text: str, action: str) -> Doers:
    """Return the (actor phrase, actor code) of each normalised ``action`` event."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.actor, e.actor_code) for e in normalised if e.action == action}


def _both(text: str, action: str, doers: Doers) -> list[tuple[str, str, Doers]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, action, doers), (text.replace(",", ""), action, doers)]


_RUSSIAN = ("Russian aircraft", "RUSMIL")
_REGIME = ("regime helicopters", "SYRGOV")

_CASES = [
    # the first phrase is coded by its own owner, not by the next phrase's organ
    *_both(
        "Russian aircraft and regime helicopters bombed the market in Tarvo, a medic said.",
        "bomb",
        {_RUSSIAN, _REGIME},
    ),
    *_both(
        "Turkish artillery and coalition jets hit 30 targets near the border, officials said.",
        "hit",
        {("Turkish artillery", "TURMIL"), ("coalition jets", "---MIL")},
    ),
    # the doers of an attack noun's "by" phrase
    *_both(
        "On Monday, nine farmers were killed in raids by Russian aircraft and regime helicopters.",
        "kill",
        {_RUSSIAN, _REGIME},
    ),
    *_both(
        "Near Tarvo, dozens of fighters were killed in strikes by the army's artillery and "
        "air force units.",
        "kill",
        {("the army's artillery", "---MIL"), ("air force units", "")},
    ),
    # the doers of a passive
    *_both(
        "Ten people were wounded by Russian aircraft and regime helicopters, a medic said.",
        "wound",
        {_RUSSIAN, _REGIME},
    ),
    # an organisation's name is a doer of its own
    *_both(
        "On Friday, Free Syrian Army and Nusra Front fighters stormed into the town.",
        "storm into",
        {("Free Syrian Army", "SYRREB"), ("Nusra Front fighters", "SYRREB")},
    ),
    # near misses that keep their phrase: one fire, owners of one noun, no owner word
    *_both(
        "Rebel rocket and sniper fire killed four people in the town, state media said.",
        "kill",
        {("Rebel rocket and sniper fire", "---REB")},
    ),
    *_both(
        "On Tuesday, senior U.S. and Russian diplomats drafted the plan, officials said.",
        "draft",
        {("senior U.S. and Russian diplomats", "USAGOV"), ("Russian diplomats", "RUSGOV")},
    ),
    *_both(
        "The army's artillery and rocket launchers shelled the hills, residents said.",
        "shell",
        {("The army's artillery and rocket launchers", "---MIL")},
    ),
    *_both(
        "Civil defence and ambulance teams pulled bodies from the rubble, a medic said.",
        "pull",
        {("Civil defence and ambulance teams", ""), ("ambulance teams", "")},
    ),
    *_both(
        "Russian warplanes and Syrian helicopters bombed the town, activists said.",
        "bomb",
        {("Russian warplanes", "RUSMIL"), ("Syrian helicopters", "SYRMIL")},
    ),
]


@pytest.mark.parametrize("text, action, doers", _CASES)
def test_each_joined_doer_has_its_event(parse, text, action, doers):
    assert _doers(parse, text, action) == doers


@pytest.mark.parametrize(
    "text",
    ["Syria's Christian and Druze minorities stayed out of the war, a scholar said."],
)
def test_owners_named_as_people_stay_one_phrase(parse, text):
    assert "Syria's Christian" not in {e.actor for e in extract_events(parse(text))}
