"""Views and interviews are facts; events named by nouns, gassing and taking places classed.

(graph/extract/opinions.py, territory.py, classify.py; every sentence is written for this
test, none comes from a benchmark file)
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[[str], Doc]


def _events(parse: Parse, sentence: str, word: str) -> list[Event]:
    return [e for e in extract_events(parse(sentence)) if word in e.relation]


# (sentence, a word of the relation): a judgement held or a talk to the press is no act
FACTS = [
    ("Lisbon considers the Red Hand militia a terrorist group.", "considers"),
    ("Lisbon, its envoy said, considers the militia a terrorist group.", "considers"),
    ("The army shelled the Tolmar clans whom Lisbon considers bandits.", "considers"),
    ("The army shelled the Tolmar clans, whom Lisbon considers bandits.", "considers"),
    ("The army shelled the clans that Lisbon considers bandits.", "considers"),
    (
        'The army struck the Red Hand and Lomvian-backed clans Lisbon considers "bandits".',
        "considers",
    ),
    ("The militia is regarded by the ministry as a criminal gang.", "regarded"),
    ("The ministry regards the militia as a criminal gang.", "regards"),
    ("The council deems the shelling a breach of the truce.", "deems"),
    ("The militia is considered a threat by the ministry.", "considered"),
    ("Speaking to reporters on Friday the envoy said the talks had stalled.", "Speaking"),
    ("Speaking to reporters on Friday, the envoy said the talks had stalled.", "Speaking"),
    ("A medic who spoke to Reuters said nine people died.", "spoke"),
    ("A medic, who spoke to a local newspaper, said nine people died.", "spoke"),
    ("The mayor talked to journalists after the raid.", "talked"),
    # sourcing: the source named, not an act on it
    ("The agency reported a police source who said the bridge was shut.", "reported"),
    ("The agency reported a police source, who said the bridge was shut.", "reported"),
    ("The monitor referenced three local sources saying ten died.", "referenced"),
    ("The monitor, in a bulletin, referenced three local sources.", "referenced"),
    ("The agency quoted a police source who said the bridge was shut.", "quoted"),
    ("The agency, in a dispatch, quoted a police source.", "quoted"),
    ("The alliance which calls itself the Dawn Front has seized the dam.", "calls"),
    ("The alliance, which calls itself the Dawn Front, has seized the dam.", "calls"),
]


@pytest.mark.parametrize("sentence, word", FACTS)
def test_views_and_interviews_are_facts(parse, sentence, word):
    found = _events(parse, sentence, word)
    assert found, f"no frame on {word!r}"
    assert all(e.kind == "relation" for e in found)


# (sentence, a word of the relation, class): these stay events with their class
EVENTS = [
    ("The council considered the request on Monday.", "considered", "STATEMENT"),
    ("The council considered the shelling unacceptable.", "considered", "STATEMENT"),
    (
        "The envoy considered the plan, a proposal by the monitors, on Friday.",
        "considered",
        "STATEMENT",
    ),
    ("The minister spoke to his Lomvian counterpart by phone.", "spoke", "OTHER"),
    # a report of what befell people is no source named
    ("The army reported two witnesses killed in the raid.", "reported", "STATEMENT"),
    ("The army, on Monday, reported two witnesses killed.", "reported", "STATEMENT"),
    # describing or naming an event is a statement about it, not the event; a name that
    # condemns it denounces it (DISAPPROVE, see test_class_statements)
    (
        "The council described the raid on Kessel as a horrifying massacre.",
        "described",
        "DISAPPROVE",
    ),
    ("The council, in a statement, described the raid as a massacre.", "described", "DISAPPROVE"),
    ("The Lomvian monitors described the attacks as deliberate.", "described", "STATEMENT"),
    ("The envoy called the shelling an outrage.", "called", "DISAPPROVE"),
    ("The junta declared a ceasefire on Monday.", "declared", "RETREAT"),
    # an event a noun names, by someone on someone, is the noun's event
    ("Six died in a bombing campaign by the air force on Tolmar.", "campaign", "FIGHT"),
    ("The envoy condemned the bombing campaign by the junta on Tolmar.", "campaign by", "FIGHT"),
    (
        "The unit killed ten gunmen in military operations against the Red Hand near the dam.",
        "operations",
        "FIGHT",
    ),
    # a verb with no code of its own undertakes the event its preposition names
    ("The army has embarked on a bombing campaign against the valley.", "embarked", "FIGHT"),
    ("The army, a source said, has embarked on a campaign to retake Tolmar.", "embarked", "FIGHT"),
    ("The Red Hand launched on Sunday rocket attacks on Kessel.", "launched", "FIGHT"),
    # a generic head is what it frames; a campaign of no event is no appeal either
    ("The army embarked on a campaign of shelling.", "embark", "FIGHT"),
    ("In May, the army embarked on a bombing campaign against the valley.", "embark", "FIGHT"),
    ("The ministry embarked on a campaign of vaccination.", "embark", "OTHER"),
    ("In May, the ministry embarked on a campaign of vaccination.", "embark", "OTHER"),
    ("The new cell will focus on attacks against the capital.", "focus", "OTHER"),
    (
        "The new cell, its founders said, will focus on attacks against the capital.",
        "focus",
        "OTHER",
    ),
    # a pronoun a light verb carries out stands for the event named just before
    (
        "The militia claimed the bombing on Monday, saying it was carried out by two gunmen.",
        "carried",
        "FIGHT",
    ),
    (
        "Air raids hit the market. The monitor said they were carried out by jets.",
        "carried",
        "FIGHT",
    ),
    # the tagger reads "strikes" after "the air" as a verb (VBZ): still the antecedent
    (
        "The agency said the air strikes on the old town on Sunday killed nine villagers. "
        "They were carried out by jets, it said.",
        "carried",
        "FIGHT",
    ),
    (
        "The agency said the air strikes on the old town on Sunday killed nine villagers. "
        "They were carried out by jets it said.",
        "carried",
        "FIGHT",
    ),
    (
        "The agency said the air strikes on the old town killed nine villagers. "
        "The envoy said it was carried out by jets.",
        "carried",
        "OTHER",
    ),
    ("The council approved the plan. The army will carry it out next week.", "carry", "OTHER"),
    ("An air raid hit the town. The gunmen made it inside the base.", "made", "OTHER"),
    # an armed party's missions are sorties; a delegation's are its work
    ("Lomvian jets resumed their missions over Tolmar.", "resumed", "FIGHT"),
    ("The first missions were carried out by warplanes from the carrier.", "carried", "FIGHT"),
    ("Neither Lomvian nor Ruritanian air forces carried out missions there.", "carried", "FIGHT"),
    ("The inspectors, the envoy said, carried out their mission.", "carried", "OTHER"),
    # gassing is an attack with unconventional weapons
    ("The junta gassed the villagers of Kessel in 1990.", "gassed", "ASSAULT"),
    ("In 1990, hundreds of villagers were gassed by the junta.", "gassed", "ASSAULT"),
    # taking a place is occupying territory (CAMEO 192), taken by force: FIGHT
    ("After a week-long siege the insurgents took the village of Kessel.", "took", "FIGHT"),
    ("After a week-long siege, the insurgents took the village of Kessel.", "took", "FIGHT"),
    ("Rebels took Vrana on Monday after a two-week siege.", "took", "FIGHT"),
    ("The gunmen took the hospital at dawn.", "took", "FIGHT"),
    ("The jihadists took 40 percent of the town.", "took", "FIGHT"),
    ("The army took back the airport on Friday.", "took", "FIGHT"),
    ("Volunteers took the wounded to a field hospital.", "took", "OTHER"),
]


@pytest.mark.parametrize("sentence, word, expected", EVENTS)
def test_classes(parse, sentence, word, expected):
    found = _events(parse, sentence, word)
    found = [e for e in found if e.kind == "event"] or [e for e in found if expected == "OTHER"]
    assert found, f"no event on {word!r} in {sentence!r}"
    assert found[0].action_class == expected


def test_gassing_has_the_unconventional_mode(parse):
    from graph.extract.classify import classify

    doc = parse("The junta gassed the villagers.")
    verb = next(t for t in doc if t.lower_ == "gassed")
    assert classify(verb, "gas") == ("ASSAULT", "", "unconventional")
