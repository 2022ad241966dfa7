"""Where an attack that hurt people fell: "the raids around Tadmur killed 20" (issue 14).

An attack noun that is the subject of a verb of harm names, in its own place phrase,
what it struck: the raids struck Tadmur (graph/extract/strikeplaces.py). Sentences
written for these tests, each with and without its commas, and near misses the rule
must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]
Row = tuple[str, str, str, str]


def _found(parse: Parse, text: str) -> set[Row]:
    return {(e.kind, e.actor, e.action, e.target) for e in extract_events(parse(text))}


def _both(text: str, row: Row) -> list[tuple[str, Row]]:
    return [(text, row), (text.replace(",", ""), row)]


STRUCK = [
    # no doer named: a fact, as "air strikes on X" is
    *_both(
        "The raids around Tadmur and near the airbase killed 20 militants, officials said.",
        ("relation", "The raids", "raid", "Tadmur"),
    ),
    *_both(
        "The raids around Tadmur and near the airbase killed 20 militants, officials said.",
        ("relation", "The raids", "raid", "the airbase"),
    ),
    *_both(
        "Air strikes in Hama province have killed 30 people, this week.",
        ("relation", "Air strikes", "strike", "Hama province"),
    ),
    # the owner did it
    *_both(
        "On Monday, Russian strikes near Idlib killed ten civilians.",
        ("event", "Russian", "strike", "Idlib"),
    ),
    *_both(
        "Israeli raids near the airport killed two soldiers, on Friday.",
        ("event", "Israeli", "raid", "the airport"),
    ),
    # a mode word's plural the tagger reads as a verb ("strikes" VBZ), parsed as the subject
    *_both(
        "The air strikes near the airbase, on Monday, killed ten people.",
        ("relation", "The air strikes", "strike", "the airbase"),
    ),
    # ... and with a target of its own (see nominals)
    *_both(
        "The air strikes on the village of Kafr Tala, in the north, also wounded 40 people.",
        ("relation", "The air strikes", "strike", "the village of Kafr Tala"),
    ),
    *_both(
        "Officials said the air strikes on the old market, on Monday, killed nine people.",
        ("relation", "the air strikes", "strike", "the old market"),
    ),
    # a gerund the parser reads as a clause: the shelling wounded them and struck its place
    *_both(
        "Bombing on the old market wounded six people, witnesses said.",
        ("relation", "Bombing", "bomb", "the old market"),
    ),
    *_both(
        "Bombing on the old market wounded six people, witnesses said.",
        ("event", "Bombing on the old market", "wound", "six people"),
    ),
]


@pytest.mark.parametrize(("text", "row"), STRUCK)
def test_an_attack_that_hurt_people_struck_its_place(parse: Parse, text: str, row: Row) -> None:
    assert row in _found(parse, text)


MISSES = [
    # a place of origin is no target
    ("Strikes from Turkish territory killed five fighters.", "Turkish territory"),
    # a blaze is no attack
    ("A fire in the market killed ten people, on Sunday.", "the market"),
    # a whole country is the war's setting, not what was struck
    ("Air strikes in Syria killed 20 people, on Friday.", "Syria"),
    # an attack that names its target struck that, not the place around it
    ("Air strikes on a market in Idlib killed ten people.", "Idlib"),
    # the verb's own phrase says where people died
    ("Russian strikes killed ten civilians in Idlib, on Monday.", "Idlib"),
    # no phrase of place: "in support of"
    ("Strikes in support of the offensive killed ten fighters.", "support"),
    # no verb of harm
    ("Heavy shelling in the Old City resumed, on Friday.", "the Old City"),
    ("Shelling in the Old City continued, on Friday.", "the Old City"),
]


@pytest.mark.parametrize(
    ("text", "place"), [*MISSES, *((t.replace(",", ""), p) for t, p in MISSES)]
)
def test_no_strike_on_a_place_that_is_none(parse: Parse, text: str, place: str) -> None:
    struck = {row for row in _found(parse, text) if row[2] in {"strike", "shell", "fire"}}
    assert not {row for row in struck if place in row[3]}


@pytest.mark.parametrize(
    "text",
    [
        "The air force strikes rebel positions every night, a monitor said.",
        "The air force strikes rebel positions every night a monitor said.",
        "On Monday, a drone strikes a convoy near the border, in the video.",
        "On Monday a drone strikes a convoy near the border in the video.",
    ],
)
def test_a_verb_after_a_mode_word_stays_a_verb(parse: Parse, text: str) -> None:
    # "strikes" with an object of its own is the verb, not a misread plural
    assert not {row for row in _found(parse, text) if row[1].endswith("strikes")}
