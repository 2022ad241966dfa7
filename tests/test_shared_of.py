"""Coordinated heads that share one "of" phrase are one target (issue 14), our own sentences.

"shelled depots and trucks of the Lions Brigade": both heads are the brigade's, so the
target is the whole phrase (not "depots" and "trucks" with no owner); heads that name
their own owner or count people keep their own phrases. And "an offensive by X and Y
on Z": the parser hangs "on Z" on Y, and both sides attack Z.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.extract.sharedof import shared_of

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str) -> set[str]:
    return {e.target for e in extract_events(parse(text)) if e.kind == "event"}


def _roles(parse: Parse, text: str) -> set[str]:
    return {r for e in extract_events(parse(text)) for r in (e.actor, e.target)}


SHARED = [
    (
        "Army units destroyed depots and trucks of the Lions Brigade near Tel Harun.",
        "depots and trucks of the Lions Brigade",
    ),
    (
        "The air force pounded hideouts and arms caches of the Falcon Battalion overnight.",
        "hideouts and arms caches of the Falcon Battalion",
    ),
    (
        "Jets targeted the headquarters and checkpoints of the Hawks Brigade in Sarmeen.",
        "the headquarters and checkpoints of the Hawks Brigade",
    ),
    # written with its commas, and as the corpus prints it, without them
    (
        "Gunships struck camps, convoys and positions of the Mountain Legion on Friday.",
        "camps, convoys and positions of the Mountain Legion",
    ),
    (
        "Troops raided the bases and training camps of the Mountain Legion.",
        "the bases and training camps of the Mountain Legion",
    ),
    # the event noun's own target: "strikes on X and Y of Z"
    (
        "The navy launched strikes on gatherings and supply routes of the Saqr Legion.",
        "gatherings and supply routes of the Saqr Legion",
    ),
    (
        "Drones hit the homes and cars of the Varga clan.",
        "the homes and cars of the Varga clan",
    ),
    (
        "Drones hit the homes, cars and shops of the Varga clan.",
        "the homes, cars and shops of the Varga clan",
    ),
    # nouns of a tie to the same owner share it
    (
        "Police questioned the wives and sons of the missing smugglers.",
        "the wives and sons of the missing smugglers",
    ),
    (
        "Police questioned the wives, sons and brothers of the missing smugglers.",
        "the wives, sons and brothers of the missing smugglers",
    ),
    (
        "The militia shelled the outskirts and centre of the town of Kafr Amer.",
        "the outskirts and centre of the town of Kafr Amer",
    ),
]


@pytest.mark.parametrize("sentence, target", SHARED)
def test_heads_share_their_of_phrase(parse, sentence, target):
    targets = _targets(parse, sentence)
    assert target in targets
    # the heads are no targets of their own without their owner
    assert not targets & set(target.replace(",", "").split(" and "))


OWN = [
    # a head naming its own owner: the "of" phrase is the second head's
    (
        "Rebels killed the Falcon fighters and members of the Hawks Brigade.",
        {"the Falcon fighters", "members of the Hawks Brigade"},
    ),
    # counted people are listed one by one (see series)
    (
        "Gunmen killed two guards and members of the village council.",
        {"two guards", "members of the village council"},
    ),
    (
        "The blast killed 12 oil company workers and members of the local militia.",
        {"12 oil company workers", "members of the local militia"},
    ),
    # a person head keeps its own target; the "of" phrase is the last head's alone
    (
        "The guards seized activists and members of the Dunmore Front.",
        {"activists", "members of the Dunmore Front"},
    ),
    (
        "The guards seized activists, medics and members of the Dunmore Front.",
        {"activists", "medics", "members of the Dunmore Front"},
    ),
    (
        "Gunmen killed villagers and fighters of the Osprey Brigade.",
        {"villagers", "fighters of the Osprey Brigade"},
    ),
    (
        "Officers detained the driver and relatives of the accused man.",
        {"the driver", "relatives of the accused man"},
    ),
    # a phrase after the first head stays its own
    (
        "Police arrested the leader of the cell and his driver.",
        {"the leader of the cell", "his driver"},
    ),
]


@pytest.mark.parametrize("sentence, expected", OWN)
def test_heads_with_their_own_phrase_stay_apart(parse, sentence, expected):
    targets = _targets(parse, sentence)
    assert expected <= targets
    assert not any(" and " in target for target in targets)


def test_a_charge_is_no_shared_owner(parse):
    # "accused X and Y of arming Z": the "of" phrase is the charge, not whose they are
    doc = parse("The minister accused traders and smugglers of arming the gangs.")
    assert all(shared_of(tok) is None for tok in doc)


APART = [
    # the kin of the first head: "their" is the gunmen's
    (
        "Militiamen shot gunmen and relatives of their commanders at the crossing.",
        {"gunmen", "relatives of their commanders"},
    ),
    # a side and an act named by a noun are no pair of belongings
    (
        "Ten fighters died in clashes with the police and raids of the air force.",
        {"the police"},
    ),
    # a party named before its aircraft owns them: two owners, not one
    (
        "Raids by rebel drones and jets of the Hawks Brigade killed four people.",
        {"rebel drones"},
    ),
]


@pytest.mark.parametrize("sentence, expected", APART)
def test_a_phrase_of_its_own_is_not_shared(parse, sentence, expected):
    doc = parse(sentence)
    assert all(shared_of(tok) is None for tok in doc)
    assert expected <= _roles(parse, sentence)


BY_SIDES = [
    (
        "The raid avenged an offensive by border troops and the Lions militia on Tel Harun.",
        {("border troops", "Tel Harun"), ("the Lions militia", "Tel Harun")},
    ),
    (
        "The bombardment by the army and its allies on the old city went on for a week.",
        {("the army", "the old city"), ("its allies", "the old city")},
    ),
    (
        "The town was quiet after an assault by the police and the Lions militia on the market.",
        {("the police", "the market"), ("the Lions militia", "the market")},
    ),
    (
        "The strikes by the Falcon Battalion and its allies against Kafr Amer went on.",
        {("the Falcon Battalion", "Kafr Amer"), ("its allies", "Kafr Amer")},
    ),
    # one side: its phrase ends before the target as before
    (
        "The bombardment by the army on the old city went on for a week.",
        {("the army", "the old city")},
    ),
]


@pytest.mark.parametrize("sentence, pairs", BY_SIDES)
def test_each_side_of_a_noun_attack_keeps_its_target(parse, sentence, pairs):
    # "an offensive by X and Y on Z": the parser hangs "on Z" on Y; both sides attack Z
    found = {(e.actor, e.target) for e in extract_events(parse(sentence)) if e.kind == "event"}
    assert pairs <= found
