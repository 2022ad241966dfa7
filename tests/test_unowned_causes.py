"""Victims hurt "in the strikes": the side the story just named hurt them.

graph/extract/unownedcauses.py keeps "nine villagers were wounded in the raids" as the
raids' fact; graph/normalize/agentless.py makes it the event of the one side the
sentences before name as attacking. Stories of our own, each with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> dict[tuple[str, str, str], tuple[str, str]]:
    """Return (instrument or actor, action, target) -> (kind, actor label) of a story."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        (e.instrument or e.actor, e.action, e.target): (e.kind, e.actor_label) for e in normalised
    }


_JETS = "Turkish jets bombed the hill town of Beit Nour overnight."
_HELICOPTERS = "Government helicopters pounded the village of Kafr Sama on Sunday."
_BRIGADE = "The Falcon Brigade shelled the port of Marsa on Monday."


@pytest.mark.parametrize(
    "text, actor, action, target, label",
    [
        (f"{_JETS} Nine villagers were wounded in the raids.", "the raids", "wound",
         "Nine villagers", "Turkey"),
        (f"{_JETS} Nine villagers were wounded in the raids, residents said.", "the raids",
         "wound", "Nine villagers", "Turkey"),
        (f"{_JETS} Nine villagers were wounded in the raids residents said.", "the raids",
         "wound", "Nine villagers", "Turkey"),
        (f"{_HELICOPTERS} Four farmers were killed in the attack.", "the attack", "kill",
         "Four farmers", "government (unknown)"),
        # a verb of dying: the attack killed them
        (f"{_HELICOPTERS} Doctors said six children died in the bombardment.",
         "the bombardment", "kill", "six children", "government (unknown)"),
        (f"{_HELICOPTERS} Doctors said, six children died in the bombardment.",
         "the bombardment", "kill", "six children", "government (unknown)"),
        (f"{_BRIGADE} Two fishermen were killed in the shelling and four boats sank.",
         "the shelling", "kill", "Two fishermen", "Falcon Brigade"),
        (f"{_BRIGADE} Two fishermen were killed in the shelling, and four boats sank.",
         "the shelling", "kill", "Two fishermen", "Falcon Brigade"),
        # a relative clause of the victims
        (f"{_JETS} Nine villagers who were wounded in the raids were taken to hospital.",
         "the raids", "wound", "Nine villagers", "Turkey"),
        (f"{_JETS} Nine villagers, who were wounded in the raids, were taken to hospital.",
         "the raids", "wound", "Nine villagers", "Turkey"),
    ],
)  # fmt: skip
def test_victims_of_the_attack_take_the_side_just_named(parse, text, actor, action, target, label):
    assert _events(parse, text).get((actor, action, target)) == ("event", label)


_TWO_SIDES = "Rebels shelled Marsa on Monday while government jets bombed Tel Sour."
_STORMED = "Rebels stormed the army base near Tamra on Friday."


@pytest.mark.parametrize(
    "text, actor, action, target",
    [
        # no one named before: the attack's fact
        ("Four farmers were killed in the attack.", "the attack", "kill", "Four farmers"),
        ("Four farmers, a monitor said, were killed in the attack.", "the attack", "kill",
         "Four farmers"),
        # two sides attacked just before: whose attack was it?
        (f"{_TWO_SIDES} Four farmers were killed in the attack.", "the attack", "kill",
         "Four farmers"),
        (f"{_TWO_SIDES.replace(' while', ', while')} Four farmers were killed in the attack.",
         "the attack", "kill", "Four farmers"),
        # the attackers' own men were killed in their attack
        (f"{_STORMED} Three rebels were killed in the attack.", "the attack", "kill",
         "Three rebels"),
        (f"{_STORMED} Three rebels, a monitor said, were killed in the attack.", "the attack",
         "kill", "Three rebels"),
    ],
)  # fmt: skip
def test_victims_of_an_attack_whose_doer_is_open_take_no_side(parse, text, actor, action, target):
    # still a killing an event coder codes, by no one named (graph/normalize/unownedharms.py)
    assert _events(parse, text).get((actor, action, target)) == ("event", "")


@pytest.mark.parametrize(
    "text",
    [
        # a fight of two sides hurts no one on one side's account
        "Rebels fought the army near Tamra. Four soldiers were killed in the clashes.",
        "Rebels fought the army near Tamra. Four soldiers were killed in the clashes, it said.",
        # a war is no attack
        f"{_JETS} Thousands have been killed in the war.",
        f"{_JETS} Thousands have been killed in the war, the monitor says.",
        # an owned attack is read by its owner already ("in Russian strikes")
        f"{_JETS} Nine villagers were wounded in Russian raids.",
        f"{_JETS} Nine villagers were wounded, in Russian raids.",
    ],
)
def test_no_attack_fact_for_fights_wars_or_owned_attacks(parse, text):
    facts = [key for key, (kind, _) in _events(parse, text).items() if kind == "relation"]
    assert not any(
        actor.startswith("the ") and action in {"kill", "wound"} for actor, action, _ in facts
    )


@pytest.mark.parametrize(
    "text",
    [
        # a clause on the attack tells (or leaves open) whose it was: not the side before
        f"{_JETS} Nine villagers were wounded in raids which the monitor said were probably "
        "carried out by either Russian or Syrian jets.",
        f"{_JETS} Nine villagers were wounded in raids, which the monitor said were probably "
        "carried out by either Russian or Syrian jets.",
    ],
)
def test_an_attack_whose_own_clause_tells_its_doer_takes_no_side_from_before(parse, text):
    assert not any(
        label == "Turkey" and action == "wound"
        for (_, action, _), (_, label) in _events(parse, text).items()
    )
