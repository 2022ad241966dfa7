"""Attacks two sides make on each other, named by a noun "between" them (issue 14).

"tit-for-tat attacks between X and Y": each side attacks the other, as each side of
"clashes between X and Y" fights the other (graph/extract/mutualattacks.py). Sentences
written for these tests, with and without their commas, and near misses.
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


def _both(text: str, *triples: Triple) -> list[tuple[str, tuple[Triple, ...]]]:
    return [(text, triples), (text.replace(",", ""), triples)]


MUTUAL = [
    *_both(
        "The town saw, last week, a spate of tit-for-tat attacks between the police and "
        "a clan militia.",
        ("the police", "attack", "a clan militia"),
        ("a clan militia", "attack", "the police"),
    ),
    *_both(
        "Heavy shelling between the army and the militants continued, on Monday.",
        ("the army", "shell", "the militants"),
        ("the militants", "shell", "the army"),
    ),
]


@pytest.mark.parametrize("text, triples", MUTUAL)
def test_each_side_of_attacks_between_them_attacks_the_other(parse, text, triples):
    assert set(triples) <= _found(parse, text)


NOT_MUTUAL = [
    # places and dates are no sides; a truce is no attack; a feared attack is not done
    *_both(
        "The attack between the village and the bridge, officials said, cut the main road.",
        ("the village", "attack", "the bridge"),
    ),
    *_both(
        "Air strikes between May 3 and May 9, the army said, killed two commanders.",
        ("May 3", "strike", "May 9"),
    ),
    *_both(
        "The cease-fire between the army and the rebels, they said, collapsed.",
        ("the army", "fire", "the rebels"),
    ),
    *_both(
        "Residents, in the valley, voiced fears of attacks between the militia and the army.",
        ("the militia", "attack", "the army"),
    ),
]


@pytest.mark.parametrize("text, triples", NOT_MUTUAL)
def test_between_no_two_sides_that_attack_gives_no_attack(parse, text, triples):
    assert not set(triples) & _found(parse, text)
