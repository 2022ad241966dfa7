"""A headline the article repeats after its dateline, as a sentence of its own (issue 14).

"Mon 3 Jun 2019 Troops storm rebel base. Troops stormed ..." : the headline is what an
analyst codes first; only its dateline is residue. It gives its events once (its lead
restates them in a sentence of its own), its roles never start in the dateline, and a
headline glued to its credit line or its lead is still read as before. Every headline
and story here is written for these tests, each with and without commas.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events
from graph.model import Article
from graph.parse import parse_articles

Found = dict[tuple[str, str, str], list[int]]


def _found(title: str, text: str) -> Found:
    """Return each (actor, action, target) with the sentences that give it."""
    article = Article(doc_id="t", source="t.txt", text=text, title=title)
    found: Found = {}
    for _, doc in parse_articles([article]):
        for e in extract_events(doc):
            found.setdefault((e.actor, e.action, e.target), []).append(e.provenance.sentence_index)
    return found


STATED = [
    (
        "Gunmen seize aid trucks near Tal Abyad",
        "Mon 3 Jun 2019 Gunmen seize aid trucks near Tal Abyad. Masked gunmen stopped a "
        "convoy of aid trucks on the road north of the town on Sunday.",
        ("Gunmen", "seize", "aid trucks"),
    ),
    (
        "Gunmen seize aid trucks near Tal Abyad",
        "Mon, 3 Jun, 2019 Gunmen seize aid trucks near Tal Abyad. Masked gunmen stopped a "
        "convoy of aid trucks on the road north of the town on Sunday.",
        ("Gunmen", "seize", "aid trucks"),
    ),
    (
        "The UN envoy meets the king in Amman",
        "4 May 2018 The UN envoy meets the king in Amman. The envoy arrived in the capital "
        "on Friday and left the next day for Cairo.",
        ("The UN envoy", "meet", "the king"),
    ),
    (
        "The UN envoy meets the king in Amman",
        "4 May, 2018 The UN envoy meets the king in Amman. The envoy arrived in the capital "
        "on Friday, and left the next day for Cairo.",
        ("The UN envoy", "meet", "the king"),
    ),
    (
        "Rebels accuse the army of breaking the truce in Daraa",
        "Published July 2 2017 Rebels accuse the army of breaking the truce in Daraa. Rebel "
        "commanders said soldiers had shelled two villages overnight.",
        ("Rebels", "accuse", "the army"),
    ),
]


@pytest.mark.parametrize("title, text, triple", STATED)
def test_a_repeated_headline_after_its_dateline_states_its_event_once(title, text, triple):
    assert _found(title, text).get(triple) == [0]


@pytest.mark.parametrize(
    "title, text",
    [
        (
            "Gunmen seize aid trucks near Tal Abyad",
            "Mon 3 Jun 2019 Gunmen seize aid trucks near Tal Abyad. Masked gunmen stopped a "
            "convoy on Sunday.",
        ),
        (
            "Gunmen seize aid trucks near Tal Abyad",
            "Mon, 3 Jun, 2019 Gunmen seize aid trucks near Tal Abyad. Masked gunmen stopped a "
            "convoy on Sunday.",
        ),
    ],
)
def test_the_dateline_of_a_stated_headline_stays_residue(title, text):
    found = _found(title, text)
    assert all("2019" not in actor and "Jun" not in actor for actor, _, _ in found)
    assert all("2019" not in target for _, _, target in found)


@pytest.mark.parametrize(
    "title, text, word",
    [
        # glued to the credit line and the lead: no attack told, still residue.
        (
            "Talks resume in Lausanne",
            "Talks resume in Lausanne AFP Monday 3 Jun 2019 Delegates of both sides met "
            "again in the lakeside town on Monday.",
            "resume",
        ),
        (
            "Talks resume in Lausanne",
            "Talks resume in Lausanne AFP Monday, 3 Jun, 2019 Delegates of both sides met "
            "again in the lakeside town on Monday.",
            "resume",
        ),
        # a headline with no dateline before it, glued to its lead: still residue.
        (
            "Envoy visits Amman for talks on refugees",
            "Envoy visits Amman for talks on refugees The envoy met the king in the capital "
            "on Friday.",
            "visit",
        ),
    ],
)
def test_a_glued_headline_that_tells_no_attack_stays_residue(title, text, word):
    assert all(action != word for _, action, _ in _found(title, text))


@pytest.mark.parametrize(
    "title, text",
    [
        (
            "The new dam is the largest in the province",
            "Tue 4 Jun 2019 The new dam is the largest in the province. Engineers finished "
            "the dam on the river last week.",
        ),
        (
            "The new dam is the largest in the province",
            "Tue, 4 Jun, 2019 The new dam is the largest in the province. Engineers finished "
            "the dam on the river last week.",
        ),
    ],
)
def test_a_stated_headline_gives_no_relation_fact(title, text):
    article = Article(doc_id="t", source="t.txt", text=text, title=title)
    facts = [
        e
        for _, doc in parse_articles([article])
        for e in extract_events(doc)
        if e.kind == "relation" and e.provenance.sentence_index == 0
    ]
    assert facts == []
