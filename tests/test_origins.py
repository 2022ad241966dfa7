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
    ("The rebels launched an offensive from Sarmada to break the siege.", "Sarmada"),
    # with commas
    ("The rebels, who launched an offensive from Sarmada, broke the siege.", "Sarmada"),
    ("Mortar rounds fired from a nearby farm killed two boys, the monitor said.", "a nearby farm"),
]


@pytest.mark.parametrize("sentence, origin", ORIGINS)
def test_where_an_attack_started_is_no_target(parse, sentence, origin):
    assert all(target != origin for _, target in _pairs(parse, sentence))


KEPT = [
    # the goal of the same act is its target
    ("Gunners fired shells from the ridge into Kafr Amer.", ("fire", "Kafr Amer")),
    ("Shells fired from the ridge hit the school on Monday.", ("hit", "the school")),
    # leaving a place or taking it from someone keeps its "from"
    ("The regiment withdrew from the village after the talks.", ("withdraw from", "the village")),
    ("Troops recaptured the town from the Lions militia.", ("recapture", "the town")),
]


@pytest.mark.parametrize("sentence, pair", KEPT)
def test_a_goal_or_a_place_left_stays_a_target(parse, sentence, pair):
    assert pair in _pairs(parse, sentence)
