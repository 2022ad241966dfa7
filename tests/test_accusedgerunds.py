"""The act of "accused X of V-ing" when the parser hangs the gerund on X (issue 14).

Sentences of our own, with and without commas (the real-news corpus has none). The
parser often reads "accused the regime of killing" as "the regime of killing"; the act
is still the accused's, possible, credited to the accuser, as when "of" hangs on the
verb. Near misses: "the regime of Bashar al-Assad" (a name, no gerund) and "the head of
the council" (no gerund) give no act.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.extract.alleged import is_hung_on_accused
from graph.model import Event

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> list[Event]:
    return [e for e in extract_events(parse(text)) if e.kind == "event"]


HUNG = [
    (
        "Villagers accused the militia of burning 12 houses in the valley.",
        ("the militia", "burn", "12 houses"),
        "Villagers",
    ),
    (
        "On Friday, villagers accused the militia of burning 12 houses in the valley.",
        ("the militia", "burn", "12 houses"),
        "villagers",
    ),
    (
        "The minister accused the regime of firing chlorine shells at the suburb",
        ("the regime", "fire", "the suburb"),
        "The minister",
    ),
    (
        "The minister, in a statement, accused the regime of firing chlorine shells at the suburb.",
        ("the regime", "fire", "the suburb"),
        "The minister",
    ),
]


@pytest.mark.parametrize(("text", "triple", "source"), HUNG)
def test_gerund_hung_on_the_accused_is_its_act(
    parse: Parse, text: str, triple: tuple[str, str, str], source: str
) -> None:
    doc = parse(text)
    # the parse this rule is for: "of" hangs on the accused, not on "accused"
    assert any(is_hung_on_accused(t) for t in doc if t.dep_ == "pcomp")
    events = _events(parse, text)
    found = [e for e in events if (e.actor, e.action, e.target) == triple]
    assert found, [(e.actor, e.action, e.target) for e in events]
    assert found[0].modality == "possible"
    assert found[0].attribution == source


def test_chemical_use_is_an_assault(parse: Parse) -> None:
    text = "The monitors accused the regime of using sarin against the town."
    events = _events(parse, text)
    used = [e for e in events if e.actor == "the regime" and e.action == "use"]
    assert used, [(e.actor, e.action, e.target) for e in events]
    assert used[0].action_class == "ASSAULT"
    assert used[0].modality == "possible"


@pytest.mark.parametrize(
    "text",
    [
        "The council blamed the regime of Bashar al-Assad for the blast.",
        "Residents accused the regime of Bashar al-Assad",
        "The envoy accused the head of the council.",
    ],
)
def test_no_gerund_no_act(parse: Parse, text: str) -> None:
    events = _events(parse, text)
    assert all(e.action in {"accuse", "blame"} for e in events), events
