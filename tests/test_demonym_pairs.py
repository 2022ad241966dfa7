"""Two nationalities glued before one force name two doers (graph/normalize/demonympairs.py).

Sentences of our own, with and without the comma the feed may strip.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph.model import Article, Event
from graph.normalize.demonympairs import demonym_run
from graph.normalize.gazetteer import load_gazetteer
from graph.pipeline.build import process_articles


def _events(nlp: Language, text: str, title: str = "") -> list[Event]:
    article = Article(doc_id="d", source="d.jsonl", text=text, title=title)
    return [e for r in process_articles([article], nlp=nlp, helper=False) for e in r.events]


def _doers(events: list[Event], action: str) -> set[str]:
    return {e.actor_id for e in events if e.action == action and e.kind == "event"}


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi Turkish warplanes bombed militant camps near the border on Friday officials said.",
        "On Friday, Iraqi, Turkish warplanes bombed the camps near the border, officials said.",
    ],
)
def test_two_nationalities_are_two_doers(nlp: Language, text: str) -> None:
    assert _doers(_events(nlp, text), "bomb") == {"iraq", "turkey"}


def test_a_headline_pair_lends_both_doers(nlp: Language) -> None:
    events = _events(
        nlp,
        "The raids also wounded dozens of shoppers on Monday rescuers said.",
        title="Jordanian Egyptian air strikes kill 12 in a market town",
    )
    assert _doers(events, "wound") == {"jordan", "egypt"}


@pytest.mark.parametrize(
    "phrase, split",
    [
        ("Syrian Russian jets", ["Syrian", "Russian jets"]),
        ("Russian Syrian airstrikes", ["Russian", "Syrian airstrikes"]),
        ("the Iraqi Turkish troops", ["the Iraqi", "Turkish troops"]),
        # near misses: a name, a backer, a people in a country, alternatives, no force
        ("The Syrian American Medical Society", []),
        ("Russian Iranian backed militias", []),
        ("Syrian Kurdish fighters", []),
        ("Syrian or Russian jets", []),
        ("Syrian Russian talks", []),
        ("Syrian Syrian jets", []),
    ],
)
def test_demonym_run(phrase: str, split: list[str]) -> None:
    assert demonym_run(phrase, load_gazetteer()) == split
