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
