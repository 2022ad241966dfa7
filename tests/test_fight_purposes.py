"""A fight without an object is aimed at what its purpose takes or stops (issue 14).

"The guerrillas battled to push the troops back from the ridge": the guerrillas fight
the troops; the purpose names the target, relation "battled to push". Only purposes of
taking, striking or stopping count: defending and everyday aims name no one fought.
Every sentence is our own, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _fights(parse: Parse, text: str) -> set[tuple[str, str]]:
    return {
        (e.actor, e.target)
        for e in extract_events(parse(text))
        if e.kind == "event" and e.action in {"fight", "battle", "struggle"}
    }


AIMED = [
    (
        "The guerrillas battled to drive the border troops out of Vell Sora.",
        ("The guerrillas", "the border troops"),
    ),
    (
        "The guerrillas battled for hours to drive the border troops out of Vell Sora.",
        ("The guerrillas", "the border troops"),
    ),
    (
        "Local militias fought back to recapture the grain silos.",
        ("Local militias", "the grain silos"),
    ),
    (
        "Local militias fought back on Friday to recapture the grain silos.",
        ("Local militias", "the grain silos"),
    ),
    (
        "Tribal fighters fought to stop the raiders from crossing the bridge.",
        ("Tribal fighters", "the raiders"),
    ),
]


@pytest.mark.parametrize("text, expected", AIMED)
def test_purpose_names_whom_they_fight(parse: Parse, text: str, expected: tuple[str, str]) -> None:
    assert expected in _fights(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "The farmers fought to protect their orchards.",
        "The farmers fought hard to keep their orchards.",
    ],
)
def test_defending_names_no_target(parse: Parse, text: str) -> None:
    assert _fights(parse, text) == {("The farmers", "")}


def _acts(parse: Parse, text: str) -> dict[tuple[str, str, str], str]:
    return {
        (e.actor, e.action, e.target): e.modality
        for e in extract_events(parse(text))
        if e.kind == "event"
    }


# "fighting to topple X": the fight is reported, the toppling is only its aim.
WAGED_FOR = [
    (
        "The highland clans are fighting to topple the regent.",
        ("The highland clans", "fight", "the regent"),
        "topple",
    ),
    (
        "Since 2019, the highland clans have been fighting to oust the regent.",
        ("the highland clans", "fight", "the regent"),
        "oust",
    ),
    (
        "Since 2019 the highland clans have been fighting to oust the regent.",
        ("the highland clans", "fight", "the regent"),
        "oust",
    ),
    (
        "The river brigades are fighting to recapture the old mill.",
        ("The river brigades", "fight", "the old mill"),
        "recapture",
    ),
    (
        "Guards are battling to push the raiders out of the harbour.",
        ("Guards", "battle", "the raiders"),
        "push",
    ),
]


# A participle of a fight for an aim says who its noun is (see test_combatants): the fight
# is a relation fact, and the aim is still no asserted act.
DESCRIBED_BY_AIM = [
    (
        "Militiamen fighting to overthrow the regent, who is backed by Norland, shelled a depot.",
        ("Militiamen", "fight", "the regent"),
        "overthrow",
    ),
    (
        "Militiamen fighting to overthrow the regent who is backed by Norland shelled a depot.",
        ("Militiamen", "fight", "the regent"),
        "overthrow",
    ),
    (
        "Jets struck villages held by an alliance battling to take control of Port Vell.",
        ("an alliance", "battle", "Port Vell"),
        "take",
    ),
    (
        "On Monday, jets hit villages held by an alliance battling to take control of Port Vell.",
        ("an alliance", "battle", "Port Vell"),
        "take",
    ),
]


def _kinds(parse: Parse, text: str) -> dict[tuple[str, str, str], str]:
    return {(e.actor, e.action, e.target): e.kind for e in extract_events(parse(text))}


@pytest.mark.parametrize("text, fight, aim", DESCRIBED_BY_AIM)
def test_a_fighter_described_by_its_aim_is_a_fact(
    parse: Parse, text: str, fight: tuple[str, str, str], aim: str
) -> None:
    assert _kinds(parse, text).get(fight) == "relation"
    acts = _acts(parse, text)
    assert not any(action == aim and mod == "asserted" for (_, action, _), mod in acts.items())


@pytest.mark.parametrize("text, fight, aim", WAGED_FOR)
def test_a_fight_for_an_aim_is_the_act(
    parse: Parse, text: str, fight: tuple[str, str, str], aim: str
) -> None:
    acts = _acts(parse, text)
    assert acts.get(fight) == "asserted"
    assert not any(action == aim and mod == "asserted" for (_, action, _), mod in acts.items())


# Near misses: a try stays a try, an attack with an object stays the attack, and a fight
# to defend or to a standstill keeps its own shape.
@pytest.mark.parametrize(
    "text, triple, modality",
    [
        (
            "The river brigades have been struggling to recapture the old mill.",
            ("The river brigades", "recapture", "the old mill"),
            "possible",
        ),
        (
            "The river brigades have been struggling, to recapture the old mill.",
            ("The river brigades", "recapture", "the old mill"),
            "possible",
        ),
        (
            "The river brigades tried to recapture the old mill.",
            ("The river brigades", "recapture", "the old mill"),
            "possible",
        ),
        (
            "The river brigades fought the guards to recapture the old mill.",
            ("The river brigades", "fight", "the guards"),
            "asserted",
        ),
        (
            "The river brigades fought to a standstill.",
            ("The river brigades", "fight to", "a standstill"),
            "asserted",
        ),
    ],
)
def test_fight_aim_near_misses(
    parse: Parse, text: str, triple: tuple[str, str, str], modality: str
) -> None:
    assert _acts(parse, text).get(triple) == modality
