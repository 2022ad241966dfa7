"""A span of time or a manner is no event target (normalize/measuretargets.py).

"It is not the first time that X and Y clashed", "vowed to devote equal energy to
fighting X", "raided the third time the house": the adverbial phrase names no party or
place, so the event has no target there. A real target, a named phrase and a copular
fact ("this is the first time") are left. Sentences written for these tests, with and
without commas.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event, Provenance
from graph.normalize import normalize_events
from graph.normalize.measuretargets import without_measure_target

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str, action: str, kind: str = "event") -> set[str]:
    events = normalize_events(extract_events(parse(text)))
    return {e.target for e in events if e.action == action and e.kind == kind}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


MEASURES = [
    *[
        (text, "clash", "the first time")
        for text in _both(
            "Still, this is not the first time that Islamists and Kurds have clashed."
        )
    ],
    *[
        (text, "vow", "equal energy")
        for text in _both("On Monday, Turkey vowed to devote equal energy to fighting the rebels.")
    ],
    *[
        (text, "raid", "the third time")
        for text in _both("In Tarsk, police raided the third time the house.")
    ],
]


@pytest.mark.parametrize(("text", "action", "measure"), MEASURES)
def test_measure_is_no_target(parse: Parse, text: str, action: str, measure: str):
    assert measure not in _targets(parse, text, action)


def test_real_target_is_kept(parse: Parse):
    for text in _both("Rebels attacked the base for the first time, a monitor said."):
        assert _targets(parse, text, "attack") == {"the base"}


def test_named_time_is_kept():
    sentence = "Rebels raided Dawn Week."
    prov = Provenance("d1", "d1.txt", 0, 0, len(sentence), sentence)
    event = Event("Rebels", "raid", "Dawn Week", prov, kind="event", action_class="ASSAULT")
    assert without_measure_target(event).target == "Dawn Week"
    assert without_measure_target(replace(event, target="a week")).target == ""


def test_copular_fact_keeps_its_complement(parse: Parse):
    for text in _both("This is the first time, he said, that rebels have clashed."):
        assert "the first time" in _targets(parse, text, "be", kind="relation")


def test_everyday_act_keeps_its_object():
    sentence = "They ate bread on alternate days."
    prov = Provenance("d1", "d1.txt", 0, 0, len(sentence), sentence)
    event = Event("They", "eat on", "alternate days", prov, kind="event", action_class="OTHER")
    assert without_measure_target(event).target == "alternate days"
