"""Who an unowned weapon belongs to, from the story around it (graph/normalize/attackers.py).

Stories of our own: the attacker the text has just named owns a weapon that hits next,
unless the story names two sides, the weapon is one the attacker cannot have, or the
text says the attack hit the attacker's own people or ground.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import UNRESOLVED, Event, Provenance
from graph.normalize import normalize_events
from graph.normalize.attackers import owned_by_context
from graph.normalize.notdoers import is_named_in_target

Parse = Callable[..., Doc]


def _owners(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    """Return (actor text, action) -> actor label of a story's normalised events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        (e.instrument or e.actor, e.action): e.actor_label for e in normalised if e.kind == "event"
    }


@pytest.mark.parametrize(
    "text, weapon, action, owner",
    [
        # one side named just before: the weapon is theirs
        (
            "The navy shelled a smuggling boat near Marsa. Missiles hit the harbour and killed "
            "a fisherman.",
            "Missiles",
            "hit",
            "military (unknown)",
        ),
        (
            "Rebels fired rockets at the port of Marsa. A rocket hit a school in the city "
            "according to the Red Crescent.",
            "A rocket",
            "hit",
            "rebels (unknown)",
        ),
        (
            "Rebels fired rockets at the port of Marsa. A rocket hit a school in the city, "
            "according to the Red Crescent.",
            "A rocket",
            "hit",
            "rebels (unknown)",
        ),
        # two sides attacked in the sentence before: whose was the rocket?
        (
            "Rebels shelled the Hamra quarter on Monday and government jets bombed the village "
            "of Tel Sour. A rocket hit a bakery and killed two men.",
            "A rocket",
            "hit",
            "",
        ),
        (
            "Rebels shelled the Hamra quarter on Monday, and government jets bombed the village "
            "of Tel Sour. A rocket hit a bakery and killed two men.",
            "A rocket",
            "hit",
            "",
        ),
        # an armed group has no aircraft
        (
            "Islamic State militants shelled the port town of Marsa. Barrel bombs hit the "
            "market and killed six traders.",
            "Barrel bombs",
            "hit",
            "",
        ),
        # a group's own members killed: not its attack
        (
            "Islamic State militants attacked an army post near Marsa. Suicide bombings killed "
            "nine members of the Islamic State.",
            "Suicide bombings",
            "kill",
            "",
        ),
        # a quarter the attacker holds is not what it fires at
        (
            "Government troops stormed the village of Tel Sour. Sniper fire killed a boy in the "
            "government-held quarter of the town.",
            "Sniper fire",
            "kill",
            "",
        ),
        (
            "Government troops stormed the village of Tel Sour. Sniper fire killed a boy in the "
            "rebel-held quarter of the town.",
            "Sniper fire",
            "kill",
            "military (unknown)",
        ),
        # an attacker named later in the same sentence, in another clause, is not the owner
        (
            "Mortar shells hit the old market of Marsa where rebels ambushed a patrol last year.",
            "Mortar shells",
            "hit",
            "",
        ),
        # ... nor one in a clause of its own before a new sentence's missiles from elsewhere
        (
            "Insurgents struck the old town of Marsa where the navy shelled a smuggling boat. "
            "Missiles hit the harbour and killed a fisherman.",
            "Missiles",
            "hit",
            "",
        ),
        # what an act answers is the other side's
        (
            "The army pounded insurgent posts near Dalia as a reprisal for rocket fire which "
            "struck the town of Marsa.",
            "rocket fire",
            "strike",
            "",
        ),
        (
            "The army pounded insurgent posts near Dalia, a reprisal for rocket fire which "
            "struck the town of Marsa.",
            "rocket fire",
            "strike",
            "",
        ),
        # an attack of another year is another story
        (
            "Government jets bombed the village of Tel Sour. In 2009 a nerve gas attack killed "
            "forty people there.",
            "a nerve gas attack",
            "kill",
            "",
        ),
        # clashes have two sides; allies are not their partner's weapon
        (
            "The army retook the hill in a week of fighting. The clashes killed eleven fighters.",
            "The clashes",
            "kill",
            "",
        ),
        (
            "Government forces and their allies besieged the town of Marsa. Rocket fire hit the "
            "town hall.",
            "their allies",
            "besiege",
            None,  # unnamed allies ride with their partner's event (allyriders)
        ),
    ],
)
def test_an_unowned_weapon_takes_one_side_just_named(parse, text, weapon, action, owner):
    assert _owners(parse, text).get((weapon, action)) == owner


