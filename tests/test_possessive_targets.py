"""Possessed targets of attacks (graph/normalize/possessivetargets.py): their owner.

Stories of our own, each written with and without commas (real news often has none):
"destroyed their weapons" after "killed gunmen" hits the gunmen; a possessed person,
home or the attacker's own gear keeps its own (empty) target.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    """Return (action, target text) -> target id of a story's normalised events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.action, e.target): e.target_id for e in normalised if e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


OWNED = [
    # the possessor is the side hit earlier in the sentence
    *[
        (text, "destroy", "their weapons", "unknown/gunmen")
        for text in _both(
            "Army units killed dozens of gunmen near Tel Marrah, destroying their weapons."
        )
    ],
    # a place part: the town's outskirts
    *[
        (text, "pound", "its outskirts", "saraqib")
        for text in _both("The rebels captured Saraqib on Monday, and jets pounded its outskirts.")
    ],
    # the owner named in the sentence before
    *[
        (text, "shell", "their positions", "isis")
        for text in _both(
            "ISIS fighters attacked a checkpoint near Tel Marrah. On Tuesday, the army shelled "
            "their positions."
        )
    ],
    # an earlier attack's doer, not whom it hit
    *[
        (text, "strike", "their positions", "isis")
        for text in _both(
            "ISIS fighters killed ten Syrian soldiers, and Russian jets then struck "
            "their positions."
        )
    ],
    # two doers of the same act own nothing they hit together
    *[
        (text, "destroy", "their weapons", "unknown/gunmen")
        for text in _both(
            "Army units and allied forces killed 20 gunmen near Marsa, and destroyed their weapons."
        )
    ],
    # civilians hit before own no positions: the side that hit them
    *[
        (text, "pound", "their positions", "unknown/rebels")
        for text in _both(
            "Rebels shelled a school in Marsa, killing ten children. The army then pounded "
            "their positions."
        )
    ],
]


@pytest.mark.parametrize(("text", "action", "target", "owner"), OWNED)
def test_possessed_asset_is_its_owners(parse: Parse, text: str, action: str, target: str,
                                       owner: str) -> None:  # fmt: skip
    assert _targets(parse, text)[(action, target)] == owner


KEPT = [
    # a person possessed is the one hit, not the owner
    *[
        (text, "kill", "their leader")
        for text in _both("Soldiers attacked the gunmen near Tel Marrah, killing their leader.")
    ],
    # the attacker's own: no one else is named
    *[
        (text, "detonate", "their explosives")
        for text in _both("Two bombers reached the gate, and detonated their explosives.")
    ],
    # civilians own no hideouts, and no one else is named
    *[
        (text, "raid", "their hideouts")
        for text in _both(
            "Ten villagers fled the fighting, and troops later raided their hideouts."
        )
    ],
    # two sides fit: the owner is unknown
    *[
        (text, "shell", "their positions")
        for text in _both(
            "Kurdish fighters and ISIS militants clashed near Marsa. On Friday, jets shelled "
            "their positions."
        )
    ],
]


@pytest.mark.parametrize(("text", "action", "target"), KEPT)
def test_possessed_person_or_own_gear_keeps_no_owner(parse: Parse, text: str, action: str,
                                                     target: str) -> None:  # fmt: skip
    assert _targets(parse, text).get((action, target), "") == ""
