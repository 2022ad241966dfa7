"""Who a sentence names behind the weapon or attack it tells (graph/extract/responsible.py).

Sentences of our own, each with and without commas (real copy often has none): a
participle of belief after the weapon ("jets believed to be X", "a raid thought to be by
X", "believed to belong to X") or a statement of responsibility whose object the attack
is ("X is believed to be behind the bombing that ...", "blamed X for the strikes that
...", "X claimed responsibility for a bombing that ...") names its owner; a blame or a
belief keeps the act a guess. A denial, no one, alternatives, two owners or a place name
no owner.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]
Case = tuple[str, str, str, str, str]


def _attacks(parse: Parse, text: str) -> dict[str, tuple[str, str, str]]:
    """Return action -> (actor text, actor id, modality) of a sentence's normalised acts."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {e.action: (e.actor, e.actor_id, e.modality) for e in normalised}


def _both(text: str, action: str, actor: str, owner: str, modality: str) -> list[Case]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [
        (text, action, actor, owner, modality),
        (text.replace(",", ""), action, actor, owner, modality),
    ]


_OWNED = [
    # a participle of belief after the weapon names its owner, as a guess
    *_both(
        "A drone strike, believed to be by Turkish jets, killed four shepherds.",
        "kill",
        "Turkish jets",
        "turkey",
        "possible",
    ),
    *_both(
        "On Monday the raid believed to have been carried out by Turkish aircraft killed six "
        "people, a medic said.",
        "kill",
        "Turkish aircraft",
        "turkey",
        "possible",
    ),
    *_both(
        "A helicopter believed to belong to Karvonian forces dropped barrel bombs on the hamlet.",
        "drop",
        "Karvonian forces",
        "karvonian/military",
        "possible",
    ),
    # a quantifier counting the acts stands between the statement and the acts
    *_both(
        "The Wolf Brigade was behind many of the car bombs that hit Marsa, a medic said.",
        "hit",
        "The Wolf Brigade",
        "wolf-brigade",
        "asserted",
    ),
    *_both(
        "The Falcon Brigade was responsible for some of the raids that struck the depot.",
        "strike",
        "The Falcon Brigade",
        "falcon-brigade",
        "asserted",
    ),
    # a statement of responsibility whose object is the attack told on after it
    *_both(
        "The Falcon Brigade is believed to be behind the bombing that struck the depot on Sunday.",
        "strike",
        "The Falcon Brigade",
        "falcon-brigade",
        "possible",
    ),
    *_both(
        "Residents blamed the Turkish army for the strikes that hit two villages.",
        "hit",
        "the Turkish army",
        "turkey",
        "possible",
    ),
    *_both(
        "Residents in the area blamed the Turkish army for the strikes that hit Kessa and "
        "Marsa, a monitor said.",
        "hit",
        "the Turkish army",
        "turkey",
        "possible",
    ),
    *_both(
        "Washington blames the Karvonian government for the attack, which it says killed 40 "
        "people.",
        "kill",
        "the Karvonian government",
        "karvonian/government",
        "possible",
    ),
    *_both(
        "Last year, the United States accused Damascus of the attack, which killed 40 people.",
        "kill",
        "Damascus",
        "assad-regime",
        "possible",
    ),
    *_both(
        "The envoy said Turkey bears responsibility for the raid that killed nine farmers.",
        "kill",
        "Turkey",
        "turkey",
        "asserted",
    ),
    *_both(
        "The ministry said ISIS was responsible for the blast that killed 12 soldiers.",
        "kill",
        "ISIS",
        "isis",
        "asserted",
    ),
]

_NOT_OWNED: list[object] = [
    # no one, a denial, two owners, alternatives, a doubt: the attack keeps no owner
    *_both(
        "The Wolf Brigade, its leader said, was not behind any of the car bombs that hit Marsa.",
        "hit",
        "the car bombs",
        "",
        "asserted",
    ),
    *_both(
        "Videos showed many of the car bombs that hit Marsa on Monday.",
        "hit",
        "the car bombs",
        "",
        "asserted",
    ),
    *_both(
        "No group has claimed responsibility for the blast that killed four guards.",
        "kill",
        "the blast",
        "",
        "asserted",
    ),
    *_both(
        "Karvonia denied responsibility for the raid that killed nine farmers.",
        "kill",
        "the raid",
        "",
        "asserted",
    ),
    *_both(
        "The navy was not behind the raid that killed nine farmers, the minister said.",
        "kill",
        "the raid",
        "",
        "asserted",
    ),
    *_both(
        "It was unclear who was behind the bombing that struck the depot.",
        "strike",
        "the bombing",
        "",
        "asserted",
    ),
    *_both(
        "The raid, believed to have been carried out by Turkish or Karvonian aircraft, killed "
        "six people.",
        "kill",
        "The raid",
        "",
        "possible",
    ),
    # a place after "from" is where the shells came from, not whose they were
    (
        "The rockets, thought to be from the hills, hit the school in Tarvo on Monday.",
        "hit",
        "The rockets",
        "",
        "possible",
    ),
    (
        "The rockets thought to be from the hills hit the school in Tarvo on Monday.",
        "hit",
        "The rockets",
        "",
        "possible",
    ),
    *_both(
        "On Monday the rockets believed to be from the hills hit the school in Tarvo, a medic "
        "said.",
        "hit",
        "the rockets",
        "",
        "possible",
    ),
]


@pytest.mark.parametrize("text, action, actor, owner, modality", [*_OWNED, *_NOT_OWNED])
def test_a_sentence_names_who_is_behind_its_attack(parse, text, action, actor, owner, modality):
    assert _attacks(parse, text)[action] == (actor, owner, modality)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The navy and the militia were behind the raid that killed nine farmers.",
            marks=pytest.mark.xfail(
                reason="two owners of one attack: resolve_instrument reads one head only",
                strict=True,
            ),
        ),
    ],
)
def test_two_owners_of_one_attack_each_own_it(parse, text):
    owners = {id_ for action, (_, id_, _) in _attacks(parse, text).items() if action == "kill"}
    assert owners == {"navy", "militia"}
