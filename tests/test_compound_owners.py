"""An attack's owner runs on through the compounds that name it: "in Syrian army shelling".

"Killed in Turkish army shelling", "Iraqi Army Offensive": the owner is the army its
nationality qualifies, not the nationality alone; "Russian air strikes" and "Russian drone
strikes" keep "Russian" ("air" and "drone" name no one). Sentences of our own
(graph/extract/nounframes.py, results.py), with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _doers(parse: Parse, text: str, action: str) -> set[str]:
    """Return the actor texts of the normalised events of ``action``."""
    found = sorted(set(extract_events(parse(text))), key=lambda e: e.sort_key())
    return {e.actor for e in normalize_events(found) if e.kind == "event" and e.action == action}


@pytest.mark.parametrize(
    "text, action, doers",
    [
        # a passive toll in an attack noun: the army of the nationality did it
        (
            "Twelve farmers were killed in Turkish army shelling near the border.",
            "kill",
            {"Turkish army"},
        ),
        (
            "Twelve farmers, most of them old men, were killed in Turkish army shelling near "
            "the border.",
            "kill",
            {"Turkish army"},
        ),
        # a headline with no auxiliary
        ("Twelve farmers killed in Iraqi army offensive near Mosul.", "kill", {"Iraqi army"}),
        # a unit's name of two words: "air force"
        (
            "Nine shepherds were killed in Syrian air force raids on the hills.",
            "kill",
            {"Syrian air force"},
        ),
        # a led coalition: the coalition, not its leader alone
        (
            "Six drivers were killed in US-led coalition air strikes near the dam.",
            "kill",
            {"US-led coalition"},
        ),
        # the attack's own target phrase: the same owner
        (
            "Five guards were hurt in Syrian regime air strikes on the depot.",
            "strike",
            {"Syrian regime"},
        ),
        (
            "Five guards were hurt, officials said, in Syrian regime air strikes on the depot.",
            "strike",
            {"Syrian regime"},
        ),
    ],
)
def test_owner_runs_through_its_compounds(
    parse: Parse, text: str, action: str, doers: set[str]
) -> None:
    assert _doers(parse, text, action) == doers


@pytest.mark.parametrize(
    "text, action, doers",
    [
        # "air" and "drone" name no one: the nationality alone is the owner
        ("Ten people were killed in Russian air strikes on the road.", "kill", {"Russian"}),
        ("Ten people were killed in Russian drone strikes on the road.", "kill", {"Russian"}),
        # a possessive owner keeps its own words
        ("Four workers were killed in the army's shelling of the plant.", "kill", {"the army"}),
    ],
)
def test_modes_are_no_owners(parse: Parse, text: str, action: str, doers: set[str]) -> None:
    assert _doers(parse, text, action) == doers
