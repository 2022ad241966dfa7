"""An unowned attack whose doer the story names as alternatives (graph/normalize/eitherdoers.py).

Stories of our own, each with and without commas: when the attack's sentence, the next
(or the one after, told of "the raids" past no other attack) or one of the two before
names its doer only as "X or Y jets", the attack takes that
phrase as its doer, its weapon as the instrument; the phrase then gives one event per
side, each possible (graph/normalize/eitherowners.py: the text says one of them did it,
not which). A ground
weapon, a story that says no one knows, a definite attacker named nearer and another
story keep the weapon as the actor.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _told(parse: Parse, text: str, action: str) -> set[tuple[str, str, str, str]]:
    """Return (actor, instrument, actor id, modality) of the story's events of ``action``."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        (e.actor, e.instrument, e.actor_id, e.modality)
        for e in normalised
        if e.action == action and e.kind == "event"
    }


def _both(text: str, *expected: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, *expected), (text.replace(",", ""), *expected)]


@pytest.mark.parametrize(
    "text, action, doer, weapon",
    [
        # the next sentence doubts between two named sides
        *_both(
            "Air raids hit a market in Tarsk on Monday, killing nine people. The monitor said "
            "it was unclear whether the raids were carried out by Turkish or Iraqi jets.",
            "hit",
            "Turkish or Iraqi jets",
            "Air raids",
        ),
        *_both(
            "Overnight strikes flattened a bakery in Kessa, residents said. It was not clear "
            "whether Turkish or Iraqi warplanes carried out the strikes.",
            "flatten",
            "Turkish or Iraqi warplanes",
            "Overnight strikes",
        ),
        # a toll told before the doubt: the killing is stated, only its doer open
        *_both(
            "Air strikes killed eleven people in Kessa on Sunday, a monitor said. It was "
            "unclear whether Turkish or Iraqi jets carried out the strikes.",
            "kill",
            "Turkish or Iraqi jets",
            "Air strikes",
        ),
        # the sentence before names them as the attack's doer
        *_both(
            "Turkish or Iraqi jets struck the town of Kessa overnight, a monitor said. The "
            "strikes hit a bakery and a school.",
            "hit",
            "Turkish or Iraqi jets",
            "The strikes",
        ),
        *_both(
            "Strikes by Turkish or Iraqi jets killed eleven people in Kessa on Sunday, a "
            "monitor said. The town lies near the border. The raids destroyed a clinic.",
            "destroy",
            "Turkish or Iraqi jets",
            "The raids",
        ),
        # told before without a place of its own, or at the place the alternatives hit
        *_both(
            "Turkish or Iraqi jets struck the town of Kessa overnight, a monitor said. "
            "Three attacks hit a mosque and a school.",
            "hit",
            "Turkish or Iraqi jets",
            "Three attacks",
        ),
        *_both(
            "Turkish or Iraqi jets struck the town of Kessa on Monday. Airstrikes killed "
            "five people, a monitor said.",
            "kill",
            "Turkish or Iraqi jets",
            "Airstrikes",
        ),
        *_both(
            "Turkish or Iraqi warplanes bombed a refugee camp in Kessa province on Sunday, a "
            "monitor said. Bombs struck the camp in Kessa province near the village of Tobin.",
            "strike",
            "Turkish or Iraqi warplanes",
            "Bombs",
        ),
        # two sentences on, told of the raids just told, past a toll or the same raids
        *_both(
            "Three strikes hit the town of Kessa on Monday, the monitor said. The toll rose "
            "to 40 as people died of their wounds. It was not clear whether the raids had "
            "been carried out by Turkish or Iraqi warplanes.",
            "hit",
            "Turkish or Iraqi warplanes",
            "Three strikes",
        ),
        *_both(
            "A barrage of air strikes near a clinic killed ten civilians, the monitor said. "
            "The raids targeted the town of Kessa. The monitor added that the raids were "
            "carried out by Turkish or Iraqi jets.",
            "kill",
            "Turkish or Iraqi jets",
            "A barrage of air strikes",
        ),
    ],
)
def test_alternatives_named_for_the_attack_are_each_a_possible_doer(
    parse, text, action, doer, weapon
):
    found = _told(parse, text, action)
    one, other = doer.split(" or ")
    sides = {(one, weapon, "turkey", "possible"), (other, weapon, "iraq", "possible")}
    assert sides <= found, found


@pytest.mark.parametrize(
    "text, action, weapon",
    [
        # a ground weapon is no jet's
        *_both(
            "A car bomb exploded near a bakery in Kessa on Friday. The monitor could not "
            "say whether Turkish or Iraqi jets had bombed the town that day.",
            "explode",
            "A car bomb",
        ),
        *_both(
            "Turkish or Iraqi jets struck the town of Kessa, a monitor said. Mortar shells "
            "hit a school near the market.",
            "hit",
            "Mortar shells",
        ),
        # the story says no one knows, without naming alternatives
        *_both(
            "Turkish or Iraqi jets struck the town of Kessa on Monday. It was unclear who "
            "carried out the raids. Later, air strikes hit a school in Tarsk.",
            "hit",
            "air strikes",
        ),
        # definite attackers are named nearer (two sides: the strikes stay unowned)
        *_both(
            "Turkish or Iraqi jets struck the town of Kessa on Monday. Rebels shelled the "
            "airport of Tarsk, and government jets bombed their villages. The strikes hit a "
            "bakery.",
            "hit",
            "The strikes",
        ),
        # an earlier attack the sentence recalls
        *_both(
            "Air strikes hit Kessa on Saturday. It was unclear whether Turkish or Iraqi jets "
            "carried out the strikes. It was the first death in the town since a gas attack "
            "on Tuesday that killed 80 people.",
            "kill",
            "a gas attack",
        ),
        # raids told as new ones, not as the ones just named
        *_both(
            "It was unclear whether Turkish or Iraqi jets struck the town of Kessa on Monday. "
            "Raids on Tarsk further north killed six people.",
            "kill",
            "Raids on Tarsk further north",
        ),
        *_both(
            "Turkish or Iraqi jets struck the town of Kessa on Monday. Air strikes killed "
            "six people in Tarsk.",
            "kill",
            "Air strikes",
        ),
        *_both(
            "It was unclear whether Turkish or Iraqi jets struck the town of Kessa. Six "
            "people were killed in raids on Tarsk further north.",
            "kill",
            "raids",
        ),
        # two sentences on: past another attack, or not told of the raids just told
        *_both(
            "Bombardment killed sixteen civilians across Kessa province on Monday. In Tarsk, "
            "air strikes killed seven people. The monitor said the raids were carried out by "
            "Turkish or Iraqi aircraft.",
            "kill",
            "Bombardment",
        ),
        *_both(
            "Three strikes hit the town of Kessa on Monday. Rebels shelled Tobin, residents "
            "said. The monitor said the raids were carried out by Turkish or Iraqi jets.",
            "hit",
            "Three strikes",
        ),
        *_both(
            "Three strikes hit the town of Kessa on Monday. The toll rose to 40. Turkish or "
            "Iraqi aircraft have bombed the province for weeks.",
            "hit",
            "Three strikes",
        ),
        # another story
        *_both(
            "Turkish or Iraqi jets struck the town of Kessa on Monday. Meanwhile, air strikes "
            "hit a school in Tarsk.",
            "hit",
            "air strikes",
        ),
    ],
)
def test_alternatives_not_named_for_the_attack_name_no_one(parse, text, action, weapon):
    found = _told(parse, text, action)
    assert (weapon, "", "", "asserted") in found, found
