"""Detentions, blockades, expulsions and armed stand-offs named by verbs coded otherwise.

Every sentence here is written for this test (none comes from a benchmark file); each
construction appears with and without commas, as real news comes both ways.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[[str], Doc]


def _event(parse: Parse, sentence: str, word: str) -> Event:
    found = [e for e in extract_events(parse(sentence)) if e.kind == "event" and word in e.relation]
    assert found, f"no event on {word!r} in {sentence!r}"
    return found[0]


# (sentence, a word of the event's relation, class, CAMEO code)
CODED = [
    # rounding people up detains them
    ("The gunmen rounded up forty villagers in the square.", "rounded", "COERCE", "173"),
    (
        "Masked men rounded up the teachers of Tal Marun and took them away",
        "rounded",
        "COERCE",
        "173",
    ),
    ("The farmers were rounded up by the militia on Sunday.", "rounded", "COERCE", "173"),
    # stopping people or goods from moving is a blockade
    ("Regime forces prevented the evacuation of the wounded.", "prevented", "COERCE", "191"),
    (
        "The police blocked the entry of aid into the camp, officials said.",
        "blocked",
        "COERCE",
        "191",
    ),
    ("Soldiers hindered the delivery of flour to Beit Qana", "hindered", "COERCE", "191"),
    ("The delivery of fuel to Morvan was blocked by the army.", "blocked", "COERCE", "191"),
    (
        "Riot police prevented the departure of the buses, the drivers said",
        "prevented",
        "COERCE",
        "191",
    ),
    # driving people from their homes expels them
    ("The militia drove thousands of villagers from their homes.", "drove", "COERCE", "174"),
    (
        "Raiders drove hundreds of families out of the village of Kfar Dala",
        "drove",
        "COERCE",
        "174",
    ),
    # armed men facing armed men or an attack fight them
    ("The army confronted the attackers at the checkpoint.", "confronted", "FIGHT", "190"),
    (
        "The assailants confronted the guards, before blowing up their car.",
        "confronted",
        "FIGHT",
        "190",
    ),
    # holding back or stopping armed men or their attack repels them
    ("Kurdish fighters have held back the group for a month.", "held", "FIGHT", "190"),
    ("The defenders held off the assault for three days", "held", "FIGHT", "190"),
    ("The garrison held the raiders off until dawn.", "held", "FIGHT", "190"),
    ("The army stopped the advance of the rebels near Qarat Suf.", "stopped", "FIGHT", "190"),
    (
        "Government troops halted the rebels' offensive on Pelka, the ministry said",
        "halted",
        "FIGHT",
        "190",
    ),
    ("The army held back the Varn militia for a week.", "held", "FIGHT", "190"),
    # an armed party's blows and defeats are fighting
    ("The rebels delivered a heavy blow to the army near the dam.", "delivered", "FIGHT", "190"),
    ("Rebel units dealt a defeat to the militia, the spokesman said.", "dealt", "FIGHT", "190"),
]


@pytest.mark.parametrize(("sentence", "word", "cls", "cameo"), CODED)
def test_coercion_and_stand_offs_get_their_class(parse, sentence, word, cls, cameo):
    event = _event(parse, sentence, word)
    assert (event.action_class, event.cameo_code) == (cls, cameo)


# Other senses of the same verbs keep what the dictionary (or nothing) gives them.
UNCHANGED = [
    ("She held back tears at the funeral.", "held", "COERCE FIGHT"),
    ("The minister confronted his rival with the leaked letters.", "confronted", "FIGHT"),
    ("The envoy rounded up support among the donors.", "rounded", "COERCE"),
    ("The farmers drove their sheep from the hills of Jabal Rum.", "drove", "COERCE"),
    ("Police confronted the protesters in the square", "confronted", "FIGHT"),
    # stopping one's own attacks is a halt, not a fight
    ("The two militias agreed to stop attacks on the road.", "stop", "FIGHT"),
    ("The two armies halted their attacks.", "halted", "FIGHT"),
]


@pytest.mark.parametrize(("sentence", "word", "not_classes"), UNCHANGED)
def test_other_senses_of_these_verbs_are_no_coercion(parse, sentence, word, not_classes):
    event = _event(parse, sentence, word)
    assert event.action_class not in not_classes.split()
    assert event.cameo_code not in {"173", "174", "190", "191"}


# Halting, blocking and holding back by someone who is no armed party, or of someone who
# is no foe, is no blockade and no fight, whatever the object (event or not).
NOT_CODED = [
    # who halts an attack matters: a president, mediators, the weather
    ("President Olvar halted the army's offensive on Demsk after the talks.", "halted"),
    ("After the talks, President Olvar halted the army's offensive on Demsk", "halted"),
    ("UN envoys halted the Varn offensive on Pelka.", "halted"),
    ("Heavy snow stopped the army's advance on Pelka, officers said.", "stopped"),
    # armed men halting their own side's attack
    ("The militia halted the militia's advance on Pelka, its commander said.", "halted"),
    # an aid body or a parliament stopping a movement is no blockade
    ("The Food Agency halted the delivery of rice to the camp last week.", "halted"),
    (
        "The relief group stopped deliveries of flour to the camp after two drivers were shot.",
        "stopped",
    ),
    ("Parliament blocked the transfer of rifles to Ostria", "blocked"),
    ("Lawmakers blocked the transfer of rifles to Ostria, the speaker said.", "blocked"),
    # holding back unarmed people is no fight
    ("Soldiers held back the reporters at the checkpoint.", "held"),
    ("At the checkpoint, troops held back the photographers", "held"),
]


@pytest.mark.parametrize(("sentence", "word"), NOT_CODED)
def test_unarmed_doers_and_unarmed_parties_are_no_stand_off(parse, sentence, word):
    found = [e for e in extract_events(parse(sentence)) if word in e.relation]
    assert all(e.cameo_code not in {"190", "191"} for e in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The siege has blocked the delivery of medicine to Selm for months",
        "For months, checkpoints have prevented the entry of fuel into Selm.",
        "Roadblocks that have stopped deliveries of bread to Selm were lifted on Monday.",
        "Two relief convoys were stopped by terror cells from entering the town of Selm.",
    ],
)
def test_a_siege_checkpoints_or_terror_cells_stopping_a_movement_is_a_blockade(parse, sentence):
    found = [e for e in extract_events(parse(sentence)) if e.cameo_code == "191"]
    assert found, sentence
