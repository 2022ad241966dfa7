"""Coded source -> target country pairs end to end: parse, extract, normalise (issue 13).

Each row is a sentence of our own and the country codes (first three letters of
``actor_code``/``target_code``) that one of its events must carry, as an event coder
would code it. Known misses are strict xfails.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _pairs(parse: Parse, text: str) -> set[tuple[str, str]]:
    events = normalize_events(list(extract_events(parse(text))))
    return {(e.actor_code[:3], e.target_code[:3]) for e in events}


def _miss(sentence: str, pair: tuple[str, str], reason: str) -> object:
    return pytest.param(sentence, pair, marks=pytest.mark.xfail(strict=True, reason=reason))


# A generic agent with no country of its own in a story that names one country only
# (or, naming none, one capital) is that country's.
ONE_COUNTRY_STORIES = [
    ("Kenyan police arrested dozens of protesters.", ("KEN", "KEN")),
    ("Protesters clashed with police in Nairobi on Monday.", ("KEN", "KEN")),
    ("Rebels in Colombia kidnapped two engineers.", ("COL", "COL")),
    # two countries named once each: no clear context, the protesters stay unknown
    ("Peruvian police detained protesters near the Chilean border.", ("PER", "---")),
]


@pytest.mark.parametrize("sentence, pair", ONE_COUNTRY_STORIES)
def test_agents_take_the_country_of_a_one_country_story(parse, sentence, pair):
    assert pair in _pairs(parse, sentence)
