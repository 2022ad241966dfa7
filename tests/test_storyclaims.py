"""A bombing's doer from the story's claim or doubt anywhere in it (graph/normalize/storyclaims.py).

Stories of our own, each with and without commas (real copy often has none): a claim
sentences away names a bomber's (or a bomb's) doer; a story saying no one claimed it
makes a bomber's doer unknown armed men, and so does a claim of another attack, another
story or no word at all (not the dictionary's guessed rebels); the claimant's "attack" of
a bombing is ASSAULT.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events
from graph.normalize.claimants import doubts_bombing
from graph.normalize.storyverdicts import OTHER_ATTACK

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> list[Event]:
    """Return a story's normalised events and facts."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    return list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))


def _owner(parse: Parse, text: str, doer: str, action: str) -> str:
    """Return the actor id of the event whose doer (or weapon) and action are given."""
    ids = {
        e.actor_id
        for e in _events(parse, text)
        if (e.instrument or e.actor, e.action) == (doer, action)
    }
    assert len(ids) == 1, ids
    return ids.pop()


def _both(text: str, doer: str, action: str, owner: str) -> list[tuple[str, str, str, str]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, doer, action, owner), (text.replace(",", ""), doer, action, owner)]


_CASES = [
    # a claim two sentences after the bombing names the bomber's group
    *_both(
        "A suicide bomber struck a checkpoint near Marsa on Monday, killing nine guards. "
        "Witnesses said the noise was heard for miles. The Falcon Brigade claimed "
        "responsibility for the bombing in a statement.",
        "A suicide bomber",
        "strike",
        "falcon-brigade",
    ),
    # the claim told first, the bomber later
    *_both(
        "The Falcon Brigade claimed responsibility for the attack on the wedding in Marsa. "
        "Guests said the music had just stopped. A suicide bomber blew himself up at the "
        "door, killing twelve people.",
        "A suicide bomber",
        "blow up",
        "falcon-brigade",
    ),
    # a bomb with no doer takes the claimant of three sentences on
    *_both(
        "A car bomb exploded outside the police station in Marsa on Friday. Five officers "
        "died. Shops nearby were damaged. The Falcon Brigade later claimed the attack, "
        "calling it revenge.",
        "A car bomb",
        "explode",
        "falcon-brigade",
    ),
    # "the attack" with no doer, and a bomber in any act, take the claimant too
    *_both(
        "A double suicide bombing hit the police station in Marsa on Monday. Officials said "
        "two suicide bombers reached the gate, before the guards shot them. Residents said "
        "the attack killed 17 people. Shops stayed closed. The Falcon Brigade claimed the "
        "bombing on Tuesday.",
        "the attack",
        "kill",
        "falcon-brigade",
    ),
    *_both(
        "A double suicide bombing hit the police station in Marsa on Monday. Officials said "
        "two suicide bombers reached the gate, before the guards shot them. Shops stayed "
        "closed. The Falcon Brigade claimed the bombing on Tuesday.",
        "two suicide bombers",
        "reach",
        "falcon-brigade",
    ),
    # a group's word that its own fighter blew himself up is its claim
    *_both(
        "A suicide bomber struck a wedding party near Marsa on Monday, killing 30 guests. "
        "Relatives buried the dead on Tuesday. The Falcon Brigade said, on Tuesday, "
        "that one of its fighters had blown himself up among the soldiers.",
        "A suicide bomber",
        "strike",
        "falcon-brigade",
    ),
    # near miss: its fighters did something else
    *_both(
        "A suicide bomber struck a wedding party near Marsa on Monday, killing 30 guests. "
        "The Falcon Brigade said its fighters had captured a hill near Tarsk.",
        "A suicide bomber",
        "strike",
        "unknown/gunmen",
    ),
    # no claim: the bomber is an armed man nobody named, not a guessed side
    *_both(
        "A suicide bomber blew himself up at a wedding hall near Marsa, killing 20 guests. "
        "Relatives buried the dead on Sunday. There was no immediate claim of "
        "responsibility.",
        "A suicide bomber",
        "blow up",
        "unknown/gunmen",
    ),
    *_both(
        "It was unclear who was behind the blast. Police said a suicide bomber had driven "
        "a truck into the gate of the base in Marsa, killing six soldiers.",
        "a suicide bomber",
        "kill",
        "unknown/gunmen",
    ),
    # near misses: a claim of another attack, another story, a bomb nobody claimed
    *_both(
        "A suicide bomber blew himself up at a wedding hall near Marsa, killing 20 guests. "
        "Relatives buried the dead on Sunday. The Falcon Brigade claimed a similar attack "
        "on the town last month.",
        "A suicide bomber",
        "blow up",
        "unknown/gunmen",
    ),
    *_both(
        "A suicide bomber blew himself up at a wedding hall near Marsa, killing 20 guests. "
        "Relatives buried the dead on Sunday. Elsewhere, the Falcon Brigade claimed the "
        "killing of a judge.",
        "A suicide bomber",
        "blow up",
        "unknown/gunmen",
    ),
    *_both(
        "A car bomb exploded outside the police station in Marsa on Friday. Five officers "
        "died. Shops nearby were damaged. No group has claimed the attack so far.",
        "A car bomb",
        "explode",
        "",
    ),
    # the story says nothing of who: unknown armed men, not the dictionary's guessed rebels
    *_both(
        "A suicide bomber blew himself up at a wedding hall near Marsa, killing 20 guests. "
        "Relatives buried the dead on Sunday.",
        "A suicide bomber",
        "blow up",
        "unknown/gunmen",
    ),
    *_both(
        "Two suicide bombers attacked a police post in Tarsk, and the guards shot one of "
        "them at the gate.",
        "Two suicide bombers",
        "attack",
        "unknown/gunmen",
    ),
    # near miss: the bomber's own words name its side
    *_both(
        "A rebel suicide bomber blew himself up at a wedding hall near Marsa, killing 20 "
        "guests. Relatives buried the dead on Sunday.",
        "A rebel suicide bomber",
        "blow up",
        "unknown/rebels",
    ),
]


