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
