"""The target of a firing is where its munition came down, never the munition (issue 14).

Every sentence is our own, each written with and without its commas (news copy often
has none). A report may tell where a fired munition fell after the firing, in the same
clause ("was fired by X and landed in Y", "with the shells landing in Y"), and a
barrage without an "of" phrase is the fire itself ("fired rocket barrages on Y"): the
place is the target, the shells and the barrages are not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text))}


def _both(
    sentence: str, without: str, expected: tuple[str, ...], with_miss: str = ""
) -> list[object]:
    """Return the sentence with and without its commas; ``with_miss``: why the first fails."""
    marks = [pytest.mark.xfail(reason=with_miss, strict=True)] if with_miss else []
    return [pytest.param(sentence, expected, marks=marks), pytest.param(without, expected)]


# "fired, on Tuesday, rocket shells at X": the parser reads the munitions as an apposition.
_APPOSED = "after the commas the munitions are read as an apposition of the subject"


FELL_AFTER = [
    *_both(
        "A mortar shell was fired by the militants based in the valley, and landed in the clinic.",
        "A mortar shell was fired by the militants based in the valley and landed in the clinic.",
        ("the militants", "fire", "the clinic"),
    ),
    *_both(
        "On Friday, two rockets were launched by the gunmen and fell on the Sabil market.",
        "On Friday two rockets were launched by the gunmen and fell on the Sabil market.",
        ("the gunmen", "launch", "the Sabil market"),
    ),
    *_both(
        "Three shells fired by the militia based in the mill, and landed near the school.",
        "Three shells fired by the militia based in the mill and landed near the school.",
        ("the militia", "fire", "the school"),
    ),
    *_both(
        "The gunmen fired a number of shells from the ridge, with the shells landing in the "
        "old bazaar.",
        "The gunmen fired a number of shells from the ridge with the shells landing in the "
        "old bazaar.",
        ("The gunmen", "fire", "the old bazaar"),
    ),
    *_both(
        "The rebels fired four mortar rounds, with one round falling on a bakery.",
        "The rebels fired four mortar rounds with one round falling on a bakery.",
        ("The rebels", "fire", "a bakery"),
    ),
]


@pytest.mark.parametrize("sentence, triple", FELL_AFTER)
def test_where_the_fired_munition_fell_is_the_target(parse, sentence, triple):
    assert triple in _events(parse, sentence)


UNCHANGED = [
    # near misses: the second verb is the doer's own, or no munition fell anywhere
    *_both(
        "The gunmen fired shells at the checkpoint, and fell back into the village.",
        "The gunmen fired shells at the checkpoint and fell back into the village.",
        ("The gunmen", "fire", "the checkpoint"),
    ),
    *_both(
        "The rebels fired rockets at the airport, with the shells landing in a field.",
        "The rebels fired rockets at the airport with the shells landing in a field.",
        ("The rebels", "fire", "the airport"),
    ),
    *_both(
        "A mortar shell was fired by the militants, and wounded two boys.",
        "A mortar shell was fired by the militants and wounded two boys.",
        ("the militants", "wound", "two boys"),
    ),
]


@pytest.mark.parametrize("sentence, triple", UNCHANGED)
def test_other_second_verbs_keep_their_reading(parse, sentence, triple):
    assert triple in _events(parse, sentence)


BARRAGES = [
    *_both(
        "Government forces fired heavy artillery and rocket barrages on Tuesday on the "
        "southern districts of the town.",
        "Government forces fired heavy artillery and rocket barrages Tuesday on the "
        "southern districts of the town.",
        ("Government forces", "fire", "the southern districts of the town"),
    ),
    *_both(
        "The navy fired missile salvos at the harbour, the admiral said.",
        "The navy fired missile salvos at the harbour the admiral said.",
        ("The navy", "fire", "the harbour"),
    ),
]


@pytest.mark.parametrize("sentence, triple", BARRAGES)
def test_a_barrage_is_fire_on_the_place_named(parse, sentence, triple):
    assert triple in _events(parse, sentence)


NO_BARRAGE_TARGET = [
    # the barrage is the act, never whom it hit
    *_both(
        "The militia has carried out such barrages before, the monitor said.",
        "The militia has carried out such barrages before the monitor said.",
        ("The militia", "carry out", "such barrages"),
    ),
    *_both(
        "Government forces fired heavy artillery and rocket barrages on Tuesday on the "
        "southern districts of the town.",
        "Government forces fired heavy artillery and rocket barrages Tuesday on the "
        "southern districts of the town.",
        ("Government forces", "fire", "rocket barrages"),
    ),
]


@pytest.mark.parametrize("sentence, triple", NO_BARRAGE_TARGET)
def test_a_barrage_is_no_target(parse, sentence, triple):
    assert triple not in _events(parse, sentence)


OTHER_COUNTS = [
    # a barrage of something: its "of" phrase says what (see counted_event)
    *_both(
        "On Monday, the navy launched a barrage of missiles at the port.",
        "On Monday the navy launched a barrage of missiles at the port.",
        ("the navy", "launch", "the port"),
    ),
    *_both(
        "On Monday, the minister faced a barrage of questions from the press.",
        "On Monday the minister faced a barrage of questions from the press.",
        ("the minister", "face", "a barrage of questions from the press"),
    ),
]


@pytest.mark.parametrize("sentence, triple", OTHER_COUNTS)
def test_a_counted_barrage_keeps_its_reading(parse, sentence, triple):
    assert triple in _events(parse, sentence)


TIMED = [
    # without commas a day swallows the munitions fired ("on [Tuesday rocket shells]")
    *_both(
        "The militia fired, on Tuesday, rocket shells at the market.",
        "The militia fired on Tuesday rocket shells at the market.",
        ("The militia", "the market"),
        _APPOSED,
    ),
    *_both(
        "The gunmen fired, on Sunday morning, two mortar rounds at the hospital.",
        "The gunmen fired on Sunday morning two mortar rounds at the hospital.",
        ("The gunmen", "the hospital"),
        _APPOSED,
    ),
]


@pytest.mark.parametrize("sentence, pair", TIMED)
def test_a_munition_after_a_day_is_what_was_fired(parse, sentence, pair):
    assert pair in {(actor, target) for actor, _, target in _events(parse, sentence)}


NO_TIMED_TARGET = [
    *_both(
        "The gunmen fired, on Sunday morning, two mortar rounds.",
        "The gunmen fired on Sunday morning two mortar rounds.",
        ("The gunmen", "fire on", "two mortar rounds"),
    ),
    *_both(
        "The militia fired, on Tuesday afternoon, rocket shells containing chlorine.",
        "The militia fired on Tuesday afternoon rocket shells containing chlorine.",
        ("The militia", "fire on", "rocket shells"),
    ),
]


@pytest.mark.parametrize("sentence, triple", NO_TIMED_TARGET)
def test_a_munition_after_a_day_is_no_target(parse, sentence, triple):
    assert triple not in _events(parse, sentence)


FIRED_ON = [
    # near misses: whom a weapon was fired on, with or without a day before it
    *_both(
        "Troops fired on the protesters, the witnesses said.",
        "Troops fired on the protesters the witnesses said.",
        ("Troops", "fire on", "the protesters"),
    ),
    *_both(
        "On Sunday, the guards fired on a crowd.",
        "On Sunday the guards fired on a crowd.",
        ("the guards", "fire on", "a crowd"),
    ),
]


@pytest.mark.parametrize("sentence, triple", FIRED_ON)
def test_fired_on_someone_keeps_its_target(parse, sentence, triple):
    assert triple in _events(parse, sentence)
