"""Text that reports no event: headlines in title case, asides in parentheses, held ground."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


@pytest.mark.parametrize(
    "text",
    [
        "Monday 3 May 2021 10:15 Nine Guards Killed in Attack on Prison in Kandahar.",
        "Wednesday 5 May 2021 Afghan Council Condemns the Attack on the Prison.",
    ],
)
def test_a_title_case_headline_gives_no_event(parse, text):
    assert _events(parse, text) == set()


def test_a_quotation_may_open_with_a_capital(parse):
    text = "The minister said: Rebels attacked the convoy."
    assert ("Rebels", "attack", "the convoy") in _events(parse, text)


def test_an_aside_in_parentheses_gives_no_event(parse):
    text = "The shelling was carried out by the Azov unit (banned in Belarus) late on Monday."
    events = _events(parse, text)
    assert ("the Azov unit", "shell", "") in events
    assert not any(action == "ban" for _, action, _ in events)


@pytest.mark.parametrize(
    "text, triple, kind",
    [
        (
            "The Houthis now control most of the northern highlands.",
            ("The Houthis", "control", "most of the northern highlands"),
            "relation",
        ),
        (
            "Houthi fighters took control of the port on Friday.",
            ("Houthi fighters", "take", "the port"),
            "event",
        ),
    ],
)
def test_holding_ground_is_a_state_taking_it_an_event(parse, text, triple, kind):
    kinds = {(e.actor, e.action, e.target): e.kind for e in extract_events(parse(text))}
    assert kinds.get(triple) == kind


@pytest.mark.parametrize(
    "text, kept",
    [
        # a tag list without a colon: no phrase may start with "Tags"; the lead sentence stays
        (
            "Tags Yemen Taiz airstrikes Saudi jets struck a market in Taiz on Monday.",
            {("Saudi jets", "strike", "a market")},
        ),
        # links to other stories run to the end of their sentence
        (
            "Source Reuters and agencies Related News Rebels shell the airport | Talks resume"
            " in Geneva | Floods hit the coast",
            set(),
        ),
        ("Related stories: Militants storm a prison in Kano.", set()),
        # a menu of three or more items separated by bars
        ("Home | World | Sport Rebels shell the airport.", set()),
        # a bar in a sentence of its own is no menu
        (
            "Police arrested two men in Lagos | the army said.",
            {("Police", "arrest", "two men")},
        ),
    ],
)
def test_page_furniture_gives_no_event(parse, text, kept):
    assert _events(parse, text) == kept


def _all(parse: Parse, text: str) -> set[tuple[str, str, str, str]]:
    return {(e.actor, e.action, e.target, e.kind) for e in extract_events(parse(text))}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "X came under N from/by Y": Y's act on X, not X coming anywhere
        (
            "The convoy came under attack by militants near Kunduz.",
            ("militants", "attack", "The convoy", "event"),
        ),
        (
            "The outpost came under mortar fire from the rebels.",
            ("the rebels", "fire", "The outpost", "event"),
        ),
        # no one named: a fact about the subject
        (
            "The clinic came under heavy shelling on Monday.",
            ("The clinic", "come under shell", "", "relation"),
        ),
        # a day is no owner of an event noun: "Saturday's strikes" were an attack by
        # someone not named (an event whose actor stays unresolved, see test_agenthood)
        (
            "Tuesday's raid killed four guards.",
            ("Tuesday's raid", "kill", "four guards", "event"),
        ),
        ("Chad's raid killed four guards.", ("Chad's raid", "kill", "four guards", "event")),
    ],
)
def test_undergoing_an_event_and_dated_events(parse, text, expected):
    assert expected in _all(parse, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "claimed/cost the lives of X" is a killing of X, not a claim
        (
            "Gunmen raided the village claiming the lives of a teacher and a nurse.",
            {("Gunmen", "claim", "a teacher"), ("Gunmen", "claim", "a nurse")},
        ),
        ("The ambush cost the lives of six rangers.", {("The ambush", "cost", "six rangers")}),
        # a claim of responsibility stays a claim (an act aimed at no one named: no target)
        ("The Taliban claimed responsibility for the bombing.", {("The Taliban", "claim", "")}),
    ],
)
def test_lives_claimed_are_killings(parse, text, expected):
    events = {(e.actor, e.action, e.target): e.action_class for e in extract_events(parse(text))}
    assert expected <= set(events)
    killed = {events[triple] for triple in expected}
    assert killed == ({"STATEMENT"} if "responsibility" in text else {"FIGHT"})
