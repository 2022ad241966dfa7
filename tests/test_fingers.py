"""Pointing the finger (graph/extract/fingers.py): "pointed the finger at X" accuses X.

Sentences of our own, with and without commas: the side in the "at" phrase is the
target of a DISAPPROVE (CAMEO 112), never "the finger"; pointing at a thing, a weapon
pointed at someone or a finger pointed at no one named are left alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _pointing(parse: Parse, text: str) -> tuple[str, str]:
    (event,) = [e for e in extract_events(parse(text)) if e.action.startswith("point")]
    return event.target, event.action_class


def _both(text: str, target: str, cls: str) -> list[tuple[str, str, str]]:
    return [(text, target, cls), (text.replace(",", ""), target, cls)]


CASES = [
    *_both("On Monday, world leaders pointed the finger at the Tarvan army.", "the Tarvan army",
           "DISAPPROVE"),
    *_both("Many pointed their fingers at the Karvan militia, which denied any role.",
           "the Karvan militia", "DISAPPROVE"),
    *_both("The inquiry pointed the finger at the navy for three raids.", "the navy",
           "DISAPPROVE"),
    # no one named: still an accusation, of no one
    *_both("The rebels pointed the finger, but named no one.", "", "DISAPPROVE"),
    # near misses: no finger
    *_both("On Sunday, the guide pointed at the map.", "the map", "OTHER"),
    *_both("On Sunday, a sniper pointed his rifle at the soldiers.", "the soldiers", "OTHER"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "target", "cls"), CASES)
def test_a_pointed_finger_accuses_the_side_named(
    parse: Parse, text: str, target: str, cls: str
) -> None:
    assert _pointing(parse, text) == (target, cls)
