"""Relief sent is aid, AID 073 (graph/extract/relief.py).

A verb of sending or handing out whose goods are relief: "planes dropped supplies to the
besieged troops", "escorted an aid convoy", "distributed rations". Munitions dropped,
troops sent, letters sent and supplies brought in are not aid.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _classes(parse: Parse, text: str, action: str) -> set[str]:
    """Return the classes of the events whose action starts with ``action``."""
    return {
        e.action_class
        for e in extract_events(parse(text))
        if e.kind == "event" and e.action.split()[0] == action
    }


_AID = [
    ("Cargo planes dropped supplies to the encircled garrison.", "drop"),
    ("On Sunday, cargo planes dropped food to the encircled garrison.", "drop"),
    ("The Crescent volunteers escorted a relief convoy into the valley.", "escort"),
    ("Gunmen ambushed a medical convoy escorted by peacekeepers.", "escort"),
    ("The charity distributed rations to the returning families, the mayor said.", "distribute"),
    ("The charity distributed rations to the returning families the mayor said.", "distribute"),
    ("The ministry sent ambulances and blankets to the flooded district.", "send"),
]


@pytest.mark.parametrize("text, action", _AID)
def test_relief_sent_is_aid(parse: Parse, text: str, action: str) -> None:
    assert _classes(parse, text, action) == {"AID"}


_NOT_AID = [
    ("Helicopters dropped barrel bombs on the market.", "drop"),
    ("Ankara sent troops to the frontier, officials said.", "send"),
    ("The envoy sent a letter to the assembly.", "send"),
    ("The smugglers brought in supplies through the mountain pass.", "bring"),
]


@pytest.mark.parametrize("text, action", _NOT_AID)
def test_other_sending_is_no_aid(parse: Parse, text: str, action: str) -> None:
    assert "AID" not in _classes(parse, text, action)
