"""Each of two owners' events in its own words: "Russian and regime jets bombed X".

Sentences of our own, each with and without commas (real copy often has none).
Coordinated owners of one doer, weapon or attack noun give one event per owner
(tests/test_joint_owners.py); the first owner's event had the whole phrase as its words,
which named both sides under one label. It now has the first owner's own words
("Russian"), and the whole phrase as its instrument when the head is a weapon or an
attack (graph/normalize/firstside.py); where the rule that found the act gave the phrase
one event only, the next owner gets its own. Alternatives ("Syrian or Russian jets") are
named alike, each a possibility (graph/normalize/eitherowners.py). A reciprocal act's
joint doer, one owner or words that name no side keep their words.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events

Parse = Callable[..., Doc]
Sides = set[tuple[str, ...]]


def _events(parse: Parse, text: str, action: str) -> list[Event]:
    """Return the normalised ``action`` events of one sentence."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return [e for e in normalised if e.action == action]


def _both(text: str, action: str, sides: Sides) -> list[tuple[str, str, Sides]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, action, sides), (text.replace(",", ""), action, sides)]


_ACTORS = [
    # a force: the first owner's words alone, no instrument
    *_both(
        "Russian and regime forces shelled the hills near Tarvo, a monitor said.",
        "shell",
        {("Russian", "russia", ""), ("regime forces", "assad-regime", "")},
    ),
    *_both(
        "On Monday, the Syrian and Iranian troops stormed the farms, activists said.",
        "storm",
        {("Syrian", "saa", ""), ("Iranian troops", "iran", "")},
    ),
    *_both(
        "Both US and British jets bombed the depot, officials said.",
        "bomb",
        {
            ("US", "united-states", "Both US and British jets"),
            ("British jets", "united-kingdom", ""),
        },
    ),
    # a weapon or an attack: the whole phrase is the first owner's instrument
    *_both(
        "On Friday, Russian and Syrian regime air strikes hit the bakery, residents said.",
        "hit",
        {
            ("Russian", "russia", "Russian and Syrian regime air strikes"),
            ("Syrian regime air strikes", "assad-regime", ""),
        },
    ),
    *_both(
        "Syrian and Russian warplanes bombed a clinic in the valley, a doctor said.",
        "bomb",
        {
            ("Syrian", "assad-regime", "Syrian and Russian warplanes"),
            ("Russian warplanes", "russia", ""),
        },
    ),
    *_both(
        "On Wednesday, officials said the US and Arab allies had resumed raids, hitting oil "
        "sites held by the group.",
        "hit",
        {("US", "united-states", ""), ("Arab allies", "arab-allies", "")},
    ),
    # near misses: a reciprocal act keeps one joint doer; one owner, no side named;
    # alternatives are each side's too (a possibility)
    *_both(
        "American and Russian jets coordinated their raids, a spokesman said.",
        "coordinate",
        {("American and Russian jets", "united-states", "")},
    ),
    *_both(
        "Russian fighter jets struck a bakery in the town, activists said.",
        "strike",
        {("Russian fighter jets", "russia", "")},
    ),
    *_both(
        "Syrian or Russian jets struck a bakery in the town, activists said.",
        "strike",
        {("Syrian", "assad-regime", "Syrian or Russian jets"), ("Russian jets", "russia", "")},
    ),
    *_both(
        "Oil and gas company workers blocked the road, police said.",
        "block",
        {("Oil and gas company workers", "unknown/labour", "")},  # "Oil": no people
    ),
    *_both(
        "Syrian Kurdish fighters took the village, a spokesman said.",
        "take",
        {("Syrian Kurdish fighters", "kurdish/gunmen", "")},
    ),
]


@pytest.mark.parametrize("text, action, sides", _ACTORS)
def test_each_owner_acts_in_its_own_words(parse, text, action, sides):
    found = {(e.actor, e.actor_id, e.instrument) for e in _events(parse, text, action)}
    assert found == sides


_TARGETS = [
    *_both(
        "The rebels vowed that they would fight the Russian and Iranian invaders, a "
        "commander said.",
        "fight",
        {("Russian", "russia"), ("Iranian invaders", "iran")},
    ),
    # the rule that found the act gave the phrase one event: the next owner gets one too
    *_both(
        "The coalition is backing an assault by Iraqi and Kurdish forces against the port, an "
        "officer said.",
        "back",
        {("Iraqi", "iraq"), ("Kurdish forces", "kurdish/military")},
    ),
    *_both(
        "Rebels ambushed Russian and regime troops near the dam, a monitor said.",
        "ambush",
        {("Russian", "russia"), ("regime troops", "assad-regime")},
    ),
    # one owner
    *_both(
        "Rebels ambushed Russian troops near the dam, a monitor said.",
        "ambush",
        {("Russian troops", "russia")},
    ),
]


@pytest.mark.parametrize("text, action, sides", _TARGETS)
def test_each_owner_is_targeted_in_its_own_words(parse, text, action, sides):
    assert {(e.target, e.target_id) for e in _events(parse, text, action)} == sides
