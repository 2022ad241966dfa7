"""Munitions fired in a list "into X" (issue 14): the place after the list is the target.

"The gunmen fired dozens of rockets and mortar rounds into the old town": after "and"
the tagger reads "rounds" or "shells" as a verb, and the parser hangs "into the old
town" on it, so the list lost the place it was fired at. Every sentence is our own,
each written with and without its commas; near misses must not change.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _triples(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


def _both(sentence: str, without: str, triple: tuple[str, str, str]) -> list[object]:
    return [pytest.param(sentence, triple), pytest.param(without, triple)]


LISTED = [
    *_both(
        "On Sunday, the gunmen fired more than 90 rockets and mortar rounds into the old city.",
        "On Sunday the gunmen fired more than 90 rockets and mortar rounds into the old city.",
        ("the gunmen", "fire", "the old city"),
    ),
    *_both(
        "The militia has launched scores of rockets and shells onto the eastern suburbs, "
        "a monitor said.",
        "The militia has launched scores of rockets and shells onto the eastern suburbs "
        "a monitor said.",
        ("The militia", "launch", "the eastern suburbs"),
    ),
    *_both(
        "Insurgents fired several dozen rockets and projectiles into two loyalist suburbs.",
        "Insurgents fired several dozen rockets and projectiles into two loyalist suburbs.",
        ("Insurgents", "fire", "two loyalist suburbs"),
    ),
    *_both(
        "Overnight, the brigade launched rockets and mortar shells at the harbour of Vell.",
        "Overnight the brigade launched rockets and mortar shells at the harbour of Vell.",
        ("the brigade", "launch", "the harbour of Vell"),
    ),
]


@pytest.mark.parametrize("text, expected", LISTED)
def test_list_of_munitions_keeps_its_aim(
    parse: Parse, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _triples(parse, text)


# A verb after "and" with an object of its own is a second act, not a munition; a list
# fired with no place named keeps no target; a place it was fired from is no target.
NEAR_MISSES = [
    *_both(
        "The gunmen fired rockets, and shells hit the old market.",
        "The gunmen fired rockets and shells hit the old market.",
        ("The gunmen", "fire", ""),
    ),
    *_both(
        "On Sunday, the gunmen fired dozens of rockets and mortar rounds.",
        "On Sunday the gunmen fired dozens of rockets and mortar rounds.",
        ("the gunmen", "fire", ""),
    ),
]


@pytest.mark.parametrize("text, expected", NEAR_MISSES)
def test_no_place_named_no_target(parse: Parse, text: str, expected: tuple[str, str, str]) -> None:
    actor, action, _ = expected
    found = {t for t in _triples(parse, text) if t[:2] == (actor, action)}
    assert found == {expected}


def test_place_fired_from_is_no_target(parse: Parse) -> None:
    text = "The gunmen fired rockets and mortar rounds from the hills above the town."
    targets = {t for a, v, t in _triples(parse, text) if v == "fire"}
    assert "the hills above the town" not in targets
