"""A title-case headline's weapon is no name: "Terrorist Rocket Attacks Kill Ten" (issue 14).

Read in lower case as prose would write it (graph/normalize/titlecase.py), its owner
word names the doer and with none it names no one. Sentences of our own, with and
without commas.
"""

from __future__ import annotations

import pytest

from tests.test_instrument_owners import _events


@pytest.mark.parametrize(
    "text, weapon, label",
    [
        # a headline capitalises a weapon's words: no name, its owner word still counts
        (
            "Terrorist Rocket Attacks Kill Ten Villagers in Tarvan",
            "Terrorist Rocket Attacks",
            "gunmen",
        ),
        ("Rebel Rocket Fire Kills Five, Wounds 20 in Tarvan", "Rebel Rocket Fire", "rebel"),
        ("Rebel Rocket Fire Kills Five Wounds 20 in Tarvan", "Rebel Rocket Fire", "rebel"),
        ("Terrorist Bombing Claims Five Villagers in Tarvan", "Terrorist Bombing", "gunmen"),
        # no owner named: the weapon names no one (not an actor called "Twin Car Bombs")
        ("Twin Car Bombs Kill 30 Villagers in Tarvan", "Twin Car Bombs", ""),
        ("Twin Car Bombs Kill 30, Wound 50 in Tarvan", "Twin Car Bombs", ""),
    ],
)
def test_a_title_case_weapon_is_no_name(parse, text, weapon, label):
    found = {actor: lab for actor, lab, *_ in _events(parse, text)}
    assert weapon in found, found
    assert label in found[weapon].lower() and (label or found[weapon] == "")


@pytest.mark.parametrize(
    "text, name",
    [
        # a name stays a name in a title-case headline
        ("Kessa Liberation Front Captures Tarvan Villages", "Kessa Liberation Front"),
        ("Kessa Liberation Front Captures Tarvan, Ostra Villages", "Kessa Liberation Front"),
    ],
)
def test_a_title_case_name_stays_a_name(parse, text, name):
    found = {actor: lab for actor, lab, *_ in _events(parse, text)}
    assert found.get(name), found
