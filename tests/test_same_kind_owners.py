"""Of two sides named before an unowned attack, the one that fired (graph/normalize/samekind.py).

Stories of our own, each with and without commas: a bombardment, shells or air strikes
told after a sentence in which one side shelled and the other executed or stormed are
the shelling side's; when both sides fired, or the attack is told by a word of no kind
("the attack"), no one is chosen.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events
from graph.normalize import normalize_events


def _owners(parse, text: str) -> dict[tuple[str, str], str]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.instrument or e.actor, e.action): e.actor_id for e in normalised}


def _both(text: str, weapon: str, action: str, owner: str) -> list[tuple[str, str, str, str]]:
    return [(text, weapon, action, owner), (text.replace(",", ""), weapon, action, owner)]


_EXECUTED = (
    "The Falcon Brigade shelled Marsa on Monday, hours after the Wolf Brigade executed a "
    "captured pilot."
)


@pytest.mark.parametrize(
    "text, weapon, action, owner",
    [
        *_both(
            f"{_EXECUTED} The bombardment hit the market, killing six people.",
            "The bombardment",
            "hit",
            "falcon-brigade",
        ),
        *_both(
            f"{_EXECUTED} Two shells also hit the school.",
            "Two shells",
            "hit",
            "falcon-brigade",
        ),
        # both sides fired, or the attack is of no kind: no one
        *_both(
            "The Falcon Brigade shelled Marsa on Monday, and the Wolf Brigade bombed Kolo. "
            "The bombardment hit the market, killing six people.",
            "The bombardment",
            "hit",
            "",
        ),
        *_both(f"{_EXECUTED} The attack killed six people.", "The attack", "kill", ""),
        # an offensive launched, a checkpoint stormed: neither side fired
        *_both(
            "The Falcon Brigade stormed a checkpoint near Marsa, and the Wolf Brigade launched "
            "an offensive on Kolo. The strikes killed six people.",
            "The strikes",
            "kill",
            "",
        ),
        *_both(
            "The Falcon Brigade stormed a checkpoint near Marsa, and the Wolf Brigade launched "
            "rockets at Kolo. Two shells also hit the school.",
            "Two shells",
            "hit",
            "wolf-brigade",
        ),
    ],
)
def test_the_side_that_fired_owns_the_bombardment(parse, text, weapon, action, owner):
    assert _owners(parse, text)[(weapon, action)] == owner
