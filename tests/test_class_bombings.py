"""Planted bombings are PLOVER's ASSAULT, air bombing stays FIGHT (graph/normalize/bombings.py).

- a bombing or a bomber of an armed group, which has no air force;
- a clause whose own words name a suicide attack or a vehicle bomb;
- a bomb that names no owner, in a sentence that names no aircraft.

Every sentence here is written for this test (none comes from a benchmark file); each
construction is tested with and without the commas news drops.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event, Provenance
from graph.normalize import normalize_events
from graph.normalize.bombings import with_planted_bombings

Parse = Callable[[str], Doc]


def _commaless(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Return each row as written and, where it has commas, once more without them."""
    out = []
    for row in rows:
        out.append(row)
        if "," in row[0]:
            out.append((row[0].replace(",", ""), *row[1:]))
    return out


def _story(parse: Parse, text: str) -> list[Event]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    return list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))


# (text, action of the event, class, mode)
STORIES = _commaless(
    [
        (
            "In the north, the Islamic State group has carried out several bombings.",
            "bomb",
            "ASSAULT",
            "explosives",
        ),
        (
            "Islamic State bombers hit two Kurdish checkpoints near Hasakeh.",
            "hit",
            "ASSAULT",
            "explosives",
        ),
        (
            "A bomb went off on a crowded minibus in Hama, killing a girl and wounding 14.",
            "kill",
            "ASSAULT",
            "explosives",
        ),
        # near misses: the air force's bombing, aircraft bombers, a bomb an aircraft dropped
        ("The regime's bombing killed nine farmers near Hama.", "kill", "FIGHT", ""),
        ("Six Tupolev bombers hit targets near Palmyra.", "hit", "FIGHT", ""),
        ("A bomb dropped by a helicopter killed four people in the village.", "kill", "FIGHT", ""),
        ("Medics reached the sites hit by bombs and shells overnight.", "hit", "FIGHT", ""),
        (
            "On Monday, two suicide bombers penetrated the police station.",
            "penetrate",
            "ASSAULT",
            "suicide-attack",
        ),
        # near misses: a suicide bomber arrested, a vehicle bomb countered: no bombing
        ("Police arrested two suicide bombers at the gate.", "arrest", "COERCE", ""),
        ("The army destroyed two car bombs near the bridge.", "destroy", "FIGHT", ""),
    ]
)


@pytest.mark.parametrize(("text", "action", "cls", "mode"), STORIES)
def test_a_planted_bombing_is_an_assault(parse, text, action, cls, mode):
    event = next(e for e in _story(parse, text) if e.action == action and e.kind == "event")
    assert event.action_class == cls
    assert event.mode == mode or cls != "ASSAULT"  # others keep their own mode ("aerial")


def _made(actor: str, kind: str, relation: str, sentence: str, action: str = "kill") -> Event:
    prov = Provenance("test", "test", 0, 0, len(sentence), sentence)
    return Event(
        actor,
        action,
        "",
        prov,
        relation=relation,
        action_class="FIGHT",
        actor_type=kind,
    )


@pytest.mark.parametrize(
    ("actor", "kind", "relation", "sentence", "expected"),
    [
        (
            "the rebels",
            "armed-group",
            "were killed due to a truck bomb attack",
            "Eight were killed due to a truck bomb attack by the rebels.",
            ("ASSAULT", "explosives"),
        ),
        (
            "militants",
            "armed-group",
            "were killed in a suicide bombing",
            "Five were killed in a suicide bombing by militants.",
            ("ASSAULT", "suicide-attack"),
        ),
        (
            "the group",
            "armed-group",
            "claimed bombings",
            "The group carried out bombings in the city.",
            ("ASSAULT", "explosives"),
        ),
        # near misses: a state's bombing, a group's shelling, an air force word
        (
            "the regime",
            "government",
            "bombings",
            "The regime's bombings hit the town.",
            ("FIGHT", ""),
        ),
        (
            "the militants",
            "armed-group",
            "shelled",
            "The militants shelled the town.",
            ("FIGHT", ""),
        ),
        (
            "the group",
            "armed-group",
            "bombing with drones",
            "The group was bombing with drones.",
            ("FIGHT", ""),
        ),
    ],
)
def test_a_bombing_told_by_its_doer_or_its_means(actor, kind, relation, sentence, expected):
    (event,) = with_planted_bombings([_made(actor, kind, relation, sentence)])
    assert (event.action_class, event.mode) == expected
