"""An attack whose toll is told in a relative clause ("a raid that killed nine") (issue 14).

"The jets carried out a raid that killed nine herders": the raid is no side, and the
relative clause is the only place the sentence names whom it hit, so the raid is coded
against the herders (the killing stays an event of its own). A claimed attack gets its
toll the same way. A claim or a condemnation of the attack, an attack that was repelled,
and a clause with a subject of its own name no target. Every sentence is our own, with
and without commas.
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
    sentence: str, without: str, triple: tuple[str, str, str], miss: str = ""
) -> list[object]:
    """Return the sentence with and without its commas; ``miss`` says why the second fails."""
    marks = [pytest.mark.xfail(reason=miss, strict=True)] if miss else []
    return [pytest.param(sentence, triple), pytest.param(without, triple, marks=marks)]


TOLLS = [
    *_both(
        "On Friday, the jets carried out a raid that killed nine herders, a monitor said.",
        "On Friday the jets carried out a raid that killed nine herders a monitor said.",
        ("the jets", "raid", "nine herders"),
    ),
    *_both(
        "The militia launched an attack which wounded 14 villagers, officials said.",
        "The militia launched an attack which wounded 14 villagers officials said.",
        ("The militia", "attack", "14 villagers"),
        "without the comma the parser glues the victims to the speakers ('villagers officials')",
    ),
    *_both(
        "On Monday, the navy conducted raids that killed and wounded dozens of fishermen.",
        "On Monday the navy conducted raids that killed and wounded dozens of fishermen.",
        ("the navy", "raid", "dozens of fishermen"),
    ),
    *_both(
        "On Monday, the Red Hand claimed responsibility for a car bombing that killed 20 guards.",
        "On Monday the Red Hand claimed responsibility for a car bombing that killed 20 guards.",
        ("the Red Hand", "bomb", "20 guards"),
    ),
]


@pytest.mark.parametrize("text, expected", TOLLS)
def test_relative_clause_names_whom_the_attack_hit(
    parse: Parse, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(parse, text)


# A claim or a condemnation aims at no victim; a repelled assault's victims are not
# whom the defenders hit; a clause with its own subject tells another's act.
NEAR_MISSES = [
    *_both(
        "The Red Hand claimed the car bombing, which killed 20 guards.",
        "The Red Hand claimed the car bombing which killed 20 guards.",
        ("The Red Hand", "claim", "20 guards"),
    ),
    *_both(
        "The council condemned the raid that killed nine herders.",
        "The council condemned the raid that killed nine herders.",
        ("The council", "condemn", "nine herders"),
    ),
    *_both(
        "The garrison repelled an assault, which killed two sentries.",
        "The garrison repelled an assault which killed two sentries.",
        ("The garrison", "repel", "two sentries"),
    ),
    *_both(
        "The jets carried out a raid on the valley, where gunmen killed nine herders.",
        "The jets carried out a raid on the valley where gunmen killed nine herders.",
        ("The jets", "raid", "nine herders"),
    ),
]


@pytest.mark.parametrize("text, unwanted", NEAR_MISSES)
def test_no_toll_for_other_acts(parse: Parse, text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in _triples(parse, text)
