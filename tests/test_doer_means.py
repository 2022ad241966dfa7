"""Every act of a bomb or a bomber is a bombing (graph/extract/assaultmodes.by_doer_means).

(And every act of a poison or a poison attack, and a gas attack carried out, a chemical
attack: graph/extract/poisonmeans.py.)

Sentences of our own, each with and without commas: the acts a car bomb, a bomb blast, an
explosive device or a suicide bomber does (the main verb, a participle, the second of two
verbs, a verb the parse hangs on the blast) are ASSAULT with the codebook's mode; force
done by jets, barrel bombs or an army stays FIGHT.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _both(text: str, *rest: str) -> list[tuple[str, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


BOMBINGS = [
    *_both("A car bomb blast killed nine people in the market of Tarsk on Sunday.", "kill"),
    *_both("A bomb blast killed four people and injured 20 near the port.", "injure"),
    *_both("An explosive device went off near the bus station, killing two guards.", "kill"),
    *_both("An explosive device went off near the bus station, wounding two guards.", "wound"),
    *_both("A suicide bomber struck a checkpoint outside Vostra, killing six soldiers.", "kill"),
    *_both("The explosion ripped through the depot and injured eleven workers.", "injure"),
]


@pytest.mark.parametrize(("text", "action"), BOMBINGS)
def test_every_act_of_a_bomb_is_a_bombing(parse, text, action):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert {(e.action_class, bool(e.mode)) for e in found} == {("ASSAULT", True)}


CONVENTIONAL = [
    *_both("Jets bombed the town of Tarsk, killing nine people.", "kill"),
    *[
        pytest.param(
            *case,
            marks=pytest.mark.xfail(
                strict=True, reason="the CAMEO pattern for a bomb as subject codes 183 (bombing)"
            ),
        )
        for case in _both("Barrel bombs killed nine people in Tarsk, a monitor said.", "kill")
    ],
    *_both("A barrel bomb attack killed nine people in the old quarter.", "kill"),
    *_both("Artillery fire wounded four soldiers near the port.", "wound"),
]


@pytest.mark.parametrize(("text", "action"), CONVENTIONAL)
def test_force_by_other_means_is_no_bombing(parse, text, action):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert all(e.action_class != "ASSAULT" for e in found)


def test_a_bomb_as_the_target_names_no_means(parse):
    doc = parse("Engineers defused a car bomb near the port and arrested two men.")
    found = [e for e in extract_events(doc) if e.action == "arrest"]
    assert found and all(e.action_class != "ASSAULT" or e.mode == "" for e in found)


POISON_DOERS = [
    *_both(
        "The envoys discussed the suspected chemical attack in the town of Tarsk in Vostra "
        "Province, which killed at least 80 people."
    ),
    *_both("Vostra denied the chemical attack on the village that left 40 civilians dead."),
    *_both("The base was the launch pad for a chlorine attack on a village that left dozens dead."),
    # already so before: the attack is the verb's own subject or its relative's head
    *_both("The ministers spoke of the sarin attack, which killed at least 80 people in Tarsk."),
    *_both("A chlorine gas attack on the suburb killed nine people, the envoy said."),
    # the poison itself as the doer
    *_both("In the suburb, dozens were killed by the gas, the medics said."),
    *_both("Most of the victims were killed by sarin, the rest by shells."),
]


@pytest.mark.parametrize(("text",), POISON_DOERS)
def test_what_a_poison_attack_does_is_a_chemical_attack(parse, text):
    found = [e for e in extract_events(parse(text)) if e.action == "kill"]
    assert found, "no 'kill' event"
    assert {(e.action_class, e.mode) for e in found} == {("ASSAULT", "unconventional")}


NO_POISON_DOERS = [
    *_both(
        "The air strike on the gas field in the town of Tarsk in Vostra Province, which "
        "killed ten people, was condemned."
    ),
    *_both("The attack on the gas field, which the group claimed, killed 30 guards."),
    *_both("The gas plant attack killed ten guards, the ministry said."),
    *_both("The gas explosion at the plant killed ten workers, the ministry said."),
    *[
        pytest.param(
            *case,
            marks=pytest.mark.xfail(
                strict=True,
                reason="the object's poison word in the subject's subtree is read as the means",
            ),
        )
        for case in _both("An air strike on the chemical depot killed four men.")
    ],
]


@pytest.mark.parametrize(("text",), NO_POISON_DOERS)
def test_an_attack_on_a_gas_field_is_no_chemical_attack(parse, text):
    found = [e for e in extract_events(parse(text)) if e.action == "kill"]
    assert found, "no 'kill' event"
    assert all(e.mode != "unconventional" for e in found)


GAS_ATTACKS_CARRIED_OUT = [
    *_both("The monitor said the militia carried out the gas attack, on the suburb.", "pos"),
    *_both("Witnesses said the jets launched a gas attack on the camp at dawn.", "pos"),
    # an unconfirmed or denied attack keeps its modality and polarity
    *_both("The ministry denied that the army carried out the gas attack, on the town.", "neg"),
]


@pytest.mark.parametrize(("text", "polarity"), GAS_ATTACKS_CARRIED_OUT)
def test_a_gas_attack_carried_out_is_a_chemical_attack(parse, text, polarity):
    # the action is the attack carried out or launched (see extract.lightattacks)
    found = [e for e in extract_events(parse(text)) if e.action in {"attack", "strike"}]
    assert found, "no attack or strike event"
    assert {(e.action_class, e.mode) for e in found} == {("ASSAULT", "unconventional")}
    assert {e.polarity for e in found} == {polarity}


NO_GAS_ATTACKS = [
    *_both("The militia carried out an attack on the gas field, near the border."),
    *_both("The jets launched strikes on a gas station, on the highway."),
]


@pytest.mark.parametrize(("text",), NO_GAS_ATTACKS)
def test_an_attack_on_a_gas_site_carried_out_is_no_chemical_attack(parse, text):
    # the action is the attack carried out or launched (see extract.lightattacks)
    found = [e for e in extract_events(parse(text)) if e.action in {"attack", "strike"}]
    assert found, "no attack or strike event"
    assert all(e.mode != "unconventional" for e in found)


@pytest.mark.parametrize(
    ("text",), _both("After the gas attack, the militia shelled a clinic in the town.")
)
def test_force_after_a_gas_attack_is_no_chemical_attack(parse, text):
    found = [e for e in extract_events(parse(text)) if e.action == "shell"]
    assert found, "no 'shell' event"
    assert all(e.mode != "unconventional" for e in found)
