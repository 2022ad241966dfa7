"""Advances and operations told as nouns with their doer (issue 14).

"A push by rebels into the district began on Friday": the rebels advanced into the
district, though "began" makes no event of them (graph/extract/drives.py). Sentences
written for these tests, each with and without its commas, and near misses the rule
must leave alone.
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


DRIVES = [
    # the "by" agent, with the phrase of direction hung on the agent
    *_both(
        "A push by an alliance of rebels into the district began, on Friday.",
        ("an alliance of rebels", "advance into", "the district"),
    ),
    # an owner, a group word before the noun
    *_both(
        "After a week, the army's push into the valley stalled.",
        ("the army", "advance into", "the valley"),
    ),
    *_both(
        "It was the first rebel advance into the eastern districts, in three years.",
        ("rebel", "advance into", "the eastern districts"),
    ),
    *_both(
        "The rebel advance on the airport slowed, officials said.",
        ("rebel", "advance on", "the airport"),
    ),
    # an armed operation or campaign against a foe
    *_both(
        "The army operation against the militant positions ended, on Sunday.",
        ("army", "attack", "the militant positions"),
    ),
    *_both(
        "Officials said, on Monday, the army's operation against the rebels was a success.",
        ("the army", "attack", "the rebels"),
    ),
    *_both(
        "The coalition's air campaign against the jihadists has, again, intensified.",
        ("The coalition", "strike", "the jihadists"),  # an air campaign strikes (attackverbs)
    ),
    # an owned advance with no aim, told as a subject or inside another clause
    *_both(
        "The government advance was backed, in the north, by militia fighters.",
        ("government", "advance", ""),
    ),
    *_both(
        "The counterattack, in May, dealt a heavy blow to a regime advance.",
        ("regime", "advance", ""),
    ),
    # its doer in a "by" or an "of" phrase
    *_both(
        "Despite significant advances by the army, the rebels struck back.",
        ("the army", "advance", ""),
    ),
    *_both(
        "The rapid advance of the militants, in June, prompted a call for help.",
        ("the militants", "advance", ""),
    ),
]


@pytest.mark.parametrize("text, triple", DRIVES)
def test_a_drive_noun_with_its_doer_is_the_doer_s_act(parse, text, triple):
    assert triple in _found(parse, text)


NEAR_MISSES = [
    # no phrase of direction: a push for talks is no advance
    ("The envoy's push for talks continued, despite the fighting.", "advance"),
    # a campaign that is no armed one
    ("The group's campaign against corruption grew, in the capital.", "attack"),
    # a time, not a doer
    ("Friday's advance into the town was swift.", "advance into"),
    # not stated as done
    ("The regime feared a rebel push into the city.", "advance into"),
    ("A planned army operation against the hideouts was, later, called off.", "attack"),
    # a light verb's object: the verb's event, not a second one (see below)
    ("The army continued its advance, in the west of the town.", "advance"),
    # another sense of the noun; an advance not stated as done
    ("Scientists, on Monday, hailed an advance in vaccine research.", "advance"),
    ("Any Turkish advance would be met with force, the commander said.", "advance"),
    # an "of" phrase that names a place, not a doer
    ("The advance of Aleppo's economy, in May, slowed.", "advance"),
]


@pytest.mark.parametrize("text, action", NEAR_MISSES)
def test_a_drive_noun_without_an_armed_aim_or_doer_gives_no_advance(parse, text, action):
    assert not {t for t in _found(parse, text) if t[1] == action}
    assert not {t for t in _found(parse, text.replace(",", "")) if t[1] == action}


@pytest.mark.parametrize(
    "text",
    [
        "Troops launched an operation against the militants, at dawn.",
        "Troops launched an operation against the militants at dawn.",
    ],
)
def test_a_light_verbs_operation_is_one_event(parse, text):
    # the light verb's event is the attack (see extract.lightattacks); no second one
    found = [e for e in extract_events(parse(text)) if e.kind == "event"]
    assert [(e.actor, e.action, e.target) for e in found] == [("Troops", "attack", "the militants")]
