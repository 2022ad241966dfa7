"""A relative clause's second passive is done to the antecedent, not to "which" (issue 14).

"Kafr Tuma, which lies in a valley and is shelled daily by the army": the army shells
Kafr Tuma. The relative pronoun is the subject of the first verb only; the second
passive shares it, so its target is what the pronoun stands for. Holding or controlling
a place stays a standing state (a relation fact), as "the town is held by X" does.
A report set inside the relative clause ("the ambush which the agency says killed a
driver") leaves the pronoun standing for the same antecedent. Every sentence is our own,
with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str, kind: str = "event") -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text)) if e.kind == kind}


SECOND_PASSIVES = [
    (
        "Kafr Tuma which lies in a valley and is shelled daily by the army has emptied.",
        ("the army", "shell", "Kafr Tuma"),
    ),
    (
        "Kafr Tuma, which lies in a valley and is shelled daily by the army, has emptied.",
        ("the army", "shell", "Kafr Tuma"),
    ),
    (
        "Aid reached the old quarter which sat in the dark and was besieged by the militia.",
        ("the militia", "besiege", "the old quarter"),
    ),
    (
        "Aid reached the old quarter, which sat in the dark and was besieged by the militia.",
        ("the militia", "besiege", "the old quarter"),
    ),
]


@pytest.mark.parametrize("text, expected", SECOND_PASSIVES)
def test_second_passive_of_relative_targets_antecedent(
    parse: Parse, text: str, expected: tuple[str, str, str]
) -> None:
    events = _events(parse, text)
    assert expected in events
    assert not any(target in {"which", "who", "that"} for _, _, target in events)


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck the village which lies on a river and is held by the rebels.",
        "Drones struck the village, which lies on a river and is held by the rebels.",
        "The village lies on a river and is held by the rebels.",
    ],
)
def test_held_place_is_a_state(parse: Parse, text: str) -> None:
    assert not any(action == "hold" for _, action, _ in _events(parse, text))
    assert ("the rebels", "hold", "the village") in {
        (a, act, t.replace("The", "the")) for a, act, t in _events(parse, text, "relation")
    }


def test_second_passive_after_an_object_is_not_the_relative_clauses(parse: Parse) -> None:
    # after an object, "and is shelled" is the main clause's second verb (the province is
    # shelled), not what happens to the coalition the relative clause describes
    text = "The province is run by a coalition that includes two militias and is shelled daily."
    assert not any(target == "a coalition" for _, _, target in _events(parse, text))


REPORTED = [
    (
        "Food deliveries stopped after the ambush which the aid agency says killed a driver.",
        ("the ambush", "kill", "a driver"),
    ),
    (
        "Food deliveries stopped after the ambush, which the aid agency says killed a driver.",
        ("the ambush", "kill", "a driver"),
    ),
]


@pytest.mark.parametrize("text, expected", REPORTED)
def test_report_inside_relative_clause_keeps_antecedent(
    parse: Parse, text: str, expected: tuple[str, str, str]
) -> None:
    # "which the agency says killed": the ambush killed the driver, not "which"
    events = _events(parse, text)
    assert expected in events
    assert not any(actor == "which" for actor, _, _ in _events(parse, text, "relation"))
