"""Causative and helping verbs (lexicon.IMPLICATIVE_CAUSATIVES, HELPING_VERBS, extract/helped.py).

Sentences of our own, each with and without commas. "The raid prompted (forced, led,
compelled, enabled) X to V" tells that X did V: the object does the complement, and the
act is asserted. "Y helped X (to) V" tells X's act and Y's aid to X. "Urged (asked) X
to V" stays a demand whose act is only asked; "tried to force X to V" only a try.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[..., Doc]


def _both(text: str, *rest: object) -> list[tuple[object, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


def _events(parse: Parse, text: str) -> dict[tuple[str, str, str], Event]:
    return {(e.actor, e.action, e.target): e for e in extract_events(parse(text))}


CAUSED = [
    *_both(
        "On Sunday, the massacre prompted Ottawa to bomb the depot.",
        ("Ottawa", "bomb", "the depot"),
        "the massacre",
    ),
    *_both(
        "In May, the fierce fighting led the garrison to abandon the fort.",
        ("the garrison", "abandon", "the fort"),
        "the fierce fighting",
    ),
    *_both(
        "The shelling compelled the militia to quit the village.",
        ("the militia", "quit", "the village"),
        "The shelling",
    ),
    *_both(
        "Last week, the seizure of the ridge enabled the brigade to encircle the airport.",
        ("the brigade", "encircle", "the airport"),
        "the seizure of the ridge",
    ),
    *_both(
        "The heavy bombing, however, drove the villagers to leave their farms.",
        ("the villagers", "leave", "their farms"),
        "The heavy bombing",
    ),
]


@pytest.mark.parametrize(("text", "act", "cause"), CAUSED)
def test_the_object_of_an_implicative_causative_does_the_act(parse, text, act, cause):
    found = _events(parse, text)
    event = found.get(act)
    assert event is not None and event.modality == "asserted", found
    assert not [e for e in found.values() if e.actor == cause and e.action == act[1]], found


UNASSERTED = [
    *_both("The envoy urged Ottawa to bomb the depot.", ("Ottawa", "bomb", "the depot"), "should"),
    *_both(
        "The envoy, on Monday, asked the militia to quit the village.",
        ("the militia", "quit", "the village"),
        "should",
    ),
    *_both(
        "On Monday, Lisbon pressed Ottawa to free the sailors.",
        ("Ottawa", "free", "the sailors"),
        "should",
    ),
    *_both(
        "Envoys, in vain, pressured the junta to lift the curfew.",
        ("the junta", "lift", "the curfew"),
        "should",
    ),
    *_both(
        "Last year, the junta tried to force the monks to leave the valley.",
        ("the monks", "leave", "the valley"),
        "possible",
    ),
    *_both(
        "The shelling may force the militia to quit the village.",
        ("the militia", "quit", "the village"),
        "possible",
    ),
]


@pytest.mark.parametrize(("text", "act", "modality"), UNASSERTED)
def test_asked_or_possible_acts_stay_unasserted(parse, text, act, modality):
    found = _events(parse, text)
    event = found.get(act)
    assert event is not None and event.modality == modality, found


HELPED = [
    *_both(
        "Belgian engineers, on Friday, helped the Chadian army to clear the minefield.",
        ("Belgian engineers", "help", "the Chadian army"),
        ("the Chadian army", "clear", "the minefield"),
    ),
    *_both(
        "Officials said, on Friday, that Ottawa helped the rebels retake the hill.",
        ("Ottawa", "help", "the rebels"),
        ("the rebels", "retake", "the hill"),
    ),
    *_both(
        "Ottawa helped the rebels retake the hill.",
        ("Ottawa", "help", "the rebels"),
        ("the rebels", "retake", "the hill"),
    ),
]


@pytest.mark.parametrize(("text", "aid", "act"), HELPED)
def test_the_helper_aids_the_helped_party(parse, text, aid, act):
    found = _events(parse, text)
    helping = found.get(aid)
    assert helping is not None and helping.action_class == "AID", found
    assert act in found and found[act].modality == "asserted", found


NOT_HELPED = [
    *_both("Volunteers, on Friday, helped evacuate the wounded.", "Volunteers"),
    *_both("Villagers helped as the army cleared the rubble.", "Villagers"),
]


@pytest.mark.parametrize(("text", "helper"), NOT_HELPED)
def test_helping_without_a_helped_party_has_no_target(parse, text, helper):
    found = _events(parse, text)
    assert not [e for e in found.values() if e.action == "help" and e.target], found
    assert any(e.actor == helper for e in found.values()), found


PUSHED = [
    *_both("Lisbon, again, pushes Ottawa to open the border.", "Lisbon", "Ottawa"),
]


@pytest.mark.parametrize(("text", "asker", "asked"), PUSHED)
def test_pushing_someone_to_act_is_a_demand(parse, text, asker, asked):
    found = _events(parse, text)
    event = found.get((asker, "push", asked))
    assert event is not None and event.action_class == "DEMAND", found


def test_pushing_armed_men_back_stays_a_fight(parse):
    found = _events(parse, "The army pushed the rebels out of the town.")
    event = found.get(("The army", "push", "the rebels"))
    assert event is not None and event.action_class != "DEMAND", found


def test_pushing_on_to_act_is_an_act_of_ones_own(parse):
    found = _events(parse, "The brigades, again, push to recapture the bridge.")
    event = found.get(("The brigades", "recapture", "the bridge"))
    assert event is not None and event.modality == "asserted", found
