"""Attackers are armed men, labelled like gunmen (tools/agents_extra.tsv).

Stories of our own, with and without commas: "40 attackers", "the attackers" get the
generic node of armed men ("unknown/gunmen", or the one group the story names),
never a node of their own words ("attackers").
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


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


@pytest.mark.parametrize(
    "text", _both("Near the base, the soldiers killed 40 attackers on Monday, an officer said.")
)
def test_attackers_as_victims_are_gunmen(parse: Parse, text: str) -> None:
    found = {e.target_id for e in _events(parse, text) if e.action == "kill"}
    assert found == {"unknown/gunmen"}


@pytest.mark.parametrize("text", _both("The attackers stormed a checkpoint, near Kefar Lan."))
def test_attackers_as_doers_are_gunmen(parse: Parse, text: str) -> None:
    doers = {e.actor_id for e in _events(parse, text) if e.action == "storm"}
    assert doers == {"unknown/gunmen"}
