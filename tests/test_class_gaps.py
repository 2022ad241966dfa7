"""Acts the matcher left OTHER or gave the wrong type, though their words say what they are.

- an attack noun whose verb is another word: "an onslaught" attacks, "an incursion" invades;
- doubt voiced about something named disapproves of it: "voiced scepticism about the plan";
- a coordinated object meets the verb's patterns when the first leaves it uncoded:
  "was distributing fuel and food";
- an offer or a consent said not to be made is a refusal: "would not release them";
- an adjective completing the object is what a pattern names: "held the regime responsible".

Every sentence here is written for this test (none comes from a benchmark file); each is
tried with and without its commas, since real news copy often has none.
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


def _with_and_without_commas(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    out = []
    for sentence, word, expected in rows:
        out.append((sentence, word, expected))
        if "," in sentence:
            out.append((sentence.replace(",", ""), word, expected))
    return out


# (sentence, a word of the event's relation, class)
ATTACK_NOUNS = [
    (
        "The militia launched an onslaught on the hill villages, the monitor said.",
        "launch",
        "FIGHT",
    ),
    (
        "The onslaught by the militia on Kafr Tala has killed dozens, medics said.",
        "onslaught",
        "FIGHT",
    ),
    (
        "The incursion by Varnese troops into the border valley angered the council.",
        "incursion",
        "FIGHT",
    ),
    ("The rebels mounted an incursion into the northern district on Sunday.", "mount", "FIGHT"),
]
# near misses: a noun that names no attack, and a verb with a code of its own
NOT_ATTACK_NOUNS = [
    ("The militia launched a website on Monday, its spokesman said.", "launch", "FIGHT"),
    ("The charity launched an appeal for the displaced families.", "launch", "FIGHT"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), _with_and_without_commas(ATTACK_NOUNS))
def test_an_attack_noun_whose_verb_is_another_word_is_that_attack(parse, sentence, word, expected):
    found = _events(parse, sentence, word)
    assert found, f"no event on {word!r}"
    assert {e.action_class for e in found} == {expected}


@pytest.mark.parametrize(
    ("sentence", "word", "unexpected"), _with_and_without_commas(NOT_ATTACK_NOUNS)
)
def test_a_noun_that_names_no_attack_stays_what_it_was(parse, sentence, word, unexpected):
    assert all(e.action_class != unexpected for e in _events(parse, sentence, word))


DOUBTS = [
    ("Varna voiced scepticism about the proposed truce, officials said.", "voiced", "DISAPPROVE"),
    ("The envoy cast doubt on the findings of the inquiry.", "cast", "DISAPPROVE"),
    (
        "Western diplomats have expressed skepticism about the offer, a source said.",
        "expressed",
        "DISAPPROVE",
    ),
    ("Tarvan has voiced reservations over the militia's role in the town.", "voiced", "DISAPPROVE"),
]
# doubt with nothing named is a pessimistic comment; concern stays a comment
NOT_DOUBTS = [
    ("Officials expressed doubt that the truce would hold.", "expressed", "STATEMENT"),
    ("The agency voiced concern over the fighting, its chief said.", "voiced", "STATEMENT"),
]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"), _with_and_without_commas(DOUBTS + NOT_DOUBTS)
)
def test_doubt_voiced_about_something_named_disapproves_of_it(parse, sentence, word, expected):
    found = _events(parse, sentence, word)
    assert found, f"no event on {word!r}"
    assert {e.action_class for e in found} == {expected}


COORDINATED_OBJECTS = [
    ("The group was distributing fuel and food in the camps, residents said.", "distribut", "AID"),
    ("The agency distributed blankets and food to the families on Monday.", "distribut", "AID"),
]
# near miss: nothing coordinated is relief
NOT_COORDINATED = [
    ("The group was distributing leaflets and posters, residents said.", "distribut", "AID"),
    # a pattern its own phrase meets and a rule set aside ("RUSH * TO" visits no scene)
    ("Medics rushed to the scene and the hospital, using ambulances.", "rush", "CONSULT"),
]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"), _with_and_without_commas(COORDINATED_OBJECTS)
)
def test_every_coordinated_object_meets_the_verbs_patterns(parse, sentence, word, expected):
    found = _events(parse, sentence, word)
    assert found, f"no event on {word!r}"
    assert {e.action_class for e in found} == {expected}


@pytest.mark.parametrize(
    ("sentence", "word", "unexpected"), _with_and_without_commas(NOT_COORDINATED)
)
def test_coordinated_objects_that_are_no_relief_give_no_aid(parse, sentence, word, unexpected):
    assert all(e.action_class != unexpected for e in _events(parse, sentence, word))


REFUSALS = [
    ("The militants would not release the hostages, a mediator said.", "release", "REJECT"),
    ("The minister did not agree to lift the curfew.", "agree", "REJECT"),
    ("Karvo will not allow the convoy into the valley, its governor said.", "allow", "REJECT"),
    ("The rebels did not commit to the deal.", "commit", "REJECT"),
]
# near misses: an act not done is no refusal; an offer made is no refusal
NOT_REFUSALS = [
    ("The guards did not release the prisoners on Monday.", "release", "RETREAT"),
    ("The militants would release the hostages, a mediator said.", "release", "CONCEDE"),
    ("The minister agreed to lift the curfew.", "agreed", "CONCEDE"),
]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"), _with_and_without_commas(REFUSALS + NOT_REFUSALS)
)
def test_an_offer_or_consent_said_not_to_be_made_is_a_refusal(parse, sentence, word, expected):
    found = _events(parse, sentence, word)
    assert found, f"no event on {word!r}"
    assert {e.action_class for e in found} == {expected}


COMPLEMENTS = [
    (
        "The council held the junta responsible for the massacre, a statement said.",
        "held",
        "DISAPPROVE",
    ),
    (
        "The alliance holds Tarvan directly and fully responsible for the raids.",
        "holds",
        "DISAPPROVE",
    ),
    (
        "While we hold Karvo fully responsible for these raids, we call for calm.",
        "hold",
        "DISAPPROVE",
    ),
]
# near misses: holding a meeting, holding ground
NOT_COMPLEMENTS = [
    ("The council held a meeting in Varna, a statement said.", "held", "DISAPPROVE"),
    ("The militia held the town for two years, residents said.", "held", "DISAPPROVE"),
    ("The militia held the responsible officers for two days.", "held", "DISAPPROVE"),
    # an adjective with no object says what the subject is
    ("The minorities have sought to remain neutral in the war, elders said.", "remain", "AGREE"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), _with_and_without_commas(COMPLEMENTS))
def test_an_adjective_completing_the_object_is_what_the_pattern_names(
    parse, sentence, word, expected
):
    found = _events(parse, sentence, word)
    assert found, f"no event on {word!r}"
    assert {e.action_class for e in found} == {expected}


@pytest.mark.parametrize(
    ("sentence", "word", "unexpected"), _with_and_without_commas(NOT_COMPLEMENTS)
)
def test_holding_without_a_complement_blames_no_one(parse, sentence, word, unexpected):
    assert all(e.action_class != unexpected for e in _events(parse, sentence, word))
