"""Generic men tied to named groups (graph/normalize/tiedgroups.py): the groups.

Stories of our own, each written with and without commas (real news often has none):
"operatives tied to X", "militant groups affiliated to X", "fighters belonging to X"
are X; "fighters from X and Y" are two targets, X and Y. A tie to a place or to a name
the dictionary does not know as an armed group changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str) -> list[tuple[str, str, str]]:
    """Return (action, target text, target id) of a story's normalised events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return [(e.action, e.target, e.target_id) for e in normalised if e.kind == "event"]


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


TIED = [
    *[
        (text, "kill", "ahrar-al-sham")
        for text in _both("On Sunday, soldiers killed several operatives tied to Ahrar al-Sham.")
    ],
    *[
        (text, "repel", "isis")
        for text in _both("Troops repelled militant groups affiliated to ISIS, state media said.")
    ],
    *[
        (text, "ambush", "jaish-al-islam")
        for text in _both(
            "At dawn, the soldiers ambushed six fighters belonging to Jaish al-Islam."
        )
    ],
]


@pytest.mark.parametrize(("text", "action", "expected"), TIED)
def test_men_tied_to_a_group_are_the_group(
    parse: Parse, text: str, action: str, expected: str
) -> None:
    assert [t[2] for t in _targets(parse, text) if t[0] == action] == [expected]


TWO = [
    *[
        (text, "surround", {"jaish-al-islam", "ahrar-al-sham"})
        for text in _both(
            "On Monday, the army surrounded gunmen from Jaish al-Islam and Ahrar al-Sham."
        )
    ],
    *[
        (text, "kill", {"jaish-al-islam", "ahrar-al-sham"})
        for text in _both(
            "The army killed 35 terrorists from the Jaish al-Islam and Ahrar al-Sham groups nearby."
        )
    ],
    *[
        (text, "attack", {"hts", "isis"})
        for text in _both("Rebels attacked fighters of the Nusra Front and ISIS, near the dam.")
    ],
]


@pytest.mark.parametrize(("text", "action", "expected"), TWO)
def test_men_of_two_groups_are_two_targets(
    parse: Parse, text: str, action: str, expected: set[str]
) -> None:
    ids = [t[2] for t in _targets(parse, text) if t[0] == action]
    assert sorted(ids) == sorted(expected)


KEPT = [
    # a place, not a group
    *[
        (text, "kill")
        for text in _both("On Sunday, soldiers killed several operatives tied to Hama.")
    ],
    # a name the dictionary does not know as a group
    *[
        (text, "kill")
        for text in _both("On Sunday, soldiers killed several operatives tied to Harbi Tosk.")
    ],
]


@pytest.mark.parametrize(("text", "action"), KEPT)
def test_other_ties_change_nothing(parse: Parse, text: str, action: str) -> None:
    ids = [t[2] for t in _targets(parse, text) if t[0] == action]
    assert len(ids) == 1 and ids[0] not in ("jaish-al-islam", "hama")
