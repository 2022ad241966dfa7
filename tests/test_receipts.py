"""Aid received "from" a giver is the giver's act (graph/extract/receipts.py).

Sentences of our own, each with and without commas: "the militia received missiles from
Karvonia" codes Karvonia's supply to the militia; what is received that is no aid, a
giver that is no one, and a denied receipt code nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events


def _triples(parse: Callable[..., Doc], text: str) -> set[tuple[str, str, str, str]]:
    return {(e.actor, e.action, e.target, e.kind) for e in extract_events(parse(text))}


@pytest.mark.parametrize(
    "text, triple",
    [
        ("The militia has received anti-tank missiles from Karvonia.",
         ("Karvonia", "supply", "The militia")),
        ("The militia, officials say, has received anti-tank missiles from Karvonia.",
         ("Karvonia", "supply", "The militia")),
        ("Rebels repelled the assault after receiving ammunition from the coalition.",
         ("the coalition", "supply", "Rebels")),
        ("Rebels repelled the assault, after receiving ammunition from the coalition.",
         ("the coalition", "supply", "Rebels")),
        ("The Hawks Brigade receives backing from Sylvania.",
         ("Sylvania", "back", "The Hawks Brigade")),
        ("The Hawks Brigade, a rebel faction, receives backing from Sylvania.",
         ("Sylvania", "back", "The Hawks Brigade")),
    ],
)  # fmt: skip
def test_aid_received_from_someone_is_the_givers_act(parse, text, triple):
    assert (*triple, "event") in _triples(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        # no aid: assurances, information, the dead
        "The envoy said he had received assurances from rebel commanders.",
        "The envoy said, he had received assurances from rebel commanders.",
        "The hospital received 40 bodies from the front.",
        "The hospital received 40 bodies from the front, medics said.",
        # a giver that is no one
        "The militia received missiles from a depot near the border.",
        "The militia received missiles, from a depot near the border.",
        # a denied receipt
        "The militia did not receive any weapons from Karvonia.",
        "The militia, officials said, did not receive any weapons from Karvonia.",
    ],
)
def test_no_givers_act_when_no_aid_or_no_giver(parse, text):
    assert not any(action in {"supply", "back"} for _, action, _, _ in _triples(parse, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Hawks Brigade was formed by a merger of factions in 2014 and receives backing "
        "from Sylvania.",
        "The Hawks Brigade was formed by a merger of factions in 2014, and receives backing "
        "from Sylvania.",
    ],
)
def test_a_receiver_is_not_the_agent_of_a_passive_before(parse, text):
    assert not any(
        action == "back" and target.startswith("a merger")
        for _, action, target, _ in _triples(parse, text)
    )