def _event(index: int, actor: str, action: str, target: str = "the town", **fields: Any) -> Event:
    sentence = f"{actor} {action} {target}."
    prov = Provenance("d", "d.txt", index, index * 100, index * 100 + len(sentence), sentence)
    return Event(actor, action, target, prov, kind="event", **fields)


def test_a_monitor_or_a_rescue_service_fires_no_weapon():
    named = _event(
        0,
        "The rescue service",
        "target",
        actor_id="rescuers",
        actor_label="rescuers",
        actor_type="organisation",
        actor_code="SYRNGO",
        action_class="FIGHT",
    )
    weapon = _event(1, "A rocket", "hit", actor_type=UNRESOLVED, action_class="FIGHT")
    assert [e.actor_id for e in owned_by_context([named, weapon])] == ["rescuers", ""]


def test_a_state_and_its_army_are_one_side():
    state = _event(
        0,
        "Ruritania",
        "bomb",
        actor_id="ruritania",
        actor_type="country",
        actor_code="RUR",
        action_class="FIGHT",
    )
    army = _event(
        0,
        "Ruritanian troops",
        "shell",
        actor_id="ruritania/military",
        actor_type="military",
        actor_code="RURMIL",
        action_class="FIGHT",
    )
    weapon = _event(1, "A rocket", "hit", actor_type=UNRESOLVED, action_class="FIGHT")
    owned = list(owned_by_context([state, army, weapon]))
    assert owned[-1].actor_code[:3] == "RUR"


def test_who_embarked_on_a_campaign_attacks():
    campaign = _event(
        0,
        "Ruritanian troops",
        "embark on",
        "a ground campaign",
        actor_id="ruritania/military",
        actor_type="military",
        actor_code="RURMIL",
        action_class="OTHER",
    )
    attacks = _event(1, "The attacks", "target", actor_type=UNRESOLVED, action_class="FIGHT")
    assert list(owned_by_context([campaign, attacks]))[-1].actor_id == "ruritania/military"


def test_a_sentence_that_leaves_its_attacker_open_ends_the_search(parse):
    text = (
        "Government troops shelled the village of Tel Sour. Turkish or Iranian drones struck a "
        "convoy near Kessa. A missile hit a bakery."
    )
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    hits = {(e.actor_label, e.modality) for e in normalised if e.action == "hit"}
    # the alternatives, each possible (eitherowners), never the troops named before them
    assert hits == {("Turkey", "possible"), ("Iran", "possible")}


def test_who_holds_prisoners_attacks_no_one():
    holding = _event(
        0,
        "The militia",
        "hold",
        "prisoners",
        actor_id="militia",
        actor_type="armed-group",
        actor_code="---REB",
        action_class="FIGHT",
    )
    blast = _event(1, "The blast", "destroy", actor_type=UNRESOLVED, action_class="FIGHT")
    assert list(owned_by_context([holding, blast]))[-1].actor_id == ""


@pytest.mark.parametrize(
    "when, owner",
    [("2016-03-02", ""), ("2013", ""), ("2016-05-19", "ruritania"), ("2016", "ruritania")],
)
def test_an_attack_of_another_month_is_another_story(when, owner):
    jets = _event(
        0,
        "Ruritanian jets",
        "bomb",
        actor_id="ruritania",
        actor_type="country",
        actor_code="RUR",
        action_class="FIGHT",
    )
    blast = _event(
        1, "Two blasts", "kill", actor_type=UNRESOLVED, action_class="FIGHT", time_value=when
    )
    owned = list(owned_by_context([jets, blast], day="2016-05-20"))
    assert owned[-1].actor_id == owner


