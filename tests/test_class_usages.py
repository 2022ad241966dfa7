"""Classes of resisting, peacetime dictionary senses, and participles that only describe.

(graph/extract/combat.py, usages.py, describing.py, eventclass.py; every sentence is
written for this test, none comes from a benchmark file)
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[[str], Doc]


def _events(parse: Parse, sentence: str, word: str) -> list[Event]:
    return [e for e in extract_events(parse(sentence)) if word in e.relation]


def _event(parse: Parse, sentence: str, word: str) -> Event:
    found = [e for e in _events(parse, sentence, word) if e.kind == "event"]
    assert found, f"no event on {word!r} in {sentence!r}"
    return found[0]


# (sentence, a word of the event's relation, class)
CLASSES = [
    # resisting armed men, a party or an attack is fighting; a future one a threat of it
    ("Police officers resisted the raid on the depot.", "resisted", "FIGHT"),
    ("The garrison had tried to resist the militia's advance.", "resist", "FIGHT"),
    ("The garrison had tried, for a week, to resist the militia's advance.", "resist", "FIGHT"),
    ("The hill tribes will keep resisting the Ruritanian occupiers.", "resisting", "THREATEN"),
    ("The hill tribes, he said, will keep resisting the occupiers.", "resisting", "THREATEN"),
    ("The villagers resisted the rebels for two days.", "resisted", "FIGHT"),
    ("The minister resisted calls to resign.", "resisted", "REJECT"),
    # a peacetime pattern read into war news
    ("The air force has been staging air strikes on Lomvik.", "staging", "FIGHT"),
    ("The air force, its pilots said, staged air strikes on Lomvik.", "staged", "FIGHT"),
    ("Dock workers in Lomvik staged a strike on Monday.", "staged", "PROTEST"),
    ("Militiamen blocked the road to the border crossing.", "blocked", "COERCE"),
    ("Militiamen in trucks, witnesses said, blocked the road.", "blocked", "COERCE"),
    ("Protesters blocked the road to the ministry.", "blocked", "PROTEST"),
    ("The army carried out a special operation near Tolmar.", "carried", "FIGHT"),
    ("The army carried out a special operation, near Tolmar, at dawn.", "carried", "FIGHT"),
    (
        "The army and the militia carried out a joint operation near Tolmar.",
        "carried",
        "COOPERATE",
    ),
    # (a figure for the dead released or withheld is a report, a fact: test_report_figures)
    ("The gang released two hostages on Friday.", "released", "RETREAT"),
    # what is delivered or sent is an attack or a bomb
    ("The gang struck at dawn, sending a van bomb toward the checkpoint.", "sending", "ASSAULT"),
    ("Lomvian jets delivered a missile strike on army positions.", "delivered", "FIGHT"),
    ("The agency delivered food to the camp.", "delivered", "AID"),
    ("The militia helped the offensive on Tolmar.", "helped", "AID"),
    ("The brigade pulled out of the town.", "pulled", "RETREAT"),
    # a light verb's event counted by a quantifier
    ("A lone gunman carried out both of those raids.", "carried", "FIGHT"),
    ("Jets carried out two of the raids, the monitor said.", "carried", "FIGHT"),
    ("The militia claimed two of the attacks.", "claimed", "STATEMENT"),
    ("The militia claimed the attack on the checkpoint.", "claimed", "STATEMENT"),
    # gains made by armed men or against someone are an advance; a party's are not
    ("The militiamen have lately made gains near Tolmar.", "made", "FIGHT"),
    ("The clans, a source said, made a number of gains against the guards.", "made", "FIGHT"),
    ("The party made gains in the vote.", "made", "OTHER"),
    # pressing armed men or an attack is fighting; pressing someone to act a demand
    ("Army units pressed a campaign against the rebels on Sunday.", "pressed", "FIGHT"),
    ("Militiamen, a source said, are pressing the gunmen in the north.", "pressing", "FIGHT"),
    ("The envoy pressed the council to act.", "pressed", "DEMAND"),
    # trapping armed men is besieging them
    ("The gunmen had trapped 150 soldiers near the base.", "trapped", "FIGHT"),
    ("Near the base, the gunmen had trapped 150 soldiers.", "trapped", "FIGHT"),
]


@pytest.mark.parametrize("sentence, word, expected", CLASSES)
def test_war_news_senses(parse, sentence, word, expected):
    assert _event(parse, sentence, word).action_class == expected


# a toll claimed is a killing (an event, or a fact when only a weapon is named)
TOLLS = [
    ("The clashes in Tolmar claimed several persons.", "claimed"),
    ("The shelling, medics said, claimed eight.", "claimed"),
    ("The gang attacked the bus claiming nine and wounding four.", "claiming"),
]


@pytest.mark.parametrize("sentence, word", TOLLS)
def test_a_claimed_toll_is_a_killing(parse, sentence, word):
    found = _events(parse, sentence, word)
    assert found, f"no frame on {word!r}"
    assert {e.action_class for e in found} == {"FIGHT"}


# (sentence, a word of the relation): a clause that describes a party, an idle act, a state
FACTS = [
    ("Six guards guarding the convoy were killed.", "guard"),
    ("A truck carrying pilgrims was hit by a shell.", "carrying"),
    ("Crowds celebrating the fall of the fort filled the square.", "celebrating"),
    ("A photographer contributing to Nordpress saw the damage.", "contributing"),
    ("A cameraman contributing to a Lomvik weekly was wounded.", "contributing"),
    ("A shell hit the hall while Tomas and his fiancee were exchanging vows.", "exchang"),
    ("A shell hit the hall, while Tomas and Lena were exchanging rings.", "exchang"),
    ("The envoy said Ruritania did not take the necessary steps.", "take"),
    # taking refuge, a rescue from the rubble
    ("Some families had taken refuge in the mosque.", "taken"),
    ("Some families, fearing the raids, sought shelter in the mosque.", "sought"),
    ("Medics pulled the bodies of two boys from under the rubble in Tolmar.", "pulled"),
    ("Rescuers, a medic said, dug a toddler out of the ruins.", "dug"),
    # a participle of placement says where its noun is
    ("Gunmen positioned in the orchards fired shells on Tolmar.", "positioned"),
    ("Gunmen positioned in the orchards, witnesses said, fired shells on Tolmar.", "positioned"),
    # ... also when the parser reads it as the verb of a reported clause or a clause of its own
    ("The agency said armed groups positioned in the hills of Kalda fired rockets.", "positioned"),
    ("The agency said, armed groups positioned in the hills of Kalda fired rockets.", "positioned"),
    (
        "Local sources told the reporter that terrorists positioned in Kalda and Osk towns "
        "targeted Tolmar town with rocket shells.",
        "positioned",
    ),
    (
        "Local sources told the reporter that terrorists positioned in Kalda and Osk towns "
        "targeted Tolmar town, with rocket shells.",
        "positioned",
    ),
    ("Lomvik jets deployed in the region were not flying at the time.", "deployed"),
    ("Lomvik jets deployed in the region were not flying at the time, a general said.", "deployed"),
    ("Jets deployed in the region struck Tolmar.", "deployed"),
    ("Jets deployed in the region struck Tolmar, a monitor said.", "deployed"),
    # what a subject undergoes that no class codes is a state of it
    ("The hamlet is subject to constant surveillance by the secret police.", "surveillance"),
    ("The town, the envoy said, is subject to tight surveillance by the police.", "surveillance"),
]


@pytest.mark.parametrize("sentence, word", FACTS)
def test_descriptions_and_idle_acts_are_facts(parse, sentence, word):
    found = _events(parse, sentence, word)
    assert found, f"no frame on {word!r}"
    assert all(e.kind == "relation" for e in found)


# (sentence, a word of the relation, class): these stay events
EVENTS = [
    ("Gunmen storming the building killed two guards.", "storming", "FIGHT"),
    ("Kurdish forces working with Ruritanian advisers took the hill.", "working", "COOPERATE"),
    ("The militia occupied the hills on Monday.", "occupied", "FIGHT"),
    ("The two sides exchanged prisoners on Monday.", "exchanged", "RETREAT"),
    ("The town has been subject to heavy shelling by the army.", "shell", "FIGHT"),
    ("The ministry positioned tanks near the border.", "positioned", "MOBILIZE"),
    # "deploy" needs no object: a brigade that deploys moves
    ("The brigade deployed to the border and shelled Tolmar.", "deployed", "MOBILIZE"),
    ("The brigade deployed to the border, and shelled Tolmar.", "deployed", "MOBILIZE"),
    ("The troops deployed in the valley on Monday an officer said.", "deployed", "MOBILIZE"),
    ("The troops deployed in the valley on Monday, an officer said.", "deployed", "MOBILIZE"),
]


@pytest.mark.parametrize("sentence, word, expected", EVENTS)
def test_acts_stay_events(parse, sentence, word, expected):
    assert _event(parse, sentence, word).action_class == expected
