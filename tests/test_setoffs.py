"""A munition set off, dropped or planted somewhere (issue 14): the place is the target.

Every sentence is our own, each written with and without its commas. The munition is
the means of the attack, never whom it hit: it goes into the relation, and the place or
the crowd in the phrase after it is the target; with no place named the attack has no
target. Something blown up that is no munition (a bridge, a car) is what was hit.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _triples(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


def _both(
    sentence: str, without: str, triple: tuple[str, str, str] | str, miss: str = ""
) -> list[object]:
    """Return the sentence with and without its commas; ``miss`` says why the second fails."""
    marks = [pytest.mark.xfail(reason=miss, strict=True)] if miss else []
    return [pytest.param(sentence, triple), pytest.param(without, triple, marks=marks)]


# A speaker glued after the place is read into it ("the district police").
_GLUED_SPEAKER = "the speaker after the place joins its phrase without the comma"


PLACE_HIT = [
    *_both(
        "As the prayers ended, the bomber detonated his explosives among the mourners.",
        "As the prayers ended the bomber detonated his explosives among the mourners.",
        ("the bomber", "detonate", "the mourners"),
        "without the comma the parser reads the fronted clause as the subject: no event",
    ),
    *_both(
        "On Friday, a suicide attacker detonated his vest at a checkpoint, killing five.",
        "On Friday a suicide attacker detonated his vest at a checkpoint killing five.",
        ("a suicide attacker", "detonate", "a checkpoint"),
    ),
    *_both(
        "Gunmen blew up a truck bomb in front of the town hall, wounding 12.",
        "Gunmen blew up a truck bomb in front of the town hall wounding 12.",
        ("Gunmen", "blow up", "the town hall"),
    ),
    *_both(
        "Army helicopters dropped bombs in the village of Tell Kamar, wounding a boy.",
        "Army helicopters dropped bombs in the village of Tell Kamar wounding a boy.",
        ("Army helicopters", "drop", "the village of Tell Kamar"),
        "without the comma the gerund joins the place's name (argument spans)",
    ),
    *_both(
        "On Sunday, insurgents planted an explosive device near the fuel depot.",
        "On Sunday insurgents planted an explosive device near the fuel depot.",
        ("insurgents", "plant", "the fuel depot"),
    ),
    *_both(
        "The militia fired two mortar rounds, which landed in a crowded market.",
        "The militia fired two mortar rounds which landed in a crowded market.",
        ("The militia", "fire", "a crowded market"),
    ),
    # the bomber's own body is the munition: where he set it off is the target
    *_both(
        "On Monday, a bomber on a motorbike blew himself up in the Karam district, police said.",
        "On Monday a bomber on a motorbike blew himself up in the Karam district police said.",
        ("a bomber on a motorbike", "blow up", "the Karam district"),
        _GLUED_SPEAKER,
    ),
    *_both(
        "Two attackers blew themselves up outside the courthouse, killing a guard.",
        "Two attackers blew themselves up outside the courthouse killing a guard.",
        ("Two attackers", "blow up", "the courthouse"),
    ),
    *_both(
        "Last month, a bomber blew himself up with a suicide vest inside the Nour hall.",
        "Last month a bomber blew himself up with a suicide vest inside the Nour hall.",
        ("a bomber", "blow up", "the Nour hall"),
    ),
    *_both(
        "The bomber detonated himself, late on Friday, at the gate of the barracks.",
        "The bomber detonated himself late on Friday at the gate of the barracks.",
        ("The bomber", "detonate", "the gate of the barracks"),
    ),
]


@pytest.mark.parametrize("sentence, triple", PLACE_HIT)
def test_the_place_a_munition_was_set_off_at_is_the_target(parse, sentence, triple):
    assert triple in _triples(parse, sentence)


NO_PLACE = [
    # the munition alone is no target
    *_both(
        "Then, the attacker detonated his explosive belt.",
        "Then the attacker detonated his explosive belt.",
        ("the attacker", "detonate", ""),
    ),
    *_both(
        "The bomber detonated the device on Friday, police said.",
        "The bomber detonated the device on Friday police said.",
        ("The bomber", "detonate", ""),
        "without the comma the speaker after the day is read as whom 'on' names",
    ),
    *_both(
        "Overnight, the rebels fired two mortar rounds.",
        "Overnight the rebels fired two mortar rounds.",
        ("the rebels", "fire", ""),
    ),
    *_both(
        "Minutes later, a second bomber blew himself up.",
        "Minutes later a second bomber blew himself up.",
        ("a second bomber", "blow up", ""),
        "without the comma the fronted time joins the subject's span",
    ),
]


NOT_SELF = [
    # the bomber is never whom the attack hit
    *_both(
        "Minutes later, a second bomber blew himself up.",
        "Minutes later a second bomber blew himself up.",
        ("a second bomber", "blow up", "himself"),
    ),
    *_both(
        "On Monday, a bomber blew himself up in the Karam district.",
        "On Monday a bomber blew himself up in the Karam district.",
        ("a bomber", "blow up", "himself"),
    ),
]


@pytest.mark.parametrize("sentence, triple", NOT_SELF)
def test_a_bomber_is_not_his_own_target(parse, sentence, triple):
    assert triple not in _triples(parse, sentence)


@pytest.mark.parametrize("sentence, triple", NO_PLACE)
def test_a_munition_set_off_at_no_place_leaves_no_target(parse, sentence, triple):
    assert triple in _triples(parse, sentence)


THING_HIT = [
    # what is blown up, if no munition, is what was hit
    *_both(
        "After the battle, retreating troops blew up a bridge near the town.",
        "After the battle retreating troops blew up a bridge near the town.",
        ("retreating troops", "blow up", "a bridge"),
    ),
    *_both(
        "Cornered by the police, the officer shot himself in the garage.",
        "Cornered by the police the officer shot himself in the garage.",
        ("the officer", "shoot", "himself"),
    ),
]


@pytest.mark.parametrize("sentence, triple", THING_HIT)
def test_a_thing_blown_up_stays_the_target(parse, sentence, triple):
    assert triple in _triples(parse, sentence)


def test_firing_in_a_city_is_not_aimed_at_it(parse):
    # "in" after a firing verb may be where it was fired from: no target
    found = _triples(parse, "The rebels fired rockets in Aleppo on Sunday.")
    assert ("The rebels", "fire", "Aleppo") not in found


RELATIONS = [
    # the munition moves into the relation, which stops at the place's preposition
    *_both(
        "At dawn, a bomber detonated an explosive belt among soldiers at the gate.",
        "At dawn a bomber detonated an explosive belt among soldiers at the gate.",
        "detonated an explosive belt among",
    ),
    *_both(
        "Then, the attacker detonated his explosive belt.",
        "Then the attacker detonated his explosive belt.",
        "detonated his explosive belt",
    ),
]


@pytest.mark.parametrize("sentence, relation", RELATIONS)
def test_the_munition_is_said_in_the_relation(parse, sentence, relation):
    found = {e.relation for e in extract_events(parse(sentence)) if e.kind == "event"}
    assert relation in found
