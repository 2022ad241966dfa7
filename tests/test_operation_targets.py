"""Targets of a military operation a light verb carries, from the noun's own phrase (issue 14).

"Kurdish units continued their advance in the north of Manbij against Islamic State":
the advance was aimed at Islamic State, though the parser hangs "against" on
the place (graph/extract/operationtargets.py). Sentences written for these tests, each
with and without its commas, and near misses the rule must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]
Triple = tuple[str, str, str]


def _found(parse: Parse, text: str) -> set[Triple]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


def _both(text: str, triple: Triple) -> list[tuple[str, Triple]]:
    return [(text, triple), (text.replace(",", ""), triple)]


SIDES = [
    # "against" hung on the place inside the noun's "in" phrase, or on the verb
    *_both(
        "Government forces continued their offensive in the east of Homs, against the rebels.",
        ("Government forces", "attack", "the rebels"),
    ),
    *_both(
        "Kurdish units continued their advance in the north of Manbij, against Islamic State.",
        ("Kurdish units", "continue", "Islamic State"),
    ),
    # "into" hung on the light verb
    *_both(
        "By Sunday, the insurgents had made two incursions into the northern suburbs.",
        ("the insurgents", "invade", "the northern suburbs"),
    ),
]

PLACES = [
    # a name in the noun's "in" phrase, when no side is named
    *_both(
        "Last spring, the militants launched a fresh offensive in Afghanistan.",
        ("the militants", "attack", "Afghanistan"),
    ),
    # a place's name set before the noun
    *_both(
        "Iraqi forces began the Mosul offensive, in October.",
        ("Iraqi forces", "attack", "Mosul"),
    ),
    # a named part of a place: the town the phrase names
    *_both(
        "Soldiers carried out a ground operation in the eastern parts of the town of Kessab.",
        ("Soldiers", "attack", "Kessab"),
    ),
]


@pytest.mark.parametrize("text, triple", SIDES + PLACES)
def test_an_operation_s_own_phrase_names_its_target(parse, text, triple):
    assert triple in _found(parse, text)


def test_a_side_the_operation_killed_wins_over_its_place(parse):
    text = "Jihadists launched a counteroffensive in the Homs province killing 30 soldiers."
    assert ("Jihadists", "attack", "30 soldiers") in _found(parse, text)


NEAR_MISSES = [
    # a time, not a place
    "The army began the offensive, in March.",
    "The rebels, who launched an assault in the past, regrouped.",
    # a vague place
    "The army continued its operations, in the country.",
    "Troops launched a military operation in the area, on Sunday.",
    # a campaign that is no armed one, a country where the war is
    "The party started an election campaign, in Jordan.",
    "Moscow began its air campaign in Syria, in 2015.",
    # a group's name before the noun is whose the offensive is, not its target
    "The alliance launched a fresh Hezbollah offensive, in June.",
    # an advance in talks is no armed one
    "The envoy reported an advance in talks, on Friday.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_an_operation_without_a_named_place_or_side_has_no_target(parse, text):
    for variant in (text, text.replace(",", "")):
        targets = {t[2] for t in _found(parse, variant) if t[1] in {"attack", "begin", "start"}}
        assert targets <= {""}, variant


OWNED = [
    # an owned operation told inside another clause: the place its phrase names
    *_both(
        "Jets struck, in response to a rebel offensive in the town of Kessab.",
        ("rebel", "attack", "Kessab"),
    ),
    # an advance in a war against a foe: the foe
    *_both(
        "Jets bombed the town, despite advances by the army in the fight against the insurgents.",
        ("the army", "advance", "the insurgents"),
    ),
    # a vague place: no target
    *_both(
        "Jets struck, in response to a rebel offensive in the area.",
        ("rebel", "attack", ""),
    ),
]


@pytest.mark.parametrize("text, triple", OWNED)
def test_an_owned_operation_s_phrase_names_its_target(parse, text, triple):
    assert triple in _found(parse, text)


def test_a_side_named_later_wins_over_an_owned_operation_s_place(parse):
    # "against the army" (hung on the verb without the comma) names the side
    text = "Jets struck in response to the rebel offensive in Kessab, against the army."
    assert ("rebel", "attack", "Kessab") not in _found(parse, text)
