"""Victims told as some of a toll, "X were among those killed in Y" (issue 14).

Every sentence is our own. The harm's participle hangs on "those", but whom the attack
hurt is the copula's other side, in either order, with or without commas; a toll with
no attack, an accident, or a group one only fled among names no one hurt, and a
counted toll ("among 20 people killed") stays the victims.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _frames(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text))}


AMONG = [
    (
        "Two nurses were among those wounded in shelling by the militia.",
        ("the militia", "wound", "Two nurses"),
    ),
    (
        "Among those killed in the navy's raids were six fishermen.",
        ("the navy", "kill", "six fishermen"),
    ),
    (
        "Among those killed in the navy's raids, were six fishermen.",
        ("the navy", "kill", "six fishermen"),
    ),
    # an attack no one is named for: the attack's own fact, for the story's doer
    (
        "Three teachers were among those killed in the air strikes on the village.",
        ("the air strikes", "kill", "Three teachers"),
    ),
    (
        "Among those killed in the blast were two guards.",
        ("the blast", "kill", "two guards"),
    ),
]


@pytest.mark.parametrize("sentence, frame", AMONG)
def test_victims_among_those_hurt_are_the_attacks_target(parse, sentence, frame):
    assert frame in _frames(parse, sentence)


NOT_AMONG = [
    # no attack: an accident, or a toll with no cause at all
    ("Among those killed in the crash were two pilots.", "two pilots"),
    ("Two pilots were among those killed.", "Two pilots"),
    # no harm: those who fled
    ("Two nurses were among those who fled the shelling by the militia.", "Two nurses"),
    # a counted toll is itself the victims: the count stays
    ("Two medics were among 20 people killed in shelling by the militia.", "Two medics"),
]


@pytest.mark.parametrize("sentence, victims", NOT_AMONG)
def test_no_attack_no_harm_no_victims(parse, sentence, victims):
    assert not any(f[2] == victims for f in _frames(parse, sentence))


def test_who_holds_the_place_hit_made_no_attack(parse):
    # the parser hangs the place's relative clause on the raids
    text = (
        "Five farmers were among those killed in the air raids on Tamra which is held by"
        " the militia."
    )
    assert not any(f[0] == "the militia" and f[1] == "kill" for f in _frames(parse, text))
