"""Target spans and goals (issue 14): adjuncts end a target; a movement targets its goal.

Every sentence is our own, with and without commas: how an attack was made ("with
mortars"), what a side was supplied with ("with arms"), how long it went on ("for
more than two years"), what the accused is blamed for ("of responsibility for the
bombing", "for the raids") and the attack a toll fell in ("a number of shoppers in
rocket attacks") end the target's phrase; a name or people after "of"/"for" stay
("the government of Norland", "the leaders of the militia"), as does what a
criticism is about ("the use of cluster bombs"). An advance targets where it goes
("inside the bastion of X", "to within five kilometres of X"), never where it comes
from ("from three directions"). A target goes on over a bracketed gloss ("some 120
Nusra (banned in X) militants"). Speakers glued onto targets: test_target_speakers.py.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str, action: str) -> set[str]:
    return {
        e.target for e in extract_events(parse(text)) if e.kind == "event" and e.action == action
    }


ADJUNCTS = [
    ("The rebels shelled the market with mortars.", "shell", "the market"),
    (
        "On Monday the rebels shelled the old market with mortars and rockets.",
        "shell",
        "the old market",
    ),
    (
        "Militiamen targeted a wedding party with mortars and artillery shells killing six.",
        "target",
        "a wedding party",
    ),
    (
        "Militiamen targeted a wedding party with mortars, killing six guests.",
        "target",
        "a wedding party",
    ),
    (
        "Two neighbouring states supplied the insurgents with arms and money.",
        "supply",
        "the insurgents",
    ),
    (
        "Two neighbouring states supplied the insurgents with arms, officials said.",
        "supply",
        "the insurgents",
    ),
    (
        "The ministry accused the militia of responsibility for the bombing.",
        "accuse",
        "the militia",
    ),
    ("Farmers blamed the coalition for the raids that hit two villages.", "blame", "the coalition"),
    ("Farmers blamed the coalition, for the raids hit their village.", "blame", "the coalition"),
    ("Army units have tried to cut the highway for more than two years.", "cut", "the highway"),
    ("Army units have besieged the valley for three months now.", "besiege", "the valley"),
    (
        "Masked men wounded a number of shoppers in rocket attacks near the grain market.",
        "wound",
        "a number of shoppers",
    ),
    (
        "Masked men wounded a number of shoppers, in rocket attacks near the grain market.",
        "wound",
        "a number of shoppers",
    ),
]

KEPT = [
    (
        "Aid groups have criticised the use of cluster bombs.",
        "criticise",
        "the use of cluster bombs",
    ),
    (
        "The council criticized the lack of any serious action.",
        "criticize",
        "the lack of any serious action",
    ),
    (
        "The envoy accused the government of Norland of using gas.",
        "accuse",
        "the government of Norland",
    ),
    (
        "Villagers blamed the leaders of the militia for the looting.",
        "blame",
        "the leaders of the militia",
    ),
    (
        "The army shelled the headquarters of the Front for Liberation.",
        "shell",
        "the headquarters of the Front for Liberation",
    ),
]


@pytest.mark.parametrize(("sentence", "action", "target"), ADJUNCTS)
def test_adjunct_ends_the_target(parse: Parse, sentence: str, action: str, target: str) -> None:
    assert target in _targets(parse, sentence, action)


@pytest.mark.parametrize(("sentence", "action", "target"), KEPT)
def test_phrase_part_stays_in_the_target(
    parse: Parse, sentence: str, action: str, target: str
) -> None:
    assert target in _targets(parse, sentence, action)


# A movement on a front targets where it goes, never where it comes from nor how far.
GOALS = [
    (
        "Kurdish forces took nine villages and advanced to within six miles on Tell Kharab.",
        "advance on",
        "Tell Kharab",
    ),
    (
        "Troops advanced into the valley against the insurgents.",
        "advance against",
        "the insurgents",
    ),
    (
        "Kurdish units advanced inside the jihadist bastion of Tell Hamra on Monday.",
        "advance inside",
        "the jihadist bastion of Tell Hamra",
    ),
    (
        "Kurdish units advanced inside the old district of Qaryat Hamra, the monitor said.",
        "advance inside",
        "the old district of Qaryat Hamra",
    ),
    (
        "Kurdish units advanced inside the old district of Qaryat Hamra the monitor said.",
        "advance inside",
        "the old district of Qaryat Hamra",
    ),
    (
        "Government troops advanced to within five kilometres of the airbase.",
        "advance within",
        "the airbase",
    ),
    (
        "The alliance advanced from the western districts into the main road south of the town.",
        "advance into",
        "the main road south of the town",
    ),
    (
        "The alliance advanced from the western districts, into the main road south of the town.",
        "advance into",
        "the main road south of the town",
    ),
    (
        "The militants tried to infiltrate into the Zahra neighbourhood.",
        "infiltrate into",
        "the Zahra neighbourhood",
    ),
    (
        "The rebels pushed deep into the coastal province for the first time.",
        "push into",
        "the coastal province",
    ),
]

SOURCES = [
    (
        "The brigade pushed roughly 6 kilometres (3.7 miles) from the northern edge of the dam.",
        "push",
    ),
    ("The brigade pushed roughly 6 kilometres, from the northern edge of the dam.", "push"),
    ("The army advanced further inside it from several directions.", "advance from"),
    ("The militia advanced from three directions on Sunday.", "advance from"),
]


@pytest.mark.parametrize(("sentence", "action", "target"), GOALS)
def test_movement_targets_its_goal(parse: Parse, sentence: str, action: str, target: str) -> None:
    assert target in _targets(parse, sentence, action)


@pytest.mark.parametrize(("sentence", "action"), SOURCES)
def test_movement_source_is_no_target(parse: Parse, sentence: str, action: str) -> None:
    assert _targets(parse, sentence, action) <= {""}


# A target goes on over a bracketed gloss to the noun it ends in.
BRACKETED = [
    (
        "The air force destroyed some 120 Nusra (banned in several countries) militants.",
        "destroy",
        "some 120 Nusra (banned in several countries) militants",
    ),
    (
        "A drone killed two members of the (pro-government militia) Defence Units near the border.",
        "kill",
        "two members of the (pro-government militia) Defence Units",
    ),
    (
        "Two car bombs struck the Imam Qadir (AS) Bridge near the harbour.",
        "strike",
        "the Imam Qadir (AS) Bridge",
    ),
    (
        "Two car bombs struck the Imam Qadir (AS) Bridge, near the harbour.",
        "strike",
        "the Imam Qadir (AS) Bridge",
    ),
    # a verb or a new clause's subject after the gloss is no part of the phrase
    (
        "Jets destroyed nine fuel lorries [AP] Staff writers added details.",
        "destroy",
        "nine fuel lorries",
    ),
    (
        "The rebels attacked the Kurdish forces (YPG) said the monitor.",
        "attack",
        "the Kurdish forces",
    ),
    ("Gunmen killed her brothers (Wire Desk) September 4 2019.", "kill", "her brothers"),
]


@pytest.mark.parametrize(("sentence", "action", "target"), BRACKETED)
def test_target_goes_on_after_a_gloss(
    parse: Parse, sentence: str, action: str, target: str
) -> None:
    assert target in _targets(parse, sentence, action)
