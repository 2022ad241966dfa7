"""Another verb's idiom that names only a place is no act of this verb (placeidioms.py).

Every sentence here is written for this test (none comes from a benchmark file).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[[str], Doc]


def _classes(parse: Parse, sentence: str, word: str) -> list[str]:
    return [e.action_class for e in extract_events(parse(sentence)) if word in e.relation]


# "DISMANTLE &TOWN" (0842, a retreat) is dismantle's: a divided city retreats from nothing
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Since the war, the port city has been divided between the militia and the army.",
            "divided",
        ),
        (
            "Since the war the port city has been divided between the militia and the army",
            "divided",
        ),
        ("A river separates the village from the mountains.", "separates"),
        ("The town was split into two zones, residents said.", "split"),
        ("The town was split into two zones residents said", "split"),
    ],
)
def test_a_divided_place_is_no_retreat(parse, sentence, word):
    classes = _classes(parse, sentence, word)
    assert classes
    assert "RETREAT" not in classes


# near misses: a block of one act shares its idioms; a verb's own pattern stands
@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Local men protected their village from the raiders.", "protected", "MOBILIZE"),
        ("Local men guarded the town, residents said.", "guarded", "MOBILIZE"),
        ("The rebels occupied the town.", "occupied", "FIGHT"),
    ],
)
def test_a_block_of_one_act_and_a_verbs_own_idiom_keep_their_class(parse, sentence, word, expected):
    assert _classes(parse, sentence, word) == [expected]
