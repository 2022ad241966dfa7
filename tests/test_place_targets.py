"""A one-sided attack's town is its target when no party is named (normalize/placetargets.py).

"Jets bombed in the Qasr district" codes the district as the target, as "jets bombed the
Qasr district" does. Two sides fighting there, victims killed there, a country, a region,
a compass area, an act that is no attack and an attack with a target of its own are left
alone. Sentences written for these tests, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str, action: str) -> set[str]:
    events = normalize_events(extract_events(parse(text)))
    return {e.target for e in events if e.action == action and e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


PLACED = [
    *[
        (text, "strike", "Tal Rifaat")
        for text in _both("On Friday, Tarvan jets carried out six air strikes in Tal Rifaat.")
    ],
    *[
        (text, "drop", "the Qasr district")
        for text in _both("Army helicopters dropped barrel bombs in the Qasr district, on Sunday.")
    ],
    *[
        (text, "strike", "Kafr Nabl")
        for text in _both("Russian planes struck in Kafr Nabl on Tuesday, a monitor said.")
    ],
    *[
        (text, "shell", "the village of Zaytun")
        for text in _both("Rebels shelled in the village of Zaytun overnight, residents said.")
    ],
    # an army's operation is told as the attack it is (see extract.lightattacks), on
    # the town it is launched in, as campaigntargets reads "launched an operation in X"
    # (with its comma only: without it the parser glues "Hama officials")
    ("In May, the army launched a new operation in Hama, officials said.", "attack", "Hama"),
    *[
        (text, "raid", "Idlib province")
        for text in _both("Last week, regime aircraft carried out raids in Idlib province.")
    ],
]

LEFT = [
    # two sides fighting there, victims killed there
    *[(text, "clash", "") for text in _both("On Monday, militants clashed with police in Homs.")],
    *[(text, "kill", "") for text in _both("Gunmen killed in Homs, police said.")],
    # a country, a compass area, a region-sized area
    *[
        (text, "strike", "")
        for text in _both("On Friday, Tarvan jets carried out six air strikes in Syria.")
    ],
    *[
        (text, "strike", "")
        for text in _both("On Friday, Tarvan jets carried out six air strikes in northern Syria.")
    ],
    *[
        (text, "strike", "")
        for text in _both("On Friday, Tarvan jets carried out six air strikes in the north.")
    ],
    *[
        (text, "strike", "")
        for text in _both("Tarvan jets carried out six air strikes in the Gaza Strip, it said.")
    ],
    # a massacre's place is where its victims died
    *[
        (text, "commit", "")
        for text in _both("They said the militia committed a massacre in Tal Rifaat, in May.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target"), PLACED)
def test_attack_in_a_town_targets_the_town(parse: Parse, text: str, action: str, target: str):
    assert target in _targets(parse, text, action)


@pytest.mark.parametrize(("text", "action", "target"), LEFT)
def test_place_left_as_location(parse: Parse, text: str, action: str, target: str):
    assert _targets(parse, text, action) <= {target}


def test_attack_with_a_target_keeps_it(parse: Parse):
    text = "Tarvan jets bombed rebel positions in Tal Rifaat, it said."
    assert _targets(parse, text, "bomb") == {"rebel positions"}
    assert _targets(parse, text.replace(",", ""), "bomb") == {"rebel positions"}


def test_deployment_in_a_town_has_no_target(parse: Parse):
    events = normalize_events(extract_events(parse("Troops were deployed in Homs, he said.")))
    assert all(not e.target for e in events if e.action_class == "MOBILIZE")


def _target_ids(parse: Parse, text: str, action: str) -> set[str]:
    events = normalize_events(extract_events(parse(text)))
    return {e.target_id for e in events if e.action == action and e.kind == "event"}


# An unnamed settlement target in a town's "in/across" phrase: the town (placed_part).
PARTS = [
    *[
        (text, "hit", "idlib")
        for text in _both("On Tuesday, jets hit at least 11 towns and villages across Idlib.")
    ],
    *[
        (text, "shell", "aleppo")
        for text in _both("Rebels shelled residential neighbourhoods in Aleppo city at dawn.")
    ],
    *[(text, "bomb", "homs") for text in _both("At night, jets bombed several districts in Homs.")],
    # a side of a town or province, a region the gazetteer knows inside a country
    *[
        (text, "shell", "idlib")
        for text in _both("On Sunday, gunners shelled villages in western Idlib province.")
    ],
    *[
        (text, "pound", "eastern-ghouta")
        for text in _both("Overnight, Tarvan jets pounded towns and villages in eastern Ghouta.")
    ],
    # ground besieged or taken is coded as its town too (placeheads)
    *[
        (text, "besiege", "damascus")
        for text in _both("In May, troops besieged a town near Damascus.")
    ],
    *[
        (text, "seize", "hama")
        for text in _both("By Friday, troops seized villages in Hama province.")
    ],
]

PARTS_LEFT = [
    # a region is where the war is, not what was hit
    *[
        (text, "raid", "")
        for text in _both("Tarvan jets raided villages in northern Syria, it said.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target"), PARTS)
def test_unnamed_part_targets_its_town(parse: Parse, text: str, action: str, target: str):
    assert target in _target_ids(parse, text, action)


@pytest.mark.parametrize(("text", "action", "target"), PARTS_LEFT)
def test_unnamed_part_elsewhere_left(parse: Parse, text: str, action: str, target: str):
    assert _target_ids(parse, text, action) <= {target}


# An unnamed building or site in a town's "in" phrase, owned by no one named: the town.
FACILITIES = [
    *[
        (text, "bomb", "kessa")
        for text in _both("On Monday, jets bombed a crowded market in the town of Kessa, at noon.")
    ],
    *[(text, "hit", "homs") for text in _both("Shells hit two schools in Homs, residents said.")],
    *[
        (text, "strike", "idlib")
        for text in _both("Warplanes struck a bakery in Idlib province, a monitor said.")
    ],
    # a public work, a market written as "market place"
    *[
        (text, "bomb", "homs")
        for text in _both("On Monday, jets bombed a power station in Homs, officials said.")
    ],
    *[
        (text, "shell", "kessa")
        for text in _both("Mortars shelled the market place in the town of Kessa, at noon.")
    ],
]

FACILITIES_LEFT = [
    # owned by someone the text names, a part of a building, a region, ground taken, near
    *[(text, "bomb") for text in _both("On Monday, jets bombed their homes in Homs.")],
    *[(text, "strike") for text in _both("Jets struck police buildings in Homs, it said.")],
    *[(text, "strike") for text in _both("Later, jets struck the roof of a house in Homs.")],
    *[(text, "strike") for text in _both("Jets struck a hospital in northern Syria, it said.")],
    *[(text, "seize") for text in _both("In May, rebels seized a school in Homs.")],
    *[(text, "bomb") for text in _both("At dawn, jets bombed a clinic near Homs.")],
]


@pytest.mark.parametrize(("text", "action", "target"), FACILITIES)
def test_building_targets_its_town(parse: Parse, text: str, action: str, target: str):
    assert target in _target_ids(parse, text, action)


@pytest.mark.parametrize(("text", "action"), FACILITIES_LEFT)
def test_owned_or_unplaced_building_left(parse: Parse, text: str, action: str):
    ids = _target_ids(parse, text, action)
    assert ids and not ids & {"homs", "syria"}


# A side or kind of a named town or province in the attack's, the campaign's or the
# advance's own phrase: that place (is_town_side; its node by modifiedplaces).
SIDES = [
    *[
        (text, "strike", "homs")
        for text in _both("At dawn, Tarvan jets carried out four air strikes in eastern Homs.")
    ],
    *[(text, "pound", "hama") for text in _both("On Thursday, gunners pounded in rural Hama.")],
    *[
        (text, "raid", "idlib")
        for text in _both("On Sunday, planes carried out raids in southern Idlib province.")
    ],
    *[
        (text, "attack", "homs")
        for text in _both("Last month, the army launched an offensive in western Homs.")
    ],
    *[(text, "advance", "homs") for text in _both("On Monday, troops advanced in eastern Homs.")],
    # a capitalised side of a known town ("Southwest Homs"): the town, not a place of its own
    *[
        (text, "attack", "homs")
        for text in _both("Last month, the army launched an offensive in Southwest Homs.")
    ],
]

# A country's side and a place named with a side word are no town's side.
SIDES_LEFT = [
    *[
        (text, "raid")
        for text in _both("On Sunday, planes carried out raids in eastern Syria, it said.")
    ],
    *[
        (text, "strike")
        for text in _both("At dawn, jets carried out four strikes in the West Bank, it said.")
    ],
    *[(text, "advance") for text in _both("On Monday, troops advanced in eastern Syria.")],
    # a part a town's possessive names is that part, not the side of a town
    *[
        (text, "attack")
        for text in _both("The army launched an offensive in eastern Aleppos Kessa district.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target"), SIDES)
def test_side_of_a_town_targets_the_town(parse: Parse, text: str, action: str, target: str):
    assert target in _target_ids(parse, text, action)


@pytest.mark.parametrize(("text", "action"), SIDES_LEFT)
def test_side_of_a_country_left(parse: Parse, text: str, action: str):
    assert _target_ids(parse, text, action) <= {""}


def test_place_named_with_a_side_keeps_its_node(parse: Parse):
    for text in _both("At dawn, jets struck the West Bank and Eastern Ghouta, it said."):
        assert _target_ids(parse, text, "strike") == {"west-bank", "eastern-ghouta"}
