"""A town before the attack that hurt people is its place, not its doer.

graph/normalize/placedattacks.py: "killed in Saraqib air strikes" is a killing by the
strikes, whoever flew them, in Saraqib (not Saraqib's act, nor a fact). Sentences of our
own, with and without commas; a state's strikes and a harm with no attack stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _kills(parse: Parse, text: str) -> dict[str, tuple[str, str, str]]:
    """Return actor -> (kind, actor id, location) of the killings of a story."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {e.actor: (e.kind, e.actor_id, e.location) for e in normalised if e.action == "kill"}


@pytest.mark.parametrize(
    "text, attack, place",
    [
        (
            "Seven farmers were killed in Saraqib air strikes on Tuesday.",
            "Saraqib air strikes",
            "Saraqib",
        ),
        (
            "Seven farmers, two of them boys, were killed in Saraqib air strikes on Tuesday.",
            "Saraqib air strikes",
            "Saraqib",
        ),
        # a headline with no auxiliary
        ("Seven farmers killed in Douma market bombing.", "Douma market bombing", "Douma"),
    ],
)
def test_a_town_is_where_the_attack_struck(
    parse: Parse, text: str, attack: str, place: str
) -> None:
    assert _kills(parse, text) == {attack: ("event", "", place)}


@pytest.mark.parametrize(
    "text, actor",
    [
        # a state owns its strikes
        ("Seven farmers were killed in Russian air strikes on Tuesday.", "Russian"),
        ("Seven farmers were killed in US strikes on Tuesday.", "US"),
    ],
)
def test_a_state_owns_its_strikes(parse: Parse, text: str, actor: str) -> None:
    kills = _kills(parse, text)
    assert actor in kills and kills[actor][0] == "event"


def test_a_harm_with_no_attack_keeps_its_place(parse: Parse) -> None:
    kills = _kills(parse, "Seven farmers were killed in the Douma countryside on Tuesday.")
    assert all(kind == "relation" for kind, _, _ in kills.values())
