"""Generic armed men doing what the one group their sentence names does (groupdoers.py).

Sentences written for these tests, each with and without commas: a generic doer
("terrorist", "terrorist groups", "the gunmen") takes the one armed group the sentence
names acting there, named bare or told as the same kind of men; near misses keep unknown gunmen: the
group as the victim, two groups named, another kind of men, a side of its own, another
story in the sentence.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _doers(parse: Parse, text: str, doer: str) -> set[str]:
    """Return the actor ids of a one-sentence story's events whose doer is ``doer``."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    events = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {e.actor_id for e in events if e.actor == doer and e.kind == "event"}


def _both(text: str, doer: str, owner: str) -> list[tuple[str, str, str]]:
    return [(text, doer, owner), (text.replace(",", ""), doer, owner)]


_CASES = [
    # a headline glued to its lead: the headline's "terrorist" is the lead's group
    *_both(
        "Three hurt in terrorist mortar attack on Tarsk, three people were hurt when "
        "terrorists of Jaish al-Islam fired mortar shells on Tarsk.",
        "terrorist",
        "jaish-al-islam",
    ),
    *_both(
        "Terrorist groups shelled the camp on Monday, and the terrorists of Jaish al-Islam "
        "then stormed it.",
        "Terrorist groups",
        "jaish-al-islam",
    ),
    *_both(
        "The gunmen shelled the village of Tarsk, after Jaish al-Islam gunmen stormed the "
        "nearby hill.",
        "The gunmen",
        "jaish-al-islam",
    ),
    # the group named bare can be called anything
    *_both(
        "Two hurt in terrorist rocket attack on Tarsk, two people were hurt in a rocket "
        "attack by Jaish al-Islam on the town of Tarsk.",
        "terrorist",
        "jaish-al-islam",
    ),
    # near misses: the group is the victim, two groups, another kind, another story
    *_both(
        "Hezbollah fighters, the agency said, helped the army fend off terrorist attacks "
        "near Tarsk.",
        "terrorist",
        "unknown/gunmen",
    ),
    *_both(
        "The gunmen killed two Jaish al-Islam gunmen near the camp, and Jaish al-Islam "
        "gunmen shelled the town.",
        "The gunmen",
        "unknown/gunmen",
    ),
    *_both(
        "The gunmen shelled the village of Tarsk, after Jaish al-Islam and Ahrar al-Sham "
        "gunmen stormed the nearby hill.",
        "The gunmen",
        "unknown/gunmen",
    ),
    *_both(
        "Militants shelled the village of Tarsk, killing three farmers, after Jaish al-Islam "
        "fighters stormed the nearby hill.",
        "Militants",
        "unknown/gunmen",
    ),
    *_both(
        "The gunmen shelled the village of Tarsk on Monday, meanwhile Jaish al-Islam gunmen "
        "stormed a hill near Marsa.",
        "The gunmen",
        "unknown/gunmen",
    ),
]


@pytest.mark.parametrize(("text", "doer", "owner"), _CASES)
def test_generic_doer_takes_named_group(parse: Parse, text: str, doer: str, owner: str) -> None:
    assert _doers(parse, text, doer) == {owner}
