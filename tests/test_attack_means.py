"""The ASSAULT mode an attack noun names for the act told by it or of it (PLOVER).

"A suicide attack that killed 40", "a car bomb attack carried out by the group", "claimed
a suicide bombing on the faction": the means is named by the attack noun the clause hangs
on (or the attack noun is the act), so the act is ASSAULT with that mode, not FIGHT.
Every sentence is written for this test; each is tested with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[[str], Doc]


def _events(parse: Parse, sentence: str, word: str) -> list[Event]:
    """Return the acts whose relation has ``word`` (not the claim that tells of one)."""
    events = extract_events(parse(sentence))
    return [e for e in events if word in e.relation.split() and e.action_class != "STATEMENT"]


def _commaless(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Return each row as written and, where it has commas, once more without them."""
    out = []
    for row in rows:
        out.append(row)
        if "," in row[0]:
            out.append((row[0].replace(",", ""), *row[1:]))
    return out


# (sentence, a word of the act's relation, mode)
TOLD_BY_ATTACK = _commaless(
    [
        ("A suicide attack that hit the market killed 14 shoppers.", "hit", "suicide-attack"),
        (
            "The Tigris Brigade claimed a suicide attack on the gate, which killed nine guards.",
            "attack",
            "suicide-attack",
        ),
        (
            "Officials said a car bomb attack carried out by the militia wounded 30 people.",
            "carried",
            "explosives",
        ),
        (
            "The group said it was behind a suicide bombing on the rival camp, which killed six.",
            "bombing",
            "suicide-attack",
        ),
        (
            "The faction claimed a roadside bomb attack that killed two soldiers near Varno.",
            "killed",
            "explosives",
        ),
        # an active participle on the attack: the attack targets, nothing targets it
        (
            "In May, the militia staged a car bomb attack targeting a border post.",
            "targeting",
            "explosives",
        ),
        # a relative clause the parser hangs on the attack's places
        (
            "The faction claimed a June 3 bomb attack at a post in Varno that killed 11 guards.",
            "killed",
            "explosives",
        ),
    ]
)


@pytest.mark.parametrize(("sentence", "word", "mode"), TOLD_BY_ATTACK)
def test_an_attack_noun_names_the_means(parse: Parse, sentence: str, word: str, mode: str) -> None:
    events = _events(parse, sentence, word)
    assert events, sentence
    assert all((e.action_class, e.mode) == ("ASSAULT", mode) for e in events), sentence


# (sentence, a word of the act's relation): the noun is what is acted on, or names no
# planted means
NEAR_MISSES = _commaless(
    [
        ("Troops defused a car bomb that the militia had left near the school.", "defused"),
        ("A car bomb defused by the army, officials said, had been hidden in a van.", "defused"),
        ("An air strike that hit the depot on Friday killed 14 fighters.", "hit"),
        ("A barrel bomb attack that hit the town killed five rebels.", "hit"),
        ("Two men were hurt by explosive shells fired by the militia on the market.", "fired"),
        # the place a relative clause tells of is no attack
        ("An air strike on a school in the town that killed nine was condemned.", "killed"),
    ]
)


@pytest.mark.parametrize(("sentence", "word"), NEAR_MISSES)
def test_no_planted_means(parse: Parse, sentence: str, word: str) -> None:
    for event in _events(parse, sentence, word):
        assert event.mode not in {"explosives", "suicide-attack"}, sentence
