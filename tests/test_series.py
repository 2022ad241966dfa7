"""Lists of counted noun phrases, with and without commas, give one target per member (issue 14).

"killed a porter a cook and two drivers" is how a feed that strips commas prints "a
porter, a cook and two drivers": each member is a target of its own, and no member is
said to be another ("a porter is a cook"). An apposition after a name or a definite
phrase, a count broken down ("eight of them"), and a rate ("a week") are no lists.
Every sentence is our own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str, action: str) -> set[str]:
    return {
        e.target for e in extract_events(parse(text)) if e.kind == "event" and e.action == action
    }


def _facts(parse: Parse, text: str) -> set[tuple[str, str]]:
    return {
        (e.actor, e.target)
        for e in extract_events(parse(text))
        if e.kind == "relation" and e.action == "be"
    }


LISTS = [
    (
        "A roadside bomb killed a porter a cook and two drivers on Sunday.",
        "kill",
        {"a porter", "a cook", "two drivers"},
    ),
    (
        "A roadside bomb killed a porter, a cook and two drivers on Sunday.",
        "kill",
        {"a porter", "a cook", "two drivers"},
    ),
    (
        "The drone strike destroyed three pickups two tanks and an ammunition store.",
        "destroy",
        {"three pickups", "two tanks", "an ammunition store"},
    ),
    (
        "The drone strike destroyed three pickups, two tanks and an ammunition store.",
        "destroy",
        {"three pickups", "two tanks", "an ammunition store"},
    ),
    (
        "Insurgents killed four border guards a customs officer and a truck driver.",
        "kill",
        {"four border guards", "a customs officer", "a truck driver"},
    ),
    (
        # a speaker after its verb, the commas lost: the list is still the victims
        "The blast killed a porter a cook and two drivers said the district governor.",
        "kill",
        {"a porter", "a cook", "two drivers"},
    ),
    (
        # a speaker further on, after an adjunct: the list is still what was hit
        "The raids hit three houses a school and a bakery shortly after dawn a reporter said.",
        "hit",
        {"three houses", "a school", "a bakery"},
    ),
    (
        # a second verb that is no speech: the list is still the victims
        "Bandits killed a porter a cook and two drivers and fled.",
        "kill",
        {"a porter", "a cook", "two drivers"},
    ),
    (
        # the speakers close the last member, a place: the list is still what was hit
        "The jets struck a clinic a bakery and a market in Vell town rebels said.",
        "strike",
        {"a clinic", "a bakery", "a market in Vell town rebels"},
    ),
    (
        "Bandits killed a porter, a cook and two drivers, a medic said.",
        "kill",
        {"a porter", "a cook", "two drivers"},
    ),
    (
        "The shelling wounded at least six farmers a shepherd and his son in Tell Warda.",
        "wound",
        {"at least six farmers", "a shepherd", "his son"},
    ),
    (
        "The shelling wounded at least six farmers, a shepherd and his son in Tell Warda.",
        "wound",
        {"at least six farmers", "a shepherd", "his son"},
    ),
]


@pytest.mark.parametrize("text, action, expected", LISTS)
def test_list_members_are_targets(parse: Parse, text: str, action: str, expected: set[str]) -> None:
    assert _targets(parse, text, action) == expected


def test_list_member_is_no_apposition(parse: Parse) -> None:
    text = "A roadside bomb killed a porter a cook and two drivers on Sunday."
    assert ("a porter", "a cook") not in _facts(parse, text)


NOT_LISTS = [
    # a count broken down: the children are among the people, not a second target
    ("The raid killed 14 people nine of them children.", "kill", "nine of them children"),
    # a name and what it is
    ("Jets struck the Tigers Brigade a small militia near the dam.", "strike", "a small militia"),
    # the speakers the victims run on to without a comma
    (
        "The raids killed at least 20 people a rights group doctors and medics said.",
        "kill",
        "a rights group doctors",
    ),
    # the speakers again, their "said" left with no subject, commas or none
    (
        "Guards detained 14 students a spokeswoman and two deputies said.",
        "detain",
        "two deputies",
    ),
    (
        "Guards detained 14 students, a spokeswoman and two deputies said.",
        "detain",
        "two deputies",
    ),
    (
        "Soldiers held 30 farmers a mayor and two aides told reporters.",
        "hold",
        "two aides",
    ),
    (
        "Rebels seized nine drivers, a council and two witnesses reported.",
        "seize",
        "two witnesses",
    ),
    # a rate, even before "and"
    ("The shelling killed ten people a day and wounded dozens.", "kill", "a day"),
]


@pytest.mark.parametrize("text, action, absent", NOT_LISTS)
def test_no_list_without_counted_members(parse: Parse, text: str, action: str, absent: str) -> None:
    targets = _targets(parse, text, action)
    assert targets and absent not in targets
