"""Casualties told with a bombing's or a poison's means are ASSAULT (graph/extract/assaultmodes).

Sentences of our own, each with and without commas:

- "N were killed and M wounded in a car bomb attack": the means phrase hangs on the last
  verb but tells how the first came about too (``_shared_means``);
- "a chemical attack that killed 40", "the sarin gas attack which killed 80": an act
  told by an attack noun a poison names is the codebook's unconventional ASSAULT
  (``_poison_attack``).

Casualties of air strikes, clashes, explosive shells (a heavy weapon's rounds), or an attack
on a gas field stay FIGHT.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _both(text: str, *rest: str) -> list[tuple[str, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


SHARED = [
    *_both("Twelve people were killed and 30 wounded in a car bomb attack on Tarsk.", "explosives"),
    *_both("Six guards were killed, and nine were injured in a suicide bombing.", "suicide-attack"),
    *_both("Four villagers were killed and 20 injured in a chlorine attack.", "unconventional"),
    *_both("On Monday, two children were killed and wounded by the toxic gas.", "unconventional"),
]


@pytest.mark.parametrize(("text", "mode"), SHARED)
def test_casualties_share_the_means_of_the_later_verb(parse, text, mode):
    # the killing's fact, or the attack's own act when the phrase names no one
    found = [e for e in extract_events(parse(text)) if e.action in {"be killed", "kill"}]
    assert found, "no killing"
    assert {(e.action_class, e.mode) for e in found} == {("ASSAULT", mode)}


POISONED = [
    *_both("A suspected chemical attack that killed 40 people in Tarsk drew condemnation."),
    *_both("The sarin gas attack, which killed 80 people, was blamed on the army."),
    *_both("Officials said a poison gas attack killed nine villagers near Vostra."),
    *_both("A chemical weapons attack that killed 30 residents hit Tarsk on Monday."),
]


@pytest.mark.parametrize("text", POISONED)
def test_acts_of_a_poison_attack_are_unconventional(parse, text):
    (text,) = text
    found = [e for e in extract_events(parse(text)) if e.action == "kill"]
    assert found, "no killing"
    assert {(e.action_class, e.mode) for e in found} == {("ASSAULT", "unconventional")}


CONVENTIONAL = [
    *_both("Twelve people were killed and 30 wounded in air strikes on Tarsk.", "be killed"),
    *_both("Five men were killed in clashes, and two were hurt in a car bomb attack.", "be killed"),
    *_both("Militants killed 20 guards in an attack on a gas field near Tarsk.", "kill"),
    *_both("The gas field attack killed 20 guards, a monitor said.", "kill"),
    *_both("Three rebels were killed and four were captured in a chemical plant.", "be killed"),
    *_both("Two men were killed, and nine hurt by explosive shells fired on Tarsk.", "be killed"),
    *_both("Three people were killed and 12 injured in raids with explosive bullets.", "be killed"),
    *_both("On Monday, two men were killed by explosive rounds fired on Tarsk.", "kill"),
]


@pytest.mark.parametrize(("text", "action"), CONVENTIONAL)
def test_other_casualties_stay_as_they_were(parse, text, action):
    # "be killed" is the fact, or the unowned attack's own killing ("kill")
    actions = {action, "kill"} if action == "be killed" else {action}
    found = [e for e in extract_events(parse(text)) if e.action in actions]
    assert found, f"no {action!r} event"
    assert all(e.action_class != "ASSAULT" for e in found)
