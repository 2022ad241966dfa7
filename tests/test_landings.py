"""A munition that came down on a place hit it (issue 14): the place is the attack's target.

Every sentence is our own, each written with and without its commas (news copy often
has none). A shell that fell, landed or slammed into somewhere and a bomb that went off
there is an attack on that place by whoever fired it; a plane that crashed, a town that
fell to a side and an appeal that fell on deaf ears are no attack.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _attacks(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {
        (e.actor, e.action, e.target)
        for e in extract_events(parse(text))
        if e.kind == "event" and e.action_class in {"ASSAULT", "FIGHT"}
    }


def _both(
    sentence: str, without: str, triple: tuple[str, str, str], miss: str = ""
) -> list[object]:
    """Return the sentence with and without its commas; ``miss`` says why the second fails."""
    marks = [pytest.mark.xfail(reason=miss, strict=True)] if miss else []
    return [pytest.param(sentence, triple), pytest.param(without, triple, marks=marks)]


# A speaker glued after the place is read into it ("the city centre officials").
_GLUED_SPEAKER = "the speaker after the place joins its phrase without the comma"


LANDED = [
    *_both(
        "Two mortar shells fell in the Bab Sharqi district, wounding a grocer.",
        "Two mortar shells fell in the Bab Sharqi district wounding a grocer.",
        ("Two mortar shells", "fall", "the Bab Sharqi district"),
    ),
    *_both(
        "On Monday, a rocket slammed into a clinic in the north.",
        "On Monday a rocket slammed into a clinic in the north.",
        ("a rocket", "slam into", "a clinic"),
    ),
    *_both(
        "A car bomb went off near a police station, the agency said.",
        "A car bomb went off near a police station the agency said.",
        ("A car bomb", "go off", "a police station"),
    ),
    *_both(
        "A bomb exploded in a crowded market, killing four.",
        "A bomb exploded in a crowded market killing four.",
        ("A bomb", "explode", "a crowded market"),
    ),
    *_both(
        "Rockets landed in the city centre, officials said.",
        "Rockets landed in the city centre officials said.",
        ("Rockets", "land", "the city centre"),
        _GLUED_SPEAKER,
    ),
    *_both(
        "Later, one of the shells landed on the roof of a school.",
        "Later one of the shells landed on the roof of a school.",
        ("one of the shells", "land on", "the roof of a school"),
        "a fronted adverb without its comma joins the subject ('Later one of the shells')",
    ),
    *_both(
        "A second device blew up in front of the bakery, witnesses said.",
        "A second device blew up in front of the bakery witnesses said.",
        ("A second device", "blow up", "the bakery"),
        _GLUED_SPEAKER,
    ),
]


@pytest.mark.parametrize("sentence, triple", LANDED)
def test_where_a_munition_came_down_is_its_target(parse, sentence, triple):
    assert triple in _attacks(parse, sentence)


SENT_BY = [
    # whoever fired the munition hit the place it came down on
    *_both(
        "The gunmen fired rockets, which fell in the Karm al-Jabal neighbourhood.",
        "The gunmen fired rockets which fell in the Karm al-Jabal neighbourhood.",
        ("The gunmen", "fire", "the Karm al-Jabal neighbourhood"),
    ),
    *_both(
        "A shell fired by the militia fell in the Sabil neighbourhood, hurting two.",
        "A shell fired by the militia fell in the Sabil neighbourhood hurting two.",
        ("the militia", "fire", "the Sabil neighbourhood"),
    ),
]


@pytest.mark.parametrize("sentence, triple", SENT_BY)
def test_the_firer_hits_where_the_munition_came_down(parse, sentence, triple):
    assert triple in _attacks(parse, sentence)


NO_ATTACK = [
    # no munition came down: no attack, no target
    *_both(
        "The transport plane crashed in a crowded square, the pilot said.",
        "The transport plane crashed in a crowded square the pilot said.",
        ("The transport plane", "crash", "a crowded square"),
    ),
    *_both(
        "In May, the town fell to the rebels.",
        "In May the town fell to the rebels.",
        ("the town", "fall to", "the rebels"),
    ),
    *_both(
        "Sadly, their appeals fell on deaf ears.",
        "Sadly their appeals fell on deaf ears.",
        ("their appeals", "fall on", "deaf ears"),
    ),
    *_both(
        "The depot, hit by a drone, exploded in a ball of fire.",
        "The depot hit by a drone exploded in a ball of fire.",
        ("The depot", "explode", "a ball of fire"),
    ),
]


@pytest.mark.parametrize("sentence, triple", NO_ATTACK)
def test_no_munition_no_attack(parse, sentence, triple):
    assert triple not in _attacks(parse, sentence)


NO_ONE_HIT = [
    # ground where no one is hit: the report says nothing was
    *_both(
        "Overnight, a mortar round landed in an empty field.",
        "Overnight a mortar round landed in an empty field.",
        ("a mortar round", "land", "an empty field"),
    ),
    *_both(
        "Two rockets fell in the desert, the army said.",
        "Two rockets fell in the desert the army said.",
        ("Two rockets", "fall", "the desert"),
    ),
]


@pytest.mark.parametrize("sentence, triple", NO_ONE_HIT)
def test_open_ground_is_no_target(parse, sentence, triple):
    assert triple not in _attacks(parse, sentence)


WHEN_NOT_WHERE = [
    *_both(
        "The bomb exploded on Sunday, police said.",
        "The bomb exploded on Sunday police said.",
        ("The bomb", "explode", "Sunday"),
    ),
    *_both(
        "Shells fell overnight into Tuesday morning, residents said.",
        "Shells fell overnight into Tuesday morning residents said.",
        ("Shells", "fall", "Tuesday morning"),
    ),
]


@pytest.mark.parametrize("sentence, triple", WHEN_NOT_WHERE)
def test_a_time_is_no_place_hit(parse, sentence, triple):
    assert triple not in _attacks(parse, sentence)
