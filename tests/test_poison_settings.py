"""A toll told of an attack the sentence says used a poison (graph/extract/poisonmeans.py).

Sentences of our own, each with and without commas: "the attack" is the chemical attack
when the act it is the setting of names a poison ("fired shells with gas heads in the
attack that killed"), when it is told again after an act with a poison ("struck the town
with sarin ... the attack killed"), and a killing done "using" or "when they unleashed"
a nerve agent is one too. An attack with words of its own, a poison that only dates an
act, and force by conventional means stay FIGHT.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _both(text: str, *rest: str) -> list[tuple[str, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


POISONED = [
    *_both(
        "Pilots hit the district of Vostra with shells said to hold chlorine, and nurses "
        "said the attack had killed 35 residents.",
        "kill",
    ),
    *_both(
        "Pilots hit the district of Vostra with shells said to hold chlorine, and nurses "
        "said the attack had wounded 90 residents.",
        "wound",
    ),
    *_both(
        "Gunners fired shells with toxic gas heads in the attack that killed 14 farmers.", "kill"
    ),
    *_both("Nerve agents were used in the raid, which wounded 70 people in Tarsk.", "wound"),
    *_both("The junta killed 200 villagers, using chemical munitions, in the valley.", "kill"),
    *_both("The militia killed 40 herders when it unleashed sarin on the camp.", "kill"),
]


@pytest.mark.parametrize(("text", "action"), POISONED)
def test_toll_of_a_poisoned_attack_is_unconventional(parse, text, action):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert {(e.action_class, e.mode) for e in found} == {("ASSAULT", "unconventional")}


CONVENTIONAL = [
    # the attack has words of its own: another attack than the poisoned one
    *_both(
        "Pilots hit Vostra with chlorine shells, and the attack on the checkpoint killed "
        "three guards.",
        "kill",
    ),
    # the gas attack only dates the shelling
    *_both("Gunners shelled Tarsk after the gas attack, and the raid killed five farmers.", "kill"),
    *_both("Gunners fired shells with high explosive heads in the attack that killed 14.", "kill"),
    *_both("The junta killed 200 villagers, using heavy artillery, in the valley.", "kill"),
    *_both("The junta killed 200 villagers before using chemical munitions elsewhere.", "kill"),
]


@pytest.mark.parametrize(("text", "action"), CONVENTIONAL)
def test_toll_of_other_attacks_is_not_unconventional(parse, text, action):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert all(e.mode != "unconventional" for e in found)
