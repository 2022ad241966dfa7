"""Victims hurt when a weapon no one is named for hit or went off (issue 14, causes.py).

"Nine were killed when a car bomb exploded" is the killing "a car bomb killed nine" is:
an event, its doer unresolved, whom the story may name (graph.normalize.attackers).
Sentences written for these tests, each with and without its commas; a time clause of
no weapon, a pronoun, a denied blast or a weapon whose own clause tells whose it was
stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]
Triple = tuple[str, str, str]
_HARMS = {"kill", "wound", "injure"}


def _both(text: str, *rows: Triple) -> list[tuple[str, tuple[Triple, ...]]]:
    """Return the row with its commas and the row without them."""
    return [(text, rows), (text.replace(",", ""), rows)]


def _harms(parse: Parse, text: str) -> dict[Triple, tuple[str, str, str]]:
    """Return (actor, action, target) -> (kind, actor type, actor id) of a story's harms."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        (e.actor, e.action, e.target): (e.kind, e.actor_type, e.actor_id)
        for e in normalised
        if e.action in _HARMS
    }


UNNAMED = [
    *_both(
        "Five porters were killed, when a car bomb exploded near the gate.",
        ("a car bomb", "kill", "Five porters"),
    ),
    *_both(
        "Three pupils were killed, and eleven wounded, when a shell landed in the schoolyard.",
        ("a shell", "kill", "Three pupils"),
        ("a shell", "wound", "eleven"),
    ),
    *_both(
        "An elderly farmer died on Friday, after an air strike hit his orchard near Tel Rifaat.",
        ("an air strike", "kill", "An elderly farmer"),
    ),
    *_both(
        "Two bakers were injured, as rockets struck the bakery in the old quarter.",
        ("rockets", "injure", "Two bakers"),
    ),
    *_both(
        "Six passengers were killed, when a blast ripped through their minibus.",
        ("a blast", "kill", "Six passengers"),
    ),
    *_both(
        "Four shoppers were wounded, when a bomb went off in the crowded souk.",
        ("a bomb", "wound", "Four shoppers"),
    ),
]


@pytest.mark.parametrize("text, triples", UNNAMED)
def test_a_weapon_no_one_is_named_for_hurt_the_victims(parse, text, triples):
    found = _harms(parse, text)
    for triple in triples:
        assert found.get(triple) == ("event", "unresolved", "")


@pytest.mark.parametrize(
    "text",
    [
        "Turkish artillery pounded the hills all night. Five porters were killed, when a "
        "shell hit their truck near the gate.",
        "Turkish artillery pounded the hills all night. Five porters were killed when a "
        "shell hit their truck near the gate.",
    ],
)
def test_the_story_may_name_whose_weapon_it_was(parse, text):
    found = _harms(parse, text)
    kills = {v for (_, act, whom), v in found.items() if (act, whom) == ("kill", "Five porters")}
    assert kills == {("event", "country", "turkey")}


@pytest.mark.parametrize(
    "text",
    [
        # the time clause tells no weapon
        "Three villagers died, when the old roof fell in.",
        "Three villagers died when the old roof fell in.",
        "Two pilots were killed, when their plane crashed in fog.",
        "Two pilots were killed when their plane crashed in fog.",
        # a pronoun is coreference's work
        "Six workers were injured, when it exploded.",
        "Six workers were injured when it exploded.",
        # a denied blast
        "Ten guards were killed, when no bomb exploded.",
        # whose bomb it was, its own clause tells
        "Four militants were killed, when a bomb they were building exploded.",
        "Four militants were killed when a bomb they were building exploded.",
        # a time clause before the harm tells no cause
        "Two guards were killed, before a shell hit the gate.",
        "Two guards were killed before a shell hit the gate.",
    ],
)
def test_no_weapon_or_a_weapon_told_otherwise_adds_no_harm(parse, text):
    assert not [k for k, v in _harms(parse, text).items() if v[0] == "event"]
