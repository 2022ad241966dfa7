"""Victims named by a people's plural (graph/normalize/peopleplurals.py).

Stories of our own, with and without commas: "killed 200 Syrians" are Syrian people,
never the state Syria; a country's own name, a singular demonym and a verb that does
not hurt are left alone.
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


def _targets(parse: Parse, text: str) -> dict[str, str]:
    return {e.action: e.target_id for e in _events(parse, text) if e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


@pytest.mark.parametrize(
    ("text", "node"),
    [
        *[(t, "syria/people") for t in _both("On Monday, the air raids killed 200 Syrians.")],
        *[(t, "iraq/people") for t in _both("Last year, the militia wounded dozens of Iraqis.")],
    ],
)
def test_a_peoples_plural_as_victims_is_its_people(parse: Parse, text: str, node: str) -> None:
    assert _targets(parse, text)["kill" if "killed" in text else "wound"] == node


@pytest.mark.parametrize("text", _both("On Monday, the rebels attacked Syria, near Kefar Lan."))
def test_a_country_as_target_is_left_alone(parse: Parse, text: str) -> None:
    assert _targets(parse, text)["attack"] == "syria"
