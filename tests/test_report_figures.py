"""A casualty figure given out, or not, is a report, not an act (graph/extract/standing.py).

"State television gave no figure for the dead", "no casualty figure has been released by
rescuers", "the governor did not provide a precise number": the clause tells what a
source said about a toll. Releasing a person who is a "figure" and providing "a number
of rifles" stay acts.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _kind(parse: Parse, text: str, pair: tuple[str, str]) -> str:
    """Return the kind of the event whose actor starts with pair[0] and whose action is pair[1]."""
    actor, action = pair
    kinds = {
        e.kind
        for e in extract_events(parse(text))
        if e.actor.startswith(actor) and e.action == action
    }
    return "/".join(sorted(kinds))


_REPORTS = [
    (
        "State television gave no figure for the number of soldiers killed in the raid.",
        ("State television", "give"),
    ),
    (
        "The health ministry, which runs the clinics, gave no figure for the dead.",
        ("The health ministry", "give"),
    ),
    (
        "The health ministry which runs the clinics gave no figure for the dead.",
        ("The health ministry", "give"),
    ),
    ("No figure for the dead has been released by rescue teams.", ("rescue teams", "release")),
    (
        "No casualty figure has been released by the rescuers, who are still digging.",
        ("the rescuers", "release"),
    ),
    (
        "No casualty figure has been released by the rescuers who are still digging.",
        ("the rescuers", "release"),
    ),
    (
        # the parser hangs "released" under "caused" when the commas are gone
        "No figure of the dead caused has been released by the rescuers.",
        ("the rescuers", "release"),
    ),
    ("The ministry has not released a figure for the dead.", ("The ministry", "release")),
    ("The ministry, as usual, released no figure for the dead.", ("The ministry", "release")),
    ("The ministry as usual released no figure for the dead.", ("The ministry", "release")),
    ("The governor did not provide a precise number.", ("The governor", "provide")),
    ("Police released a figure of 40 dead on Monday.", ("Police", "release")),
    ("The ministry, in a statement, gave a casualty figure of 12.", ("The ministry", "give")),
    ("The ministry in a statement gave a casualty figure of 12.", ("The ministry", "give")),
]


@pytest.mark.parametrize("text, pair", _REPORTS)
def test_a_figure_given_out_is_a_report(parse: Parse, text: str, pair: tuple[str, str]) -> None:
    assert _kind(parse, text, pair) == "relation"


_ACTS = [
    ("The militia released a key opposition figure on Monday.", ("The militia", "release")),
    (
        "The army, in a rare move, released a prominent figure of the protest movement.",
        ("The army", "release"),
    ),
    (
        "The army in a rare move released a prominent figure of the protest movement.",
        ("The army", "release"),
    ),
    ("The army provided a number of rifles to the tribesmen.", ("The army", "provide")),
]


@pytest.mark.parametrize("text, pair", _ACTS)
def test_a_person_or_a_quantity_given_stays_an_act(
    parse: Parse, text: str, pair: tuple[str, str]
) -> None:
    assert _kind(parse, text, pair) == "event"
