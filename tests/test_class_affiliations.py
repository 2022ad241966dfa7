"""Pacts, alliances and propping up; crowds that arrive; things found out; letters that ask.

Every sentence here is written for this test (none comes from a benchmark file); each
construction appears with and without commas, as real news comes both ways.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[[str], Doc]


def _event(parse: Parse, sentence: str, word: str) -> Event:
    found = [e for e in extract_events(parse(sentence)) if e.kind == "event" and word in e.relation]
    assert found, f"no event on {word!r} in {sentence!r}"
    return found[0]


# (sentence, a word of the event's relation, class, CAMEO code)
CODED = [
    # a pact under a name the dictionary's treaty words miss is a treaty
    ("Rumania joined the convention on landmines in 2009.", "joined", "SUPPORT", "057"),
    ("The two parties signed the protocol in Geneva, officials said", "signed", "SUPPORT", "057"),
    ("Kordestan acceded to the charter last year.", "acceded", "SUPPORT", "057"),
    # forming an alliance, whatever the allies call it
    ("The rebels formed a new front to fight the army.", "formed", "SUPPORT", "050"),
    ("The Gulf states forged a bloc, the minister said", "forged", "SUPPORT", "050"),
    # a planned alliance is an intent to cooperate (AGREE), whose subject the parse leaves out
    ("The premier announced her plan to form a new coalition", "form", "AGREE", "050"),
    # propping up a government supports it
    ("Moscow is helping prop up the junta in Vardia.", "prop", "SUPPORT", ""),
    ("Donors shored up the cabinet with loans, the bank said.", "shored", "SUPPORT", ""),
]


@pytest.mark.parametrize(("sentence", "word", "cls", "cameo"), CODED)
def test_pacts_alliances_and_propping_up(parse, sentence, word, cls, cameo):
    event = _event(parse, sentence, word)
    assert (event.action_class, event.cameo_code) == (cls, cameo)


# (sentence, a word of the relation, class): an envoy's arrival is a visit, a crowd's is not;
# determining a thing finds it out, no decision to cooperate
SENSES = [
    ("The foreign minister arrived in Ankara.", "arrived", "CONSULT"),
    ("Two of the envoys arrived in Salem on Monday", "arrived", "CONSULT"),
    ("Thousands of residents arrived in Qamar on Sunday.", "arrived", "OTHER"),
    ("Hundreds of families arrived in the camp", "arrived", "OTHER"),
    ("The rescue teams could not determine the type of the gas.", "determine", "OTHER"),
    ("The gunmen hit 40 targets after determining them with drones", "determining", "OTHER"),
]


@pytest.mark.parametrize(("sentence", "word", "cls"), SENSES)
def test_who_arrives_and_what_is_determined(parse, sentence, word, cls):
    assert _event(parse, sentence, word).action_class == cls


# Other objects keep the codes they had.
# (sentence, a word of the relation): no alliance of private people, none "against" its foe
NOT_ALLIANCES = [
    ("Morvian teachers formed a union last year.", "formed"),
    ("Last year, Morvian teachers formed a union", "formed"),
    ("Workers at the Kessel mill formed a league of their own", "formed"),
]


@pytest.mark.parametrize(("sentence", "word"), NOT_ALLIANCES)
def test_people_forming_a_union_make_no_alliance(parse, sentence, word):
    found = [e for e in extract_events(parse(sentence)) if word in e.relation]
    assert all(e.cameo_code != "050" for e in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Morvia and Daskar formed a joint front against the insurgents.",
        "Morvia and Daskar formed a joint front against the insurgents, officials said",
        "On Monday Morvia and Daskar formed a joint front against the insurgents",
    ],
)
def test_the_foe_of_an_alliance_is_not_its_target(parse, sentence):
    found = [e for e in extract_events(parse(sentence)) if "formed" in e.relation]
    assert not [e for e in found if e.action_class == "SUPPORT" and "insurgents" in e.target]


# (sentence, a word of the relation): shoring up a thing supports no one
PROPPED_THINGS = [
    ("Workers shored up the levee near Kessel on Tuesday.", "shored"),
    ("On Tuesday, workers shored up the levee near Kessel", "shored"),
    ("The crew propped up the roof of the old mill", "propped"),
]


@pytest.mark.parametrize(("sentence", "word"), PROPPED_THINGS)
def test_shoring_up_a_thing_is_no_support(parse, sentence, word):
    found = [e for e in extract_events(parse(sentence)) if word in e.relation]
    assert all(e.action_class != "SUPPORT" for e in found)


def test_a_plain_treaty_and_talks_keep_their_own_patterns(parse):
    assert _event(parse, "The two states signed a treaty.", "signed").cameo_code == "057"
    assert _event(parse, "The government joined the talks.", "joined").action_class == "CONSULT"
    formed = _event(parse, "The parties formed a committee to draft the law.", "formed")
    assert formed.cameo_code != "050"


# (sentence, class): a letter or a message that calls for something is a demand
LETTERS = [
    ("Damascus sent letters to the council calling for an end to the raids.", "DEMAND"),
    ("Damascus sent letters to the council, calling for an end to the raids.", "DEMAND"),
    ("The militia sent text messages to villagers urging the fighters to surrender", "DEMAND"),
    ("The coalition sent a letter to the envoy demanding an inquiry", "DEMAND"),
    ("Vardia sent letters to the UN chief and the council calling for an end to raids", "DEMAND"),
    ("The mayor sent a letter to the families living near the dam.", "CONSULT"),
    ("The envoy sent a message to the rebels calling on them to lay down arms", "DEMAND"),
    # "calling X Y" names X, it asks nothing
    ("The inmate sent a letter to his sister calling the wardens heartless.", "CONSULT"),
    ("Morvia sent a letter to Daskar, calling it a danger to the region.", "CONSULT"),
    ("Morvia sent a letter to Daskar calling it a danger to the region", "CONSULT"),
]


@pytest.mark.parametrize(("sentence", "cls"), LETTERS)
def test_a_letter_that_asks_is_a_demand(parse, sentence, cls):
    assert _event(parse, sentence, "sent").action_class == cls
