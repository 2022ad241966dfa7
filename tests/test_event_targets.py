"""Targets of acts named by nouns (issue 14): the act, its weapon or its place is no side.

One table per rule, every sentence our own: a light verb's act with no "on X" phrase
has no target (the act goes into the relation), a weapon or an act after "with" is
the means, a side named beside a place is the target, and what two sides exchange
is no side: each is the other's target.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> list[Event]:
    return [e for e in extract_events(parse(text)) if e.kind == "event"]


def _triples(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in _events(parse, text)}


BARE_ACTS = [
    # a light verb and its act, no one named as hit: no target
    ("Government jets carried out dozens of raids overnight.", ("Government jets", "raid")),
    (
        "The militia has conducted several attacks in the province this year.",
        ("The militia", "attack"),
    ),
    ("Insurgents launched a fresh offensive last week.", ("Insurgents", "attack")),
    ("The air force carried out a total of 30 sorties.", ("The air force", "carry out")),
    ("The navy undertook three strikes before dawn.", ("The navy", "undertake")),
    ("Police launched a crackdown after the riots.", ("Police", "crack down")),
    # a weapon sent at no one named
    ("The rebels fired rockets overnight.", ("The rebels", "fire")),
    ("Two frigates launched a volley of cruise missiles on Friday.", ("Two frigates", "launch")),
    # the passive: the act is the subject
    (
        "The bombing was carried out by government helicopters.",
        ("government helicopters", "bomb"),
    ),
    ("The strikes were conducted by coalition aircraft.", ("coalition aircraft", "strike")),
    # the act of a meeting or a deal is no side either
    ("The minister signed an agreement on Monday.", ("The minister", "sign")),
]


@pytest.mark.parametrize("sentence, pair", BARE_ACTS)
def test_a_light_verbs_act_is_no_target(parse, sentence, pair):
    assert (*pair, "") in _triples(parse, sentence)


ACT_IN_RELATION = [
    ("Government jets carried out dozens of raids overnight.", "carried out dozens of raids"),
    ("The strikes were conducted by coalition aircraft.", "The strikes were conducted"),
    ("The rebels have fired rockets overnight.", "have fired rockets"),
]


@pytest.mark.parametrize("sentence, relation", ACT_IN_RELATION)
def test_the_act_moves_into_the_relation(parse, sentence, relation):
    assert relation in {e.relation for e in _events(parse, sentence)}


KEPT_TARGETS = [
    # the act's own phrase still names whom it hit
    (
        "The navy launched 40 cruise missiles at the air base.",
        ("The navy", "launch", "the air base"),
    ),
    ("Rebels launched a major assault on army posts.", ("Rebels", "assault", "army posts")),
    ("The raid on the camp was carried out by jets.", ("jets", "raid", "the camp")),
    ("A gunman opened fire at the guards.", ("A gunman", "fire", "the guards")),
    (
        "The militia fired dozens of rockets and shells into three villages.",
        ("The militia", "fire", "three villages"),
    ),
    (
        "Insurgents fired rockets at Qasr neighbourhood killing two people.",
        ("Insurgents", "fire", "Qasr neighbourhood"),
    ),
    # a weapon carried is a thing, not an act: "carry" without "out" is no light verb
    ("The courier carried a bomb into the market.", ("The courier", "carry", "a bomb")),
]


@pytest.mark.parametrize("sentence, triple", KEPT_TARGETS)
def test_an_acts_own_phrase_still_names_the_target(parse, sentence, triple):
    assert triple in _triples(parse, sentence)


SIDE_OVER_PLACE = [
    # a side named beside a place is whom the act was aimed at
    (
        "Turkey launched air strikes into Syria against Kurdish militants.",
        ("Turkey", "strike", "Kurdish militants"),
        "Syria",
    ),
    (
        "The coalition carried out strikes on Raqqa against the jihadists.",
        ("The coalition", "strike", "the jihadists"),
        "Raqqa",
    ),
    (
        "Troops advanced into the valley against the insurgents.",
        ("Troops", "advance against", "the insurgents"),
        "the valley",
    ),
]


@pytest.mark.parametrize("sentence, triple, place", SIDE_OVER_PLACE)
def test_a_place_is_no_target_when_a_side_is_named(parse, sentence, triple, place):
    found = _triples(parse, sentence)
    assert triple in found
    assert not any(target == place for _, _, target in found)


def test_a_place_alone_stays_the_target(parse):
    assert ("Jets", "fire", "the town") in _triples(parse, "Jets fired rockets at the town.")


ACTS_ACTED_ON = [
    # an act another side acts on names its doer as the target, else no one
    ("The UN condemned Russian air strikes on the city.", ("The UN", "condemn", "Russian")),
    (
        "The envoy deplored the militia's shelling of the port.",
        ("The envoy", "deplore", "the militia"),
    ),
    (
        "Soldiers repelled an assault by insurgents on the checkpoint.",
        ("Soldiers", "repel", "insurgents"),
    ),
    ("The army halted the rebel advance.", ("The army", "halt", "rebel")),
    ("The UN condemned the attack.", ("The UN", "condemn", "")),
    ("The attack was condemned by the League.", ("the League", "condemn", "")),
    ("The militia had been using barrel bombs.", ("The militia", "use", "")),
    # a two-sided act names both sides
    (
        "Russia brokered a truce between the army and the rebels.",
        ("Russia", "broker", "the rebels"),
    ),
    ("A truce brokered by Moscow collapsed.", ("Moscow", "broker", "")),
    # a weapon seized is a thing taken, not an act
    ("Troops seized rockets near the border.", ("Troops", "seize", "rockets")),
]


@pytest.mark.parametrize("sentence, triple", ACTS_ACTED_ON)
def test_an_act_acted_on_names_its_doer_or_no_one(parse, sentence, triple):
    assert triple in _triples(parse, sentence)


MEANS = [
    # a weapon or an act after "with" is how, never whom
    ("The militia fought with rockets and mortars.", ("The militia", "fight", "")),
    ("The SDF is fighting with US air support.", ("The SDF", "fight", "")),
    ("The army fought with the rebels.", ("The army", "fight with", "the rebels")),
]


@pytest.mark.parametrize("sentence, triple", MEANS)
def test_a_means_is_no_target(parse, sentence, triple):
    assert triple in _triples(parse, sentence)


EXCHANGES = [
    # what two sides exchange is no side: each is the other's target
    (
        "Israel and Hezbollah exchanged fire across the border.",
        {("Israel", "exchange", "Hezbollah"), ("Hezbollah", "exchange", "Israel")},
    ),
    (
        "Moscow and Washington have traded accusations.",
        {("Moscow", "trade", "Washington"), ("Washington", "trade", "Moscow")},
    ),
    (
        "The army exchanged fire with the rebels near the bridge.",
        {("The army", "exchange", "the rebels"), ("the rebels", "exchange", "The army")},
    ),
    (
        "Ankara traded barbs with Berlin.",
        {("Ankara", "trade", "Berlin"), ("Berlin", "trade", "Ankara")},
    ),
    # one side alone: what it exchanged is still no target
    ("A police patrol exchanged fire overnight.", {("A police patrol", "exchange", "")}),
]


@pytest.mark.parametrize("sentence, triples", EXCHANGES)
def test_exchanging_sides_target_each_other(parse, sentence, triples):
    assert _triples(parse, sentence) == triples


ACRONYMS = [
    # a function word written in capitals in running text is the name it abbreviates
    (
        "An alliance of Kurdish and Arab units had been encircling IS inside the village.",
        ("An alliance of Kurdish and Arab units", "encircle", "IS"),
    ),
    ("Kurdish militias are pressing IS from the north.", ("Kurdish militias", "press", "IS")),
    ("IS seized two villages near the dam.", ("IS", "seize", "two villages")),
    ("Fighters loyal to IS torched the church.", ("Fighters loyal to IS", "torch", "the church")),
]


@pytest.mark.parametrize("sentence, triple", ACRONYMS)
def test_a_capitalised_function_word_is_a_name(parse, sentence, triple):
    assert triple in _triples(parse, sentence)


def test_a_headline_in_capitals_keeps_its_verb(nlp):
    doc = nlp("WHAT IS LEFT OF THE OLD CITY")
    assert [t.norm_ for t in doc if t.text == "IS"] == ["is"]


TIMED = [
    # when an act happened is its time, not a part of its target
    ("Gunmen stormed the church on Friday.", ("Gunmen", "storm", "the church"), "Friday"),
    (
        "Gunmen stormed the offices of the newspaper in early March.",
        ("Gunmen", "storm", "the offices of the newspaper"),
        "early March",
    ),
]


@pytest.mark.parametrize("sentence, triple, time", TIMED)
def test_a_time_phrase_ends_the_target(parse, sentence, triple, time):
    found = {(e.actor, e.action, e.target): e.time for e in _events(parse, sentence)}
    assert found.get(triple) == time


def _built(nlp: Language, rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """Return a doc with a parse given by hand: (word, head, dep, tag, lemma) per token."""
    words, heads, deps, tags, lemmas = (list(col) for col in zip(*rows, strict=True))
    pos = {"NNS": "NOUN", "NN": "NOUN", "VBD": "VERB", "DT": "DET", "IN": "ADP", "TO": "PART"}
    pos |= {"JJ": "ADJ", "PRP": "PRON", "WDT": "PRON", "NNP": "PROPN", "VBZ": "VERB"}
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        lemmas=lemmas,
        pos=[pos.get(tag, "PUNCT") for tag in tags],
    )
    doc.user_data.update({"doc_id": "t", "source": "t.txt", "char_offset": 0, "sentence_offset": 0})
    return doc


def test_two_objects_apart_are_not_one_phrase(nlp):
    # the small model can give a verb a second object deep in a comma-less phrase
    # ("hit a depot in the region with surface to surface missiles"): the first object
    # ends at its place phrase, and the missiles are no part of the target.
    doc = _built(
        nlp,
        [
            ("Rebels", 1, "nsubj", "NNS", "rebel"),
            ("hit", 1, "ROOT", "VBD", "hit"),
            ("a", 3, "det", "DT", "a"),
            ("depot", 1, "dobj", "NN", "depot"),
            ("in", 3, "prep", "IN", "in"),
            ("the", 6, "det", "DT", "the"),
            ("region", 4, "pobj", "NN", "region"),
            ("with", 3, "prep", "IN", "with"),
            ("surface", 7, "pobj", "NN", "surface"),
            ("to", 10, "aux", "TO", "to"),
            ("surface", 11, "compound", "NN", "surface"),
            ("missiles", 1, "dobj", "NNS", "missile"),
            (".", 1, "punct", ".", "."),
        ],
    )
    assert {(e.actor, e.target) for e in extract_events(doc)} == {("Rebels", "a depot")}


def test_two_objects_side_by_side_are_one_phrase(nlp):
    # "moved much of it arsenal" (a typo for "its"): the parser's two objects are one.
    doc = _built(
        nlp,
        [
            ("Rebels", 1, "nsubj", "NNS", "rebel"),
            ("moved", 1, "ROOT", "VBD", "move"),
            ("much", 1, "dobj", "JJ", "much"),
            ("of", 2, "prep", "IN", "of"),
            ("it", 3, "pobj", "PRP", "it"),
            ("arsenal", 1, "dobj", "NN", "arsenal"),
            (".", 1, "punct", ".", "."),
        ],
    )
    assert ("Rebels", "much of it arsenal") in {(e.actor, e.target) for e in extract_events(doc)}


def test_a_stray_that_is_no_object(nlp):
    # "... said that rebels stormed the station": the parser may make the "that" of a
    # reported clause a second object of its verb.
    doc = _built(
        nlp,
        [
            ("Police", 1, "nsubj", "NNS", "police"),
            ("said", 1, "ROOT", "VBD", "say"),
            ("that", 4, "dobj", "WDT", "that"),
            ("rebels", 4, "nsubj", "NNS", "rebel"),
            ("stormed", 1, "ccomp", "VBD", "storm"),
            ("the", 6, "det", "DT", "the"),
            ("station", 4, "dobj", "NN", "station"),
            (".", 1, "punct", ".", "."),
        ],
    )
    assert ("rebels", "the station") in {(e.actor, e.target) for e in extract_events(doc)}


def test_a_denied_clause_keeps_its_subject(nlp):
    # "Cairo denies Egypt shelled the port" without "that": the parser may make the
    # clause's subject the object of "deny"; the denial names no target, the clause
    # keeps its subject and is negated.
    doc = _built(
        nlp,
        [
            ("Cairo", 1, "nsubj", "NNP", "Cairo"),
            ("denies", 1, "ROOT", "VBZ", "deny"),
            ("Egypt", 1, "dobj", "NNP", "Egypt"),
            ("shelled", 1, "ccomp", "VBD", "shell"),
            ("the", 5, "det", "DT", "the"),
            ("port", 3, "dobj", "NN", "port"),
            (".", 1, "punct", ".", "."),
        ],
    )
    found = {(e.actor, e.action, e.target, e.polarity) for e in extract_events(doc)}
    assert ("Cairo", "deny", "", "pos") in found
    assert ("Egypt", "shell", "the port", "neg") in found
