"""An attack gerund after a preposition, with its agent and target (issue 14, targets).

The parser makes "shelling" in "killed in shelling by X on Y" the preposition's clause
(``pcomp``), not its noun; with no object of its own it is the attack noun all the same,
so X shells Y. Sentences of our own, with and without commas, and near misses: a gerund
with its own object, a time after "on", and "by night" (no one who acts).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


@pytest.mark.parametrize(
    "text, triple",
    [
        (
            "Four people were wounded in shelling by the army on the eastern districts"
            " of the town.",
            ("the army", "shell", "the eastern districts of the town"),
        ),
        (
            "Four people were wounded, in shelling by the army on the eastern districts,"
            " the governor said.",
            ("the army", "shell", "the eastern districts"),
        ),
        (
            "Nine were hurt in bombing by government jets on the village on Monday.",
            ("government jets", "bomb", "the village"),
        ),
        (
            "Two rounds of shelling by gunmen on a busy market left nine dead.",
            ("gunmen", "shell", "a busy market"),
        ),
        (
            "Two rounds of shelling by gunmen on a busy market, police said, left nine dead.",
            ("gunmen", "shell", "a busy market"),
        ),
    ],
)
def test_an_attack_gerund_after_a_preposition_has_its_target(parse, text, triple):
    assert triple in _events(parse, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # a time after "on" is no target
        ("Four people were wounded in shelling by the army on Friday.", "Friday"),
        # "by night" names no one who acts
        ("They were wounded while shelling by night on the front.", "night"),
    ],
)
def test_no_target_or_doer_is_invented_for_a_gerund(parse, text, absent):
    found = _events(parse, text)
    assert all(absent not in actor and absent not in target for actor, _, target in found)


def test_a_gerund_with_its_own_object_keeps_it(parse):
    found = _events(parse, "Four people were wounded in shelling the town by the army.")
    assert ("the army", "shell", "the town") in found
