"""Whose army a bare "the army" is (graph/normalize/anaphora.py, coref).

Stories of our own, each with and without commas (real copy often has none): a national
force ("the army", "the military") is one state's, never the coalition or alliance named
just before it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _ids(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    """Return (actor text, action) -> actor id of a story's normalised events and facts."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.actor, e.action): e.actor_id for e in normalised}


def _both(text: str, actor: str, action: str, expected: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, actor, action, expected), (text.replace(",", ""), actor, action, expected)]


_ALLIANCES = [
    # the coalition just named is not "the army"
    *_both(
        "The coalition bombed the bridge near Raqqa on Monday. Later, the army shelled the town "
        "of Tabqa.",
        "the army",
        "shell",
        "saa",
    ),
    *_both(
        "The US-led coalition bombed a bridge near Raqqa, the monitor said. The army later "
        "shelled Tabqa.",
        "The army",
        "shell",
        "saa",
    ),
    # near miss: "the coalition" itself is still the coalition
    *_both(
        "The US-led coalition bombed a bridge near Raqqa, the monitor said. Later, the coalition "
        "struck Tabqa.",
        "the coalition",
        "strike",
        "us-led-coalition",
    ),
]


@pytest.mark.parametrize("text, actor, action, expected", _ALLIANCES)
def test_a_national_force_is_no_coalition(parse, text, actor, action, expected):
    assert _ids(parse, text)[(actor, action)] == expected


_NAMELESS = [
    # nameless "warplanes" just before are no antecedent of "the army": the setting's army
    *_both(
        "Warplanes struck Douma near Damascus on Monday, activists said. The army shelled Harasta.",
        "The army",
        "shell",
        "saa",
    ),
    # near miss: "the army" after a named army stays that army
    *_both(
        "Warplanes struck Douma near Damascus on Monday, activists said. The Syrian army "
        "shelled Harasta, and the army also shelled Arbin.",
        "the army",
        "shell",
        "saa",
    ),
]


@pytest.mark.parametrize("text, actor, action, expected", _NAMELESS)
def test_a_nameless_force_is_no_antecedent_of_the_army(parse, text, actor, action, expected):
    assert _ids(parse, text)[(actor, action)] == expected


_POSSESSED = [
    # "the army's air force" is the army's; the apostrophe is often dropped in real copy
    *_both(
        "The army's air force struck ISIL positions near Palmyra and Homs on Monday.",
        "The army's air force",
        "strike",
        "saa",
    ),
    *_both(
        "The armys air force struck ISIL positions near Palmyra and Homs on Monday.",
        "The armys air force",
        "strike",
        "saa",
    ),
    # a leader's forces are his state's army; his aircraft the state's, as its jets are
    *_both(
        "President Bashar al-Assads forces shelled Douma and Harasta on Monday, the monitor said.",
        "President Bashar al-Assads forces",
        "shell",
        "saa",
    ),
    *_both(
        "President Bashar al-Assad's air force bombed Douma and Harasta on Monday.",
        "President Bashar al-Assad's air force",
        "bomb",
        "assad-regime",
    ),
    # a leader's regime is his state's government, not a people called "al-Assads"
    *_both(
        "Bashar al-Assads regime bombed Douma and Harasta on Monday, the minister said.",
        "Bashar al-Assads regime",
        "bomb",
        "assad-regime",
    ),
    # near miss: two owners, the first one's event (the second has its own), in the
    # first one's own words
    *_both(
        "Ten people died in strikes launched by Iran and Bashar Assads regime on Kessa, "
        "the monitor said.",
        "Iran",
        "strike",
        "iran",
    ),
    # a possessive name the gazetteer lacks names no people: a force of no known country
    *_both(
        "Khalid Tarvos forces shelled Douma and Harasta on Monday, the monitor said.",
        "Khalid Tarvos forces",
        "shell",
        "unknown/military",
    ),
    # near misses: a name ending in "Forces" is no possessive; no state owns a group's men
    *_both(
        "Syrian Democratic Forces fighters shelled Raqqa and Tabqa on Monday.",
        "Syrian Democratic Forces fighters",
        "shell",
        "sdf",
    ),
    pytest.param(
        "The Islamic State's fighters shelled Raqqa and Tabqa on Monday.",
        "The Islamic State's fighters",
        "shell",
        "isis",
        marks=pytest.mark.xfail(
            reason="only a state's forces are read through a possessive", strict=True
        ),
    ),
]


@pytest.mark.parametrize("text, actor, action, expected", _POSSESSED)
def test_a_possessive_names_whose_forces(parse, text, actor, action, expected):
    assert _ids(parse, text)[(actor, action)] == expected
