"""Armed men driven from ground are fought, not deported (graph/normalize/expelledforces.py).

Every sentence here is written for this test; each is tested with and without commas.
Once the target resolves to an armed group or a military, "drove the Islamic State group
out of", "pushed them out of", "ousted ISIS from" are the fighting that drove them out
(FIGHT), not CAMEO 174's deportation; civilians driven from their homes and suspects
deported stay COERCE.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events


def _events(parse: Callable[[str], Doc], text: str) -> list[Event]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    return list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))


def _both(text: str, *rest: str) -> list[tuple[str, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


CASES = [
    *_both(
        "In the north, the alliance drove the Islamic State group from the river town of "
        "Tabqa on Sunday.",
        "drive",
        "FIGHT",
    ),
    *_both(
        "Tribal fighters rose up against ISIS in May, and have since pushed them out of the "
        "valley.",
        "push",
        "FIGHT",
    ),
    *_both("On Monday, Kurdish units ousted ISIS from two villages near Tabqa.", "oust", "FIGHT"),
    *_both(
        "The militia drove hundreds of farmers out of their villages, residents said.",
        "drive",
        "COERCE",
    ),
    *_both("Last year, Turkey deported 20 ISIS suspects, officials said.", "deport", "COERCE"),
]


@pytest.mark.parametrize(("text", "action", "expected"), CASES)
def test_armed_men_expelled_are_fought(parse, text, action, expected):
    found = [e for e in _events(parse, text) if e.action.split()[0] == action]
    assert found, f"no {action!r} event"
    assert {e.action_class for e in found} == {expected}
