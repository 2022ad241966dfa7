"""An unowned attack told after two doers acting together is both sides' (issue 14).

Sentences of our own, each with and without commas (real copy often has none). "Turkish
and Iraqi jets bombed Kessa. The strikes killed 12": the strikes take both doers, one
event each, the weapon as instrument (graph/normalize/jointowners.py). Two sides told
apart, foes that clash, one side alone and another story keep what they had.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]
Told = set[tuple[str, str]]


def _told(parse: Parse, text: str, action: str) -> Told:
    """Return (actor id, instrument) of the last sentence's events of ``action``."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))
    last = max(e.provenance.sentence_index for e in normalised)
    return {
        (e.actor_id, e.instrument)
        for e in normalised
        if e.action == action and e.kind == "event" and e.provenance.sentence_index == last
    }


def _both(text: str, action: str, told: Told) -> list[tuple[str, str, Told]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, action, told), (text.replace(",", ""), action, told)]


@pytest.mark.parametrize(
    "text, action, told",
    [
        # one phrase of two owners: one event per owner
        *_both(
            "Turkish and Iraqi jets bombed the town of Kessa on Monday, a monitor said. "
            "The strikes killed 12 civilians.",
            "kill",
            {("turkey", "The strikes"), ("iraq", "The strikes")},
        ),
        *_both(
            "Both Turkish and Iraqi jets pounded Kessa on Sunday. The air strikes hit a school.",
            "hit",
            {("turkey", "The air strikes"), ("iraq", "The air strikes")},
        ),
        # two phrases joined by "and": the ally written with a pronoun keeps the weapon
        *_both(
            "The Turkish army and its Iraqi allies shelled rebel positions near Kessa on "
            "Monday. The bombardment killed nine fighters.",
            "kill",
            {("turkey", "The bombardment"), ("iraq", "")},
        ),
        # two sentences back, nothing in between names an attacker
        *_both(
            "Turkish and Iraqi warplanes struck Kessa overnight. Residents fled to the hills, "
            "a monitor said. The raids destroyed a clinic.",
            "destroy",
            {("turkey", "The raids"), ("iraq", "The raids")},
        ),
        # told on again as the same air attack: the pair is lent on
        *_both(
            "Turkish and Iraqi jets bombed Kessa on Monday. The strikes killed 12 civilians, "
            "a monitor said. The raids also destroyed a clinic.",
            "destroy",
            {("turkey", "The raids"), ("iraq", "The raids")},
        ),
    ],
)
def test_an_attack_told_after_two_joint_doers_is_both_sides(parse, text, action, told):
    assert _told(parse, text, action) == told


@pytest.mark.parametrize(
    "text, action, told",
    [
        # two sides told apart: whose were the strikes?
        *_both(
            "Turkish jets bombed Kessa and Kurdish fighters shelled Tobin on Monday. "
            "The strikes killed 12 civilians.",
            "kill",
            {("", "")},
        ),
        # foes that clash lend no side
        *_both(
            "Turkish troops and Kurdish fighters clashed near Kessa on Monday. "
            "The shelling killed 12 civilians.",
            "kill",
            {("", "")},
        ),
        # another story
        *_both(
            "Turkish and Iraqi jets bombed Kessa on Monday. Meanwhile, a car bomb killed "
            "six people in Tobin.",
            "kill",
            {("", "")},
        ),
        # one of the two names no one
        *_both(
            "The Turkish army and allied forces shelled Kessa on Monday. The bombardment "
            "killed nine fighters.",
            "kill",
            {("", "")},
        ),
        # a habit of two doers, not the doers of this attack
        *_both(
            "Kessa is regularly bombed by Turkish and Iraqi jets, residents say. An air strike "
            "hit a school on Monday.",
            "hit",
            {("", "")},
        ),
        # jets fire no mortar shells
        *_both(
            "Turkish and Iraqi jets bombed Kessa on Monday. Mortar shells hit a school.",
            "hit",
            {("", "")},
        ),
        # one machine or one strike is one side's: the text does not say whose
        *_both(
            "Turkish and Iraqi jets bombed Kessa on Monday. A helicopter dropped a bomb on "
            "the market, residents said.",
            "drop",
            {("unknown/military", "")},
        ),
        *_both(
            "Turkish and Iraqi warplanes pounded Kessa on Monday. An air strike hit the "
            "hospital, killing four patients.",
            "hit",
            {("", "")},
        ),
        # an attack told as before the one the pair did: another story
        *_both(
            "Turkish and Iraqi jets bombed Kessa on Monday. The strikes came days after some "
            "of the fiercest raids on housing blocks killed 30 people.",
            "kill",
            {("", "")},
        ),
        # a new attack after the pair's: not told on as the same
        *_both(
            "Turkish and Iraqi jets bombed Kessa on Monday. The strikes killed 12 civilians, "
            "a monitor said. Another raid destroyed a clinic in Tobin.",
            "destroy",
            {("", "")},
        ),
        # one side alone keeps its one owner
        *_both(
            "Turkish jets bombed Kessa on Monday. The strikes killed 12 civilians.",
            "kill",
            {("turkey", "The strikes")},
        ),
    ],
)
def test_sides_told_apart_or_foes_lend_no_pair(parse, text, action, told):
    assert _told(parse, text, action) == told
