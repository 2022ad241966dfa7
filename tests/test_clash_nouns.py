"""Fights told by a noun, "clashes between X and Y", in news shapes (issue 14).

Sentences written for these tests, each with its commas and without them inside one
long document (the real copy has none; a long text without commas is parsed with them
put back). A clash noun may be the subject of the verb the "between" phrase follows
("fighting broke out on Tuesday between X and Y"); a reduced relative on the first side
("X supported by helicopters and Y") does not take the second side as a doer; a side
may be written as the modifier of the other ("between the national army and rebel
groups"); and a toll of a fight whose sides are named is the fight (each side against
the other) and a killing whose doer is unknown, given to neither side
(graph/extract/nounframes.py, graph/extract/sides.py, graph/extract/senders.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Article, Event
from graph.normalize import normalize_events
from graph.parse import parse_articles

Parse = Callable[..., Doc]
Pair = tuple[str, str]

# A second sentence so that a text without commas is long enough to be read as one.
_FILLER = (
    "The town council met on Wednesday to discuss the water supply and the repair of the "
    "old market and the mayor told reporters that the work would take several months."
)


def _events(parse: Parse, text: str, commas: bool) -> list[Event]:
    if commas:
        return list(extract_events(parse(text)))
    article = Article(doc_id="t", source="t.txt", text=text.replace(",", "") + " " + _FILLER)
    (doc,) = [doc for _, doc in parse_articles([article])]
    return [e for e in extract_events(doc) if e.provenance.sentence_index == 0]


def _between(events: list[Event]) -> set[Pair]:
    return {(e.actor, e.target) for e in events if e.kind == "event" and "between" in e.relation}


def _rows(text: str, pairs: set[Pair], *marks: pytest.MarkDecorator) -> list[object]:
    return [
        pytest.param(text, pairs, commas, marks=marks, id=f"{text[:40]}-{commas}")
        for commas in (True, False)
    ]


_SIDES = [
    # the clash noun is the subject; "between" hangs on the adjunct before it
    *_rows(
        "Heavy fighting broke out on Tuesday for the first time between government soldiers "
        "supported by helicopters and tribal gunmen near the dam, residents said.",
        {
            ("government soldiers supported by helicopters", "tribal gunmen"),
            ("tribal gunmen", "government soldiers supported by helicopters"),
        },
    ),
    *_rows(
        "Battles raged on Sunday between the army and the Crescent Front near the airport, "
        "residents said.",
        {("the army", "the Crescent Front"), ("the Crescent Front", "the army")},
    ),
    # one side the modifier of the other
    *_rows(
        "Fierce fighting was reported between the national army and rebel groups near the "
        "dam, residents said.",
        {("the national army", "rebel groups"), ("rebel groups", "the national army")},
    ),
    # a toll of a named fight: the fight is coded
    *_rows(
        "Twenty fighters were killed in clashes between the Crescent Front and the Sword "
        "Brigade on Monday, the monitor said.",
        {("the Crescent Front", "the Sword Brigade"), ("the Sword Brigade", "the Crescent Front")},
    ),
    # near misses: a place's phrase, one party of one noun joined by two adjectives
    *_rows("Fighting continued on Monday in the area between the towns of Kafr and Hamra.", set()),
    *_rows("The army advanced on Monday for the first time between the two rivers.", set()),
    *_rows("Fighting went on in the valley between Tuesday and Wednesday, residents said.", set()),
]


@pytest.mark.parametrize(("text", "pairs", "commas"), _SIDES)
def test_each_side_of_a_clash_noun_fights_the_other(
    parse: Parse, text: str, pairs: set[Pair], commas: bool
) -> None:
    assert _between(_events(parse, text, commas)) == pairs


_BACKERS = [
    # the second conjunct is the other side of "between", not a backer
    *_rows(
        "On Friday, clashes erupted for the first time between army units backed by tanks "
        "and tribal gunmen near the dam, the monitor said.",
        {"tanks"},
    ),
    *_rows(
        "Heavy fighting broke out on Tuesday between government soldiers supported by "
        "helicopters and tribal gunmen near the dam, residents said.",
        {"helicopters"},
    ),
    # near miss: no "between", the list is the backers'
    *_rows(
        "The convoy was guarded by soldiers backed by tanks and tribal gunmen.",
        {"tanks", "tribal gunmen"},
    ),
]


@pytest.mark.parametrize(("text", "backers", "commas"), _BACKERS)
def test_a_reduced_relative_keeps_the_other_side_out(
    parse: Parse, text: str, backers: set[str], commas: bool
) -> None:
    events = _events(parse, text, commas)
    assert {e.actor for e in events if e.action in {"back", "support"}} == backers


_TOLLS = [
    # sides named: each side clashes with the other (above), and the toll is a killing
    # of its own, its doer unknown (which side killed whom is not told): never a side's
    *_rows(
        "Twenty fighters were killed in clashes between the Crescent Front and the Sword "
        "Brigade on Monday, the monitor said.",
        {"clashes"},
    ),
    *_rows(
        "At least 40 fighters and three civilians were killed on Monday in clashes between "
        "rival rebel groups, the monitor said.",
        {"clashes"},
    ),
    # the same without sides, or with a date for sides
    *_rows("Twenty fighters were killed in clashes on Monday, the monitor said.", {"clashes"}),
    *_rows(
        "The monitor said 15 rebels had been killed in the valley in fighting between Tuesday "
        "and Wednesday.",
        {"fighting"},
    ),
    # near miss: a fight "with" a side: that side killed
    *_rows(
        "Five soldiers were killed in clashes with the Crescent Front on Monday.",
        {"the Crescent Front"},
    ),
]


@pytest.mark.parametrize(("text", "killers", "commas"), _TOLLS)
def test_the_toll_of_a_named_fight_has_no_known_doer(
    parse: Parse, text: str, killers: set[str], commas: bool
) -> None:
    events = list(normalize_events(_events(parse, text, commas)))
    kills = [e for e in events if e.action == "kill" and e.kind == "event"]
    assert {e.actor for e in kills} == killers
    # an event noun is never an actor node: the doer stays unresolved
    assert all(not e.actor_id for e in kills if e.actor in {"clashes", "fighting"})


_LATER = [
    # "took control after clashes with": the seizure and the clash both stay
    *_rows(
        "The rebels took control of the town after clashes with the army, the monitor said.",
        {("The rebels", "take", "the town"), ("The rebels", "clash", "the army")},
    ),
    # the sides named before: left for later
    *_rows(
        "The army and the Crescent Front traded fire on Monday. Clashes between the two sides "
        "killed ten people.",
        {("the army", "clash", "the Crescent Front")},
        pytest.mark.xfail(reason="sides named in the sentence before", strict=True),
    ),
]


@pytest.mark.parametrize(("text", "triples", "commas"), _LATER)
def test_clashes_with_a_seizure_and_named_before(
    parse: Parse, text: str, triples: set[tuple[str, str, str]], commas: bool
) -> None:
    if commas:
        events = list(extract_events(parse(text)))
    else:
        article = Article(doc_id="t", source="t.txt", text=text.replace(",", "") + " " + _FILLER)
        (doc,) = [doc for _, doc in parse_articles([article])]
        events = list(extract_events(doc))
    found = {(e.actor, e.action, e.target) for e in events if e.kind == "event"}
    assert triples <= found, found
