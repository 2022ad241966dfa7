"""A campaign, war or offensive waged from the air is aerial force (eventclass).

Sentences of our own, each with and without commas: "waged an air campaign", "began its
aerial offensive", "carrying out an air war" are air strikes (CAMEO 195, FIGHT, mode
aerial), whatever the bare frame would be (a campaign alone is an appeal). A campaign
whose "air" belongs to another word, or one of air drops, is no war from the air.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _both(text: str, action: str) -> list[tuple[str, str]]:
    return [(text, action), (text.replace(",", ""), action)]


AIR_WARS = [
    *_both("Vostra has been waging an air campaign, in support of the army, for a year.", "wage"),
    *_both("Ruritania began its air campaign in the north on September 30.", "begin"),
    *_both(
        "Vostran jets have been carrying out an air war over the valley since May.", "carry out"
    ),
    *_both(
        "The alliance stepped up its aerial campaign over the valley, officials said.", "step up"
    ),
    *_both("The two governments stepped up their air operations, the monitor said.", "step up"),
]


@pytest.mark.parametrize(("text", "action"), AIR_WARS)
def test_a_war_from_the_air_is_aerial_force(parse, text, action):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert {(e.action_class, e.mode) for e in found} == {("FIGHT", "aerial")}


NO_AIR_WARS = [
    *_both("The charity began an air ambulance campaign in the north, its director said.", "begin"),
    *_both("The agency began a campaign of air drops over the besieged town.", "begin"),
    *_both("The ministry launched an awareness campaign, the paper said.", "launch"),
]


@pytest.mark.parametrize(("text", "action"), NO_AIR_WARS)
def test_other_campaigns_are_no_air_war(parse, text, action):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert all(e.mode != "aerial" and e.action_class != "FIGHT" for e in found)
