"""Acts named as someone's decision, plan or attempt (issue 14, recall): our own sentences.

"announced his decision to arm X" is an act of the announcer, not done yet (future);
"made an attempt to retake X" an act tried (possible). An infinitive after a noun
with no owner to name, or after a noun of no intent, gives no event of its own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events


def _found(parse: Callable[..., Doc], text: str) -> dict[tuple[str, str, str], tuple[str, str]]:
    return {
        (e.actor, e.action, e.target): (e.kind, e.modality) for e in extract_events(parse(text))
    }


@pytest.mark.parametrize(
    "text, triple, modality",
    [
        (
            "The premier announced his decision to expel the ambassador.",
            ("The premier", "expel", "the ambassador"),
            "future",
        ),
        (
            "Ankara confirmed its plan to build a wall along the border.",
            ("Ankara", "build", "a wall"),
            "future",
        ),
        (
            "Militiamen made an attempt to storm the prison on Friday.",
            ("Militiamen", "storm", "the prison"),
            "possible",
        ),
        (
            "Cairo's decision to recall its envoy angered Doha.",
            ("Cairo", "recall", "its envoy"),
            "future",
        ),
        # a second infinitive is decided too
        (
            "The premier announced his decision to close the embassy and to expel the envoy.",
            ("The premier", "expel", "the envoy"),
            "future",
        ),
        (
            "In a bid to end the strike the company raised wages.",
            ("the company", "raise", "wages"),
            "asserted",
        ),
    ],
)
def test_the_act_of_an_intent_is_its_owners_not_yet_done(parse, text, triple, modality):
    assert _found(parse, text).get(triple) == ("event", modality)


@pytest.mark.parametrize(
    "text, verb",
    [
        # no owner named: a plan rejected, a proposal welcomed
        ("The unions rejected a plan to close the mines.", "close"),
        ("The council welcomed a proposal to hold a referendum.", "hold"),
        # a noun of no intent
        ("Refugees have the right to return to their homes.", "return"),
    ],
)
def test_an_infinitive_with_no_intent_owner_gives_no_event(parse, text, verb):
    assert not [
        k for k, (kind, _) in _found(parse, text).items() if k[1] == verb and kind == "event"
    ]


# "is meant/designed to V" states a purpose, as "is intended to V" does: the act is not done yet.
MEANT = [
    (
        "The inspectors are meant to visit three sites next week.",
        ("The inspectors", "visit", "three sites"),
        "future",
    ),
    (
        "The inspectors, officials said, are meant to visit three sites.",
        ("The inspectors", "visit", "three sites"),
        "future",
    ),
    (
        "The drills were designed to deter the rebels from the coast.",
        ("The drills", "deter", "the rebels"),
        "future",
    ),
    # near misses: the verbs without an infinitive say nothing of intent
    (
        "The retreat means the rebels abandoned the town.",
        ("the rebels", "abandon", "the town"),
        "asserted",
    ),
    (
        "Engineers designed the shelters for the displaced families.",
        ("Engineers", "design", "the shelters"),
        "asserted",
    ),
    (
        "The inspectors visited three sites last week.",
        ("The inspectors", "visit", "three sites"),
        "asserted",
    ),
]


@pytest.mark.parametrize("text, triple, modality", MEANT)
def test_an_act_meant_or_designed_is_intended(parse, text, triple, modality):
    assert _found(parse, text)[triple][1] == modality
