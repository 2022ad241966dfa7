"""Stressing a need, describing what happened, receiving aid are no acts (issue 14).

"The minister stressed the importance of the truce" states a view; "a witness described
the moment the shell hit" reports what happened: both stay relation facts crediting the
speaker, while "described the raid as a massacre" names the raid and stays a statement.
Every sentence is our own, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _kinds(parse: Parse, text: str, action: str) -> set[str]:
    return {e.kind for e in extract_events(parse(text)) if e.action == action}


@pytest.mark.parametrize(
    "text, action",
    [
        ("The minister stressed the importance of maintaining the truce.", "stress"),
        ("On Monday, the council emphasised the importance of the talks.", "emphasise"),
        ("On Monday the council emphasised the importance of the talks.", "emphasise"),
        ("The governor, visiting Vell, underlined the necessity of medical aid.", "underline"),
        ("The governor visiting Vell underlined the necessity of medical aid.", "underline"),
        ("A witness described the moment the shell hit the market.", "describe"),
        # describing an event without naming it is neither the event nor an act
        ("The Lomvian monitors described the attacks.", "describe"),
        ("Residents of Vell, reached by phone, described shortages of bread.", "describe"),
        ("Residents of Vell reached by phone described shortages of bread.", "describe"),
        # the receiver of aid gave none
        ("Residents received food from the relief agency.", "receive"),
        ("On Monday, the militia received rifles and ammunition.", "receive"),
        ("On Monday the militia received rifles and ammunition.", "receive"),
    ],
)
def test_a_comment_is_no_act(parse: Parse, text: str, action: str) -> None:
    assert "event" not in _kinds(parse, text, action)


@pytest.mark.parametrize(
    "text, action",
    [
        # naming what happened is a statement; stressing a commitment may pledge one
        ("The ministry described the raid as a massacre.", "describe"),
        ("The ministry, in a statement, described the raid as a massacre.", "describe"),
        ("The ministry in a statement described the raid as a massacre.", "describe"),
        ("The army stressed its commitment to the truce.", "stress"),
        ("The ministry described the reports as completely untrue.", "describe"),
        # a need the dictionary reads as a call for something stays a demand
        ("The envoy stressed the urgent need for the resumption of talks in Vell.", "stress"),
        ("The relief agency gave the residents food.", "give"),
        ("The relief agency, on Monday, gave the residents food.", "give"),
        ("The relief agency on Monday gave the residents food.", "give"),
    ],
)
def test_naming_or_committing_stays_an_event(parse: Parse, text: str, action: str) -> None:
    assert "event" in _kinds(parse, text, action)
