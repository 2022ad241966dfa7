"""An attack object whose agent the parser hung on the clause's verb (issue 14, targets).

In "rebels repelled an offensive by X and Y on Z" the parser may hang "by X" on
"repelled", not on "offensive": X attacked Z all the same. Sentences of our own, with
and without commas, and near misses: a time after "on", a verb with an "on" phrase of its
own ("blamed the raid by X on Y"), and a "by" with no one in it ("by firing").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


@pytest.mark.parametrize(
    "text",
    [
        "Rebels repelled an offensive by the army and its allies on a village near Hama on Monday.",
        "Rebels repelled an offensive by the army and its allies on a village near Hama,"
        " on Monday.",
    ],
)
def test_an_objects_agent_on_the_verb_attacks_the_target(parse, text):
    assert ("the army", "attack", "a village") in _events(parse, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Rebels repelled an offensive by the army and its allies on Monday.", "Monday"),
        ("The guards repelled the attack by firing on the vehicle.", "firing"),
    ],
)
def test_no_target_or_doer_is_invented(parse, text, absent):
    found = _events(parse, text)
    assert all(absent not in actor and absent not in target for actor, _, target in found)


@pytest.mark.parametrize(
    "text",
    [
        "Four farmers were killed in air raids by the army on Tuesday on the hill villages.",
        "Four farmers were killed in air raids by the army on Tuesday on the old market,"
        " a monitor said.",
        "Four farmers were killed in air raids by the army on Tuesday on the old market"
        " a monitor said.",
        "Four farmers were killed in air raids by the army on Tuesday on the hill villages.",
        "Four farmers were killed in air raids by the army Tuesday on the hill villages.",
    ],
)
def test_a_time_between_the_agent_and_the_target_is_passed(parse, text):
    # "by X on Monday on Y": the time is the raids' when, the next "on" phrase their target
    found = _events(parse, text)
    targets = {"the old market", "the hill villages"}
    assert any(a == "the army" and t in targets for a, _, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels repelled an offensive by the army on Monday in the north.",
        "Rebels repelled an offensive by the army on Monday, officials said.",
    ],
)
def test_a_time_with_no_target_after_it_gives_none(parse, text):
    found = _events(parse, text)
    assert all("Monday" not in t and "north" not in t for a, _, t in found if a == "the army")
