"""One verb for an attack noun, whichever rule reads it (graph/extract/attackverbs.py).

"Air raids" are coded as the aerial attack "air strikes" are (strike), whether a light
verb carries them ("jets carried out air raids on X"), they stand alone with a target
("air raids on X killed nine") or an owner has them ("Norland's air raids on X"); a
campaign is named by its kind of attack ("a bombing campaign": bomb, "an air campaign":
strike), else it is an attack. A raid not from the air stays a raid.

Every sentence here is written for this test (none comes from a benchmark file); each
construction is tested with and without the commas news drops.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]
Triple = tuple[str, str, str]


def _found(parse: Parse, text: str) -> set[Triple]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text))}


def _both(text: str, triple: Triple) -> list[tuple[str, Triple]]:
    return [(text, triple), (text.replace(",", ""), triple)]


SAME_VERB = [
    # a light verb's air raids, as the same raids with no light verb
    *_both(
        "On Monday, Norland jets carried out air raids on Kessa.",
        ("Norland jets", "strike", "Kessa"),
    ),
    *_both(
        "Norland jets carried out bombing raids on the depot, a monitor said.",
        ("Norland jets", "strike", "the depot"),
    ),
    *_both(
        "Air raids on Kessa, a monitor said, killed nine shepherds.",
        ("Air raids", "strike", "Kessa"),
    ),
    *_both(
        "Norland's air raids on the depot have, again, intensified.",
        ("Norland", "strike", "the depot"),
    ),
    # a campaign named by its kind of attack, whichever rule reads it
    *_both(
        "In May, the alliance launched an air campaign against the militia.",
        ("the alliance", "strike", "the militia"),
    ),
    *_both(
        "The alliance waged a bombing campaign against the militia, in May.",
        ("The alliance", "bomb", "the militia"),
    ),
    *_both(
        "The alliance's bombing campaign against the militia, in May, intensified.",
        ("The alliance", "bomb", "the militia"),
    ),
    # a campaign that names no kind of attack is an attack; a raid not from the air a raid
    *_both(
        "In May, the army launched a military campaign against the rebels.",
        ("the army", "attack", "the rebels"),
    ),
    *_both(
        "On Monday, police carried out raids on homes in the capital.", ("police", "raid", "homes")
    ),
    *_both(
        "Norland commandos, on Monday, carried out a raid on the port.",
        ("Norland commandos", "raid", "the port"),
    ),
]


@pytest.mark.parametrize("text, triple", SAME_VERB)
def test_an_attack_noun_names_one_verb_whichever_rule_reads_it(parse, text, triple):
    assert triple in _found(parse, text)


NOT_STRIKES = [
    # raids on the ground, and a campaign that is no armed one
    ("On Monday, police carried out raids on homes in the capital.", "strike"),
    ("Norland commandos, on Monday, carried out a raid on the port.", "strike"),
    ("The group's campaign against corruption grew, in the capital.", "attack"),
    ("The group's campaign against corruption grew, in the capital.", "strike"),
]


@pytest.mark.parametrize("text, action", NOT_STRIKES)
def test_raids_on_the_ground_and_campaigns_of_no_force_are_left_alone(parse, text, action):
    assert not {t for t in _found(parse, text) if t[1] == action}
    assert not {t for t in _found(parse, text.replace(",", "")) if t[1] == action}
