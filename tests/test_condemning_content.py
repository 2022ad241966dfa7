"""A statement that calls an act a wrong condemns it (graph/extract/characterisations.py).

Sentences of our own, each with and without commas: "warned the raid could amount to a
war crime", "said the sieges constitute crimes against humanity" are PLOVER DISAPPROVE
(CAMEO 111), as "described the raid as a crime" is; a said clause that names no wrong,
or a warning of what may come, stays a statement.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _both(text: str, *rest: str) -> list[tuple[str, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


CASES = [
    *_both(
        "On Friday, the envoy warned the shelling of Tarsk could amount to a war crime.",
        "warn",
        "DISAPPROVE",
    ),
    *_both(
        "The monitor said, on Monday, that the sieges constitute crimes against humanity.",
        "say",
        "DISAPPROVE",
    ),
    *_both("Vostra's mayor said the bombing of the bakery was a massacre.", "say", "DISAPPROVE"),
    *_both(
        "The envoy warned that the farmers of Tarsk are at risk of famine.", "warn", "STATEMENT"
    ),
    *_both(
        "The monitor said, on Monday, that the sieges amount to a stalemate.", "say", "STATEMENT"
    ),
    *_both("Vostra's mayor said the bakery was a landmark.", "say", "STATEMENT"),
]


@pytest.mark.parametrize(("text", "action", "expected"), CASES)
def test_a_statement_calling_an_act_a_wrong_condemns(parse, text, action, expected):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert {e.action_class for e in found} == {expected}
