"""Classes of armed force: ground taken, materiel destroyed, bombs planted (PLOVER).

Every sentence here is written for this test (none comes from a benchmark file); each
construction is tested with and without the commas news drops.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[[str], Doc]


def _event(parse: Parse, sentence: str, word: str, target: str = "") -> Event:
    """Return the first event on ``word`` (and on ``target``'s words, when given)."""
    return next(
        e
        for e in extract_events(parse(sentence))
        if word in e.relation.split() and target in e.target
    )


def _commaless(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Return each row as written and, where it has commas, once more without them."""
    out = []
    for row in rows:
        out.append(row)
        if "," in row[0]:
            out.append((row[0].replace(",", ""), *row[1:]))
    return out


# (sentence, a word of the relation, class, CAMEO code): ground taken by force is FIGHT
# (CAMEO 192, occupy territory), not the 2021 table's COERCE "seize"
TERRITORY = _commaless(
    [
        (
            "On Friday, the militia seized the hill town of Varno after heavy fighting.",
            "seized",
            "FIGHT",
            "192",
        ),
        (
            "The brigade, backed by jets, captured three villages near the dam.",
            "captured",
            "FIGHT",
            None,
        ),
        ("On Friday, the insurgents took control of the border crossing.", "took", "FIGHT", "192"),
        (
            "The army, a military source said, established full control over the farms.",
            "established",
            "FIGHT",
            "192",
        ),
        ("On Monday, loyalist troops entered a hill resort near the lake.", "entered", "FIGHT", ""),
        # near misses: property seized, a road cut, people arrested stay COERCE
        ("At the checkpoint, the police seized two lorries of fuel.", "seized", "COERCE", None),
        (
            "The offensive, launched in May, cut the main supply route to Varno.",
            "cut",
            "COERCE",
            "191",
        ),
        (
            "Border guards arrested six smugglers on Tuesday, the ministry said.",
            "arrested",
            "COERCE",
            None,
        ),
    ]
)


@pytest.mark.parametrize(("sentence", "word", "expected", "cameo"), TERRITORY)
def test_ground_taken_by_force_is_fighting(parse, sentence, word, expected, cameo):
    event = _event(parse, sentence, word)
    assert event.action_class == expected
    assert cameo is None or event.cameo_code == cameo


# (sentence, a word of the relation, words of the target, class): the enemy's weapons and
# vehicles destroyed in battle are force (CAMEO 190), not property destroyed (1712)
MATERIEL = _commaless(
    [
        (
            "Army units destroyed three armoured vehicles and a tank, the agency said.",
            "destroyed",
            "vehicles",
            "FIGHT",
        ),
        (
            "On Sunday, the jets destroyed their weapons and ammunition.",
            "destroyed",
            "weapons",
            "FIGHT",
        ),
        (
            "Near the base, the gunmen destroyed a convoy of army trucks.",
            "destroyed",
            "convoy",
            "FIGHT",
        ),
        (
            "The strikes, the coalition said, destroyed a number of their vehicles.",
            "destroyed",
            "number",
            "FIGHT",
        ),
        # near misses: homes and buildings stay property; disarming is no battle
        (
            "On Sunday, the jets destroyed two houses in the village.",
            "destroyed",
            "houses",
            "ASSAULT",
        ),
        ("On Sunday, the army destroyed a vehicle and a house.", "destroyed", "house", "ASSAULT"),
    ]
)


@pytest.mark.parametrize(("sentence", "word", "target", "expected"), MATERIEL)
def test_materiel_destroyed_is_fighting(parse, sentence, word, target, expected):
    assert _event(parse, sentence, word, target).action_class == expected


def test_a_chemical_arsenal_destroyed_is_no_battle(parse):
    event = _event(parse, "Under the deal, the junta destroyed its chemical weapons.", "destroyed")
    assert event.action_class != "FIGHT"


# (sentence, a word of the relation, class, mode): blasts, explosions and terrorist
# bombings are planted explosives (PLOVER ASSAULT "explosives"); a regime's or an air
# force's bombing is conventional force
EXPLOSIVES = _commaless(
    [
        (
            "Twin blasts killed 30 fighters in the town, the monitor said.",
            "killed",
            "ASSAULT",
            "explosives",
        ),
        (
            "On Sunday, six civilians were killed in three terrorist explosions.",
            "killed",
            "ASSAULT",
            "explosives",
        ),
        (
            "Two terrorist bombings hit the market area on Friday, the agency said.",
            "hit",
            "ASSAULT",
            "explosives",
        ),
        (
            "The explosions, which struck at dawn, wounded 130 people.",
            "wounded",
            "ASSAULT",
            "explosives",
        ),
        # near misses: bombing from the air is FIGHT
        ("On Monday, regime bombing killed 16 civilians in the district.", "killed", "FIGHT", ""),
        ("On Sunday, heavy aerial bombing killed nine people.", "killed", "FIGHT", ""),
    ]
)


@pytest.mark.parametrize(("sentence", "word", "expected", "mode"), EXPLOSIVES)
def test_blasts_and_terrorist_bombings_are_explosives(parse, sentence, word, expected, mode):
    event = _event(parse, sentence, word)
    assert (event.action_class, event.mode) == (expected, mode)


# (sentence, a word of the relation, class): armed men driven from ground are fought (the
# class of "push back"); people expelled from their homes are deported (CAMEO 174)
EXPELLED = _commaless(
    [
        (
            "In January, Kurdish fighters ousted the jihadists from the border town.",
            "ousted",
            "FIGHT",
        ),
        ("On Monday, the army expelled the militants from the district.", "expelled", "FIGHT"),
        (
            "On Sunday, rebels pushed the Islamic State group out of two villages.",
            "pushed",
            "FIGHT",
        ),
        (
            "After a long battle, the troops forced the gunmen to retreat from the hills.",
            "forced",
            "FIGHT",
        ),
        (
            "Turkish troops and allied fighters expelled ISIS from the last stretch of the border.",
            "expelled",
            "FIGHT",
        ),
        # near misses: civilians and diplomats expelled
        (
            "In May, the militia expelled hundreds of villagers from their homes.",
            "expelled",
            "COERCE",
        ),
        ("On Friday, the ministry expelled two diplomats.", "expelled", "SANCTION"),
        ("In May, the militia forced the families from their homes.", "forced", "COERCE"),
    ]
)


@pytest.mark.parametrize(("sentence", "word", "expected"), EXPELLED)
def test_armed_men_driven_out_are_fought(parse, sentence, word, expected):
    assert _event(parse, sentence, word).action_class == expected


# (sentence, a word of the relation): killing by cutting off the head is an execution
# (ASSAULT), whichever of the dictionary's two synonyms the story uses; killing in battle
# stays FIGHT
EXECUTIONS = _commaless(
    [
        ("The militants decapitated three captured soldiers, the monitor said.", "decapitated"),
        ("In the square, the group beheaded two men it accused of spying.", "beheaded"),
    ]
)


@pytest.mark.parametrize(("sentence", "word"), EXECUTIONS)
def test_cutting_off_heads_is_an_execution(parse: Parse, sentence: str, word: str) -> None:
    assert _event(parse, sentence, word).action_class == "ASSAULT"


@pytest.mark.parametrize(
    ("sentence",), _commaless([("In the battle, the army killed 20 gunmen, the monitor said.",)])
)
def test_killing_in_battle_is_no_execution(parse: Parse, sentence: str) -> None:
    assert _event(parse, sentence, "killed").action_class == "FIGHT"
