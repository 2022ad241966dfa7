"""A report of an event is no act of the reporter (graph/extract/reports.py).

"The watchdog reported fighting in the old quarter": the watchdog fights no one; the
fighting is what it reports, a fact crediting it. The same holds for a report in the
passive ("the raid was confirmed by the council"), for verbs that keep a record
("documented the killing of 40 farmers") and for a reported noun of force the lexicon
codes ("reported the incursion of 60 gunmen"). A reporter's own act told as a gerund
with its object ("the navy reported sinking two boats") and a claim stay acts. Every
sentence is written for this test, with and without the commas real news often lacks.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _uncomma(text: str) -> str:
    return text.replace(",", "")


def _both(rows: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Return each row as written and without its commas (real news often has none)."""
    return [*rows, *((_uncomma(text), want) for text, want in rows if "," in text)]


def _event_actors(parse: Parse, text: str) -> set[str]:
    return {e.actor for e in extract_events(parse(text)) if e.kind == "event"}


def _events(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


REPORTERS = _both(
    [
        # a bare gerund the parser hangs on the report as its complement
        ("The watchdog reported fighting in the old quarter on Monday.", "The watchdog"),
        ("The watchdog, citing residents, reported fighting in the old quarter.", "The watchdog"),
        # a report in the passive, its reporter in the "by" phrase
        ("The raid was later confirmed by the council.", "the council"),
        ("The ambush, which lasted an hour, was reported by state radio.", "state radio"),
        ("Two explosions were reported by the mayor's office.", "the mayor's office"),
        # verbs that keep a record of what happened
        ("The charity has documented the killing of 40 farmers in the valley.", "The charity"),
        ("Since June, the charity has documented the killing of 40 farmers.", "The charity"),
        ("The mission documented 12 attacks on clinics last month.", "The mission"),
        # a noun of force the lexicon codes, not a listed event noun
        (
            "The Turkish defence ministry reported the infiltration of 60 gunmen into the hills.",
            "The Turkish defence ministry",
        ),
        (
            "On Friday, the Turkish defence ministry reported the infiltration of 60 gunmen.",
            "the Turkish defence ministry",
        ),
    ]
)


@pytest.mark.parametrize("text, reporter", REPORTERS)
def test_a_reporter_does_not_do_what_it_reports(parse, text, reporter):
    assert reporter not in _event_actors(parse, text)


ACTS = _both(
    [
        # a gerund with its own object is the reporter's act
        (
            "The navy reported sinking two boats near the cape.",
            ("The navy", "sink", "two boats"),
        ),
        (
            "On Sunday, the navy reported sinking two boats.",
            ("the navy", "sink", "two boats"),
        ),
        # a claim names who did it
        ("The sect claimed the bombing.", ("The sect", "claim", "")),
        # the reported clause keeps its own act
        (
            "The watchdog reported that militiamen shelled the depot.",
            ("militiamen", "shell", "the depot"),
        ),
        (
            "Militiamen shelled the depot, the watchdog reported.",
            ("Militiamen", "shell", "the depot"),
        ),
        # a passive act whose "by" phrase names the doer, not a reporter
        (
            "The depot was shelled by the militia on Monday.",
            ("the militia", "shell", "The depot"),
        ),
    ]
)


@pytest.mark.parametrize("text, triple", ACTS)
def test_acts_beside_reports_stay_events(parse, text, triple):
    assert triple in _events(parse, text)


def _classes(parse: Parse, text: str, actor: str, action: str) -> set[str]:
    """Return the classes of the events and facts with this actor and action."""
    found = extract_events(parse(text))
    return {e.action_class for e in found if e.actor == actor and e.action == action}


# The report of an act of force is the reporter's statement (graph/extract/reports.py,
# reports_act): its class is never the reported act's (FIGHT, ASSAULT).
REPORT_CLASSES = _both(
    [
        ("The watchdog reported heavy air strikes on the northern villages.", "The watchdog"),
        ("On Monday, the watchdog reported heavy air strikes on the villages.", "the watchdog"),
        ("The watchdog had earlier reported 30 air raids across the province.", "The watchdog"),
        ("The watchdog also reported a rocket attack on the suburb.", "The watchdog"),
        ("State radio reported the ambush on Sunday.", "State radio"),
        ("The council, citing farmers, reported the attack.", "The council"),
        ("The ministry confirmed the bombing of the depot.", "The ministry"),
        ("A security official in the port confirmed the air strikes.", "A security official"),
    ]
)


@pytest.mark.parametrize("text, reporter", REPORT_CLASSES)
def test_a_report_of_force_is_the_reporters_statement(parse, text, reporter):
    verb = "confirm" if "confirm" in text else "report"
    assert _classes(parse, text, reporter, verb) == {"STATEMENT"}


# Near misses: the reported clause, the reporter's own gerund, a declared event and a
# plain attack keep their classes.
KEPT_CLASSES = _both(
    [
        ("The watchdog reported that jets struck the market.", ("jets", "strike", "FIGHT")),
        ("Jets struck the market, the watchdog reported.", ("Jets", "strike", "FIGHT")),
        ("The navy reported sinking two boats near the cape.", ("The navy", "sink", "")),
        ("The rebels carried out an attack on the base.", ("The rebels", "attack", "FIGHT")),
        (
            "The government declared a ceasefire on Friday.",
            ("The government", "declare", "RETREAT"),
        ),
    ]
)


@pytest.mark.parametrize("text, want", KEPT_CLASSES)
def test_acts_beside_reports_keep_their_class(parse, text, want):
    actor, action, cls = want
    found = _classes(parse, text, actor, action)
    # the reporter's own act ("reported sinking two boats") is no statement of it
    assert cls in found if cls else found and "STATEMENT" not in found
