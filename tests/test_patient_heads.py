"""A patient is never the doer: a bare past participle on a clause's subject (issue 14).

"Besieged for years, the villagers ..." and "families displaced from the city have
found ..." tell what the subject underwent (graph/extract/fronted.py, reduced.py).
Every sentence is written for these tests, each with and without its commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]
Triple = tuple[str, str, str]


def _kinds(parse: Parse, text: str) -> dict[Triple, str]:
    return {(e.actor, e.action, e.target): e.kind for e in extract_events(parse(text))}


def _both(text: str, *rows: object) -> list[tuple[str, tuple[object, ...]]]:
    """Return the row with its commas and the row without them."""
    return [(text, rows), (text.replace(",", ""), rows)]


NOT_DONE_BY_THE_SUBJECT = [
    # a fronted participle without a "by" phrase: the villagers were besieged
    *_both(
        "Besieged for three years, the villagers of Lomvik live on bread and lentils.",
        ("the villagers of Lomvik", "besiege", ""),
    ),
    *_both(
        "Encircled since the spring, the garrison at Brevik has run out of fuel.",
        ("the garrison at Brevik", "encircle", ""),
    ),
    # a participle right after the subject, before its verb: the families were displaced
    *_both(
        "Tens of thousands of Karvonians displaced from Lomvik, have found shelter in Brevik.",
        ("Tens of thousands of Karvonians", "displace from", "Lomvik"),
    ),
    *_both(
        "Many Karvonians deported from the city, have returned to Lomvik.",
        ("Many Karvonians", "deport from", "the city"),
    ),
]


@pytest.mark.parametrize("text, rows", NOT_DONE_BY_THE_SUBJECT)
def test_a_participles_patient_is_not_its_doer(parse, text, rows):
    found = _kinds(parse, text)
    for triple in rows:
        assert triple not in found, triple


UNDERGONE = [
    *_both(
        "Besieged for three years, the villagers of Lomvik live on bread and lentils.",
        ("the villagers of Lomvik", "be besieged", ""),
    ),
    *_both(
        "Tens of thousands of Karvonians displaced from Lomvik, have found shelter in Brevik.",
        ("Tens of thousands of Karvonians", "be displaced from", "Lomvik"),
    ),
]


@pytest.mark.parametrize("text, rows", UNDERGONE)
def test_what_the_subject_underwent_is_a_fact(parse, text, rows):
    found = _kinds(parse, text)
    for triple in rows:
        assert found.get(triple) == "relation", triple


STILL_ACTS = [
    # a "by" phrase names the doer (see test_fronted)
    *_both(
        "Backed by Karvonian jets, the militia stormed the depot near Brevik.",
        ("Karvonian jets", "back", "the militia"),
        ("the militia", "storm", "the depot"),
    ),
    # a verb with its own object is the subject's act, participle or not
    *_both(
        "Rebels attacked the convoy near Lomvik and have seized its trucks.",
        ("Rebels", "attack", "the convoy"),
        ("Rebels", "seize", "its trucks"),
    ),
    # a subject's own act before a preposition of direction
    (
        "Troops fired at the crowd in Brevik on Monday.",
        (("Troops", "fire at", "the crowd in Brevik"),),
    ),
]


@pytest.mark.parametrize("text, rows", STILL_ACTS)
def test_a_subject_that_acts_keeps_its_event(parse, text, rows):
    found = _kinds(parse, text)
    for triple in rows:
        assert found.get(triple) == "event", triple
