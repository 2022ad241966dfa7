"""Ground taken as a share or measure of it, and by the subject of "after taking".

Sentences written for this test (none from a benchmark), each with and without commas:
"secured large swathes of territory", "gained 300 kilometres of territory" advance on the ground
(graph/extract/territory.py ``ground_part``, used by graph/extract/combat.py); "the gang
shot ten men after taking Kafr Hamra" takes the village, the gerund's subject being the
clause's (``combat.armed_subject``), as is that of a participle adjunct ("pushed north,
reaching the outskirts"); a preposition after the object is no particle ("took Kafr Hamra
in 2014"). Near misses: a share of what is no ground, the
idioms of "take", an unarmed subject.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _class(parse: Parse, sentence: str, word: str) -> str:
    """Return the class of the first event on ``word``; OTHER for none or a fact."""
    found = [e for e in extract_events(parse(sentence)) if word in e.relation]
    found = [e for e in found if e.kind == "event"]
    return found[0].action_class if found else "OTHER"


def _both(text: str, word: str, expected: str) -> list[tuple[str, str, str]]:
    return [(text, word, expected), (text.replace(",", ""), word, expected)]


GROUND = [
    *_both("The rebels have secured large swathes of territory, in the north.", "secured", "FIGHT"),
    *_both(
        "Since May, the militia gained 300 square kilometres of territory near the dam.",
        "gained",
        "FIGHT",
    ),
    *_both("The insurgents secured most of the province, the monitor said.", "secured", "FIGHT"),
    *_both(
        "The insurgents shot ten men, after taking Kafr Hamra from the border guards.",
        "taking",
        "FIGHT",
    ),
    *_both("The militants shot ten men, after taking Kafr Hamra.", "taking", "FIGHT"),
    *_both(
        "The rebels burned the depot, before taking the village of Ain Sawda.", "taking", "FIGHT"
    ),
    # a preposition after the object is an adjunct, not a particle ("took over X")
    *_both("The rebels took Kafr Hamra in 2014, the monitor said.", "took", "FIGHT"),
    *_both("ISIL took Tel Harmal in a dawn raid, residents said.", "took", "FIGHT"),
]

# a participle adjunct's subject is its clause's: armed men taking a name or reaching a place
ADJUNCTS = [
    *_both("The rebels pushed north, taking Kafr Hamra.", "taking", "FIGHT"),
    *_both("The militants stormed the base on Monday, taking Tel Harmal.", "taking", "FIGHT"),
    *_both("The fighters pushed north, reaching the outskirts of the town.", "reaching", "FIGHT"),
]

NEAR_MISSES = [
    *_both("The families fled north, reaching the outskirts of the town.", "reaching", "OTHER"),
    *_both("The rebels rested, taking a photograph of the ruins.", "taking", "OTHER"),
    *_both("The rebels secured the rest of the aid shipment, on Monday.", "secured", "OTHER"),
    *_both("The party secured most of the votes, in the north.", "secured", "OTHER"),
    *_both("The team gained 300 kilometres of experience, abroad.", "gained", "OTHER"),
    *_both("The charity fed ten families, after taking Fatima to the clinic.", "taking", "OTHER"),
    *_both("The delegates left early, after taking part in the talks.", "taking", ""),
    *_both("The minister smiled, after taking a photograph of the ruins.", "taking", "OTHER"),
    *_both("The envoys reached an agreement, after taking a break.", "taking", "OTHER"),
    *_both("The minister took the call in his office, aides said.", "took", "OTHER"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), GROUND)
def test_ground_and_its_shares_are_taken(parse, sentence, word, expected):
    assert _class(parse, sentence, word) == expected


@pytest.mark.parametrize(("sentence", "word", "expected"), ADJUNCTS)
def test_an_adjuncts_subject_is_its_clauses(parse, sentence, word, expected):
    assert _class(parse, sentence, word) == expected


@pytest.mark.parametrize(("sentence", "word", "expected"), NEAR_MISSES)
def test_what_is_no_ground_is_not_taken(parse, sentence, word, expected):
    # taking part in talks is the talks' class (meeting): no seizure either way
    assert _class(parse, sentence, word) not in {"FIGHT", "ASSAULT"}
