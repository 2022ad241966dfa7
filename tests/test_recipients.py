"""Who an act is aimed at when its object is a thing (issue 13, coded source -> target).

Event coders code the side an act is directed at: "halted aid to X" is aimed at X,
not at the aid. One table per rule of graph/extract/recipients.py, sentences of
our own; known misses are strict xfails.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _triples(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    doc = parse(text)
    return {(e.actor, e.action, e.target) for e in extract_events(doc) if e.kind == "event"}


def _miss(sentence: str, triple: tuple[str, str, str], reason: str) -> object:
    return pytest.param(sentence, triple, marks=pytest.mark.xfail(strict=True, reason=reason))


# "VERB a THING to/with/against/on X" -> X; the thing stays in the relation text.
THINGS_AIMED = [
    ("Norway froze development funding for Chad.", ("Norway", "freeze", "Chad")),
    ("Brazil sent medical supplies to Haiti last week.", ("Brazil", "send", "Haiti")),
    ("Portugal exchanged satellite data with Spain.", ("Portugal", "exchange", "Spain")),
    (
        "Kenya offered scholarships to Ugandan students.",
        ("Kenya", "offer", "Ugandan students"),
    ),
    ("Mali ratified an accord with the Tuareg rebels.", ("Mali", "ratify", "the Tuareg rebels")),
    (
        "Ottawa relaxed limits on wheat shipments to Cuba.",
        ("Ottawa", "relax", "Cuba"),
    ),
    # the possessor of a thing: "praised Ghana's election"
    ("The senator praised Ghana's election.", ("The senator", "praise", "Ghana")),
    # an act's own "of"/"by": "the liberation of X", "a decision by X"
    ("Chile criticised the decision by Peru.", ("Chile", "criticise", "Peru")),
    (
        "Ghana applauded the liberation of Togolese hostages.",
        ("Ghana", "applaud", "Togolese hostages"),
    ),
    ("The islanders voted for separation from Fiji.", ("The islanders", "vote", "Fiji")),
    (
        "The charity shipped blankets to a Syrian shelter.",
        ("The charity", "ship", "a Syrian shelter"),
    ),
    # a recipient in front of the thing: "gave the rebels weapons"
    ("Sudan gave the rebels new weapons.", ("Sudan", "give", "the rebels")),
    ("The navy seized the rebels' boats.", ("The navy", "seize", "the rebels")),
    # arguing for a thing aimed at someone
    ("The union lobbied for tariffs against Belarus.", ("The union", "lobby", "Belarus")),
    # a day in a PP is when, not whom (the tagger may not mark it as a date)
    ("Norway sent funding on Friday to Chad.", ("Norway", "send", "Chad")),
    ("Peru tightened the rules on Monday.", ("Peru", "tighten", "the rules")),
    # no side named, or a side already named: the object stays
    ("The army bought new tanks.", ("The army", "buy", "new tanks")),
    ("The rebels shelled the town with mortars.", ("The rebels", "shell", "the town")),
    ("The crowd burned Turkish flags.", ("The crowd", "burn", "Turkish flags")),
    ("Guards beat Eritrean migrants in the yard.", ("Guards", "beat", "Eritrean migrants")),
    _miss(
        "Chile called up reservists for a conflict with Bolivia.",
        ("Chile", "call up", "Bolivia"),
        "the object names people (reservists), so the side of the act they serve is not sought",
    ),
]


@pytest.mark.parametrize("sentence, triple", THINGS_AIMED)
def test_a_thing_aimed_at_someone_targets_them(parse, sentence, triple):
    assert triple in _triples(parse, sentence)


# "X demanded that Y V" -> a demand on Y; "threatened ... unless Y V" -> a threat to Y.
DEMANDS_AND_CONDITIONS = [
    ("Canada demanded that Russia release the sailors.", ("Canada", "demand", "Russia")),
    ("The union urged that the ministry reopen the mines.", ("The union", "urge", "the ministry")),
    (
        "The envoy reiterated that Eritrea must release the journalists.",
        ("The envoy", "reiterate", "Eritrea"),
    ),
    (
        "The council threatened to impose sanctions on Eritrea.",
        ("The council", "threaten", "Eritrea"),
    ),
    (
        "The miners threatened a strike unless the company raised wages.",
        ("The miners", "threaten", "the company"),
    ),
    (
        "Farmers threatened to block the roads unless the government cut fuel prices.",
        ("Farmers", "threaten", "the government"),
    ),
    # a threat aimed at a place keeps the place
    (
        "The rebels threatened to attack the capital unless the army withdrew.",
        ("The rebels", "threaten", "the capital"),
    ),
]


@pytest.mark.parametrize("sentence, triple", DEMANDS_AND_CONDITIONS)
def test_demands_and_conditions_aim_at_who_must_act(parse, sentence, triple):
    assert triple in _triples(parse, sentence)


# Amounts passed along, people sent somewhere or taken away, measures that hold somewhere:
# aimed at that place.
SENT_AND_GIVEN = [
    ("Japan provided $5 million in emergency aid to Kenya on Monday.",
     ("Japan", "provide", "Kenya")),
    ("Norway pledged 300 tonnes of wheat to Yemen.", ("Norway", "pledge", "Yemen")),
    ("Germany sent two medical teams to Sudan.", ("Germany", "send", "Sudan")),
    ("France will deploy 500 soldiers in Chad.", ("France", "deploy", "Chad")),
    ("Turkey deployed troops in northern Iraq.", ("Turkey", "deploy", "northern Iraq")),
    ("The rebels dispatched fighters into Aleppo.", ("The rebels", "dispatch", "Aleppo")),
    # a place with no name is where they go too (see test_destinations)
    ("The army sent more soldiers to the front.", ("The army", "send", "the front")),
    # no place for where they go, or a named person sent: the object stays the target
    ("Egypt sent Ahmed Saleh to Cairo.", ("Egypt", "send", "Ahmed Saleh")),
    ("Russia deployed troops in 2015.", ("Russia", "deploy", "troops")),
    # people taken away from somewhere
    ("Ghana withdrew its peacekeepers from Liberia.", ("Ghana", "withdraw", "Liberia")),
    ("Italy pulled its troops out of Lebanon last year.", ("Italy", "pull", "Lebanon")),
    # a measure is aimed at where it holds
    ("Kenyan authorities imposed a dusk curfew in the market town of Garissa after the riots.",
     ("Kenyan authorities", "impose", "Garissa")),
    ("The army lifted the state of emergency in Aceh on Monday.",
     ("The army", "lift", "Aceh")),
    ("Police imposed a curfew in the city at night.", ("Police", "impose", "a curfew")),
    # a number alone may be people: "killed 12" is no amount passed along
    ("Gunmen killed 12 with rifles.", ("Gunmen", "kill", "12")),
]  # fmt: skip


@pytest.mark.parametrize("sentence, triple", SENT_AND_GIVEN)
def test_amounts_people_sent_and_measures_aim_at_the_place(parse, sentence, triple):
    assert triple in _triples(parse, sentence)
