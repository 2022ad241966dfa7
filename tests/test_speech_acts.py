"""Statements made to a hearer or at a gathering are STATEMENT, not CONSULT (issue 14).

Sentences of our own, each with and without commas (the real-news corpus has none):
"told a news conference (that)", "told the delegation", "spoke at a briefing",
"speaking at a press conference" and "remarked" make statements; a meeting with
someone ("spoke with his counterpart", "met the envoy", "held talks") stays a
consultation, an announced conference is what it announces, and talking to the press
stays an interview (no event).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _both(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each sentence as written and with its commas stripped, as real news has them."""
    out = []
    for text, *rest in rows:
        out += [(text, *rest), (text.replace(",", ""), *rest)]
    return out


def _classes(parse: Parse, text: str, action: str) -> set[str]:
    events = [e for e in extract_events(parse(text)) if e.kind == "event"]
    found = {e.action_class for e in events if e.action == action}
    assert found, f"{action} not in {[(e.actor, e.action, e.target) for e in events]}"
    return found


STATEMENTS = _both(
    [
        ("The minister told a news conference in Vell Sora that the talks had stalled.", "tell"),
        ("The minister told a news conference, the talks had stalled.", "tell"),
        ("The envoy told the council's delegation that the talks had stalled.", "tell"),
        (
            "Speaking at a press conference in Karvonia, the envoy said the truce was holding.",
            "speak at",
        ),
        ("The envoy spoke at a briefing in Karvonia on Friday.", "speak at"),
        ("The general spoke during a ceremony at the base, officials said.", "speak"),
        ("The envoy remarked that the truce was holding.", "remark"),
    ]
)


@pytest.mark.parametrize("text, action", STATEMENTS)
def test_a_statement_to_a_hearer_or_at_a_gathering(parse: Parse, text: str, action: str) -> None:
    assert _classes(parse, text, action) == {"STATEMENT"}


MEETINGS = _both(
    [
        ("The envoy spoke with his Dorvan counterpart at a meeting in Karvonia.", "speak with"),
        ("The envoy held talks with the rebels at a conference in Karvonia.", "hold"),
        ("The minister announced a conference on the crisis.", "announce"),
    ]
)


@pytest.mark.parametrize("text, action", MEETINGS)
def test_a_meeting_with_someone_stays_consult(parse: Parse, text: str, action: str) -> None:
    assert _classes(parse, text, action) == {"CONSULT"}


@pytest.mark.parametrize(
    "text",
    [
        "The envoy spoke to reporters in Karvonia.",
        "Speaking to reporters in Karvonia, the envoy said the truce was holding.",
        "Speaking to reporters in Karvonia the envoy said the truce was holding.",
    ],
)
def test_talking_to_the_press_stays_an_interview(parse: Parse, text: str) -> None:
    events = [e for e in extract_events(parse(text)) if e.action.startswith("speak")]
    assert events and {e.kind for e in events} == {"relation"}
