"""Where an act of firing or breaking in started is no target (issue 14), our own sentences.

"Shells fired from the ridge hit the school": the ridge is where the shells came
from; the target is the school, or unnamed. Verbs that take someone out of a place
keep their "from" ("withdrew from the village", "recaptured the town from X").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _pairs(parse: Parse, text: str) -> set[tuple[str, str]]:
    return {(e.action, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


ORIGINS = [
    ("Shells fired from the ridge hit the school on Monday.", "the ridge"),
    ("The militia has also fired from the old quarry near Tel Harun.", "the old quarry"),
    ("The raiders had entered from the northern crossing at dawn.", "the northern crossing"),
    ("The rebels launched an offensive from Dalvik to break the siege.", "Dalvik"),
    # with commas
    ("The rebels, who launched an offensive from Dalvik, broke the siege.", "Dalvik"),
    ("Mortar rounds fired from a nearby farm killed two boys, the monitor said.", "a nearby farm"),
]


@pytest.mark.parametrize("sentence, origin", ORIGINS)
def test_where_an_attack_started_is_no_target(parse, sentence, origin):
    pairs = _pairs(parse, sentence)
    assert pairs  # the act is still an event
    assert all(target != origin for _, target in pairs)


def test_the_launch_keeps_its_goal_or_no_target(parse):
    pairs = _pairs(parse, "The militia has also fired from the old quarry near Tel Harun.")
    assert pairs == {("fire", "")}


KEPT = [
    # the goal of the same act is its target
    ("Gunners fired shells from the ridge into Kafr Amer.", ("fire", "Kafr Amer")),
    ("Shells fired from the ridge hit the school on Monday.", ("hit", "the school")),
    # the parser hangs the goal under the place fired from: "from a roof on the crowd"
    ("Gunmen fired from a roof on the mourners.", ("fire on", "the mourners")),
    ("Snipers shot from a tall minaret at the marchers.", ("shoot at", "the marchers")),
    ("Gunmen, masked and armed, fired from a roof on the mourners.", ("fire on", "the mourners")),
    # leaving a place or taking it from someone keeps its "from"
    ("The regiment withdrew from the village after the talks.", ("withdraw from", "the village")),
    ("Troops recaptured the town from the Lions militia.", ("recapture", "the town")),
]


@pytest.mark.parametrize("sentence, pair", KEPT)
def test_a_goal_or_a_place_left_stays_a_target(parse, sentence, pair):
    assert pair in _pairs(parse, sentence)


PLACES_FIRED_FROM = [
    # a place phrase under the place fired from is where it is, no goal
    "Gunmen fired from a roof on the main street.",
    "On Sunday, the gunmen fired from positions at the airport.",
    "Gunmen fired from positions at the airport.",
]


@pytest.mark.parametrize("sentence", PLACES_FIRED_FROM)
def test_a_place_under_the_origin_is_no_goal(parse, sentence):
    assert {target for _, target in _pairs(parse, sentence)} == {""}
