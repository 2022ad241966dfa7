"""Targets named only in a preposition phrase of the verb (graph/extract/pptargets.py).

Sentences of our own, each with and without commas: "troops pulled out of X" -> X, "used
cluster bombs in attacks on X" -> X, "advanced in its war against X" -> X. Near misses keep
no target: no verb of leaving or no place after "out of", an act that is no armed one, a
time after the act, a happening for a subject, a place the side came from. Last, the
act a verb of one's own act takes ("ordered strikes against X") names its target as after
a light verb (graph/extract/nountargets.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _both(text: str, *rest: object) -> list[tuple[object, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


def _targets(parse: Parse, text: str, action: str) -> set[str]:
    return {e.target for e in extract_events(parse(text)) if e.action == action}


AIMED = [
    *_both(
        "After a long siege, the troops pulled out of the Kurdish areas.",
        "pull",
        "the Kurdish areas",
    ),
    *_both("On Friday, the militia withdrew out of Tarvan.", "withdraw", "Tarvan"),
    *_both(
        "Hundreds of fighters fled out of the border town, a monitor said.",
        "flee",
        "the border town",
    ),
    *_both(
        "Activists said that, on Friday, the air force used cluster bombs in raids on villages.",
        "use",
        "villages",
    ),
    *_both(
        "Residents said jets used incendiary munitions in attacks on Tarvan, a border town.",
        "use",
        "Tarvan",
    ),
    *_both(
        "The guards used banned weapons in bombing residential districts, the report said.",
        "use",
        "residential districts",
    ),
    *_both(
        "The brigade advanced slowly, in its war against the insurgents.",
        "advance",
        "the insurgents",
    ),
    *_both(
        "The militia made gains during its offensive against the jihadists, a spokesman said.",
        "make",
        "the jihadists",
    ),
]


@pytest.mark.parametrize(("text", "action", "target"), AIMED)
def test_a_phrase_of_the_verb_names_its_target(
    parse: Parse, text: str, action: str, target: str
) -> None:
    assert target in _targets(parse, text, action)


NO_TARGET = [
    *_both("The clinic went out of service, the director said.", "go"),
    *_both("After a week, the town ran out of fuel.", "run"),
    *_both("The crowd moved out of the way, a witness said.", "move"),
    *_both("Four bombers flew out of a base in the north, the ministry said.", "fly"),
    *_both("The minister spoke in talks with the envoy, his office said.", "speak"),
    *_both("In the north, the air force used cluster bombs in raids on Monday.", "use"),
    *_both("The incident occurred during an attack on an army post, the monitor said.", "occur"),
    *_both("Violence erupted in the campaign against corruption, officials said.", "erupt"),
    *_both("Violence escalated, culminating in heavy strikes on the city.", "culminate"),
]


@pytest.mark.parametrize(("text", "action"), NO_TARGET)
def test_a_phrase_that_names_no_target_is_left(parse: Parse, text: str, action: str) -> None:
    assert _targets(parse, text, action) <= {""}


# The act a verb of one's own act takes: its phrase names the target, as after a light
# verb (graph/extract/nountargets.py); another side's act reported or judged does not.
OWN_ACTS = [
    *_both(
        "On Friday, the president ordered air strikes against a naval base.",
        "order",
        "a naval base",
    ),
    *_both(
        "The brigade prepared an offensive against the hill villages, officers said.",
        "prepare",
        "the hill villages",
    ),
    *_both("Last month, the air force executed a raid on the depots.", "execute", "the depots"),
    *_both(
        "In one day, the bombers dealt 40 strikes against militant positions.",
        "deal",
        "militant positions",
    ),
]


@pytest.mark.parametrize(("text", "action", "target"), OWN_ACTS)
def test_an_own_act_names_its_target(parse: Parse, text: str, action: str, target: str) -> None:
    assert target in _targets(parse, text, action)


OTHERS_ACTS = [
    *_both("On Friday, the minister condemned the air strikes on the market.", "condemn"),
    *_both("In the evening, the monitor reported heavy strikes on the highway.", "report"),
]


@pytest.mark.parametrize(("text", "action"), OTHERS_ACTS)
def test_another_sides_act_names_no_target(parse: Parse, text: str, action: str) -> None:
    assert _targets(parse, text, action) <= {""}