@pytest.mark.parametrize(
    "text, machine, action, owner",
    [
        # a war machine of no named state is the state's the story just named
        (
            "Turkish jets bombed the town of Kessa. Warplanes also struck a bakery.",
            "Warplanes",
            "strike",
            "Turkey",
        ),
        (
            "Government jets bombed the town of Kessa on Monday. A helicopter dropped two "
            "barrels on the market.",
            "A helicopter",
            "drop",
            "government (unknown)",
        ),
        # ... never an armed group's, and none when no one is named
        (
            "Rebels shelled the old quarter of Kessa. A helicopter dropped two barrels on the "
            "market.",
            "A helicopter",
            "drop",
            "military (unknown)",
        ),
        ("Warplanes struck a bakery in Kessa.", "Warplanes", "strike", "military (unknown)"),
    ],
)
def test_a_nameless_war_machine_is_the_state_just_named(parse, text, machine, action, owner):
    assert _owners(parse, text)[(machine, action)] == owner


def test_a_besieger_owns_the_shells_of_its_siege():
    siege = _event(
        0,
        "Ruritanian troops",
        "besiege",
        actor_id="ruritania/military",
        actor_type="military",
        actor_code="RURMIL",
        action_class="COERCE",
    )
    shells = _event(1, "Artillery shells", "hit", actor_type=UNRESOLVED, action_class="FIGHT")
    assert list(owned_by_context([siege, shells]))[-1].actor_id == "ruritania/military"


@pytest.mark.parametrize(
    "text",
    [
        "Kessa has been under a government siege since 2011 and is hit daily by air strikes "
        "and artillery.",
        "Kessa has been under a government siege since 2011, and is hit daily by air strikes "
        "and artillery.",
    ],
)
def test_artillery_is_a_weapon_not_a_glued_name(parse, text):
    assert _owners(parse, text)[("artillery", "hit")] == "government (unknown)"


@pytest.mark.parametrize(
    "text, weapon, action",
    [
        # another story opens: the attacker before it owns nothing in it
        (
            "Government troops stormed the village of Tel Sour. Meanwhile a bombing killed "
            "forty travellers near the port of Marsa.",
            "a bombing",
            "kill",
        ),
        (
            "Government troops stormed the village of Tel Sour. Meanwhile, a bombing killed "
            "forty travellers near the port of Marsa.",
            "a bombing",
            "kill",
        ),
        (
            "Government troops stormed the village of Tel Sour. Elsewhere a bombing killed "
            "forty travellers near the port of Marsa.",
            "a bombing",
            "kill",
        ),
    ],
)
def test_another_story_owes_nothing_to_the_one_before(parse, text, weapon, action):
    assert _owners(parse, text)[(weapon, action)] == ""


def test_whose_planes_asks_who_and_names_no_one(parse):
    text = (
        "Turkish jets bombed the town of Kessa. The monitor says it tells whose planes carry "
        "out raids from their flight paths."
    )
    assert _owners(parse, text).get(("planes", "carry out"), "") == ""


