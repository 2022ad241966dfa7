"""The toll of a massacre or of executions is ASSAULT (graph/extract/massacres.py).

Sentences of our own, each with and without commas: a killing that hangs on the act
whose object is a massacre, on the massacre's own phrases, or that is conjoined with
executions is the massacre (ASSAULT); a killing the massacre only dates, a killing in
battle, stays FIGHT.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _both(text: str, *rest: str) -> list[tuple[str, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


CASES = [
    *_both(
        "On Tuesday, the militia committed a massacre in the hamlet of Vostra, killing 31 farmers.",
        "kill",
        "ASSAULT",
    ),
    *_both(
        "The council deplored the massacre in Tarsk, in which 60 villagers were killed by gunmen.",
        "kill",
        "ASSAULT",
    ),
    *_both("The gunmen killed and beheaded nine shepherds, the monitor said.", "kill", "ASSAULT"),
    *_both(
        "A week after the massacre in Vostra, rebels killed 12 soldiers at the dam.",
        "kill",
        "FIGHT",
    ),
    *_both("The militia stormed the hamlet of Vostra, killing 31 soldiers.", "kill", "FIGHT"),
]


@pytest.mark.parametrize(("text", "action", "expected"), CASES)
def test_the_toll_of_a_massacre_is_assault(parse, text, action, expected):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert {e.action_class for e in found} == {expected}


EXECUTIONS = [
    *_both(
        "The militia killed 30 villagers by shooting or slaughtering them, the monitor said.",
        "kill",
        "ASSAULT",
    ),
    *_both(
        "The jihadists killed two farmers on charges of sorcery, witnesses said.",
        "kill",
        "ASSAULT",
    ),
    *_both("On Monday, the kidnappers shot the hostages, police said.", "shoot", "ASSAULT"),
    *_both("Rebels killed a captured air force officer, the ministry said.", "kill", "ASSAULT"),
    # captives killed by an attack's means, a killing an execution only dates, a battle
    *_both("The hostages were killed in an air strike, the group claimed.", "kill", "FIGHT"),
    *_both(
        "Two days after the militia executed the mayor, rebels killed 12 soldiers at the dam.",
        "kill",
        "FIGHT",
    ),
    *_both("Rebels killed 12 soldiers by ambushing their convoy, the army said.", "kill", "FIGHT"),
    *_both("Rebels killed 12 soldiers on the road to the dam, the army said.", "kill", "FIGHT"),
]


@pytest.mark.parametrize(("text", "action", "expected"), EXECUTIONS)
def test_a_killing_told_as_an_execution_is_assault(parse, text, action, expected):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert {e.action_class for e in found} == {expected}
    if expected == "ASSAULT":
        assert {e.mode for e in found} == {"targeted"}
