"""The action of an attack told by a noun is the verb the noun names (issue 14).

"an airstrike on a depot" is coded as a strike, "the bombing campaign by X on Y" as X
bombing Y, "an onslaught" as an attack (graph/extract/nounverbs.py). Sentences written
for these tests, each with and without its commas, and near misses the rule must leave
alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]
Triple = tuple[str, str, str]


def _found(parse: Parse, text: str) -> set[Triple]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text))}


def _both(text: str, triple: Triple) -> list[tuple[str, Triple]]:
    return [(text, triple), (text.replace(",", ""), triple)]


NAMED = [
    # an attack noun whose lemma is no verb: the verb it names
    *_both(
        "Two guards were wounded, after an airstrike on a depot near the border.",
        ("an airstrike", "strike", "a depot"),
    ),
    *_both(
        "Air raids by government jets on the valley, resumed on Tuesday.",
        ("government jets", "strike", "the valley"),
    ),
    *_both(
        "Witnesses said, on Friday, the raids by Ruritanian jets on the port had stopped.",
        ("Ruritanian jets", "strike", "the port"),
    ),
    *_both(
        "A fresh offensive by the militia against the hill villages, began at dawn.",
        ("the militia", "attack", "the hill villages"),
    ),
    # a campaign named by its kind of attack
    *_both(
        "The bombing campaign by the air force on the hill villages, has killed dozens.",
        ("the air force", "bomb", "the hill villages"),
    ),
    *_both(
        "The shelling campaign by the army on the old town, intensified.",
        ("the army", "shell", "the old town"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), NAMED)
def test_attack_noun_names_its_verb(parse: Parse, text: str, triple: Triple) -> None:
    found = _found(parse, text)
    assert triple in found
    noun = {"strike": "raid", "attack": "offensive", "bomb": "campaign", "shell": "campaign"}
    assert (triple[0], noun[triple[1]], triple[2]) not in found
    assert (triple[0], "airstrike", triple[2]) not in found


KILLED = ("an airstrike", "kill", "Four people")
LEFT = [
    # the verb itself, not a noun: a raid by police stays a raid
    ("Police raided the office of the paper.", ("Police", "raid", "the office of the paper")),
    # a raid on the ground is no air strike
    *_both(
        "The police raid on the paper's office, was condemned.",
        ("police", "raid", "the paper's office"),
    ),
    # a frame that names its own act keeps it
    *_both("Four people were killed, in an airstrike on a bakery.", KILLED),
]


@pytest.mark.parametrize(("text", "triple"), LEFT)
def test_other_actions_are_left(parse: Parse, text: str, triple: Triple) -> None:
    assert triple in _found(parse, text)


def test_campaign_of_no_attack_is_left(parse: Parse) -> None:
    for text, _ in _both("The party's election campaign against graft, began on Monday.", KILLED):
        assert not any(act in {"bomb", "strike", "attack"} for _, act, _ in _found(parse, text))


AIMED = [
    # an attack said to be aimed at someone attacks them; its owner is the doer
    *_both(
        "The rebel assault, south of the city, aims at the Ramla district.",
        ("rebel", "assault", "the Ramla district"),
    ),
    *_both(
        "Officials said, on Monday, the army offensive is aimed at the northern hills.",
        ("army", "attack", "the northern hills"),
    ),
    *_both(
        "The attacks by the regime and allied militias were concentrated, on the old road.",
        ("allied militias", "attack", "the old road"),
    ),
    *_both(
        "Lately, militant attacks have focused on the market district.",
        ("militant", "attack", "the market district"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), AIMED)
def test_an_aimed_attack_is_an_attack_on_its_aim(parse: Parse, text: str, triple: Triple) -> None:
    events = {(e.actor, e.action, e.target): e for e in extract_events(parse(text))}
    assert triple in events
    assert events[triple].kind == "event"
    assert events[triple].action_class == "FIGHT"


NOT_AIMED = [
    # no owner: a fact, as an attack noun with no owner is
    ("The assault on the town aims at the rebels.", ("The assault", "assault", "the rebels")),
    ("The assault on the town, aims at the rebels.", ("The assault", "assault", "the rebels")),
]


@pytest.mark.parametrize(("text", "triple"), NOT_AIMED)
def test_an_aimed_attack_with_no_owner_is_a_fact(parse: Parse, text: str, triple: Triple) -> None:
    kinds = {(e.actor, e.action, e.target): e.kind for e in extract_events(parse(text))}
    assert kinds.get(triple) == "relation"


LEFT_AIMS = [
    # an aim that is itself an act, an aim not told as done, an aim of no attack
    "The army offensive is aimed at the recapture of the town.",
    "The army offensive is not aimed at civilians, officials said.",
    "The army offensive is not aimed at civilians officials said.",
    "The new school programme is aimed at young children.",
    "The rebel offensive aims to retake the town.",
]


@pytest.mark.parametrize("text", LEFT_AIMS)
def test_other_aims_are_left(parse: Parse, text: str) -> None:
    found = {(e.action, e.kind, e.polarity) for e in extract_events(parse(text))}
    assert not any(act == "attack" and kind == "event" and pol == "pos" for act, kind, pol in found)
