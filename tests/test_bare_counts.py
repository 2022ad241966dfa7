"""Victims told only by a count (graph/normalize/barecounts.py, remnants.py).

Stories of our own, each written with and without commas (real news often has none):
a hurt verb's object that is only a count ("five", "at least 12", "more than 30") is
more of the victims its sentence named before it, else the people of the story; a count
of things or a verb that does not hurt is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events
from graph.normalize.barecounts import is_bare_count

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> list[Event]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    return list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))


def _targets(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    return {(e.action, e.target): e.target_id for e in _events(parse, text)}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


COUNTED = [
    # the count after victims of its sentence is more of them
    *[
        (text, "wound", "18", "unknown/gunmen")
        for text in _both("The soldiers killed four militants near Kefar Lan, and wounded 18.")
    ],
    *[
        (text, "wound", "five", "syria/opposition")
        for text in _both(
            "In Syria, the police fired on protesters in the square of Kefar Lan, wounding five."
        )
    ],
    # no victims before it: the people of the story
    *[
        (text, "kill", "at least 12", "syria/people")
        for text in _both("In Syria, a car bomb went off at a market, and killed at least 12.")
    ],
    *[
        (text, "injure", "more than 30", "syria/people")
        for text in _both("Rebel rockets on a Syrian town, Kefar Lan, injured more than 30.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target", "node"), COUNTED)
def test_a_counted_victim_is_people_or_the_victims_before_it(parse: Parse, text: str,
                                                             action: str, target: str,
                                                             node: str) -> None:  # fmt: skip
    assert _targets(parse, text)[(action, target)] == node


@pytest.mark.parametrize(
    "text", _both("In Syria, the rebels seized 12, and destroyed five near Kefar Lan.")
)
def test_a_count_of_a_verb_that_does_not_hurt_is_left_alone(parse: Parse, text: str) -> None:
    nodes = {e.target_id for e in _events(parse, text) if is_bare_count(e.target)}
    assert not any(node.endswith("/people") for node in nodes)


@pytest.mark.parametrize(
    ("phrase", "bare"),
    [
        ("five", True),
        ("at least 12", True),
        ("more than 30", True),
        ("dozens", True),
        ("twenty-one", True),
        ("five soldiers", False),
        ("18 others", False),
        ("the five", False),
        ("many", False),
    ],
)
def test_bare_counts(phrase: str, bare: bool) -> None:
    assert is_bare_count(phrase) is bare


@pytest.mark.parametrize(
    "text", _both("Troops killed 14, and wounded 20 Islamic State militants near Kefar Lan.")
)
def test_a_count_shares_the_noun_of_the_next_count(parse: Parse, text: str) -> None:
    assert _targets(parse, text)[("kill", "14")] == "isis"


@pytest.mark.parametrize(
    "text",
    _both(
        "The army ambushed a band of gunmen near Kefar Lan, killing 15 and wounding dozens of them."
    ),
)
def test_of_them_counts_the_group_not_a_bare_count(parse: Parse, text: str) -> None:
    assert _targets(parse, text)[("wound", "dozens of them")] == "unknown/gunmen"


@pytest.mark.parametrize(
    "text", _both("In Syria, a car bomb killed 14, and wounded 20 in the market of Kefar Lan.")
)
def test_a_next_count_with_no_noun_shares_none(parse: Parse, text: str) -> None:
    assert _targets(parse, text)[("kill", "14")] == "syria/people"
