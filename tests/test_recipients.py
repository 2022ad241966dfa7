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
    ("Norway suspended military aid to Chad.", ("Norway", "suspend", "Chad")),
    ("Brazil sent medical supplies to Haiti last week.", ("Brazil", "send", "Haiti")),
    ("Portugal shared intelligence with Spain.", ("Portugal", "share", "Spain")),
    (
        "Kenya granted refuge to three Ugandan journalists.",
        ("Kenya", "grant", "three Ugandan journalists"),
    ),
    ("Mali ratified an accord with the Tuareg rebels.", ("Mali", "ratify", "the Tuareg rebels")),
    (
        "The council lifted the embargo on arms sales to Eritrea.",
        ("The council", "lift", "Eritrea"),
    ),
    # the possessor of an act: "condemned Iran's nuclear program"
    ("The minister condemned Iran's crackdown.", ("The minister", "condemn", "Iran")),
    # an act's own "of"/"by": "demanded the release of X", "an apology by X"
    ("Chile criticised the decision by Peru.", ("Chile", "criticise", "Peru")),
    ("Ghana welcomed the withdrawal of Togolese troops.", ("Ghana", "welcome", "Togolese troops")),
    ("The Kurds called for independence from Iraq.", ("The Kurds", "call", "Iraq")),
    ("The UN cut food aid to a Sudanese camp.", ("The UN", "cut", "a Sudanese camp")),
    # a recipient in front of the thing: "gave the rebels weapons"
    ("Sudan gave the rebels new weapons.", ("Sudan", "give", "the rebels")),
    ("The navy seized the rebels' boats.", ("The navy", "seize", "the rebels")),
    # asking for a thing aimed at someone
    ("The bishop called for sanctions against Zimbabwe.", ("The bishop", "call", "Zimbabwe")),
    # a day in a PP is when, not whom (the tagger may not mark it as a date)
    ("Norway suspended aid on Friday to Chad.", ("Norway", "suspend", "Chad")),
    ("Serbia eased the measures on Wednesday.", ("Serbia", "ease", "the measures")),
    # no side named, or a side already named: the object stays
    ("The army received new tanks.", ("The army", "receive", "new tanks")),
    ("The rebels shelled the town with mortars.", ("The rebels", "shell", "the town")),
    ("Hackers defaced Danish web sites.", ("Hackers", "deface", "Danish web sites")),
    (
        "Israeli soldiers beat Palestinian detainees in the camp.",
        ("Israeli soldiers", "beat", "Palestinian detainees"),
    ),
    _miss(
        "Britain mobilised reservists for a war against Iraq.",
        ("Britain", "mobilise", "Iraq"),
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
