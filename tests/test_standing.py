"""Standing leadership, causes and what someone faces are facts, not events.

(graph/extract/standing.py, graph/extract/undergoing.py)
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _kinds(parse: Parse, text: str) -> dict[tuple[str, str, str], str]:
    return {(e.actor, e.action, e.target): e.kind for e in extract_events(parse(text))}


@pytest.mark.parametrize(
    "text, triple, kind",
    [
        # holding captives is an act
        (
            "The junta is holding two foreign engineers.",
            ("The junta", "hold", "two foreign engineers"),
            "event",
        ),
        # leading a group is a standing attribute; leading an assault is the assault
        (
            "Ottawa is leading a naval task force in the strait.",
            ("Ottawa", "lead", "a naval task force in the strait"),
            "relation",
        ),
        (
            "The council is headed by a retired judge.",
            ("a retired judge", "head", "The council"),
            "relation",
        ),
        (
            "The colonel led the raid on the depot.",
            ("The colonel", "raid", "the depot"),
            "event",
        ),
        (
            "The colonel led his battalion into the valley.",
            ("The colonel", "lead", "his battalion"),
            "event",
        ),
        # causing another event links two events
        (
            "Gunmen fired rockets at the market causing heavy damage to shops.",
            ("Gunmen", "cause", "shops"),  # the harm gives way to whom it fell on (effects.py)
            "relation",
        ),
        (
            "Gunmen fired rockets at the market, causing heavy damage to shops.",
            ("Gunmen", "cause", "shops"),
            "relation",
        ),
        (
            "Gunmen fired rockets at the market.",
            ("Gunmen", "fire", "the market"),
            "event",
        ),
        # keeping a state or a tie is no act
        (
            "Loyalist troops maintained their positions near the dam.",
            ("Loyalist troops", "maintain", "their positions near the dam"),
            "relation",
        ),
        # a reduced tie is read on the noun (graph/parse/ties.py): the shelling is the act
        (
            "Gunmen affiliated with the Front shelled the depot.",
            ("Gunmen", "shell", "the depot"),
            "event",
        ),
        (
            "Gunmen who are affiliated with the Front shelled the depot.",
            ("Gunmen", "be affiliated with", "the Front"),
            "relation",
        ),
        (
            "Gunmen who are affiliated with the Front shelled the depot.",
            ("Gunmen", "shell", "the depot"),
            "event",
        ),
        (
            "The rebels linked up with besieged soldiers near the airport.",
            ("The rebels", "link up with", "besieged soldiers"),
            "event",
        ),
        (
            "The cell is linked to a banned movement.",
            ("The cell", "be linked to", "a banned movement"),
            "relation",
        ),
        (
            "The raids led to the deaths of nine herders.",
            ("The raids", "lead to", "nine herders"),  # (effects.py)
            "relation",
        ),
        (
            "The raids on the camp led to killing nine herders.",
            ("The raids on the camp", "lead", ""),
            "relation",
        ),
        # what someone faces is no act of theirs
        (
            "The governor faces three rivals in the primary.",
            ("The governor", "face", "three rivals"),
            "relation",
        ),
        (
            "The junta faced growing anger from farmers.",
            ("The junta", "face", "growing anger from farmers"),
            "relation",
        ),
    ],
)
def test_standing_states_are_facts_acts_are_events(parse, text, triple, kind):
    assert _kinds(parse, text).get(triple) == kind


@pytest.mark.parametrize(
    "text, triple",
    [
        # what someone faces at another's hands is the other's act
        (
            "The garrison has faced repeated bombings by the insurgents.",
            ("the insurgents", "bomb", "The garrison"),
        ),
        (
            "The garrison came under heavy shelling by the insurgents.",
            ("the insurgents", "shell", "The garrison"),
        ),
    ],
)
def test_an_event_faced_is_done_by_its_agent(parse, text, triple):
    kinds = _kinds(parse, text)
    assert kinds.get(triple) == "event"
    assert not any(kind == "event" and action == "face" for (_, action, _), kind in kinds.items())
