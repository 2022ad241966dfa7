"""A place is never the attacker of a toll told after it (issue 14, whereabouts.py).

Sentences written for these tests, each with and without its comma: without it the
parser may give a gerund ("killing two") the name right before it as its subject, and
the tagger may call that name a person or an organisation.
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


def _both(text: str, *triples: Triple) -> list[tuple[str, tuple[Triple, ...]]]:
    """Return the row with its comma and the row without it."""
    return [(text, triples), (text.replace(",", ""), triples)]


AIMED_AND_PARTS = [
    # a name a weapon is aimed at ("on", "into")
    *_both(
        "Insurgents fired two mortar rounds on Tal Haddad, killing a shepherd.",
        ("Insurgents", "kill", "a shepherd"),
    ),
    *_both(
        "Gunmen lobbed four mortar shells on Ain Zawiya Suburb, injuring a baker.",
        ("Gunmen", "injure", "a baker"),
    ),
    *_both(
        "Militants launched rockets into government-held Jabal Zeitoun, killing four people.",
        ("Militants", "kill", "four people"),
    ),
    # a name of a part of a place ("the surroundings of", "the countryside of")
    *_both(
        "The army clashed with militants in the surroundings of Bir Qassab, killing 12 militants.",
        ("The army", "kill", "12 militants"),
    ),
    *_both(
        "Insurgents launched a shell that fell in the southern part of Umm Tarsha, wounding two "
        "pupils.",
        ("Insurgents", "wound", "two pupils"),
    ),
]


@pytest.mark.parametrize("text, triples", AIMED_AND_PARTS)
def test_the_clause_subject_does_the_toll(parse, text, triples):
    found = _found(parse, text)
    for triple in triples:
        assert triple in found


@pytest.mark.parametrize(
    "text, place",
    [
        ("Insurgents fired two mortar rounds on Tal Haddad killing a shepherd.", "Tal Haddad"),
        (
            "Gunmen lobbed four mortar shells on Ain Zawiya Suburb injuring a baker.",
            "Ain Zawiya Suburb",
        ),  # fmt: skip
        (
            "A roadside bomb went off in the southern countryside of Jisr Hamid killing six men.",
            "Jisr Hamid",
        ),  # fmt: skip
        (
            "A shell fell in the southern part of Umm Tarsha wounding two pupils.",
            "Umm Tarsha",
        ),  # fmt: skip
        (
            "A mortar round fell in the vicinity of the Omar Mukhtar Hotel leaving a waiter hurt.",
            "the Omar Mukhtar Hotel",
        ),  # fmt: skip
    ],
)
def test_a_place_is_no_actor(parse, text, place):
    assert place not in {e.actor for e in extract_events(parse(text))}


@pytest.mark.parametrize(
    "text, triple",
    [
        # people after "of" who are no place: the guards do the guarding.
        (
            "Rebels ambushed a unit of Republican Guard troops guarding the depot.",
            ("Republican Guard troops", "guard", "the depot"),
        ),
        # a name that is not aimed at ("relied on", "of" a group) keeps its gerund.
        (
            "The ministry relied on Red Crescent volunteers delivering flour.",
            ("Red Crescent volunteers", "deliver", "flour"),
        ),
    ],
)
def test_other_gerunds_are_unchanged(parse, text, triple):
    assert triple in _found(parse, text)
