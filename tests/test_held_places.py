"""A place held by a party is a state, not an act (issue 14: non-events).

"a town held by X" says who holds the scene of another event, as "a town controlled by
X" and "an X-held town" do (graph/extract/nonacts.py): a relation fact, out of the event
count. Holding people is a detention and stays an event. Every sentence is our own,
each with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _kinds(parse: Parse, text: str) -> set[tuple[str, str]]:
    """Return (actor, kind) of the normalised "hold" events of ``text``."""
    found = sorted(set(extract_events(parse(text))), key=lambda e: e.sort_key())
    return {(e.actor, e.kind) for e in normalize_events(found) if e.action == "hold"}


HELD_PLACES = [
    ("Jets killed ten civilians in a village held by the militia.", "the militia"),
    ("Jets killed ten civilians in a village, held by the militia.", "the militia"),
    ("The army shelled positions held by the rebels on Monday.", "the rebels"),
    ("On Monday, the army shelled positions held by the rebels.", "the rebels"),
    ("Air strikes hit Lomvik a town held by the Brevik Brigade.", "the Brevik Brigade"),
    ("Air strikes hit Lomvik, a town held by the Brevik Brigade.", "the Brevik Brigade"),
    ("Several villages held by the militia were captured by the army.", "the militia"),
    ("Several villages, held by the militia, were captured by the army.", "the militia"),
]


@pytest.mark.parametrize("text, holder", HELD_PLACES)
def test_a_place_held_by_a_party_is_a_fact(parse, text, holder):
    assert _kinds(parse, text) == {(holder, "relation")}


HELD_PEOPLE = [
    ("The militia held two aid workers hostage.", "The militia"),
    ("The militia, it said, held two aid workers hostage.", "The militia"),
    ("The junta is holding three foreign pilots.", "The junta"),
    ("The junta, sources said, is holding three foreign pilots.", "The junta"),
]


@pytest.mark.parametrize("text, holder", HELD_PEOPLE)
def test_people_held_stay_a_detention(parse, text, holder):
    assert (holder, "event") in _kinds(parse, text)


def _classes(parse: Parse, text: str) -> set[str]:
    """Return the action classes of the normalised "hold" events of ``text``."""
    found = sorted(set(extract_events(parse(text))), key=lambda e: e.sort_key())
    return {e.action_class for e in normalize_events(found) if e.action == "hold"}


# Holding people is a detention (CAMEO 173, COERCE) unless the dictionary reads another
# act in the phrase: a hostage-taking, a blame ("held X responsible").
HOLD_CLASSES = [
    ("The junta is holding three foreign pilots.", {"COERCE"}),
    ("The junta, sources said, is holding three foreign pilots.", {"COERCE"}),
    ("The police held the two journalists for a week.", {"COERCE"}),
    ("The police held the two journalists for a week before freeing them.", {"COERCE"}),
    ("The militia held two aid workers hostage.", {"ASSAULT"}),
    ("The government holds the rebels responsible for the attack.", {"DISAPPROVE"}),
    ("The army held talks with rebel leaders.", {"CONSULT"}),
    ("The council held an emergency meeting on Friday.", {"CONSULT"}),
    ("The students held a rally in the square.", {"PROTEST"}),
    ("The families held a gathering in the square.", {"OTHER"}),
    ("The rebels hold the town of Marsa.", {"RELATION"}),
    ("The rebels hold the town of Marsa, activists said.", {"RELATION"}),
]


@pytest.mark.parametrize("text, classes", HOLD_CLASSES)
def test_holding_people_is_a_detention(parse, text, classes):
    assert _classes(parse, text) == classes
