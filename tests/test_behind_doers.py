"""Who a statement names behind an unowned attack (graph/normalize/behinddoers.py).

Stories of our own, each with and without commas (real copy often has none): "X is
believed to be behind the attack", "X was behind the blast", "X was responsible for the
shelling", in the attack's sentence or the next, give the attack to X (credited to whoever
said so); a doubt, a denial, two sides, a weapon named behind it or another attack give it
no one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> dict[tuple[str, str], Event]:
    """Return (weapon or actor text, action) -> event of a story's normalised events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.instrument or e.actor, e.action): e for e in normalised}


def _both(text: str, *rest: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, *rest), (text.replace(",", ""), *rest)]


_CAR_BOMB = "A car bomb killed nine people in the market of Marsa on Monday."
_CASES = [
    # a belief, a plain statement, a responsibility in the next sentence names the doer
    *_both(
        f"{_CAR_BOMB} The Falcon Brigade is believed to be behind the attack.",
        "A car bomb",
        "kill",
        "falcon-brigade",
    ),
    *_both(
        f"{_CAR_BOMB} Residents said, on Tuesday, that the Falcon Brigade was behind the blast.",
        "A car bomb",
        "kill",
        "falcon-brigade",
    ),
    *_both(
        "Mortar shells hit a school in Marsa on Sunday, wounding six pupils. The Wolf Brigade "
        "was responsible for the shelling, a local source said.",
        "Mortar shells",
        "hit",
        "wolf-brigade",
    ),
    # in the attack's own sentence, through a relative clause
    *_both(
        "A car bomb killed nine people in Marsa on Monday, but the Falcon Brigade, which is "
        "thought to be behind the blast, has not commented.",
        "A car bomb",
        "kill",
        "falcon-brigade",
    ),
    # a doubt, a denial, two sides, a weapon, another attack: no one
    *_both(f"{_CAR_BOMB} It was unclear who was behind the blast.", "A car bomb", "kill", ""),
    *_both(
        f"{_CAR_BOMB} The army said the Falcon Brigade was not behind the blast.",
        "A car bomb",
        "kill",
        "",
    ),
    *_both(
        f"{_CAR_BOMB} Residents said the Falcon Brigade and the Wolf Brigade were behind the "
        "blast.",
        "A car bomb",
        "kill",
        "",
    ),
    *_both(
        f"{_CAR_BOMB} The police said a truck bomb was behind the blast.",
        "A car bomb",
        "kill",
        "",
    ),
    *_both(
        f"{_CAR_BOMB} The Falcon Brigade was behind the attack on Kolo, last year.",
        "A car bomb",
        "kill",
        "",
    ),
]


@pytest.mark.parametrize("text, weapon, action, owner", _CASES)
def test_a_side_named_behind_an_attack_owns_it(parse, text, weapon, action, owner):
    assert _events(parse, text)[(weapon, action)].actor_id == owner


@pytest.mark.parametrize(
    "text",
    [
        t
        for t, *_ in _both(
            f"{_CAR_BOMB} Residents said, on Tuesday, that the Falcon Brigade was behind the blast."
        )
    ],
)
def test_the_doer_is_the_speakers_word(parse, text):
    event = _events(parse, text)[("A car bomb", "kill")]
    assert (event.actor, event.instrument, event.attribution) == (
        "the Falcon Brigade",
        "A car bomb",
        "Residents",
    )


@pytest.mark.parametrize(
    "text, actor, action, modality",
    [
        *_both(
            f"{_CAR_BOMB} The Falcon Brigade is believed to be behind the attack.",
            "The Falcon Brigade",
            "attack",
            "possible",
        ),
        *_both(
            f"{_CAR_BOMB} The Falcon Brigade was behind the blast.",
            "The Falcon Brigade",
            "bomb",
            "asserted",
        ),
    ],
)
def test_the_statement_is_a_fact_of_the_sides_act(parse, text, actor, action, modality):
    event = _events(parse, text)[(actor, action)]
    assert (event.kind, event.actor_id, event.modality) == ("relation", "falcon-brigade", modality)
