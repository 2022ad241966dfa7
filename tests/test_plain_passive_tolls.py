"""Victims of a plain passive right after one side's attack are its victims (issue 14).

Every sentence is our own, each with and without its commas. "Militiamen shelled the
hamlet. A nurse was killed." codes the militiamen killing the nurse; a passive that tells
its own cause, place, time or attack, a fight of two sides and the attacker's own men
stay facts.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _harms(parse: Parse, text: str) -> set[tuple[str, str, str, str]]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.kind, e.actor, e.action, e.target) for e in normalised}


def _both(text: str, *rows: object) -> list[tuple[str, tuple[object, ...]]]:
    return [(text, rows), (text.replace(",", ""), rows)]


HURT = [
    *_both(
        "Militiamen shelled the hamlet of Tell Dara on Sunday. A nurse was killed.",
        ("event", "Militiamen", "kill", "A nurse"),
    ),
    *_both(
        "Warplanes bombed a bakery in the old quarter, the monitor said. Nine civilians were "
        "killed, and 14 wounded.",
        ("event", "Warplanes", "kill", "Nine civilians"),
    ),
]


@pytest.mark.parametrize("text, rows", HURT)
def test_plain_passive_victims_are_the_attackers(parse, text, rows):
    found = _harms(parse, text)
    for row in rows:
        assert row in found


KEPT = [
    # the passive tells its own cause, place or time
    "Militiamen shelled the hamlet. Two farmers were killed in a road accident last month.",
    "Militiamen shelled the hamlet. Two farmers were killed, in Hama.",
    "Militiamen shelled the hamlet. Two farmers were killed on Friday.",
    # a fight of two sides, and the attacker's own men
    "Militiamen and police clashed at the bridge. Three farmers were killed.",
    "Militiamen stormed the barracks. Six militiamen were killed.",
    # the victims open a relative clause, not a plain passive
    "Militiamen shelled the hamlet. The farmer who was killed, had sold bread there.",
]


@pytest.mark.parametrize("text", [*KEPT, *(t.replace(",", "") for t in KEPT)])
def test_other_passives_name_no_doer(parse, text):
    found = _harms(parse, text)
    assert not [row for row in found if row[0] == "event" and row[2] == "kill"]
