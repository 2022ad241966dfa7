"""An attack told by "batter", a verb the CAMEO dictionary lacks (issue 14, ontology.ttl FIGHT).

Sentences written for this test, with and without their commas.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


@pytest.mark.parametrize(
    "text, actor, target",
    [
        (
            "For a third day, government artillery battered the rebel-held suburb of Tal Qamar.",
            "government artillery",
            "the rebel-held suburb of Tal Qamar",
        ),
        (
            "For a third day government artillery battered the rebel-held suburb of Tal Qamar.",
            "government artillery",
            "the rebel-held suburb of Tal Qamar",
        ),
        (
            "On Sunday, Turkish jets battered Kurdish positions near Derik.",
            "Turkish jets",
            "Kurdish positions",
        ),
        (
            "On Sunday Turkish jets battered Kurdish positions near Derik.",
            "Turkish jets",
            "Kurdish positions",
        ),
    ],
)
def test_battering_is_an_attack(parse, text, actor, target):
    found = {(e.actor, e.action, e.target): e for e in extract_events(parse(text))}
    event = found[(actor, "batter", target)]
    assert (event.kind, event.action_class) == ("event", "FIGHT")


def test_weather_battering_names_no_attacker(parse):
    found = [
        e
        for e in extract_events(parse("Storms battered the coast of Varna."))
        if e.action == "batter"
    ]
    assert all(e.kind == "relation" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Officers said the man battered his cousin with a stick.",
        "Officers said the man battered his cousin with a stick",
        "A gale battered the shore of Morvia on Friday.",
        "On Friday a gale battered the shore of Morvia",
    ],
)
def test_battering_by_a_person_or_weather_is_no_fight(parse, text):
    found = [e for e in extract_events(parse(text)) if e.action == "batter"]
    assert all(e.action_class != "FIGHT" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes battered the town of Velko overnight.",
        "Rebel fighters battered the army base near Velko, the monitor said",
    ],
)
def test_battering_by_arms_stays_a_fight(parse, text):
    found = [e for e in extract_events(parse(text)) if e.action == "batter"]
    assert any(e.action_class == "FIGHT" and e.kind == "event" for e in found)
