"""Acts chained inside a promise are not told as done (graph/extract/promised.py).

Sentences of our own, each with and without commas (real copy often has none): the acts
chained inside a vow, a pledge, an oath or a threat ("vowed to keep shelling", "pledged
to devote his police to fighting") are "future"; the promise itself and acts beside it
stay asserted. What someone "is meant to" do is future too.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _moods(parse: Parse, text: str, action: str) -> set[str]:
    """Return the modalities of the sentence's events of ``action``."""
    found = {e.modality for e in extract_events(parse(text)) if e.action == action}
    assert found, f"no {action!r} event in {text!r}"
    return found


def _both(text: str, *expected: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, *expected), (text.replace(",", ""), *expected)]


_CASES = [
    # what a vow, a pledge, an oath or a threat promises lies ahead
    *_both("On Friday, the militia vowed to keep shelling the port.", "shell", "future"),
    *_both(
        "On Sunday, the governor vowed to devote his police to fighting the smugglers.",
        "fight",
        "future",
    ),
    *_both(
        "The rebels pledged to keep attacking the convoys, a spokesman said.",
        "attack",
        "future",
    ),
    *_both("In Tarsk, the clan threatened to keep blocking the road.", "block", "future"),
    *_both("The general swore to continue bombing the bridges, aides said.", "bomb", "future"),
    *_both("The rebels vowed to recapture Kessa, and to expel the militia.", "expel", "future"),
    # near misses: the vow itself, acts beside it or before it, a plain "kept shelling"
    *_both("On Friday, the militia vowed to keep shelling the port.", "vow", "asserted"),
    *_both("The militia, which vowed to fight on, shelled the port.", "shell", "asserted"),
    *_both("The militia shelled the port, and vowed to fight on.", "shell", "asserted"),
    *_both("The militia vowed revenge, after it shelled the port.", "shell", "asserted"),
    *_both("Having shelled the port, the militia vowed to fight on.", "shell", "asserted"),
    *_both("The rebels kept shelling the port, a spokesman said.", "shell", "asserted"),
    # what someone is meant to do is not yet done (clauses.py: "is meant to" is intended)
    *_both(
        "The inspectors, who arrived on Monday, are meant to visit two depots.", "visit", "future"
    ),
]


@pytest.mark.parametrize("text, action, expected", _CASES)
def test_promised_acts_are_future(parse, text, action, expected):
    assert _moods(parse, text, action) == {expected}