@pytest.mark.parametrize(
    "text, weapon, action, owner",
    [
        # a claim in the next sentence names the doer
        (
            "A car bomb went off outside a bakery in Tel Sour on Monday, killing nine people. "
            "The Hawks Brigade claimed responsibility for the attack.",
            "A car bomb",
            "kill",
            "Hawks Brigade",
        ),
        (
            "A car bomb went off outside a bakery in Tel Sour on Monday killing nine people. "
            "The Hawks Brigade claimed responsibility for the attack.",
            "A car bomb",
            "kill",
            "Hawks Brigade",
        ),
        (
            "Two blasts hit a bus station in Marsa, wounding 14 people. The attack was carried "
            "out by the Hawks Brigade, the governor said.",
            "Two blasts",
            "hit",
            "Hawks Brigade",
        ),
        (
            "Two blasts hit a bus station in Marsa wounding 14 people. The attack was carried "
            "out by the Hawks Brigade the governor said.",
            "Two blasts",
            "hit",
            "Hawks Brigade",
        ),
        # ... before the attacker of the sentence before
        (
            "Rebels shelled the port on Monday. A roadside bomb killed four soldiers near "
            "Marsa. The Hawks Brigade claimed the bombing.",
            "A roadside bomb",
            "kill",
            "Hawks Brigade",
        ),
        # ... and over a dictionary's "armed men" for a bomber
        (
            "A suicide bomber set off his vest near a checkpoint in Marsa, killing six guards. The "
            "Hawks Brigade claimed the bombing.",
            "A suicide bomber",
            "kill",
            "Hawks Brigade",
        ),
        # ... or in its own sentence, after it
        (
            "A rocket hit the old market in an attack claimed by the Hawks Brigade.",
            "A rocket",
            "hit",
            "Hawks Brigade",
        ),
        (
            "Two suicide bombers killed eight guards at the depot, in an attack claimed by the "
            "Hawks Brigade.",
            "Two suicide bombers",
            "kill",
            "Hawks Brigade",
        ),
        (
            "Two suicide bombers killed eight guards at the depot in an attack claimed by the "
            "Hawks Brigade.",
            "Two suicide bombers",
            "kill",
            "Hawks Brigade",
        ),
        # a claim of another act is no claim of the attack
        (
            "A truck bomb killed five guards in Marsa, while the Hawks Brigade claimed the "
            "seizure of a hamlet near Dalia.",
            "A truck bomb",
            "kill",
            "",
        ),
        (
            "A truck bomb killed five guards in Marsa while the Hawks Brigade claimed the "
            "seizure of a hamlet near Dalia.",
            "A truck bomb",
            "kill",
            "",
        ),
        (
            "A truck bomb killed five guards in Marsa. The Hawks Brigade claimed the shooting "
            "of a border guard in Dalia.",
            "A truck bomb",
            "kill",
            "",
        ),
        # ... nor one of another story
        (
            "A rocket hit the old market of Marsa. Separately, the Hawks Brigade claimed the "
            "raid on a border post near Dalia.",
            "A rocket",
            "hit",
            "",
        ),
        (
            "A rocket hit the old market of Marsa. Separately the Hawks Brigade claimed the "
            "raid on a border post near Dalia.",
            "A rocket",
            "hit",
            "",
        ),
        # ... nor an assertion ("claimed that ...")
        (
            "A rocket hit the old market of Marsa. The Hawks Brigade claimed that the navy "
            "shelled the harbour.",
            "A rocket",
            "hit",
            "",
        ),
        # a denial, a guess or no claim names no one
        (
            "A rocket hit the market of Marsa. The navy denied carrying out the attack.",
            "A rocket",
            "hit",
            "",
        ),
        (
            "A rocket hit the market of Marsa. The navy is thought to have carried out the raid.",
            "A rocket",
            "hit",
            "",
        ),
        (
            "Two blasts hit a bus station in Marsa wounding 14 people. No group has claimed the "
            "attack.",
            "Two blasts",
            "hit",
            "",
        ),
    ],
)
def test_a_claim_in_the_next_sentence_names_the_doer(parse, text, weapon, action, owner):
    assert _owners(parse, text)[(weapon, action)] == owner


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the port on Monday. A rocket hit a clinic in Kafr Dal. It was not "
        "immediately clear who fired it.",
        "Rebels shelled the port on Monday. It was unclear who carried out the raid. A rocket "
        "hit a clinic in Kafr Dal.",
        "Rebels shelled the port on Monday. A rocket hit a clinic in Kafr Dal, and there was "
        "still no claim of responsibility.",
        "Rebels shelled the port on Monday. A rocket hit a clinic in Kafr Dal and there was "
        "still no claim of responsibility.",
        "Rebels shelled the port on Monday. The monitor could not say whose rocket hit a "
        "clinic in Kafr Dal.",
    ],
)
def test_a_story_that_does_not_know_the_doer_gets_none_guessed(parse, text):
    owners = _owners(parse, text)
    assert owners[("Rebels", "shell")] == "rebels (unknown)"
    rockets = [label for (actor, _), label in owners.items() if "rocket" in actor]
    assert rockets and set(rockets) == {""}


