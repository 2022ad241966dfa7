"""A light verb takes the class of what it does (graph/extract/eventclass.py).

- a military operation launched, started or carried out is fighting: one an armed party
  undertakes ("the army launched large-scale operations"), one its words make military
  ("a counter-terror operation"), not one a charity runs;
- opening a front is fighting ("the rebels opened a new front").

Every sentence here is written for this test (none comes from a benchmark file); each
construction is tested with and without the commas news drops.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[[str], Doc]


def _commaless(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Return each row as written and, where it has commas, once more without them."""
    out = []
    for row in rows:
        out.append(row)
        if "," in row[0]:
            out.append((row[0].replace(",", ""), *row[1:]))
    return out


# (sentence, action, class)
LIGHT = _commaless(
    [
        (
            "On Monday, the army launched large-scale operations in the southern villages.",
            "attack",
            "FIGHT",
        ),
        (
            "The militia carried out operations in the valley, a commander said.",
            "attack",
            "FIGHT",
        ),
        ("Last week, Norland began a counter-terror operation near the border.", "attack", "FIGHT"),
        ("On Sunday, the rebels opened a new front in the south.", "open", "FIGHT"),
        # near misses: a shop's front door, a company's office, a charity's appeal
        ("The shop opened a new front door.", "open", "OTHER"),
        ("The company opened a new office in the capital.", "open", "OTHER"),
        ("Last week, the charity began a feeding operation in the camps.", "begin", "OTHER"),
    ]
)


@pytest.mark.parametrize(("sentence", "action", "cls"), LIGHT)
def test_a_light_verb_takes_the_class_of_its_object(parse, sentence, action, cls):
    event = next(e for e in extract_events(parse(sentence)) if e.action == action)
    assert (event.action_class == cls) if cls == "FIGHT" else (event.action_class != "FIGHT")
