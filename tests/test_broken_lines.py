"""An offensive to break a siege or a line, or to take control of a place (issue 14).

"The rebels launched an offensive to break through government lines": the offensive is
fought against whoever holds the lines (the government), and "an offensive to seize
control of the port" is aimed at the port, not at "control". A siege or a line with no
holder named gives no target. Every sentence is our own, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _triples(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


def _both(sentence: str, without: str, triple: tuple[str, str, str]) -> list[object]:
    return [pytest.param(sentence, triple), pytest.param(without, triple)]


AIMED = [
    *_both(
        "On Monday, the insurgents launched an offensive to break through regime lines.",
        "On Monday the insurgents launched an offensive to break through regime lines.",
        ("the insurgents", "attack", "regime"),
    ),
    *_both(
        "The clans staged a dawn assault, to break a government siege of the hill villages.",
        "The clans staged a dawn assault to break a government siege of the hill villages.",
        ("The clans", "assault", "government"),
    ),
    *_both(
        "The militia began a push to break through the army positions near the mill, "
        "officials said.",
        "The militia began a push to break through the army positions near the mill "
        "officials said.",
        ("The militia", "begin", "army"),
    ),
    *_both(
        "In May, the brigades began an offensive to gain full control of the port of Vell.",
        "In May the brigades began an offensive to gain full control of the port of Vell.",
        ("the brigades", "attack", "the port of Vell"),
    ),
    *_both(
        "The alliance launched an operation, dubbed Iron Gate, to seize control over Tarsa.",
        "The alliance launched an operation dubbed Iron Gate to seize control over Tarsa.",
        ("The alliance", "attack", "Tarsa"),
    ),
    *_both(
        "Hill fighters are battling to break through army lines near the ford.",
        "Hill fighters are battling hard to break through army lines near the ford.",
        ("Hill fighters", "battle", "army"),
    ),
]


@pytest.mark.parametrize("text, expected", AIMED)
def test_purpose_names_the_holder(parse: Parse, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(parse, text)


# No holder named, or nothing held: the offensive stays without that target, and the
# siege or the record never becomes one.
NEAR_MISSES = [
    *_both(
        "On Monday, the insurgents launched an offensive to break the siege.",
        "On Monday the insurgents launched an offensive to break the siege.",
        ("the insurgents", "attack", ""),
    ),
    *_both(
        "The clans staged an assault, to break the blockade of the hill villages.",
        "The clans staged an assault to break the blockade of the hill villages.",
        ("The clans", "assault", ""),
    ),
]


@pytest.mark.parametrize("text, expected", NEAR_MISSES)
def test_no_holder_no_target(parse: Parse, text: str, expected: tuple[str, str, str]) -> None:
    actor, action, _ = expected
    found = {t for t in _triples(parse, text) if t[:2] == (actor, action)}
    assert found == {expected}


def test_breaking_a_record_aims_at_no_one(parse: Parse) -> None:
    text = "The club launched a campaign to break the attendance record."
    targets = {t for a, v, t in _triples(parse, text) if v == "launch"}
    assert targets <= {""}


# The holder named after the siege by "by" (issue 14): the fight, or the breaking
# itself, is aimed at who holds the siege, not at the place it holds.
HELD_BY = [
    *_both(
        "Hill fighters battled, on Friday, to break a siege of the ford by the border guards.",
        "Hill fighters battled on Friday to break a siege of the ford by the border guards.",
        ("Hill fighters", "battle", "the border guards"),
    ),
    *_both(
        "Militia units breached the long siege of Vell Sora by the clans, on Monday.",
        "Militia units breached the long siege of Vell Sora by the clans on Monday.",
        ("Militia units", "breach", "the clans"),
    ),
    *_both(
        "Militia units broke the blockade around Vell Sora, maintained by the clans for years.",
        "Militia units broke the blockade around Vell Sora maintained by the clans for years.",
        ("Militia units", "break", "the clans"),
    ),
]


@pytest.mark.parametrize("text, expected", HELD_BY)
def test_holder_named_by_by(parse: Parse, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(parse, text)


@pytest.mark.parametrize(
    "text, action",
    [
        # "by force" is how, not who; a record is nothing held
        ("Hill fighters fought to break the siege of the ford by force.", "fight"),
        ("The club broke the attendance record by a wide margin.", "break"),
    ],
)
def test_by_means_is_no_holder(parse: Parse, text: str, action: str) -> None:
    targets = {t for a, v, t in _triples(parse, text) if v == action}
    assert not targets & {"force", "a wide margin"}
