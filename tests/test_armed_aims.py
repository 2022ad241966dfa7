"""A place hit named after the munitions: "targeted with rocket shells the old quarter".

Agency copy puts the munitions before the place (graph/extract/armedaims.py); the small
model then reads the verb as a participle on its subject, or the place as the subject
of what follows. The place is the target and the subject the doer, as in "targeted the
old quarter with rocket shells". Sentences of our own, each with and without commas;
near misses (a passive, an object of its own, a time after the munitions) must not
change.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _triples(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


AIMED = [
    *[
        (text, ("Militants", "target", "the Hamra neighbourhood"))
        for text in _both(
            "Militants targeted with rocket shells the Hamra neighbourhood, injuring two."
        )
    ],
    *[
        (text, ("The militia", "target", "Mira Street and the Tarsk neighbourhoods"))
        for text in _both(
            "The militia targeted on Sunday with a number of mortar shells Mira Street and the "
            "Tarsk neighbourhoods in the city."
        )
    ],
    *[
        (text, ("militants", "target", "the Tarsk neighbourhood"))
        for text in _both(
            "A police source said that militants targeted with rocket shells the Tarsk "
            "neighbourhood in Mira, causing damage."
        )
    ],
    *[
        (text, ("The gunmen", "target", "the towns of Marsa and Tarsk"))
        for text in _both(
            "The gunmen on Friday targeted with mortar and rocket shells the towns of Marsa "
            "and Tarsk."
        )
    ],
    # the doer of a participle's phrase is the noun it modifies, not the place it names
    *[
        (text, ("Militants", "target", "Tarsk village"))
        for text in _both(
            "Militants positioned in the hills targeted with a rocket shell Tarsk village."
        )
    ],
]


@pytest.mark.parametrize("sentence, triple", AIMED)
def test_the_place_after_the_munitions_is_the_target(parse, sentence, triple):
    assert triple in _triples(parse, sentence)


KEPT = [
    # an object of its own, before the munitions
    *[
        (text, ("Militants", "target", "the Hamra neighbourhood"))
        for text in _both("Militants targeted the Hamra neighbourhood with rocket shells, again.")
    ],
]


@pytest.mark.parametrize("sentence, triple", KEPT)
def test_an_object_before_the_munitions_stays_the_target(parse, sentence, triple):
    assert triple in _triples(parse, sentence)


NOT_AIMED = [
    # a passive: the road was hit, no one named hit anything after the munitions
    *_both("On Monday, the road was hit with over a hundred missiles."),
    # a time after the munitions is when, not what
    *_both("Five houses targeted with shells the day before were rebuilt, residents said."),
]


@pytest.mark.parametrize("sentence", NOT_AIMED)
def test_no_place_after_the_munitions_no_new_target(parse, sentence):
    targets = {t for _, action, t in _triples(parse, sentence) if action in {"hit", "target"}}
    assert not targets - {""}
