"""A casualty toll told with no harm verb of its own: "at least 32 are dead" (issue 14).

Every sentence is our own. A count or people with "dead", "killed", "wounded" or
"injured" as their predicate, "N deaths", "lost their lives", "claimed the lives of N"
and "the death toll rose to N" are the victims' fact ("N be killed"), with or without
commas; the attack of the sentence just before makes it its doer's harm. Found dead, a
denial, a forecast and the toll of a place or war give nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[..., Doc]

_HARMS = {"kill", "wound", "injure", "be killed", "be wounded", "be injured"}


def _harms(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    """Return (actor, action, target) of the harms and harm facts extracted from ``text``."""
    events = extract_events(parse(text))
    return {(e.actor, e.action, e.target) for e in events if e.action in _HARMS}


def _story(story: Callable[[str], list[Event]], text: str) -> set[tuple[str, str, str, str]]:
    """Return (kind, actor label or text, action, target) of a normalised story's harms."""
    found = story(text)
    return {
        (e.kind, e.actor_label or e.actor, e.action, e.target) for e in found if e.action in _HARMS
    }


# A document of 40+ words with no comma is parsed with its commas put back.
_PAD = (
    "The monitoring group gave the figures on Sunday evening after speaking to doctors "
    "and residents in the area who had counted the victims one by one at the hospital"
)

TOLLS = [
    ("At least 32 are confirmed dead.", ("At least 32", "be killed", "")),
    ("Seven farmers were dead and 12 injured.", ("Seven farmers", "be killed", "")),
    ("The clerk gave a toll of 31 killed and 74 wounded.", ("31", "be killed", "")),
    ("The toll was 31 dead and 74 wounded.", ("31", "be killed", "")),
    ("Twenty villagers lost their lives.", ("Twenty villagers", "be killed", "")),
    ("The blast claimed the lives of nine porters.", ("nine porters", "be killed", "")),
    ("The shelling caused 14 deaths.", ("14 deaths", "be killed", "")),
    ("There were 14 deaths.", ("14 deaths", "be killed", "")),
    ("The death toll rose to 15.", ("15", "be killed", "")),
    (f"{_PAD} and at least 32 people are confirmed dead.", ("at least 32 people", "be killed", "")),
    (f"{_PAD} and twenty villagers lost their lives.", ("twenty villagers", "be killed", "")),
    (f"{_PAD} and the clerk gave a toll of 31 killed and 74 wounded.", ("31", "be killed", "")),
    pytest.param(
        "Those killed were believed to have inhaled chlorine gas.",
        ("Those", "be killed", ""),
        marks=pytest.mark.xfail(reason="'those' names no victims to code", strict=True),
    ),
]


@pytest.mark.parametrize("text, harm", TOLLS)
def test_a_toll_is_its_victims_fact(parse, text, harm):
    assert harm in _harms(parse, text)


NOT_TOLLS = [
    # found dead of no cause told, a denial, a forecast, a place's or war's toll
    ("Police said 12 people were found dead in the river.", "12 people"),
    ("No one was dead.", "No one"),
    ("None of the 40 farmers were dead.", "None"),
    ("The toll could rise to 50.", "50"),
    ("The death toll in the war rose to 300000.", "300000"),
    # a harm word before its noun is no toll, nor the wounded of "the toll of 31 dead"
    ("He visited the wounded soldiers.", "the wounded soldiers"),
    ("The toll was 31 dead and 74 wounded.", "74"),
    # a war's toll told as its doing, people still hurt, a toll's count of no harm word
    ("The war has left 40000 people dead.", "40000 people"),
    (
        "The long war has left more than 40000 people dead since it began in 2011.",
        "more than 40000 people",
    ),
    ("The toll may rise as six guards remained badly wounded.", "six guards"),
    ("The toll also included 55 injured.", "55"),
    # a harm word with its own cause, a count of deaths with its own place
    ("The 31 farmers killed in the shelling were buried.", "The 31 farmers"),
    ("The clerk reported five deaths in the shelling.", "five deaths"),
]


@pytest.mark.parametrize("text, victims", NOT_TOLLS)
def test_no_toll_no_victims_fact(parse, text, victims):
    facts = {h for h in _harms(parse, text) if h[1] == "be killed"}
    assert not any(h[0] == victims for h in facts)


_JETS = "Turkish jets bombed the hill town of Beit Nour overnight."
_BOMB = "A car bomb exploded near the bus depot on Sunday."


@pytest.mark.parametrize(
    "text, harm",
    [
        (f"{_JETS} At least 32 are confirmed dead.",
         ("event", "Turkey", "kill", "At least 32")),
        (f"{_JETS} Twenty villagers lost their lives.",
         ("event", "Turkey", "kill", "Twenty villagers")),
        (f"{_JETS} The death toll rose to 15.", ("event", "Turkey", "kill", "15")),
        (f"{_BOMB} At least 32 are confirmed dead.",
         ("event", "A car bomb", "kill", "At least 32")),
        # no attack just before: the victims' fact stays ("? kill 32")
        ("The mayor spoke to reporters on Monday. At least 32 are confirmed dead.",
         ("relation", "At least 32", "be killed", "")),
        ("Turkish jets bombed the hill town of Beit Nour overnight on Sunday and the monitoring "
         "group said it had spoken to doctors in the town who counted the victims one by one. "
         "At least 32 people are confirmed dead the group said quoting doctors at the hospital.",
         ("event", "Turkey", "kill", "At least 32 people")),
    ],
)  # fmt: skip
def test_a_toll_takes_the_attack_just_told(story, text, harm):
    assert harm in _story(story, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels clashed with the army near the depot. At least 32 are confirmed dead.",
        "Rebels stormed the army base at dawn. Six rebels were dead.",
        # the toll's own sentence tells its attack: not the attack before
        "Rebels stormed the army base at dawn. The next day jets bombed the valley claiming "
        "the lives of nine farmers.",
    ],
)
def test_no_one_sided_attack_no_doer(story, text):
    kills = {h for h in _story(story, text) if h[0] == "event" and h[2] == "kill"}
    assert not any(h[1] == "rebels" or h[3] in {"Six rebels", "nine farmers"} for h in kills)
