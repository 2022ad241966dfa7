"""A state's force on protesters is violent repression, CAMEO 175 ASSAULT on them.

(graph/normalize/repression.py, graph/extract/protests.py.) A physical attack by a
state's forces on protesters or a protest, or a verb of repression on them, takes CAMEO
175 (the CAMEO -> PLOVER table: ASSAULT), and a protest named as the object is its
protesters. Protesters attacking the police, rebels firing on a rally, arrests and the
protest itself are left alone.

Every sentence here is written for this test (none comes from a benchmark file); each
construction is tested with and without the commas news drops.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events

Parse = Callable[[str], Doc]


def _commaless(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Return each row as written and, where it has commas, once more without them."""
    out = []
    for row in rows:
        out.append(row)
        if "," in row[0]:
            out.append((row[0].replace(",", ""), *row[1:]))
    return out


def _events(parse: Parse, text: str) -> list[Event]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2012-05-01"}, sentences=sentences)
    return [e for e in normalised if e.kind == "event"]


# (text, action of the event, its target's id)
REPRESSED = _commaless(
    [
        ("On Friday, riot police fired on the marchers in Karvon, wounding six.", "fire on",
         "unknown/opposition"),
        ("In Hama, Syrian soldiers shot at a peaceful rally near the mosque.", "shoot at",
         "syria/opposition"),
        ("The army repressed demonstrations in the capital, witnesses said.", "repress",
         "unknown/opposition"),
        ("Syrian police dispersed the protest outside the court with batons.", "disperse",
         "syria/opposition"),
        ("The Syrian government quelled the rallies, activists said.", "quell",
         "syria/opposition"),
        ("Security forces beat the demonstrators, a witness said.", "beat",
         "unknown/opposition"),
        ("After the vote, the regime cracked down on protesters in Deraa.", "crack down on",
         "syria/opposition"),
    ]
)  # fmt: skip


@pytest.mark.parametrize(("text", "action", "target_id"), REPRESSED)
def test_a_states_force_on_protesters_is_violent_repression(parse, text, action, target_id):
    event = next(e for e in _events(parse, text) if e.action == action)
    assert (event.action_class, event.cameo_code) == ("ASSAULT", "175")
    assert event.target_id == target_id


# (text, action of the event): the protesters' own acts, rebels' force, an arrest, a
# protest, and force on a rally of soldiers are no state's repression.
LEFT_ALONE = _commaless(
    [
        ("In Deraa, protesters attacked a police station, residents said.", "attack"),
        ("Rebels shelled a rally of soldiers in the square, killing four.", "shell"),
        ("Police arrested dozens of students, the ministry said.", "arrest"),
        ("Thousands of people held a protest in Karvon, activists said.", "hold"),
        ("Syrian soldiers shelled rebel positions near Hama, killing five.", "shell"),
    ]
)


@pytest.mark.parametrize(("text", "action"), LEFT_ALONE)
def test_other_force_and_protest_is_no_repression(parse, text, action):
    events = [e for e in _events(parse, text) if e.action == action]
    assert events, text
    assert all(e.cameo_code != "175" for e in events)
