"""An act a relative clause is done to is no target (graph/extract/eventtargets.py, issue 14).

"The bombing which was carried out by the brigade" says the brigade bombed: the bombing
(an attack or a wrong) is the act, so it moves into the relation, as it does for "the
brigade carried out the bombing" and "the bombing was carried out by the brigade"; whom
the act killed, when the sentence says so, is the target. An active relative clause ("the
bombing which the brigade carried out") keeps the act as its target (strict xfail).
Sentences of our own, each with and without commas (real news has none). Near misses
keep their targets: a relative clause done to a side or a place ("the town which was
captured by the rebels", "the village which the jets bombed") and a deal brokered ("the
truce which was brokered by X": not an attack).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _triples(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    events = extract_events(parse(text))
    return {(e.actor, e.relation, e.target) for e in events if e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


ACTS = [
    # a passive relative clause: the act moves into the relation, no side is named
    *[
        (text, ("the Hawks Brigade", "the bombing was carried out", ""))
        for text in _both(
            "The council condemned the bombing, which was carried out by the Hawks Brigade in Kesh."
        )
    ],
    # the raids launched and the deaths in them are one attack (see extract.sameattacks)
    *[
        (text, ("the militants", "died in raids", "Nine people"))
        for text in _both("Nine people died in raids, which were launched by the militants.")
    ],
]


@pytest.mark.parametrize(("text", "triple"), ACTS)
def test_act_of_a_relative_clause_is_no_target(
    parse: Parse, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in _triples(parse, text)


SIDES = [
    # a deal brokered keeps its reading (see compoundacts)
    *[
        (text, ("Tarva", "was brokered", "The truce"))
        for text in _both("The truce, which was brokered by Tarva, collapsed.")
    ],
    *[
        (text, ("the rebels", "was captured", "The town"))
        for text in _both("The town, which was captured by the rebels, is now quiet.")
    ],
    *[
        (text, ("the jets", "bombed", "The village"))
        for text in _both("The village which the jets bombed is now empty.")
    ],
]


@pytest.mark.parametrize(("text", "triple"), SIDES)
def test_side_of_a_relative_clause_stays_the_target(
    parse: Parse, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in _triples(parse, text)


@pytest.mark.xfail(strict=True, reason="an active relative clause's act stays its target")
@pytest.mark.parametrize(
    "text", _both("The council condemned the bombing which the Hawks Brigade carried out.")
)
def test_act_of_an_active_relative_clause(parse: Parse, text: str) -> None:
    assert ("the Hawks Brigade", "the bombing carried out", "") in _triples(parse, text)
