"""Deaths told by the attack that caused them (issue 14).

An event coder codes "<attack's doer> kill <victims>" when the news names the killing by
its attack, not by a verb with a doer:

- victims hurt in a blast or an explosion (graph/extract/unownedcauses.py): "six were
  killed in a car bomb blast" is the blast's killing, as "the blast killed six" is;
- a group of attacks is the attacks (graph/normalize/agency.py): "a string of bomb blasts
  killed 40" and "killed in a wave of raids" are killings by the blasts and raids;
- a harm clause hung on a place, a thing or a time in the attack's phrase is the
  attack's (graph/extract/relatives.py): "strikes on army posts in the south that killed
  30 soldiers", "raids over the weekend which left 13 dead".

Deaths with no attack ("died of hunger", "died in hospital") stay as they are. Stories of
our own, each with and without commas.
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


_BOMBERS = "The Falcon Brigade set off a car bomb at the gate of Tel Sour on Monday."


@pytest.mark.parametrize(
    "text, actor, action, target, label",
    [
        # no one named: a killing by the blast, its doer unknown
        ("Eleven traders were killed in the blast, the mayor said.", "the blast", "kill",
         "Eleven traders", ""),
        ("Eleven traders were killed in the blast the mayor said.", "the blast", "kill",
         "Eleven traders", ""),
        ("Seven guards died during an explosion near the bridge.", "an explosion", "kill",
         "Seven guards", ""),
        ("Seven guards died, during an explosion near the bridge.", "an explosion", "kill",
         "Seven guards", ""),
        ("Four porters were killed and nine others wounded in a car bomb blast in Marsa.",
         "a car bomb blast", "wound", "nine others", ""),
        ("Four porters were killed and nine others wounded in a car bomb blast, police said.",
         "a car bomb blast", "wound", "nine others", ""),
        # the side the story just named set it off
        (f"{_BOMBERS} Twelve travellers were killed in the blast.", "the blast", "kill",
         "Twelve travellers", "Falcon Brigade"),
        (f"{_BOMBERS} Twelve travellers, a monitor said, were killed in the blast.",
         "the blast", "kill", "Twelve travellers", "Falcon Brigade"),
        # a group of attacks is the attacks
        ("A string of bomb blasts killed 40 pilgrims in three towns.",
         "A string of bomb blasts", "kill", "40 pilgrims", ""),
        ("A string of bomb blasts, the monitor said, killed 40 pilgrims in three towns.",
         "A string of bomb blasts", "kill", "40 pilgrims", ""),
        ("Ten shepherds died during a wave of raids on the hills.", "a wave of raids", "kill",
         "Ten shepherds", ""),
        ("Ten shepherds died, during a wave of raids on the hills.", "a wave of raids",
         "kill", "Ten shepherds", ""),
    ],
)  # fmt: skip
def test_victims_of_a_blast_or_a_group_of_attacks(parse, text, actor, action, target, label):
    assert _events(parse, text).get((actor, action, target)) == ("event", label)


@pytest.mark.parametrize(
    "text, actor, action, target",
    [
        # the clause hangs on the place the strikes hit, or on the phrase's time
        ("Coalition strikes on army positions in the south that killed 30 soldiers "
         "angered Moscow.", "Coalition strikes on army positions", "kill", "30 soldiers"),
        ("Coalition strikes on army positions in the south, which killed 30 soldiers, "
         "angered Moscow.", "Coalition strikes on army positions", "kill", "30 soldiers"),
        ("The clinic was destroyed by airstrikes over the weekend that killed 13 patients.",
         "airstrikes", "kill", "13 patients"),
        ("The clinic was destroyed by airstrikes over the weekend, which killed 13 patients.",
         "airstrikes", "kill", "13 patients"),
    ],
)  # fmt: skip
def test_a_harm_clause_on_the_attacks_setting_is_the_attacks(parse, text, actor, action, target):
    assert _events(parse, text).get((actor, action, target), ("", ""))[0] == "event"


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Coalition strikes on army positions in the south that killed 30 soldiers "
         "angered Moscow.", "the south"),
        ("The clinic was destroyed by airstrikes over the weekend that killed 13 patients.",
         "the weekend"),
        # a setting with no attack above it is no doer either
        ("The worst was a gas attack that a report said came in May on the suburb of Tel "
         "Sour that killed 90 people.", "the suburb of Tel Sour"),
    ],
)  # fmt: skip
def test_a_place_or_a_time_kills_no_one(parse, text, wrong):
    assert not any(actor == wrong for actor, _, _ in _events(parse, text))


@pytest.mark.parametrize(
    "text",
    [
        "Two children died of hunger in the besieged town.",
        "Two children died of hunger, in the besieged town.",
        "Three wounded fighters died in hospital on Monday.",
        "Three wounded fighters died in hospital, on Monday.",
        "Thousands of people have been killed in the war.",
        "Thousands of people have been killed in the war, the monitor said.",
    ],
)
def test_deaths_with_no_attack_have_no_killing(parse, text):
    assert not any(
        kind == "event" and action in {"kill", "wound", "injure"}
        for (_, action, _), (kind, _) in _events(parse, text).items()
    )


@pytest.mark.parametrize(
    "text, kept",
    [
        # a disease named by a relative clause stays the fact it was
        ("The fever which killed 20 children spread to the camps.", "The fever"),
        ("The fever, which killed 20 children, spread to the camps.", "The fever"),
    ],
)
def test_a_harm_clause_on_a_thing_outside_any_setting_keeps_it(parse, text, kept):
    assert any(actor == kept and action == "kill" for actor, action, _ in _events(parse, text))


@pytest.mark.parametrize(
    "text, actor, target",
    [
        # the victims' phrase says what the act was: "in what ... was/were X"
        ("Ten porters were killed in what activists said was a government air strike on "
         "the depot.", "government", "Ten porters"),
        ("Ten porters were killed, in what activists said was a government air strike on "
         "the depot.", "government", "Ten porters"),
        ("Six guards were killed in what is believed to have been Turkish raids near the "
         "dam.", "Turkish", "Six guards"),
        ("Six guards were killed, in what is believed to have been Turkish raids near the "
         "dam.", "Turkish", "Six guards"),
    ],
)  # fmt: skip
def test_an_act_told_by_a_free_relative_is_the_killing(parse, text, actor, target):
    assert _events(parse, text).get((actor, "kill", target), ("", ""))[0] == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Two men died in what the police described as an accident.",
        "Two men died, in what the police described as an accident.",
        "Two men died in what was an accident at the mill.",
        "Two men died in what was an accident, at the mill.",
    ],
)
def test_a_free_relative_of_no_attack_has_no_killing(parse, text):
    assert not any(
        kind == "event" and action in {"kill", "wound", "injure"}
        for (_, action, _), (kind, _) in _events(parse, text).items()
    )


_LIKELY = "Six guards were killed in what were likely Turkish strikes."


@pytest.mark.parametrize(
    "text, label",
    [
        (f"{_LIKELY} An air raid on a clinic wounded five people, the monitor said.", "Turkey"),
        (f"{_LIKELY} An air raid on a clinic wounded five people the monitor said.", "Turkey"),
        # the sentence asks whose the raid was: no side from before
        (f"{_LIKELY} An air raid on a clinic wounded five people, but the monitor could not "
         "say whether the raid was Syrian or Turkish.", ""),
        (f"{_LIKELY} An air raid on a clinic wounded five people but the monitor could not "
         "say whether the raid was Syrian or Turkish.", ""),
    ],
)  # fmt: skip
def test_a_raid_whose_side_the_sentence_asks_takes_none(parse, text, label):
    found = _events(parse, text)
    assert [lab for (_, act, tgt), (_, lab) in found.items() if act == "wound"] == [label]


@pytest.mark.parametrize(
    "text, action, target",
    [
        # "left dozens of X wounded": the state hangs on the people the count counts
        ("The shelling left dozens of shepherds wounded, medics said.", "wound",
         "dozens of shepherds"),
        ("The shelling left dozens of shepherds wounded medics said.", "wound",
         "dozens of shepherds"),
        ("The shelling also left scores of farmers injured, including boys.", "injure",
         "scores of farmers"),
        ("The shelling also left scores of farmers injured including boys.", "injure",
         "scores of farmers"),
        ("The shelling left dozens of shepherds wounded who were taken to the clinic.",
         "wound", "dozens of shepherds"),
        ("The shelling left dozens of shepherds wounded, who were taken to the clinic.",
         "wound", "dozens of shepherds"),
    ],
)  # fmt: skip
def test_a_count_left_hurt_is_hurt_by_the_attack(parse, text, action, target):
    assert _events(parse, text).get(("The shelling", action, target), ("", ""))[0] == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The shelling left dozens of shepherds homeless.",
        "The shelling left dozens of shepherds homeless, medics said.",
        "The army left dozens of its wounded soldiers behind.",
        "The army left dozens of its wounded soldiers behind, the monitor said.",
    ],
)
def test_a_count_left_in_another_state_is_not_hurt(parse, text):
    assert not any(action in {"wound", "injure"} for _, action, _ in _events(parse, text))


@pytest.mark.parametrize(
    "text",
    [
        "The siege closed the clinics leaving dozens of patients injured by the shelling.",
        "The siege closed the clinics, leaving dozens of patients injured by the shelling.",
    ],
)
def test_a_count_left_hurt_by_another_is_not_the_leavers(parse, text):
    found = _events(parse, text)
    assert not any(act == "injure" and actor.startswith("The") for actor, act, _ in found)
