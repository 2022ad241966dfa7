"""Clauses that tell a habit are relation facts, not events; the act done on a day stays.

Every sentence here is written for this test (none comes from a benchmark file); each
construction appears with and without commas, as real news comes both ways.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events

# (sentence, a word of the relation that must give no event)
HABITS = [
    ("Jets usually bomb the valley of Wadi Sur at dawn.", "bomb"),
    ("The gunmen typically target police posts at night", "target"),
    ("The rebels are generally accused of shelling the market.", "accused"),
    ("The militias normally attack the checkpoints at night.", "attack"),
    ("The militias, commonly, raid the farms of Dalen", "raid"),
    ("Rebels usually fire rockets into the town, killing passers-by.", "killing"),
    ("Rebels usually fire rockets into the town killing passers-by", "fire"),
    ("Every time the council declares a truce, it breaks it.", "breaks"),
    ("Every time the council declares a truce it breaks it", "breaks"),
    ("Each time the army advanced the rebels fled.", "fled"),
    ("Whenever the convoy moved, the militia shelled the road.", "shelled"),
    ("The envoy said that the militia shelled the road whenever the convoy moved.", "shelled"),
    ("Such bombings are typically carried out by the Black Banner group.", "carried"),
]


@pytest.mark.parametrize(("sentence", "word"), HABITS)
def test_a_habit_is_no_event(parse, sentence, word):
    events = [e for e in extract_events(parse(sentence)) if word in e.relation]
    assert events, f"no fact on {word!r}"
    assert all(e.kind == "relation" for e in events)


# (sentence, a word of the relation, actor): acts done once stay events, even next to a habit
ACTS = [
    ("Jets bombed the valley of Wadi Sur on Sunday.", "bombed", "Jets"),
    ("The army has repeatedly shelled the town.", "shelled", "The army"),
    # repeated acts are acts (event coders code "routinely beat up detainees")
    ("Guards routinely beat the detainees of Sijn Ahmar, the report said.", "beat", "Guards"),
    ("Jets regularly bomb the valley of Wadi Sur", "bomb", "Jets"),
    (
        "Government jets usually bomb the valley but on Monday the air force struck "
        "the hospital in Kafr Amin.",
        "struck",
        "the air force",
    ),
    ("Jets usually bomb the town, which rebels captured in May.", "captured", "rebels"),
    (
        "The army, which usually patrols at night, attacked the village of Beit Zaki on Friday.",
        "attacked",
        "The army",
    ),
    ("The militia shelled the road when the convoy moved.", "shelled", "The militia"),
    # "generally", "commonly", "normally" on a past act tell how widely, not how often
    (
        "The rival factions generally welcomed the truce signed in Borvik on Thursday.",
        "welcomed",
        "The rival factions",
    ),
    (
        "The rival factions, generally, welcomed the truce signed in Borvik on Thursday.",
        "welcomed",
        "The rival factions",
    ),
    (
        "The donor states generally backed the ceasefire plan on Tuesday",
        "backed",
        "The donor states",
    ),
    ("The donors commonly praised the relief convoy", "praised", "The donors"),
]


@pytest.mark.parametrize(("sentence", "word", "actor"), ACTS)
def test_an_act_done_once_stays_an_event(parse, sentence, word, actor):
    events = [e for e in extract_events(parse(sentence)) if word in e.relation]
    assert any(e.kind == "event" and e.actor == actor for e in events)
