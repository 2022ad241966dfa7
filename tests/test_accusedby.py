"""The act of a passive accusation: "X is accused by Y of V-ing", "X, accused of V-ing" (issue 14).

Sentences of our own, with and without commas (the real-news corpus has none). The
parser hangs "of V-ing" on the accuser of a passive ("by rights groups of shelling"):
the act is still the accused's, possible, credited to the accuser, and the accuser's
phrase ends before "of". A participle ("the army, accused of V-ing") hands the act to
the noun it describes. Near misses: an acquittal is no accusation; "of being a spy"
is no act.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> list[Event]:
    return [e for e in extract_events(parse(text)) if e.kind == "event"]


def _triples(events: list[Event]) -> list[tuple[str, str, str]]:
    return [(e.actor, e.action, e.target) for e in events]


BY_AGENT = [
    (
        "The army is accused by activists of deliberately shelling villages.",
        ("The army", "shell", "villages"),
        "activists",
    ),
    (
        "On Monday, the army was accused by activists of shelling villages.",
        ("the army", "shell", "villages"),
        "activists",
    ),
    (
        "The militia has been blamed by local monitors for looting the warehouses",
        ("The militia", "loot", "the warehouses"),
        "local monitors",
    ),
]


@pytest.mark.parametrize(("text", "triple", "source"), BY_AGENT)
def test_act_of_accused_by_agent(
    parse: Parse, text: str, triple: tuple[str, str, str], source: str
) -> None:
    events = _events(parse, text)
    found = [e for e in events if (e.actor, e.action, e.target) == triple]
    assert found, _triples(events)
    assert found[0].modality == "possible"
    assert found[0].attribution == source
    accusations = [e for e in events if e.action in {"accuse", "blame"}]
    assert accusations and accusations[0].actor == source, _triples(events)


@pytest.mark.parametrize(
    ("text", "doer", "action"),
    [
        ("Rebels fought the army accused by monitors of starving the town.", "the army", "starve"),
        ("Rebels fought the army, accused by monitors of starving the town.", "the army", "starve"),
        (
            "The cabinet, accused of repeatedly using nerve gas, rejected the findings.",
            "The cabinet",
            "use",
        ),
    ],
)
def test_act_of_accused_participle(parse: Parse, text: str, doer: str, action: str) -> None:
    events = _events(parse, text)
    found = [e for e in events if (e.actor, e.action) == (doer, action)]
    assert found, _triples(events)
    assert found[0].modality == "possible"


@pytest.mark.parametrize(
    "text",
    [
        "The official was accused by critics of being a spy.",
        "The official was accused by critics of being a spy",
    ],
)
def test_no_act_being(parse: Parse, text: str) -> None:
    events = _events(parse, text)
    assert all(e.action == "accuse" for e in events), _triples(events)
    assert all(e.actor == "critics" for e in events), _triples(events)


def test_acquittal_is_no_accusation(parse: Parse) -> None:
    text = "The soldier was acquitted by the court of killing the farmers."
    events = _events(parse, text)
    alleged = [e for e in events if e.action == "kill" and e.actor == "The soldier"]
    assert not alleged, _triples(events)
