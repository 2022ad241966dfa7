"""A toll verb shares the means of the act it follows (graph/extract/assaultmodes.py).

"A suicide bomber blew himself up at the funeral, killing 15 mourners", "a helicopter
dropped canisters of chlorine on the town, killing three", "a chlorine attack that killed
eight and injured dozens": the killing or wounding (a participle, or the second of two
verbs) has no subject or means of its own, so it is done with the means of the act it
follows: ASSAULT with that act's mode. Conventional force stays FIGHT, and a toll verb
with its own subject or means phrase keeps its own. Every sentence is written for this
test; each is tested with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[[str], Doc]


def _events(parse: Parse, sentence: str, action: str) -> list[Event]:
    return [e for e in extract_events(parse(sentence)) if e.action == action]


def _commaless(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Return each row as written and, where it has commas, once more without them."""
    out = []
    for row in rows:
        out.append(row)
        if "," in row[0]:
            out.append((row[0].replace(",", ""), *row[1:]))
    return out


# (sentence, the toll verb's action, the mode it shares)
SHARED = _commaless(
    [
        (
            "A helicopter dropped canisters of chlorine gas on the town overnight, killing "
            "three children.",
            "kill",
            "unconventional",
        ),
        (
            "A chemical attack hit the village of Marsa on Tuesday, killing at least 40 people.",
            "kill",
            "unconventional",
        ),
        (
            "An alleged chlorine attack that killed eight and injured dozens in the town of "
            "Selva has drawn condemnation.",
            "injure",
            "unconventional",
        ),
        (
            "A suspected nerve agent attack in the north caused no deaths but injured dozens "
            "of farmers.",
            "injure",
            "unconventional",
        ),
        (
            "A bomber from the Tigris Brigade blew himself up with a suicide vest at the "
            "wedding hall, killing 22 guests and wounding 40.",
            "wound",
            "suicide-attack",
        ),
        (
            "The gunman detonated an explosive belt at the gate of the police post, killing "
            "four guards.",
            "kill",
            "explosives",
        ),
        (
            "A car bomb was detonated by the militants in the market, claiming the lives of "
            "20 people and injuring 30 others.",
            "claim",
            "explosives",
        ),
    ]
)


@pytest.mark.parametrize(("sentence", "action", "mode"), SHARED)
def test_a_toll_shares_the_means_of_its_act(parse, sentence, action, mode):
    events = _events(parse, sentence, action)
    assert events, sentence
    assert {(e.action_class, e.mode) for e in events} == {("ASSAULT", mode)}, sentence


def test_a_claim_that_takes_no_lives_shares_no_means(parse):
    sentence = (
        "State media accused the rebels of using chemical arms against troops trying to "
        "storm the district claiming a major army offensive had forced the rebels back."
    )
    events = _events(parse, sentence, "claim")
    assert events
    assert all(e.action_class != "ASSAULT" for e in events)


# (sentence, the toll verb's action): conventional force, a toll with its own subject or
# its own means, or a strike on a chemical plant (the target, not the means)
OWN = _commaless(
    [
        ("Jets bombed the town of Tarsk, killing nine people.", "kill"),
        ("Warplanes struck a chemical weapons depot near the town, killing 12 fighters.", "kill"),
        (
            "The regime used chlorine in the north, killing 30 civilians in an air strike on "
            "the town.",
            "kill",
        ),
        ("Troops defused a car bomb near the school, killing the driver in a gunfight.", "kill"),
        ("Artillery shelled the market, wounding 14 shoppers.", "wound"),
        (
            "The gunmen targeted two districts with explosive ammunition, injuring three people.",
            "injure",
        ),
    ]
)


@pytest.mark.parametrize(("sentence", "action"), OWN)
def test_a_toll_with_its_own_means_keeps_them(parse, sentence, action):
    events = _events(parse, sentence, action)
    assert events, sentence
    assert all(e.action_class == "FIGHT" for e in events), sentence
