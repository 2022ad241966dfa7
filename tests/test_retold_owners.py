"""An attack told through its weapon, told again with its doer next (graph/normalize/retold.py).

Stories of our own, each with and without commas (real copy often has none): a headline
or a lead tells an attack by its weapon ("Shells kill 12 villagers in Kessa") and the next
sentence tells the same attack again, naming who did it. The doer of that telling owns the
weapon's attack; another attack told next (another count, place or story), a doer left
open, two doers, or a doubt leave it unowned.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _doer(parse: Parse, text: str, weapon: str) -> tuple[str, str]:
    """Return the actor and its label of the first sentence's attack told through ``weapon``."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-18"}, sentences=sentences)
    (event,) = [
        e
        for e in normalised
        if (e.instrument or e.actor) == weapon and e.provenance.sentence_index == 0
    ]
    return event.actor, event.actor_label


def _both(text: str, *expected: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, *expected), (text.replace(",", ""), *expected)]


@pytest.mark.parametrize(
    "text, weapon, doer",
    [
        # the same victims killed, by a doer the passive names
        *_both(
            "Shells kill 12 villagers in Kessa. Twelve villagers were killed on Monday by "
            "Falcon Brigade fighters, who shelled the market.",
            "Shells",
            "Falcon Brigade fighters",
        ),
        # the same count of victims
        *_both(
            "Mortar fire kills 12 in Kessa. Twelve people were killed by militiamen, who "
            "shelled the market on Monday.",
            "Mortar fire",
            "militiamen",
        ),
        # a light verb's raids, killing the same fighters
        *_both(
            "Air raids kill 31 fighters in Tobin. The Karvonian air force carried out 13 "
            "raids on the town, killing 31 fighters, a monitor said.",
            "Air raids",
            "The Karvonian air force",
        ),
        # the same place hit
        *_both(
            "Mortar shells hit a school in Kessa on Monday. Falcon Brigade fighters hit "
            "the school with four shells, a monitor said.",
            "Mortar shells",
            "Falcon Brigade fighters",
        ),
    ],
)
def test_an_attack_told_again_next_takes_the_doer_named_there(parse, text, weapon, doer):
    actor, label = _doer(parse, text, weapon)
    assert (actor, bool(label)) == (doer, True)


@pytest.mark.parametrize(
    "text, weapon",
    [
        # another count: another attack
        *_both(
            "Airstrikes killed 36 people in Kessa on Monday. Most died in Tobin, where "
            "Karvonian jets killed 23 people.",
            "Airstrikes",
        ),
        # the same count, but another place
        *_both(
            "Rockets kill 12 in Kessa. Falcon Brigade fighters killed 12 soldiers in an "
            "ambush in Tobin.",
            "Rockets",
        ),
        # the next sentence doubts who did it
        *_both(
            "Mortar shells hit a school in Kessa on Monday. It was unclear who fired them, "
            "but Falcon Brigade fighters hit the school last year.",
            "Mortar shells",
        ),
        # the doer left open
        *_both(
            "Shells kill 12 villagers in Kessa. Twelve villagers were killed in Tarvan or "
            "Karvonian shelling, a monitor said.",
            "Shells",
        ),
        # another story
        *_both(
            "Shells kill 12 villagers in Kessa. Meanwhile, Falcon Brigade fighters killed "
            "12 villagers in Tobin.",
            "Shells",
        ),
        # told as one more attack
        *_both(
            "Another shell hit a school in Kessa on Monday. Falcon Brigade fighters hit "
            "the school with four shells, a monitor said.",
            "Another shell",
        ),
        *_both(
            "Two other shells hit a school in Kessa on Monday. Falcon Brigade fighters hit "
            "the school with four shells, a monitor said.",
            "Two other shells",
        ),
        # jets of no named state say no more than the raids
        *_both(
            "Air raids hit a clinic in Kessa on Monday. Jets hit the clinic twice, a monitor said.",
            "Air raids",
        ),
        # two doers
        *_both(
            "Shells kill 12 villagers in Kessa. Twelve villagers were killed by Falcon "
            "Brigade and Wolf Brigade fighters.",
            "Shells",
        ),
    ],
)
def test_an_attack_not_told_again_stays_unowned(parse, text, weapon):
    assert _doer(parse, text, weapon) == (weapon, "")


