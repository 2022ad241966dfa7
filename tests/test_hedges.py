"""Hedged acts: adverbs, adjectives and questions of doubt are not stated as facts (issue 14).

Sentences of our own, with and without commas (the real-news corpus has none): a hedge
on the act ("probably shelled", "was most likely carried out by X"), on the noun that
names it or its doer ("a presumable X drone strike", "suspected militia rockets"), a
passive of report ("is said to have"), a cleft under "whether" and a direct question give
the act as "possible"; a hedge on what was hit or on the kind of weapon ("a suspected car
bomb killed ten"), or a toll "reported killed", leaves the act asserted.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str, actor: str, action: str) -> list[Event]:
    events = [e for e in extract_events(parse(text)) if e.kind == "event"]
    found = [e for e in events if e.actor == actor and e.action == action]
    assert found, f"{(actor, action)} not in {[(e.actor, e.action, e.target) for e in events]}"
    return found


HEDGED = [
    # an adverb of doubt on the verb
    (
        "Apparently Jordanian helicopters bombed the bakery at noon.",
        "Jordanian helicopters",
        "bomb",
    ),
    ("The militia probably shelled the market on Friday.", "The militia", "shell"),
    ("Perhaps the navy shelled the harbour by mistake.", "the navy", "shell"),
    (
        "The raid was most likely carried out by Jordanian jets, a local activist said.",
        "Jordanian jets",
        "raid",
    ),
    (
        "The raid was most likely carried out by Jordanian jets a local activist said.",
        "Jordanian jets",
        "raid",
    ),
    (
        "Militants likely planted the bomb near the gate, the police said.",
        "Militants",
        "plant",
    ),
    ("Militants likely planted the bomb near the gate the police said.", "Militants", "plant"),
    # an adjective of doubt on the noun naming the act or its doer
    (
        "Nine farmers died in a presumable Turkish drone strike on a farm near Kobani.",
        "Turkish",
        "strike",
    ),
    (
        "Suspected militia rockets killed four shepherds in the valley.",
        "Suspected militia rockets",
        "kill",
    ),
    (
        "The suspected regime air strikes on the town killed twelve people and wounded thirty.",
        "The suspected regime air strikes on the town",
        "wound",
    ),
    ("Suspected regime air strikes on the town killed twelve people.", "regime", "strike"),
    (
        "A suspected regime chlorine attack killed forty people in the camp.",
        "A suspected regime chlorine attack",
        "kill",
    ),
    ("An alleged attack on the camp killed forty people.", "An alleged attack on the camp", "kill"),
    (
        "At least four raids by suspected Jordanian jets hit the hamlet on Sunday.",
        "suspected Jordanian jets",
        "hit",
    ),
    # a participle of belief or a hedged participle after the doer
    (
        "Fighter jets believed to be Jordanian struck the hamlet of Tel Rima at dawn.",
        "Jordanian",  # the owner the belief names (responsible.hedged_owner)
        "strike",
    ),
    (
        "Fighter jets, believed to be Jordanian, struck the hamlet of Tel Rima at dawn.",
        "Jordanian",  # the owner the belief names (responsible.hedged_owner)
        "strike",
    ),
    (
        "Three herders were wounded in raids reportedly carried out by Jordanian jets.",
        "Jordanian jets",
        "wound",
    ),
    # a passive of report or belief
    ("The brigade was reported to have stormed the hill overnight.", "The brigade", "storm"),
    ("The brigade is said to have executed six prisoners.", "The brigade", "execute"),
    # a cleft under "whether": who did it is left open
    (
        "Oslo holds Moscow responsible for the raid regardless of whether it was Russian jets "
        "that bombed the clinic.",
        "Russian jets",
        "bomb",
    ),
    (
        "Whether or not it was the navy that shelled the harbour, the port is closed.",
        "the navy",
        "shell",
    ),
    # a direct question
    (
        "The army shelled the port on Monday. Did the militia shell the village?",
        "the militia",
        "shell",
    ),
]


@pytest.mark.parametrize("sentence, actor, action", HEDGED)
def test_a_hedged_act_is_possible(parse, sentence, actor, action):
    assert {e.modality for e in _events(parse, sentence, actor, action)} == {"possible"}


# an act named as what something would be is as sure as that "would be"
@pytest.mark.parametrize(
    "sentence, modality",
    [
        ("If true, it would be the second raid by Jordanian jets on the port.", "hypothetical"),
        ("If true it would be the second raid by Jordanian jets on the port.", "hypothetical"),
        ("This could be the deadliest raid by Jordanian jets on the port.", "possible"),
        ("It was the third raid by Jordanian jets on the port this month.", "asserted"),
    ],
)
def test_an_act_named_by_a_copula_takes_its_modality(parse, sentence, modality):
    events = _events(parse, sentence, "Jordanian jets", "strike")  # an air raid
    assert {e.modality for e in events} == {modality}


STATED = [
    # a hedge on the kind of weapon only: people died, the gas is unsure
    (
        "A suspected nerve gas attack killed forty people in the camp.",
        "A suspected nerve gas attack",
        "kill",
    ),
    (
        "A suspected nerve gas attack killed forty people in the camp",
        "A suspected nerve gas attack",
        "kill",
    ),
    # ... or on any kind of weapon: the car, the suicide bomber
    ("A suspected car bomb killed thirty people in Tessa.", "A suspected car bomb", "kill"),
    ("A suspected car bomb killed thirty people in Tessa", "A suspected car bomb", "kill"),
    (
        "An apparent suicide bombing killed nine guards at the Orlen checkpoint.",
        "An apparent suicide bombing",
        "kill",
    ),
    # a toll "reported" or "said" with a bare participle is how wire copy states it
    (
        "Twelve villagers were reported killed when jets bombed the market in Karsun.",
        "jets",
        "kill",
    ),
    (
        "Twelve villagers were reported killed when jets bombed the market in Karsun",
        "jets",
        "bomb",
    ),
    ("Two porters were said killed in the shelling by the army.", "the army", "kill"),
    (
        "Warplanes carried out a suspected chlorine attack on the suburb.",
        "Warplanes",
        "attack",
    ),
    # a hedge on the aim of the act, not on its doer
    (
        "Two navies are carrying out separate raids ostensibly aimed at pirates.",
        "Two navies",
        "raid",
    ),
    # a hedge on what was hit, or no hedge at all
    (
        "Three herders were wounded in raids carried out by Jordanian jets.",
        "Jordanian jets",
        "wound",
    ),
    ("Warplanes bombed purported arms depots near the river.", "Warplanes", "bomb"),
    ("The army shelled the likely hideouts of the gang.", "The army", "shell"),
    (
        "The army shelled the port on Monday. Did the militia shell the village?",
        "The army",
        "shell",
    ),
    (
        "Rebels fired on the airport, which was likely hit by twenty rockets.",
        "Rebels",
        "fire on",
    ),
    ("Jordanian helicopters bombed the bakery at noon.", "Jordanian helicopters", "bomb"),
    (
        "Militias killed in a Turkish drone strike on a farm near Kobani were buried.",
        "Turkish",
        "strike",
    ),
]


@pytest.mark.parametrize("sentence, actor, action", STATED)
def test_an_unhedged_act_stays_asserted(parse, sentence, actor, action):
    assert {e.modality for e in _events(parse, sentence, actor, action)} == {"asserted"}
