"""Agent compounds that name a standing state or tie, and those that name an act (issue 14).

"the rebel-held town", "the Gulf-linked brigade" say who holds or is tied to something
as a lasting state; the modifier gives a relation fact, never an event of the sentence
(graph/extract/compoundframes.py, agent_compound). A sponsorship ("the Gulf-backed brigade")
is an event at its first mention in a document and a fact when restated, as the seeds
gold and the real-news judge code it; its target is the group's name when an apposition
gives it. "X-occupied" stays an event too (the seeds gold codes it so). Sentences of our
own.
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
        # who holds a place: a state
        ("Jets bombed the rebel-held town of Kfar Nour.", ("rebel", "hold", "town of Kfar Nour"),
         "relation"),
        ("Jets bombed the Gulf-linked brigade near Hama.", ("Gulf", "link", "brigade"),
         "relation"),
        # a siege goes on as an act of the besiegers
        ("The militia shelled the regime-besieged town of Hamra.",
         ("regime", "besiege", "town of Hamra"), "event"),
        # a sponsorship: the event at its first mention, with the named party as its target
        ("A Gulf-backed brigade, the Nour Front, seized the dam.",
         ("Gulf", "back", "the Nour Front"), "event"),
        ("A Gulf-backed brigade the Nour Front seized the dam.",
         ("Gulf", "back", "the Nour Front"), "event"),
    ],
)  # fmt: skip
def test_standing_compounds(
    parse: Parse, text: str, triple: tuple[str, str, str], kind: str
) -> None:
    assert _kinds(parse, text).get(triple) == kind
