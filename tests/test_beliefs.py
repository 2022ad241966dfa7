"""Beliefs and decisions: how sure the act they govern is (issue 14, modality).

Sentences of our own, with and without commas (the real-news corpus has none):
"X believe(s) (that) Y V-ed Z" tells what X believes, not what the writer states: the
act is possible, credited to X (as a claim is). "X decided to V Z", a decision told as
taken, tells that the act was done: asserted, not future; a decision still to come or
a plan leaves the act ahead.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[..., Doc]


def _find(parse: Parse, text: str, triple: tuple[str, str, str]) -> Event:
    events = [e for e in extract_events(parse(text)) if e.kind == "event"]
    found = [e for e in events if (e.actor, e.action, e.target) == triple]
    assert found, f"{triple} not in {[(e.actor, e.action, e.target) for e in events]}"
    return found[0]


BELIEFS = [
    (
        "Western governments believe the air force bombed the hospital.",
        ("the air force", "bomb", "the hospital"),
        "Western governments",
    ),
    (
        "Western governments, however, believe the air force bombed the hospital.",
        ("the air force", "bomb", "the hospital"),
        "Western governments",
    ),
    (
        "Western governments however believe the air force bombed the hospital.",
        ("the air force", "bomb", "the hospital"),
        "Western governments",
    ),
    (
        "Many villagers believe that the militia kidnapped the boys and killed them.",
        ("the militia", "kill", "the boys"),
        "Many villagers",
    ),
    pytest.param(
        "The ministry said it believed rebels had shelled the school.",
        ("rebels", "shell", "the school"),
        "The ministry",
        marks=pytest.mark.xfail(
            strict=True, reason="the believer is credited as the pronoun 'it', not its antecedent"
        ),
    ),
    (
        "Officials think the drone hit a convoy near the border, the agency said.",
        ("the drone", "hit", "a convoy"),
        "Officials",
    ),
    (
        "Officials think the drone hit a convoy near the border the agency said.",
        ("the drone", "hit", "a convoy"),
        "Officials",
    ),
    pytest.param(
        "Investigators suspect the gang kidnapped the engineers.",
        ("the gang", "kidnap", "the engineers"),
        "Investigators",
        marks=pytest.mark.xfail(
            strict=True, reason="'suspect' is no speech verb: its clause is credited to no one"
        ),
    ),
    ("It is thought that jets struck the fuel depot.", ("jets", "strike", "the fuel depot"), ""),
]


@pytest.mark.parametrize("sentence, triple, credit", BELIEFS)
def test_a_believed_act_is_possible(parse, sentence, triple, credit):
    event = _find(parse, sentence, triple)
    assert (event.modality, event.polarity) == ("possible", "pos")
    assert event.attribution == credit


@pytest.mark.parametrize(
    "sentence, triple, modality",
    [
        # a report is no belief: the act stays asserted, credited to the speaker
        (
            "Officials said the army shelled the town.",
            ("the army", "shell", "the town"),
            "asserted",
        ),
        (
            "The army shelled the town, residents said.",
            ("The army", "shell", "the town"),
            "asserted",
        ),
        # a belief with no clause of its own leaves the next act stated
        (
            "The rebels believed in a quick victory and stormed the base.",
            ("The rebels", "storm", "the base"),
            "asserted",
        ),
        # a belief inside a relative clause leaves the main act stated
        (
            "The militia, which residents believe is backed by Iran, shelled the town.",
            ("The militia", "shell", "the town"),
            "asserted",
        ),
        (
            "The militia which residents believe is backed by Iran shelled the town.",
            ("The militia", "shell", "the town"),
            "asserted",
        ),
        # a quote's tag the parser hangs on the belief is no belief
        (
            "I think the army will lose this war, the minister told reporters.",
            ("the minister", "tell", "reporters"),
            "asserted",
        ),
        (
            "I think the army will lose this war the minister told reporters.",
            ("the minister", "tell", "reporters"),
            "asserted",
        ),
        # the clause's own modal wins
        (
            "Western governments believe the army will bomb the hospital.",
            ("the army", "bomb", "the hospital"),
            "future",
        ),
    ],
)
def test_no_belief_no_change(parse, sentence, triple, modality):
    assert _find(parse, sentence, triple).modality == modality


@pytest.mark.parametrize(
    "sentence, triple, modality",
    [
        # a decision told as taken: the act was done
        (
            "Earlier the agency decided to suspend all food deliveries.",
            ("the agency", "suspend", "all food deliveries"),
            "asserted",
        ),
        (
            "On Monday, the council decided to close the border crossing.",
            ("the council", "close", "the border crossing"),
            "asserted",
        ),
        (
            "On Monday the council decided to close the border crossing.",
            ("the council", "close", "the border crossing"),
            "asserted",
        ),
        (
            "Ankara has decided to recall its ambassador.",
            ("Ankara", "recall", "its ambassador"),
            "asserted",
        ),
        (
            "The school decided to end classes and send the pupils home.",
            ("The school", "send", "the pupils home"),
            "asserted",
        ),
        # a decision reported: taken all the same
        (
            "Residents said the council had decided to close the crossing.",
            ("the council", "close", "the crossing"),
            "asserted",
        ),
        # near misses: a decision still to come, a plan, a noun of decision
        (
            "The council may decide to close the border crossing.",
            ("The council", "close", "the border crossing"),
            "future",
        ),
        (
            "The UN plans to suspend all aid convoys.",
            ("The UN", "suspend", "all aid convoys"),
            "future",
        ),
        (
            "The premier announced his decision to expel the ambassador.",
            ("The premier", "expel", "the ambassador"),
            "future",
        ),
    ],
)
def test_a_decision_taken_tells_of_its_act(parse, sentence, triple, modality):
    assert _find(parse, sentence, triple).modality == modality
