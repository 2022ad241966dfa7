"""A patient is never the doer; no one named by "no group" acts; enduring is no act (issue 14).

A bare past participle on a clause's subject ("Besieged for years, the villagers ...",
"families displaced from the city have found ...") tells what the subject underwent
(graph/extract/fronted.py, reduced.py); a subject denied by its determiner ("No group
has claimed the bombing") names no actor (nobody.py); enduring a condition with no party
acted on ("villagers are struggling through the winter") is a fact (everyday.py); the
hurt did not send the munition that hurt them ("bombs dropped from a helicopter",
senders.py).
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


NO_ONE = [
    ("No group has claimed the bombing of the bridge.", ("No group", "claim", "")),
    (
        "No militia claimed the raid, but the governor blamed the guard.",
        ("No militia", "claim", ""),
    ),
    ("No militia claimed the raid but the governor blamed the guard.", ("No militia", "claim", "")),
    ("No individual or faction claimed the ambush.", ("No individual or faction", "claim", "")),
    ("Nobody will accept such a deal.", ("Nobody", "accept", "such a deal")),
    ("Neither army shelled the convoy near Lomvik.", ("army", "shell", "the convoy")),
]


@pytest.mark.parametrize("text, triple", NO_ONE)
def test_a_denied_doer_is_no_actor(parse, text, triple):
    events = [e for e in extract_events(parse(text)) if (e.actor, e.action) == triple[:2]]
    assert events, triple
    assert all(e.kind == "relation" and e.actor_type == "unresolved" for e in events)


NAMED_DOERS = [
    # both are named: a denied act of each, not of no one
    *_both(
        "Neither Kalda nor Osterby blamed the militia for the blast.",
        ("Kalda", "blame", "the militia"),
    ),
    # a denied object negates its own verb; the doer is named
    *_both("The army fired no shots at the crowd, the mayor said.", ("The army", "fire", "")),
]


@pytest.mark.parametrize("text, rows", NAMED_DOERS)
def test_a_named_doer_keeps_its_event(parse, text, rows):
    events = list(extract_events(parse(text)))
    for actor, action, _ in rows:
        found = [e for e in events if (e.actor, e.action) == (actor, action)]
        assert found and all(e.kind == "event" for e in found), (actor, action)


SENT_MUNITIONS = [
    # the bombs were dropped: the dead and the hurt did not drop them
    (
        "Three nurses killed and five injured due to two bombs dropped from a helicopter on "
        "the school.",
        (("Three nurses", "drop from", "a helicopter on the school"),),
    ),
    *_both(
        "Two men died and more than six women were wounded by barrel bombs dropped from "
        "helicopters in the town, the monitor said.",
        ("Two men", "drop from", "helicopters"),
    ),
]


@pytest.mark.parametrize("text, rows", SENT_MUNITIONS)
def test_the_hurt_do_not_send_the_munition(parse, text, rows):
    found = _kinds(parse, text)
    for triple in rows:
        assert triple not in found, triple


SENDERS_KEPT = [
    # a "by" phrase names who fired; a munition as its verb's own subject is left alone
    *_both(
        "Two guards were hurt by shells fired by the militia, the mayor said.",
        ("the militia", "fire", ""),
    ),
    ("The jets dropped barrel bombs on the bridge.", (("The jets", "drop", "the bridge"),)),
    # a munition listed with the subject of its verb is one of the firers' means
    *_both(
        "Rebel rockets hit Lomvik, while army air strikes and ballistic missiles fired at the "
        "suburbs killed at least 40.",
        ("army air strikes", "fire at", "the suburbs"),
    ),
]


@pytest.mark.parametrize("text, rows", SENDERS_KEPT)
def test_a_named_sender_keeps_its_event(parse, text, rows):
    events = list(extract_events(parse(text)))
    for actor, action, _ in rows:
        assert any((e.actor, e.action, e.kind) == (actor, action, "event") for e in events)
