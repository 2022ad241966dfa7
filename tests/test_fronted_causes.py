"""A harm's cause told before its victims: "As a result of the shelling, three died" (issue 14).

Sentences written for these tests, each with and without its commas: the phrase that
opens the sentence names the attack that hurt the victims, as it does after the verb
("three died as a result of the rebel shelling"); an attack with no doer named is its
own unresolved doer, or the side the story just named. A phrase that names a place, a
statement or a cause that is no attack leaves the victims' fact as it was.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]
Harms = dict[tuple[str, str], tuple[str, str]]


def _harms(parse: Parse, text: str) -> Harms:
    """Return (action, target) -> (kind, actor id) of the harms of a story."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    harms = {"kill", "wound", "injure", "shell", "attack", "raid"}
    return {(e.action, e.target): (e.kind, e.actor_id) for e in normalised if e.action in harms}


def _both(text: str, *rows: object) -> list[tuple[str, tuple[object, ...]]]:
    """Return the row with its commas and the row without them."""
    return [(text, rows), (text.replace(",", ""), rows)]


FRONTED = [
    *_both(
        "As a result of the shelling by the militia, four herders were killed.",
        (("kill", "four herders"), ("event", "unknown/gunmen")),
    ),
    *_both(
        "In a rocket attack by the militia on the suburb, two boys were wounded.",
        (("wound", "two boys"), ("event", "unknown/gunmen")),
    ),
    # no doer named: the attack's own killing, its doer open
    *_both(
        "During the air raids, six farmers were killed.",
        (("kill", "six farmers"), ("event", "")),
    ),
    # the side the story just named
    *_both(
        "Turkish jets bombed the valley on Monday. In the raids, six shepherds were killed.",
        (("kill", "six shepherds"), ("event", "turkey")),
    ),
]


@pytest.mark.parametrize("text, rows", FRONTED)
def test_a_cause_before_the_victims_names_their_attack(parse, text, rows):
    found = _harms(parse, text)
    for key, value in rows:
        assert found.get(key) == value, (key, found)


@pytest.mark.parametrize(
    "text",
    [
        # a place, a statement or a cause that is no attack
        "In Besna, three people were killed.",
        "In Besna three people were killed.",
        "In a statement, the army said six rebels were killed.",
        "In a statement the army said six rebels were killed.",
        "As a result of the flood, three people were killed.",
        "As a result of the flood three people were killed.",
        # a time, not a cause: another happening
        "Days after a militia raid on the town, a woman was killed in a car crash.",
        "Days after a militia raid on the town a woman was killed in a car crash.",
    ],
)
def test_no_attack_in_an_opening_phrase_that_names_none(parse, text):
    harms = _harms(parse, text).items()
    assert not any(kind == "event" and act in {"kill", "wound"} for (act, _), (kind, _) in harms)
