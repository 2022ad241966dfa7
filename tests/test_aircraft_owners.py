"""A bare aircraft is the one air force the story named before; a suicide bomber no state's.

Issue 14: "the warplanes", "a helicopter" told paragraphs after "Syrian warplanes" are the
Syrian state's (graph.normalize.aircraftowners); two owners named, or none, leave them
unknown. A bomber who carries his bomb ("a motorcycle bomber", "the bomber blew himself
up") is gunmen or the group named for him, never a state's military
(graph.normalize.suicidebombers). Stories written for these tests, with and without
commas; events are built by hand (no spaCy).
"""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events

Row = tuple[str, str, str, str]  # sentence, actor, action, target

# Sentences that tell no attack, so the look-back of two sentences reaches no doer.
_FILLER: list[Row] = [
    ("Families fled toward the hills{c} residents said.", "Families", "flee", "the hills"),
    ("Doctors counted the dead in the clinic.", "Doctors", "count", "the dead"),
    ("Traders closed the market{c} a witness said.", "Traders", "close", "the market"),
]


def _doc(rows: list[Row], c: str) -> list[Event]:
    events, start = [], 0
    for index, (sentence, actor, action, target) in enumerate(rows):
        text = sentence.format(c=c)
        prov = Provenance("d1", "d1.txt", index, start, start + len(text), text)
        events.append(Event(actor, action, target, prov))
        start += len(text) + 1
    return list(normalize_events(events))


def _last_actor(rows: list[Row], c: str) -> str:
    last = [e for e in _doc(rows, c) if e.provenance.sentence_index == len(rows) - 1]
    return last[-1].actor_id


_LATE_STRIKE: Row = (
    "The warplanes struck a bakery in Saraqeb{c} killing six.",
    "The warplanes",
    "strike",
    "a bakery",
)
_RUSSIAN: Row = ("Russian jets bombed a bridge near Palmyra.", "Russian jets", "bomb", "a bridge")
_SYRIAN: Row = (
    "On Monday{c} Syrian warplanes pounded rebel towns in Idlib.",
    "Syrian warplanes",
    "pound",
    "rebel towns",
)


@pytest.mark.parametrize("c", [",", ""])
@pytest.mark.parametrize(
    "first, owner",
    [
        (_SYRIAN, "assad-regime"),
        (_RUSSIAN, "russia"),
        (
            (
                "Regime helicopters dropped barrels on Kafr Nabl{c} a monitor said.",
                "Regime helicopters",
                "drop",
                "barrels",
            ),
            "assad-regime",
        ),
        (
            (
                "Coalition aircraft hit a depot outside Raqqa.",
                "Coalition aircraft",
                "hit",
                "a depot",
            ),
            "us-led-coalition",
        ),
    ],
)
def test_a_bare_aircraft_is_the_one_air_force_named_before(c, first, owner):
    rows = [_FILLER[0], first, *_FILLER, _LATE_STRIKE]
    assert _last_actor(rows, c) == owner


@pytest.mark.parametrize("c", [",", ""])
@pytest.mark.parametrize(
    "rows",
    [
        # two owners named before: US warplanes, then Russian jets
        [
            (
                "US warplanes struck a depot near Raqqa{c} officials said.",
                "US warplanes",
                "strike",
                "a depot",
            ),
            _FILLER[0],
            _RUSSIAN,
            *_FILLER,
            _LATE_STRIKE,
        ],
        # two owners at once
        [
            (
                "Syrian and Russian jets bombed Ariha{c} a monitor said.",
                "Syrian and Russian jets",
                "bomb",
                "Ariha",
            ),
            *_FILLER,
            _LATE_STRIKE,
        ],
        # two owners at once, the second with its organ
        [
            (
                "In fresh raids{c} Russian and Syrian regime jets bombed Ariha.",
                "Russian and Syrian regime jets",
                "bomb",
                "Ariha",
            ),
            *_FILLER,
            _LATE_STRIKE,
        ],
        # no owner named at all (the source's country is no owner)
        [("Warplanes pounded Ariha on Sunday.", "Warplanes", "pound", "Ariha"), *_FILLER]
        + [_LATE_STRIKE],
        # the owner told only as a guess
        [
            (
                "A strike likely carried out by Russian jets hit Ariha.",
                "A strike",
                "hit",
                "Ariha",
            ),
            *_FILLER,
            _LATE_STRIKE,
        ],
    ],
)
def test_a_bare_aircraft_of_two_owners_or_none_stays_unknown(c, rows):
    assert _last_actor(rows, c) == "unknown/military"


@pytest.mark.parametrize("c", [",", ""])
def test_an_unidentified_aircraft_or_one_of_doubt_stays_unknown(c):
    unidentified = (
        "Unidentified aircraft struck a school in Saraqeb{c} killing six.",
        "Unidentified aircraft",
        "strike",
        "a school",
    )
    doubted = (
        "It was unclear whether the planes that hit Saraqeb were Syrian.",
        "the planes",
        "hit",
        "Saraqeb",
    )
    for last in (unidentified, doubted):
        assert _last_actor([_SYRIAN, *_FILLER, last], c) == "unknown/military"


@pytest.mark.parametrize("c", [",", ""])
@pytest.mark.parametrize(
    "rows",
    [
        [
            (
                "A motorcycle bomber killed nine people at a market in Qamishli.",
                "A motorcycle bomber",
                "kill",
                "nine people",
            )
        ],
        [
            (
                "On Friday{c} the bomber blew himself up at a checkpoint in Homs.",
                "the bomber",
                "blow up",
                "a checkpoint",
            )
        ],
        [
            (
                "Two suicide bombers attacked a police post in Hasakeh{c} police said.",
                "Two suicide bombers",
                "attack",
                "a police post",
            ),
            *_FILLER,
            (
                "The other bomber killed three officers at the gate.",
                "The other bomber",
                "kill",
                "three officers",
            ),
        ],
    ],
)
def test_a_bomber_who_carries_his_bomb_is_gunmen(c, rows):
    assert _last_actor(rows, c) == "unknown/gunmen"


@pytest.mark.parametrize("c", [",", ""])
def test_bombers_that_fly_stay_a_state_s(c):
    rows = [
        (
            "Russian strategic bombers struck Raqqa{c} the ministry said.",
            "Russian strategic bombers",
            "strike",
            "Raqqa",
        ),
        *_FILLER,
        (
            "The bombers took off from Mozdok and struck Deir Ezzor.",
            "The bombers",
            "strike",
            "Deir Ezzor",
        ),
    ]
    assert _last_actor(rows, c) == "russia"
    # a bare bomber in a story of planes and no carried bomb stays military, not gunmen
    alone = [*_FILLER, ("The bombers struck Deir Ezzor.", "The bombers", "strike", "Deir Ezzor")]
    assert _last_actor(alone, c) == "unknown/military"


@pytest.mark.parametrize("c", [",", ""])
def test_a_claimed_bomber_is_the_claimant_s(c):
    rows = [
        (
            "On Friday{c} a motorcycle bomber killed nine people at a market in Qamishli.",
            "a motorcycle bomber",
            "kill",
            "nine people",
        ),
        *_FILLER,
        (
            "The Falcon Brigade claimed the attack in a statement.",
            "The Falcon Brigade",
            "claim",
            "the attack",
        ),
    ]
    first = [e for e in _doc(rows, c) if e.provenance.sentence_index == 0]
    assert {e.actor_id for e in first} == {"falcon-brigade"}
