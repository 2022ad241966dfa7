"""Victims of an attack whose owner the parser split off or a headline's capitals hid.

graph/extract/eventnouns.py (split_gerund) finds the owner of a gerund the parser read
as a clause ("died in [rebel] shelling of X", the gerund tagged a verb or a noun): the
owner killed the victims (nounframes) and shelled X (nominals). graph/parse/recase.py
parses a title-case headline with its attack nouns in lower case, plural or not ("Five
Guards Killed in Rebel Barrages"), so the attack's owner is read. Sentences written
for these tests, with commas and without them in a text of 40 words or more.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events
from graph.model import Article
from graph.normalize import normalize_events
from graph.parse import parse_articles

# A tail without commas that makes a text long enough for its commas to be put back.
_TAIL = (
    " Rescue workers searched the rubble of several buildings in the area for survivors"
    " on Monday night and local doctors said the toll was likely to rise in the coming days."
)
# A story under a headline: the headline is recased, the story keeps its own parse.
_STORY = (
    " Local sources said the victims were killed on Monday when rebel fighters fired rockets"
    " and mortars at a post near the town of Tal Abyad in northern Syria and a monitoring"
    " group said the toll was likely to rise."
)


def _events(nlp, text: str) -> set[tuple[str, str, str, str]]:
    article = Article(doc_id="t", text=text, source="t.txt", title="")
    doc = next(doc for _, doc in parse_articles([article], nlp=nlp))
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"t": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"t": "2016-05-01"}, sentences=sentences)
    return {(e.actor, e.action, e.target, e.kind) for e in normalised}


def _both(
    text: str, *rows: tuple[str, str, str]
) -> list[tuple[str, tuple[tuple[str, str, str], ...]]]:
    return [(text, rows), (text.replace(",", "") + _TAIL, rows)]


@pytest.mark.parametrize(
    "text, expected",
    [
        *_both("Six men died in rebel shelling of a school in the town, medics said.",
               ("rebel", "kill", "Six men"), ("rebel", "shell", "a school")),
        *_both("Two nurses were wounded in rebel shelling of the hospital, the ministry said.",
               ("rebel", "wound", "Two nurses")),
        *_both("At least nine people died in regime shelling of a market in the city, "
               "activists said.",
               ("regime", "kill", "At least nine people"), ("regime", "shell", "a market")),
        ("Mon May 2 2016 Twelve Villagers Killed in Turkish Bombardments in Afrin." + _STORY,
         (("Turkish", "kill", "Twelve Villagers"),)),
        ("Mon May 2 2016 Five Guards Killed in Rebel Barrages on Border Post." + _STORY,
         (("Rebel", "kill", "Five Guards"),)),
    ],
)  # fmt: skip
def test_victims_of_a_split_or_recased_owner_are_its_killing(nlp, text, expected):
    found = _events(nlp, text)
    for actor, action, target in expected:
        assert (actor, action, target, "event") in found


@pytest.mark.parametrize(
    "text, actor",
    [
        # a place before the gerund is where, not who
        *[(t, "Aleppo") for t, _ in _both("Nine people died in Aleppo shelling of the old "
                                           "city, medics said.")],
        # a time before the gerund owns nothing
        *[(t, "morning") for t, _ in _both("Four workers died in the morning shelling of the "
                                            "factory, medics said.")],
        # a headline's place before a plural attack noun owns nothing either
        ("Mon May 2 2016 Five Guards Killed in Aleppo Bombardments on Border Post." + _STORY,
         "Aleppo"),
    ],
)  # fmt: skip
def test_a_place_or_time_before_the_attack_is_no_doer(nlp, text, actor):
    found = _events(nlp, text)
    assert not any(a == actor and kind == "event" for a, _, _, kind in found)


@pytest.mark.xfail(
    strict=True,
    reason="an apostrophe-less owner before a plural attack noun "
    "('the government troops offensives') is misparsed as a clause",
)
@pytest.mark.parametrize(
    "text",
    [t for t, _ in _both("Eight fighters were killed in the government troops offensives near "
                         "the town, the monitor said.")],
)  # fmt: skip
def test_an_apostrophe_less_owner_is_the_doer(nlp, text):
    found = _events(nlp, text)
    assert ("the government troops", "kill", "Eight fighters", "event") in found
