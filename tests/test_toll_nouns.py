"""Victims told as some of "the dead" or "the wounded", with no harm verb (issue 14).

Every sentence is our own. "X were among the dead in Y", "among the wounded in Y were
X" and "the dead in Y included X" say Y hurt X: its owner's act, or the unowned
attack's fact (for the story's doer), with or without commas. A toll with no attack, a
fight of two sides, an accident, a denial and a part of the toll name no one's harm.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _frames(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text))}


TOLLS = [
    (
        "Four shepherds were among the dead in shelling by the militia.",
        ("the militia", "kill", "Four shepherds"),
    ),
    (
        "Among the dead in the navy's raids were six fishermen.",
        ("the navy", "kill", "six fishermen"),
    ),
    (
        "Among the dead in the navy's raids, were six fishermen.",
        ("the navy", "kill", "six fishermen"),
    ),
    (
        "Two porters were among the wounded in the militia's shelling of the port.",
        ("the militia", "wound", "Two porters"),
    ),
    (
        "The dead in the shelling by the militia included a baker and his son.",
        ("the militia", "kill", "a baker"),
    ),
    (
        "The dead in the shelling by the militia included a baker, and his son.",
        ("the militia", "kill", "a baker"),
    ),
    # an attack no one is named for: the attack's own fact, for the story's doer
    (
        "Three teachers were among the dead in the air strikes on the village.",
        ("the air strikes", "kill", "Three teachers"),
    ),
    (
        "Among the injured in the blast were two guards.",
        ("the blast", "injure", "two guards"),
    ),
]


@pytest.mark.parametrize("sentence, frame", TOLLS)
def test_victims_among_the_dead_are_the_attacks_target(parse, sentence, frame):
    assert frame in _frames(parse, sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Turkish jets bombed the valley at dawn. Three teachers were among the dead in the raids.",
        "Turkish jets bombed the valley at dawn. Among the dead in the raids, were three teachers.",
    ],
)
def test_unowned_raids_take_the_doer_just_named(parse, text):
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    kills = {(e.kind, e.actor_label) for e in normalised if e.action == "kill"}
    assert kills == {("event", "Turkey")}


NOT_TOLLS = [
    # no attack at all, or an accident (a fight's toll: tests/test_fight_tolls.py)
    ("Two pilots were among the dead.", "Two pilots"),
    ("Among the dead in the crash were two pilots.", "two pilots"),
    # a denial, and a part of the toll that says who the dead were
    ("The ferryman was not among the dead in the militia's shelling.", "The ferryman"),
    ("Five of the dead in the militia's shelling were farmers.", "farmers"),
    # a toll noun with no article is no toll: "dead bodies"
    ("Dead farmers were found after shelling by the militia.", "Dead farmers"),
]


@pytest.mark.parametrize("sentence, victims", NOT_TOLLS)
def test_no_attack_no_victims(parse, sentence, victims):
    harms = {f for f in _frames(parse, sentence) if f[1] in {"kill", "wound", "injure"}}
    assert not any(f[2] == victims for f in harms)


@pytest.mark.parametrize(
    "sentence",
    [
        "Four shepherds may have been among the dead in shelling by the militia.",
        "Four shepherds were among the dead in raids purportedly carried out by the militia.",
    ],
)
def test_a_hedged_toll_is_a_possible_harm(parse, sentence):
    kills = [e for e in extract_events(parse(sentence)) if e.action == "kill"]
    assert kills and {e.modality for e in kills} == {"possible"}


def _story(parse: Parse, text: str) -> set[tuple[str, str, str, str]]:
    """Return (kind, actor label or text, action, target) of a normalised story's harms."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        (e.kind, e.actor_label or e.actor, e.action, e.target)
        for e in normalised
        if e.action in {"kill", "wound", "injure", "be killed", "be wounded", "be injured"}
    }


_JETS = "Turkish jets bombed the hill town of Beit Nour overnight."
_BOMB = "A roadside bomb went off near the bus depot on Sunday."


@pytest.mark.parametrize(
    "text, harm",
    [
        (f"{_JETS} Three teachers were among the dead.",
         ("event", "Turkey", "kill", "Three teachers")),
        (f"{_JETS} Among the wounded, were two porters.",
         ("event", "Turkey", "wound", "two porters")),
        (f"{_JETS} Among the wounded were two porters.",
         ("event", "Turkey", "wound", "two porters")),
        (f"{_JETS} The dead included a baker and his son.",
         ("event", "Turkey", "kill", "his son")),
        # the attack's doer is unnamed: the harm is its weapon's, as such kills are kept
        (f"{_BOMB} Two drivers were among the dead.",
         ("event", "A roadside bomb", "kill", "Two drivers")),
    ],
)  # fmt: skip
def test_victims_among_the_dead_take_the_attack_just_told(parse, text, harm):
    assert harm in _story(parse, text)


@pytest.mark.parametrize(
    "text, victims",
    [
        # no attack just before, two sides fighting, or the attacker's own men
        ("The mayor spoke to reporters on Monday. Three teachers were among the dead.",
         "Three teachers"),
        ("Rebels clashed with the army near the depot. Three teachers were among the dead.",
         "Three teachers"),
        ("Rebels battled the army near the depot. Three teachers were among the dead.",
         "Three teachers"),
        ("Rebels stormed the army base at dawn. Among the dead were six rebels.", "six rebels"),
        # a denial, a guess
        (f"{_JETS} The mayor was not among the dead.", "The mayor"),
        (f"{_JETS} The mayor may have been among the dead.", "The mayor"),
        # an attack two sentences back
        (f"{_JETS} The mayor opened a new school on Monday. Three teachers were among the dead.",
         "Three teachers"),
    ],
)  # fmt: skip
def test_no_attack_just_told_no_harm(parse, text, victims):
    assert not any(h[0] == "event" and h[3] == victims for h in _story(parse, text))
