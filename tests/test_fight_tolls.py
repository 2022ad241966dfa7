"""People killed or wounded in a fight of two sides: an event with its doer unknown (issue 14).

"Nine people were killed and a dozen wounded in fighting in Kessa" tells a toll of a
battle: an event coder codes "? kill nine", neither side (graph/extract/unownedcauses.py,
graph/normalize/unownedharms.py). Stories of our own, each with and without commas; a
war's toll, a toll only feared, and a fight whose other side the phrase names ("in
clashes with X": X's) or a toll counted from the war's start ("since then") stay as
they were.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]
Harms = dict[tuple[str, str, str], tuple[str, str]]


def _harms(parse: Parse, text: str) -> Harms:
    """Return (actor, action, target) -> (kind, actor id) of the harms of a story."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        (e.actor, e.action, e.target): (e.kind, e.actor_id)
        for e in normalised
        if e.action in {"kill", "wound", "injure", "be killed", "be wounded"}
    }


def _both(text: str, *rows: tuple[str, str, str]) -> list[tuple[str, tuple[object, ...]]]:
    """Return the row with its commas and the row without them."""
    return [(text, rows), (text.replace(",", ""), rows)]


FIGHTS = [
    *_both(
        "Eleven herders were killed, and six wounded in fighting near the Besna dam.",
        ("fighting", "kill", "Eleven herders"),
        ("fighting", "wound", "six"),
    ),
    *_both(
        "At least 14 guards died in battles around the grain depot, the agency said.",
        ("battles", "kill", "At least 14 guards"),
    ),
    # a toll of a few days' fight
    *_both(
        "Thirty guards have been killed in battles near the dam since Wednesday, it said.",
        ("battles", "kill", "Thirty guards"),
    ),
    *_both(
        "Three nurses were among the dead in the clashes, the medics said.",
        ("the clashes", "kill", "Three nurses"),
    ),
    # a side the story named before takes no fight's dead
    *_both(
        "Rebels fought the army near Tamra on Sunday. Four soldiers were killed in the "
        "clashes, a monitor said.",
        ("the clashes", "kill", "Four soldiers"),
    ),
]


@pytest.mark.parametrize("text, rows", FIGHTS)
def test_a_fights_toll_is_a_killing_by_no_side(parse, text, rows):
    found = _harms(parse, text)
    for row in rows:
        assert found.get(row) == ("event", ""), (row, found)


LEFT = [
    # a war's toll is no happening of its own
    "Thousands of people have been killed in the war, the agency says.",
    "Thousands of people have been killed in the war the agency says.",
    # a toll counted from the war's start
    "Since then, thousands of people have been killed in the fighting.",
    "Since then thousands of people have been killed in the fighting.",
    "Since 2013, some 9000 people have died in battles around the city.",
    "Since 2013 some 9000 people have died in battles around the city.",
    # only feared
    "Six farmers may have been killed in the clashes, the agency said.",
    "Six farmers may have been killed in the clashes the agency said.",
]


@pytest.mark.parametrize("text", LEFT)
def test_no_killing_for_a_war_or_a_feared_toll(parse, text):
    assert all(kind == "relation" for kind, _ in _harms(parse, text).values())


@pytest.mark.parametrize(
    "text",
    ["Five soldiers were killed in clashes with the rebels.",
     "Five soldiers were killed, in clashes with the rebels."],
)  # fmt: skip
def test_a_fight_with_a_named_side_is_that_sides(parse, text):
    found = _harms(parse, text)
    assert found.get(("the rebels", "kill", "Five soldiers"), ("", ""))[0] == "event", found
    assert not any(actor.endswith("clashes") for actor, _, _ in found)
