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