@pytest.mark.parametrize(
    "text, weapon, action, owner",
    [
        # a question about who the victims were is no doubt about the doer
        (
            "The navy shelled a smuggling boat near Marsa. It was not clear who was on board. "
            "Missiles hit the harbour and killed a fisherman.",
            "Missiles",
            "hit",
            "military (unknown)",
        ),
        # a doubt about an earlier attack leaves an attacker its own sentence names
        (
            "No group claimed the blast at the depot. Rebels shelled the port on Monday and a "
            "rocket hit a school.",
            "a rocket",
            "hit",
            "rebels (unknown)",
        ),
        (
            "No group claimed the blast at the depot. Rebels shelled the port on Monday, and a "
            "rocket hit a school.",
            "a rocket",
            "hit",
            "rebels (unknown)",
        ),
    ],
)
def test_a_doubt_about_something_else_names_no_one_less(parse, text, weapon, action, owner):
    assert _owners(parse, text)[(weapon, action)] == owner


@pytest.mark.parametrize(
    "text, weapon, action, owner",
    [
        # the target names the side just named: its own ground, not its attack
        (
            "Ruritanian troops shelled the village of Dorra. The next day, shells hit a "
            "Ruritanian checkpoint.",
            "shells",
            "hit",
            "",
        ),
        (
            "Borduvian troops shelled the village of Dorra. Shells hit a Borduvian checkpoint "
            "the next day.",
            "Shells",
            "hit",
            "",
        ),
        (
            "Ruritanian troops shelled the village of Dorra. The next day, shells hit a school.",
            "shells",
            "hit",
            "Ruritanian military",
        ),
        # the attack's own sentence blames someone else
        (
            "Rebels shelled the army base in Tamra. Rockets hit the base the next day, and the "
            "army accused a Borduvian militia.",
            "Rockets",
            "hit",
            "",
        ),
        (
            "Rebels shelled the army base in Tamra. Rockets hit the base the next day and the "
            "army accused a Borduvian militia.",
            "Rockets",
            "hit",
            "",
        ),
        (
            "Rebels shelled the army base in Tamra. Rockets hit the base the next day.",
            "Rockets",
            "hit",
            "rebels (unknown)",
        ),
    ],
)
def test_no_side_owns_an_attack_on_itself_or_one_blamed_on_another(
    parse, text, weapon, action, owner
):
    assert _owners(parse, text)[(weapon, action)] == owner


@pytest.mark.parametrize(
    "target, target_code, target_type, own",
    [
        ("a Syrian checkpoint", "SYR", "country", True),
        ("Syrian army positions", "SYRMIL", "military", True),
        ("the headquarters of the Syrian Arab Army", "", UNRESOLVED, True),
        ("a school in Homs", "", UNRESOLVED, False),
        ("Turkish positions", "TUR", "country", False),
        # the state itself, a place in it, its people: its own attacks may hit them
        ("Syria", "SYR", "country", False),
        ("the town of Homs", "SYR", "location", False),
        ("Syrian civilians", "SYRCVL", "civilian", False),
    ],
)
def test_an_attack_on_the_attackers_own_country_is_not_theirs(
    target, target_code, target_type, own
):
    army = _event(0, "Syrian troops", "shell", actor_id="saa", actor_label="Syrian Arab Army",
                  actor_code="SYRMIL", actor_type="military", action_class="FIGHT")  # fmt: skip
    shells = _event(1, "Shells", "hit", target, target_code=target_code, target_type=target_type,
                    actor_type=UNRESOLVED)  # fmt: skip
    assert is_named_in_target(army, shells) is own


def test_a_rebel_group_of_the_same_country_may_attack_the_states_army():
    rebels = _event(0, "Kelm fighters", "raid", actor_id="kelm/rebels", actor_code="SYRREB",
                    actor_type="armed-group", action_class="FIGHT")  # fmt: skip
    shells = _event(1, "Shells", "hit", "government forces", target_code="SYRGOV",
                    target_type="government", actor_type=UNRESOLVED)  # fmt: skip
    assert not is_named_in_target(rebels, shells)
