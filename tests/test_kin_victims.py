"""Kin and young people as civilians (tools/agents_extra.tsv; graph/normalize/agents.py).

Stories of our own, each written with and without commas (real news often has none):
"his young daughter", "her two sons", "a boy" are civilians of their story's country
unless the text names them otherwise; a name before a kin noun ("Karims wife") is a
person's, not a people's; a kin word inside a name or a thing is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> list[Event]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    return list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))


def _targets(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    return {(e.action, e.target): e.target_id for e in _events(parse, text)}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


KIN = [
    *[
        (text, "kill", "his young daughter", "syria/civilians")
        for text in _both("In Syria, a sniper shot dead a farmer and killed his young daughter.")
    ],
    *[
        (text, "wound", "her two sons", "syria/civilians")
        for text in _both("In Syria, soldiers shelled the house and wounded her two sons.")
    ],
    *[
        (text, "kill", "a boy", "syria/civilians")
        for text in _both("A mortar round fired by rebels, in Syria, killed a boy on Monday.")
    ],
    *[
        (text, "injure", "three brothers", "syria/civilians")
        for text in _both("In Syria, gunmen injured three brothers on Monday.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target", "node"), KIN)
def test_kin_victims_are_civilians_of_their_story(parse: Parse, text: str, action: str,
                                                  target: str, node: str) -> None:  # fmt: skip
    assert _targets(parse, text)[(action, target)] == node


@pytest.mark.parametrize(
    "text", _both("Gunmen in Syria abducted Karims wife, on the road to Kefar Lan.")
)
def test_a_name_before_a_kin_noun_is_no_people(parse: Parse, text: str) -> None:
    found = {e.target_id for e in _events(parse, text) if e.target.endswith("wife")}
    assert found and not any(node.startswith("karims") for node in found)


@pytest.mark.parametrize(
    "text", _both("In Syria, militants of the Brotherhood of Martyrs attacked an army post.")
)
def test_a_kin_word_in_a_name_is_left_alone(parse: Parse, text: str) -> None:
    doers = [e.actor_id for e in _events(parse, text) if e.action == "attack"]
    assert doers and "syria/civilians" not in doers
