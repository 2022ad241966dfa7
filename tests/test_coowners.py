"""Coordinated owners of one doer noun in a "by" agent: "raids by Russian and Syrian jets".

Sentences of our own, each with and without commas (real copy often has none). An
attack noun's "by" agent with two owners ("bombardment by the Iranian and Assad regime
air forces") named one doer, the first owner; each owner now has its own event, as a
clause's subject already had (graph/extract/coowners.py, jointdoers.each_doer). The
parser may also hang both owners right on the noun when the text lost its commas
("Syrian" and "Russian" both modifiers of "jets"): a hand-built parse checks that reading.
The first owner's event is written in its own words ("Iranian"; see test_first_sides.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.extract.coowners import coordinated_owners
from graph.extract.jointdoers import each_doer
from graph.extract.spans import np_span
from graph.normalize import normalize_events

Parse = Callable[..., Doc]
Doers = set[tuple[str, str]]


def _doers(parse: Parse, text: str, action: str) -> Doers:
    """Return the (actor phrase, actor code) of each normalised ``action`` event."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.actor, e.actor_code) for e in normalised if e.action == action}


def _both(text: str, action: str, doers: Doers) -> list[tuple[str, str, Doers]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, action, doers), (text.replace(",", ""), action, doers)]


_CASES = [
    *_both(
        "Residents fled the town, after weeks of bombardment by the Iranian and Assad regime "
        "air forces.",
        "bombard",
        {
            ("Iranian", "IRNMIL"),
            ("Assad regime air forces", "SYRGOV"),
        },
    ),
    *_both(
        "Fighting went on, amid a month-long assault by Jordanian and Kurdish forces on the "
        "northern city.",
        "assault",
        {("Jordanian", "JORMIL"), ("Kurdish forces", "---MIL")},
    ),
    *_both(
        "Clashes went on near the dam, coinciding with dozens of air raids by Jordanian and "
        "Iraqi war planes.",
        "raid",
        {("Jordanian", "JORMIL"), ("Iraqi war planes", "IRQMIL")},
    ),
    # a clause's subject was split already, and stays so
    *_both(
        "Activists said, on Sunday, Iranian and Turkish jets bombed the village of Tel Rumman.",
        "bomb",
        {("Iranian", "IRNMIL"), ("Turkish jets", "TURMIL")},
    ),
    # alternatives: each side's event, a possibility (normalize/eitherowners.py)
    *_both(
        "Shops stayed shut in the town, amid raids by Syrian or Russian jets.",
        "raid",
        {("Syrian", "SYRMIL"), ("Russian jets", "RUSMIL")},
    ),
    # near miss: one owner is one doer
    *_both(
        "Clashes went on near the dam, coinciding with dozens of air raids by Jordanian war "
        "planes.",
        "raid",
        {("Jordanian war planes", "JORMIL")},
    ),
]


@pytest.mark.parametrize("text, action, doers", _CASES)
def test_each_owner_of_a_by_agent_has_its_event(parse, text, action, doers):
    assert _doers(parse, text, action) == doers


def _hand_parse(
    nlp: Language, words: list[str], heads: list[int], deps: list[str], pos: list[str]
) -> Doc:
    ents = [
        "B-NORP" if p == "ADJ" and w[0].isupper() else "O" for w, p in zip(words, pos, strict=True)
    ]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


@pytest.mark.parametrize(
    "words, owners",
    [
        # "Syrian and Russian jets": both owners hung on "jets" (no conj)
        (["Syrian", "and", "Russian", "jets"], ["Russian"]),
        # the same with "or": one side the text does not know
        (["Syrian", "or", "Russian", "jets"], []),
        # a word before "and" that names no side
        (["old", "and", "Russian", "jets"], []),
    ],
)
def test_owners_hung_side_by_side_on_the_noun(nlp, words, owners):
    heads = [3, 0, 3, 3]
    deps = ["amod", "cc", "amod", "ROOT"]
    pos = ["ADJ", "CCONJ", "ADJ", "NOUN"]
    doc = _hand_parse(nlp, words, heads, deps, pos)
    assert [t.text for t in coordinated_owners(doc[3], 0)] == owners


@pytest.mark.parametrize(
    "text, noun, doers",
    [
        ("Two women were killed by Russian and Syrian jets.", "jets", 2),
        (
            "Two women were killed by rebel rocket and sniper attacks on the old quarter.",
            "attacks",
            1,
        ),
        ("Shops shut after raids by Syrian or Russian jets, residents said.", "jets", 1),
    ],
)
def test_each_doer_of_a_by_phrase(parse, text, noun, doers):
    doc = parse(text)
    head = next(t for t in doc if t.text == noun)
    assert len(each_doer(head, np_span(head))) == doers
