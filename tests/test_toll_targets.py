"""Attacks that lost whom they hit: the toll and the phrase after the agent (issue 14).

Sentences written for these tests, each with and without its commas (news copy often
loses them). The act of a light verb is no target ("launched an offensive"), so the
sentence names whom the attack hit only by its toll ("killing 40 soldiers", "raids
carried out by jets killed nine", "nine were killed in raids carried out by jets") or
by a phrase after the act's agent ("crimes committed by the militia against the
villagers"). A place where the attack happened stays its place, and a verb that only
speaks of an attack ("condemned the raid killing five") takes no toll.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]
Triple = tuple[str, str, str]


def _triples(parse: Parse, text: str) -> set[Triple]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


def _both(text: str, *triples: object) -> list[tuple[str, tuple[object, ...]]]:
    """Return the row with its commas and the row without them."""
    return [(text, triples), (text.replace(",", ""), triples)]


RESULT_TOLLS = [
    # a light verb's act, then the toll in a gerund
    *_both(
        "The militia launched a counteroffensive near the dam on Sunday, killing 30 soldiers.",
        ("The militia", "attack", "30 soldiers"),
        ("The militia", "kill", "30 soldiers"),
    ),
    *_both(
        "The air force has stepped up its raids in the valley, killing at least 41 villagers.",
        ("The air force", "raid", "at least 41 villagers"),
    ),
    *_both(
        "Gunmen committed a massacre in the hamlet at dawn, killing 12 farmers.",
        ("Gunmen", "commit", "12 farmers"),
    ),
    # a weapon fired, then the toll
    *_both(
        "The rebels fired dozens of rockets overnight, killing six shoppers.",
        ("The rebels", "fire", "six shoppers"),
    ),
    # two gerunds share the victims
    *_both(
        "The garrison repelled the assault, killing and wounding scores of gunmen.",
        ("The garrison", "repel", "scores of gunmen"),
    ),
    # an attack verb with no object of its own
    *_both(
        "Two helicopters struck before dawn, killing nine herders.",
        ("Two helicopters", "strike", "nine herders"),
    ),
]


@pytest.mark.parametrize("text, triples", RESULT_TOLLS)
def test_a_result_gerund_names_whom_the_attack_hit(parse, text, triples):
    found = _triples(parse, text)
    assert set(triples) <= found


ACT_TOLLS = [
    # the act is the harm's subject
    *_both(
        "The air strikes carried out by government jets killed 14 villagers in the valley.",
        ("government jets", "strike", "14 villagers"),
    ),
    *_both(
        "An air strike conducted by the coalition on Friday wounded eight workers.",
        ("the coalition", "strike", "eight workers"),
    ),
    # the act is in the harm's phrase; two harms share it
    *_both(
        "At least nine people were killed in an ambush carried out by the militia.",
        ("the militia", "ambush", "At least nine people"),
    ),
    *_both(
        "Six shepherds were killed, and 20 others were wounded, in air strikes launched by "
        "the air force.",
        ("the air force", "strike", "Six shepherds"),
        ("the air force", "strike", "20 others"),
    ),
]


@pytest.mark.parametrize("text, triples", ACT_TOLLS)
def test_the_harm_an_act_did_names_whom_it_hit(parse, text, triples):
    assert set(triples) <= _triples(parse, text)


PAST_AGENT = [
    *_both(
        "The council condemned the crimes committed by the militia against the villagers.",
        ("the militia", "commit", "the villagers"),
    ),
    *_both(
        "The envoy denounced the massacre perpetrated by the gunmen against the residents, "
        "the agency said.",
        ("the gunmen", "perpetrate", "the residents"),
    ),
    *_both(
        "Five civilians were hurt in rocket attacks launched by the militants against two "
        "districts in the south.",
        ("the militants", "attack", "two districts"),
    ),
    # the parser hangs the phrase on the agent: the actor ends before it
    *_both(
        "Two boys were killed on Friday, and more than 30 others were injured in mortar "
        "attacks launched by rebels against many residential districts in the town.",
        ("rebels", "attack", "many residential districts"),
    ),
]


@pytest.mark.parametrize("text, triples", PAST_AGENT)
def test_a_phrase_after_the_agent_names_the_target(parse, text, triples):
    assert set(triples) <= _triples(parse, text)


UNCHANGED = [
    # no toll, no phrase: the attack keeps no target
    *_both("The militia launched a counteroffensive near the dam on Sunday.", "attack"),
    *_both("Raids were carried out by government jets, the monitor said.", "raid"),
    # a time after the agent is no target
    *_both("An air strike was carried out by the coalition on Saturday.", "strike"),
    # a report of an attack takes no toll: its target is the attack's doer, if named
    *_both("The envoy condemned the raid, killing five.", "condemn"),
    # talks held by someone on a topic are no attack
    *_both("The talks held by the envoy on the crisis ended in Geneva.", "hold"),
]


def _assert_targetless(parse: Parse, text: str, actions: tuple[object, ...]) -> None:
    found = [t for t in _triples(parse, text) if t[1] in actions]
    assert found
    assert all(target == "" for _, _, target in found)


@pytest.mark.parametrize("text, actions", UNCHANGED)
def test_no_toll_no_target(parse, text, actions):
    _assert_targetless(parse, text, actions)


def test_the_harm_stays_its_own_event(parse):
    text = "The militia launched a counteroffensive near the dam killing 30 soldiers."
    assert ("The militia", "kill", "30 soldiers") in _triples(parse, text)


def test_an_effect_led_to_is_no_toll(parse):
    # what the raids led to is told by its own rule (a fact), not as the raids' toll.
    text = "The raids on the camp led to killing nine herders."
    found = {(e.actor, e.action, e.target) for e in extract_events(parse(text))}
    assert ("The raids on the camp", "lead", "nine herders") not in found


def test_a_gerund_of_another_clause_is_not_the_toll(parse):
    # the shelling went on while troops stormed the town: the killing is the storming's.
    text = "Jets fired rockets overnight as troops stormed the town killing ten gunmen."
    assert ("Jets", "fire", "ten gunmen") not in _triples(parse, text)


FILLED_MUNITIONS = [
    # what the munition holds comes between it and where it was aimed
    *_both(
        "On Tuesday, a helicopter dropped two barrels containing chlorine gas on the village.",
        ("a helicopter", "drop", "the village"),
    ),
    *_both(
        "The militants fired missiles filled with toxic gas at the checkpoint on Monday.",
        ("The militants", "fire", "the checkpoint"),
    ),
    *_both(
        "Jets dropped bombs containing a nerve agent on the town, killing dozens.",
        ("Jets", "drop", "the town"),
    ),
]


@pytest.mark.parametrize("text, triples", FILLED_MUNITIONS)
def test_a_munitions_filling_does_not_hide_where_it_was_aimed(parse, text, triples):
    assert set(triples) <= _triples(parse, text)


FILLED_NEAR_MISSES = [
    # no place after the filling: no target; a time is no place
    *_both("A helicopter dropped a barrel containing chlorine on Monday.", "drop"),
    *_both("The militia fired shells filled with shrapnel, the agency said.", "fire"),
]


@pytest.mark.parametrize("text, actions", FILLED_NEAR_MISSES)
def test_a_filled_munition_aimed_nowhere_keeps_no_target(parse, text, actions):
    _assert_targetless(parse, text, actions)