@pytest.mark.parametrize(("text", "doer", "action", "owner"), _CASES)
def test_story_claim_names_bombing_doer(
    parse: Parse, text: str, doer: str, action: str, owner: str
) -> None:
    assert _owner(parse, text, doer, action) == owner


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        # the claimant's attack is the bombing the story tells: ASSAULT, CAMEO 18
        (
            "A car bomb exploded outside the police station in Marsa on Friday, killing "
            "five officers. The Falcon Brigade claimed the attack in a statement.",
            "ASSAULT",
        ),
        (
            "A car bomb exploded outside the police station in Marsa on Friday killing "
            "five officers. The Falcon Brigade claimed the attack in a statement.",
            "ASSAULT",
        ),
        # "the attack killed" of a claimed bombing is the bombing too
        (
            "A suicide bomber struck the police station in Marsa on Monday. Residents said "
            "the attack killed 17 people. Shops stayed closed. The Falcon Brigade claimed "
            "the attack on Tuesday.",
            "ASSAULT",
        ),
        # a toll "killed in the attack" the next sentence's claim gave its doer
        (
            "A suicide bomber struck the police station in Marsa on Monday. Shops stayed "
            "closed. Schools sent pupils home. The monitor said 17 people were killed in the "
            "attack. The Falcon Brigade claimed the attack on Tuesday.",
            "ASSAULT",
        ),
        (
            "A suicide bomber struck the police station in Marsa on Monday. Shops stayed "
            "closed. Schools sent pupils home. The monitor said, on Monday, that 17 people "
            "were killed in the attack. The Falcon Brigade claimed the attack on Tuesday.",
            "ASSAULT",
        ),
        (
            "Gunmen stormed the police station in Marsa on Monday. Shops stayed closed. "
            "Schools sent pupils home. The monitor said 17 people were killed in the attack. "
            "The Falcon Brigade claimed the attack on Tuesday.",
            "FIGHT",
        ),
        # near miss: the claimed attack was a shooting, no bombing
        (
            "Gunmen shot dead five officers outside the police station in Marsa on Friday. "
            "The Falcon Brigade claimed the attack in a statement.",
            "FIGHT",
        ),
    ],
)
def test_claimed_bombing_is_assault(parse: Parse, text: str, cls: str) -> None:
    classes = {
        e.action_class
        for e in _events(parse, text)
        if e.actor_id == "falcon-brigade" and e.action in ("attack", "kill")
    }
    assert classes == {cls}


@pytest.mark.parametrize(
    ("text", "doubts"),
    [
        ("So far there was no immediate claim of responsibility.", True),
        ("So far there was no immediate claim of responsibility", True),
        ("It was unclear who was behind the blast at the gate.", True),
        # near misses: a doubt about rockets, another story's doubt, a claim
        ("It was unclear who fired the rockets into the town.", False),
        ("Meanwhile, no group claimed the shooting of a judge in Tarsk.", False),
        ("The Falcon Brigade claimed responsibility for the attack.", False),
    ],
)
def test_doubts_bombing(text: str, doubts: bool) -> None:
    assert doubts_bombing(text) is doubts


def test_story_doubt_keeps_bomb_unowned(parse: Parse) -> None:
    story = (
        "Tarvan soldiers shot dead a gunman at the gate of the base in Marsa on Friday. "
        "Moments later a bomb exploded near the gate, killing four soldiers. Shops nearby "
        "were damaged."
    )
    doubt = " No immediate claim of responsibility was made for the attack."
    for text in (story, story.replace(",", "")):
        # the soldiers who shot the gunman are no bomber the story names for the blast
        assert _owner(parse, text + doubt, "a bomb", "explode") == ""


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("The Falcon Brigade has often claimed such bombings in the valley.", True),
        ("A blast in March that killed nine was claimed by the Falcon Brigade.", True),
        ("The Falcon Brigade claimed another attack on the depot.", True),
        ("That attack was claimed by the Falcon Brigade.", True),
        ("The last bombing of the depot on May 3 killed four guards.", True),
        # near misses: the story's own attack
        ("The Falcon Brigade claimed the attack in a statement on Monday.", False),
        ("The Falcon Brigade claimed responsibility for the bombing of the depot.", False),
    ],
)
def test_claim_of_another_attack(text: str, other: bool) -> None:
    assert bool(OTHER_ATTACK.search(text)) is other