@pytest.mark.parametrize(
    "text",
    [
        case
        for (case,) in _both(
            "Wolf Brigade fighters shelled Kessa on Monday. Shells hit a school in Kessa. "
            "Falcon Brigade fighters hit the school with four shells, a monitor said."
        )
    ],
)
def test_an_attacker_named_before_comes_first(parse, text):
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-18"}, sentences=sentences)
    (event,) = [e for e in normalised if e.instrument == "Shells"]
    assert event.actor == "Wolf Brigade fighters"


@pytest.mark.parametrize(
    "text, weapon, doer",
    [
        # the retelling's doer is the hedge right after it (see suspects)
        *_both(
            "Air raids killed 12 people in Tarsk on Tuesday. Air raids on the village of "
            "Tarsk killed 12 people on Tuesday, a monitor said. The monitor said the raids "
            "were most likely carried out by Karvonian jets.",
            "Air raids",
            "Karvonian jets",
        ),
        # the retelling's doer is a claim right after it
        *_both(
            "A car bomb killed nine soldiers in Kessa. The car bomb killed nine soldiers at "
            "a checkpoint on Monday, the army said. The Falcon Brigade claimed responsibility "
            "for the attack.",
            "A car bomb",
            "The Falcon Brigade",
        ),
    ],
)
def test_an_attack_takes_the_doer_its_retelling_got_from_the_story(parse, text, weapon, doer):
    actor, label = _doer(parse, text, weapon)
    assert (actor, bool(label)) == (doer, True)


@pytest.mark.parametrize(
    "text, weapon",
    [
        # the retelling counts other victims: another attack
        *_both(
            "Air raids killed 12 people in Tarsk on Tuesday. Air raids on the village of "
            "Tobin killed 30 people, a monitor said. The monitor said the raids were most "
            "likely carried out by Karvonian jets.",
            "Air raids",
        ),
        # the retelling's doer left open
        *_both(
            "Air raids killed 12 people in Tarsk on Tuesday. Air raids on the village of "
            "Tarsk killed 12 people, a monitor said. The monitor could not say whether the "
            "raids were carried out by Karvonian or Tarvan jets.",
            "Air raids",
        ),
        # the retelling's doer was named in the attack's own sentence, after it, and
        # passed over there: not taken through the retelling either
        *_both(
            "Mortar fire killed two people at the Kessa opera house on Sunday, as Tarvan "
            "forces pressed a campaign against rebels. Two people were killed by a mortar "
            "round that hit the Kessa opera house, the agency said.",
            "Mortar fire",
        ),
        # told as one more attack
        *_both(
            "Another air raid killed 12 people in Tarsk. Air raids on the village of Tarsk "
            "killed 12 people, a monitor said. The monitor said the raids were most likely "
            "carried out by Karvonian jets.",
            "Another air raid",
        ),
    ],
)
def test_an_attack_its_retelling_does_not_own_stays_unowned(parse, text, weapon):
    assert _doer(parse, text, weapon) == (weapon, "")


@pytest.mark.parametrize(
    "text",
    [
        case
        for (case,) in _both(
            "One civilian was killed and 17 others were injured in several attacks on "
            "Monday. Falcon Brigade fighters killed a civilian in Kessa with mortar shells, "
            "a monitor said."
        )
    ],
)
def test_a_harm_stays_an_event_when_its_sibling_takes_a_doer(parse, text):
    """The killing takes the brigade; the wounding (17, not 14) stays unowned, still an event."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-18"}, sentences=sentences)
    first = {(e.action, e.actor, e.kind) for e in normalised if e.provenance.sentence_index == 0}
    assert first == {
        ("kill", "Falcon Brigade fighters", "event"),
        ("injure", "several attacks", "event"),
    }
