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


# The subject pronoun of reported speech is its speaker when they agree in number and
# kind; a single body and a plural pronoun stay with ordinary coreference.
SPEAKERS = [
    ("The Kurdish rebels said they would free the Turkish soldiers.", ("---", "TUR")),
    ("Peruvian police said they arrested two Bolivian smugglers.", ("PER", "BOL")),
    ("Ghana said it would expel the Nigerian traders.", ("GHA", "NGA")),
    ("Palestinian officials said they would boycott talks with Canada.", ("PSE", "CAN")),
    # a partitive's possessive pronoun is read where it is written ("members of his staff")
    ("Somali rebels said they would free Ali Hassan and ten members of his staff.", ("SOM", "")),
]


@pytest.mark.parametrize("sentence, pair", SPEAKERS)
def test_a_pronoun_in_reported_speech_means_its_speaker(parse, sentence, pair):
    assert pair in _pairs(parse, sentence)


# Page furniture markers do not swallow running text: a lowercase "published" and a
# hyphenated "U.S.-Soviet" are no dateline, so the sentence keeps its actors.
RUNNING_TEXT = [
    ("Kenya deported the Somali clerics, a minister said in remarks published Friday.",
     ("KEN", "SOM")),
    ("The German government praised U.S.-Soviet talks with Cuba.", ("DEU", "CUB")),
]  # fmt: skip


@pytest.mark.parametrize("sentence, pair", RUNNING_TEXT)
def test_running_text_is_not_page_furniture(parse, sentence, pair):
    assert pair in _pairs(parse, sentence)
