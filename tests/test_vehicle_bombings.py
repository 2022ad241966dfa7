"""A car or truck bombing, a land mine in two words, blowing oneself up name the means.

graph/extract/assaultmodes._words_mode: "a car bombing killed 26", "was killed in a truck
bombing", "land mines planted by the militants have killed and wounded hundreds" are the
codebook's bombing (ASSAULT, mode explosives), whoever the doer turns out to be; "blew
himself up ... and killed 25 soldiers" is a suicide attack, and so is its toll. Sentences
of our own, each with and without commas; near misses (an aerial bombing, a phosphate
mine, a pronoun "mine", conventional shelling) keep their class.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _both(text: str, *rest: str) -> list[tuple[str, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


BOMBINGS = [
    *_both("A car bombing blamed on the militants killed at least 14 people in Tarsk.", "kill"),
    *_both("A truck bombing killed nine soldiers at the gate of the base, a monitor said.", "kill"),
    *_both("The journalist was killed in a car bombing near Vostra last year.", "kill"),
    *_both("Five guards were wounded in a truck bombing outside the ministry.", "wound"),
    *_both(
        "Land mines planted by the militants have killed dozens of farmers, the group said.",
        "kill",
    ),
    *_both(
        "A land mine left behind by the militants killed two shepherds, the mayor said.", "kill"
    ),
]


@pytest.mark.parametrize(("text", "action"), BOMBINGS)
def test_a_vehicle_bombing_or_land_mine_is_a_bombing(parse, text, action):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert {(e.action_class, e.mode) for e in found} == {("ASSAULT", "explosives")}


CONVENTIONAL = [
    *_both("The aerial bombing of Tarsk killed nine people, the monitor said.", "kill"),
    *_both("Jets struck a phosphate mine near Vostra, killing four workers.", "kill"),
    *_both("Artillery shelled the town, killing six people near the mine.", "kill"),
    *_both("Rebels shelled the car park near the base, killing two soldiers.", "kill"),
]


@pytest.mark.parametrize(("text", "action"), CONVENTIONAL)
def test_other_force_keeps_its_class(parse, text, action):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert all(e.action_class != "ASSAULT" for e in found)


SUICIDES = [
    *_both(
        "A bomber from the Vostra Front blew himself up beside a police post, killing nine men.",
        "kill",
    ),
    *_both("The attacker blew himself up at the gate and killed six guards.", "kill"),
    *_both("Two fighters blew themselves up at the headquarters, a monitor said.", "blow up"),
    *_both("The militants were shot before they could detonate themselves.", "detonate"),
]


@pytest.mark.parametrize(("text", "action"), SUICIDES)
def test_blowing_oneself_up_is_a_suicide_attack(parse, text, action):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert {(e.action_class, e.mode) for e in found} == {("ASSAULT", "suicide-attack")}


NOT_SUICIDES = [
    *_both("Engineers blew up the bridge near Tarsk, a spokesman said.", "blow up"),
    *_both("The rebels blew up a tank and killed its crew, the monitor said.", "kill"),
]


@pytest.mark.parametrize(("text", "action"), NOT_SUICIDES)
def test_blowing_up_a_thing_is_no_suicide_attack(parse, text, action):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert all(e.mode != "suicide-attack" for e in found)
