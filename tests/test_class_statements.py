"""Condemning names, calendar events, mediation: PLOVER classes of statements and meetings.

(graph/extract/characterisations.py, schedules.py, contentclass.py, mediations.py; every sentence is
written for this test, none comes from a benchmark file, each with and without commas)

- a verb of naming whose name condemns denounces: "the council described the raid as a
  heinous crime" is DISAPPROVE (CAMEO 111), "described the raid as deliberate" a
  statement; "referred to the valley as the heart of the crisis" is a statement too;
- a meeting on the calendar is a meeting to come, not an offer to meet: "the council
  will hold an emergency meeting on Friday" is CONSULT (future); an act "due" or "set"
  keeps its class ("a convoy is due to deliver food"); an offer stays AGREE ("Lisbon
  will send food"), and so does a visit the visitor announces;
- brokering or sponsoring a deal between others is mediation (CONSULT, CAMEO 045): "a
  truce brokered by Lisbon", "Lisbon-sponsored talks"; sponsoring no deal is not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[[str], Doc]


def _event(parse: Parse, sentence: str, action: str) -> Event:
    return next(e for e in extract_events(parse(sentence)) if e.action == action)


NAMINGS = [
    # a name that condemns the act or the party denounces it
    ("The Kessel council described the shelling as a heinous crime.", "describe", "DISAPPROVE"),
    (
        "The Kessel council, in a statement, described the shelling as a heinous crime.",
        "describe",
        "DISAPPROVE",
    ),
    ("The envoy called the raids inhuman and unacceptable.", "call", "DISAPPROVE"),
    ("The envoy called the raids inhuman, and unacceptable.", "call", "DISAPPROVE"),
    ("The minister termed the raids a war crime.", "term", "DISAPPROVE"),
    ('Lisbon and Porto, on Monday, termed the raids "war crimes".', "term", "DISAPPROVE"),
    ('Lisbon and Porto on Monday termed the raids "war crimes".', "term", "DISAPPROVE"),
    (
        "The Lomvian ministry condemned the blast describing it as a cowardly act.",
        "describe",
        "DISAPPROVE",
    ),
    (
        "The Lomvian ministry condemned the blast, describing it as a cowardly act.",
        "describe",
        "DISAPPROVE",
    ),
    ("The farmers union described the new tax as shameful.", "describe", "DISAPPROVE"),
    # "as" after "referred to" names the thing: a comment
    (
        "A relief official referred to the valley as the heart of the crisis.",
        "refer to",
        "STATEMENT",
    ),
    (
        "A relief official, on Tuesday, referred to the valley as the heart of the crisis.",
        "refer to",
        "STATEMENT",
    ),
    # near misses: a name that condemns nothing stays a statement
    ("The Kessel council described the shelling as deliberate.", "describe", "STATEMENT"),
    (
        "The Kessel council, in a statement, described the shelling as deliberate.",
        "describe",
        "STATEMENT",
    ),
    ("The envoy called the raids a reprisal for the ambush.", "call", "STATEMENT"),
    ("The envoy called the raids a reprisal, for the ambush.", "call", "STATEMENT"),
    ("The envoy called for an inquiry into the raids.", "call", "DEMAND"),
    ("The envoy, on Monday, called for an inquiry into the raids.", "call", "DEMAND"),
]


@pytest.mark.parametrize(("sentence", "action", "expected"), NAMINGS)
def test_a_condemning_name_disapproves(parse, sentence, action, expected):
    assert _event(parse, sentence, action).action_class == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A relief official referred to the Vell militia.",
        "A relief official, on Tuesday, referred to the Vell militia.",
        "The raid was planned by a cell sometimes referred to as the Vell group.",
        "The raid was planned by a cell, sometimes referred to as the Vell group.",
    ],
)
def test_referring_without_a_speaker_or_a_name_is_no_statement(parse, sentence):
    events = [e for e in extract_events(parse(sentence)) if e.action.startswith("refer")]
    assert all(e.action_class != "STATEMENT" for e in events)


CALENDAR = [
    # a meeting to come is a meeting, in the future
    ("The Kessel council will hold an emergency meeting on Friday.", "hold", "CONSULT"),
    ("The Kessel council, its chair said, will hold an emergency meeting.", "hold", "CONSULT"),
    ("The two envoys will meet in Porto on Saturday.", "meet", "CONSULT"),
    ("The two envoys, aides said, will meet in Porto on Saturday.", "meet", "CONSULT"),
    # an act that is due or set keeps its class
    ("A Red Crescent convoy was due to deliver food to Vell on Monday.", "deliver", "AID"),
    ("A Red Crescent convoy, aides said, was due to deliver food to Vell.", "deliver", "AID"),
    ("The militia and the council are set to conclude their talks.", "conclude", "CONSULT"),
    (
        "The militia and the council, aides said, are set to conclude their talks.",
        "conclude",
        "CONSULT",
    ),
    # near misses: an offer and a visit announced stay intents (AGREE)
    ("Lisbon said it will send food to Vell.", "send", "AGREE"),
    ("Lisbon, its envoy said, will send food to Vell.", "send", "AGREE"),
    ("The Lomvian minister will visit Porto in June.", "visit", "AGREE"),
    ("The Lomvian minister, aides said, will visit Porto in June.", "visit", "AGREE"),
]


@pytest.mark.parametrize(("sentence", "action", "expected"), CALENDAR)
def test_a_meeting_on_the_calendar_is_no_offer(parse, sentence, action, expected):
    event = _event(parse, sentence, action)
    assert (event.action_class, event.modality) == (expected, "future")


MEDIATIONS = [
    ("A truce between the junta and the clans that was brokered by Lisbon has ended.", "045"),
    ("A truce between the junta and the clans, that was brokered by Lisbon, has ended.", "045"),
    ("The junta and the clans brokered two rounds of deals to free prisoners.", "045"),
    ("The junta and the clans, aides said, brokered two rounds of deals.", "045"),
    ("Lisbon-sponsored talks opened in Porto on Monday.", "045"),
    ("Lisbon-sponsored talks opened in Porto, on Monday.", "045"),
    ("The peace talks on the feud sponsored by Lisbon and Porto opened.", "045"),
    ("The peace talks on the feud, sponsored by Lisbon and Porto, opened.", "045"),
    # near misses: no deal is sponsored
    ("The coalition will sponsor a training programme for the clans.", ""),
    ("The coalition, aides said, will sponsor a training programme for the clans.", ""),
]


@pytest.mark.parametrize(("sentence", "code"), MEDIATIONS)
def test_brokering_a_deal_mediates(parse, sentence, code):
    events = [e for e in extract_events(parse(sentence)) if e.action in {"broker", "sponsor"}]
    assert events
    assert all((e.action_class == "CONSULT") == bool(code) for e in events)
    assert all(e.cameo_code == code for e in events)
