"""People hurt "due to the attack", "as a result of the shelling": the attack's harm.

graph/extract/unownedcauses.py reads a harm's cause phrase as it reads "killed in the
strikes": the attack hurt the victims, its doer the story's attacker or, when none is
named, unresolved (graph/normalize/unownedharms.py). Sentences written for these tests,
each with and without its commas; causes that are no attack, owned attacks, and a war's
long toll stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _harms(parse: Parse, text: str) -> dict[tuple[str, str, str], tuple[str, str]]:
    """Return (actor, action, target) -> (kind, actor id) of the harms of a story."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        (e.actor, e.action, e.target): (e.kind, e.actor_id)
        for e in normalised
        if e.action in {"kill", "wound", "injure"}
    }


def _both(text: str, *row: str) -> list[tuple[str, ...]]:
    return [(text, *row), (text.replace(",", ""), *row)]


@pytest.mark.parametrize(
    "text, actor, action, target",
    [
        *_both("Seven porters were injured, due to the attack on the depot.",
               "the attack", "injure", "Seven porters"),
        *_both("Four farmers were killed, as a result of the shelling near the dam.",
               "the shelling", "kill", "Four farmers"),
        *_both("Twelve shoppers were killed, following an air raid on the souk.",
               "an air raid", "kill", "Twelve shoppers"),
        *_both("Five guards were wounded, because of the clashes at the gate.",
               "the clashes", "wound", "Five guards"),
    ],
)  # fmt: skip
def test_a_harm_put_down_to_an_unowned_attack_is_its_event(parse, text, actor, action, target):
    assert _harms(parse, text).get((actor, action, target)) == ("event", "")


@pytest.mark.parametrize(
    "text",
    [
        "Turkish jets pounded the hills all night. Six shepherds were killed, as a result "
        "of the strikes.",
        "Turkish jets pounded the hills all night. Six shepherds were killed as a result "
        "of the strikes.",
    ],
)
def test_the_story_names_whose_attack_it_was(parse, text):
    kills = {v for (_, act, whom), v in _harms(parse, text).items() if whom == "Six shepherds"}
    assert kills == {("event", "turkey")}


@pytest.mark.parametrize(
    "text",
    [
        # the cause is no attack
        "Three miners died, as a result of the flood.",
        "Three miners died as a result of the flood.",
        "Two boys were injured, due to the storm.",
        "Two boys were injured due to the storm.",
        # the cause is a war, no one side's attack
        "Thousands of people were killed, as a result of the war.",
        "Thousands of people were killed as a result of the war.",
        # a harm denied
        "No soldiers were killed, as a result of the attack.",
        "No soldiers were killed as a result of the attack.",
    ],
)
def test_a_cause_of_no_one_sided_attack_adds_no_harm_event(parse, text):
    assert not [k for k, (kind, _) in _harms(parse, text).items() if kind == "event"]
