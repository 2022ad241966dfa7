"""An attack told again keeps the means its story told (graph/extract/storyattacks.py).

Stories of our own, each with and without commas: after a car bomb, a suicide bombing or
a gas attack, "the attack", "a similar bombing", "a second attack" and "carried out the
attack" are that kind of attack (ASSAULT); a story that also tells of conventional force
(jets, shelling), an attack with words of its own ("by warplanes") and a bare
indefinite "an attack" stay FIGHT, and so does repelling the attack.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _both(text: str, *rest: str) -> list[tuple[str, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


_CAR_BOMB = "A car bomb exploded outside the bakery in Velmor on Sunday. "
_GAS = "A suspected sarin attack hit the hamlet of Ostra at dawn, choking dozens. "
_SUICIDE = "A suicide bomber blew himself up at the gate of the barracks, officials said. "

CASES = [
    *_both(
        _CAR_BOMB + "Nine shoppers were killed in the attack, the police said.", "kill", "ASSAULT"
    ),
    *_both(_CAR_BOMB + "A second attack, an hour later, hit the bus depot.", "hit", "ASSAULT"),
    *_both(_GAS + "The attack also wounded 40 farmers, medics said.", "wound", "ASSAULT"),
    *_both(
        _SUICIDE + "In May, a similar bombing at the same gate killed four guards.",
        "kill",
        "ASSAULT",
    ),
    *_both(_SUICIDE + "The faction said its men carried out the attack.", "attack", "ASSAULT"),
    *_both(
        _SUICIDE + "At dawn, one guard was killed and six were injured in the attack.",
        "kill",
        "ASSAULT",
    ),
    # the story also tells of conventional force: the attack may be the jets'
    *_both(
        _CAR_BOMB + "Jets later pounded the suburbs, and six were killed in the attack.",
        "kill",
        "FIGHT",
    ),
    # the noun's own phrases name conventional means
    *_both(_GAS + "Later, the bombing of the market by warplanes killed five.", "kill", "FIGHT"),
    # no mark of a retelling: another attack, of unknown means
    *_both(_CAR_BOMB + "On Monday, gunmen launched an attack on the depot.", "attack", "FIGHT"),
    # the troops fought the attack off: their act is no bombing
    *_both(
        _CAR_BOMB + "Soldiers at the gate repelled the attack, the army said.", "repel", "FIGHT"
    ),
    # no means told before: the attack stays conventional force
    *_both("Nine shoppers were killed in the attack on Velmor, the police said.", "kill", "FIGHT"),
]


@pytest.mark.parametrize(("text", "action", "expected"), CASES)
def test_an_attack_told_again_keeps_the_story_means(parse, text, action, expected):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert {e.action_class for e in found} == {expected}
