"""A backer named in an adjunct: "with the help of X", "in support of an offensive by X" (issue 14).

Sentences written for these tests, with and without their commas.
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


BACKERS = [
    # the helper supports whoever does the clause.
    *_both(
        "The rebels have kept up their advance with the help of drone raids by the alliance, "
        "the statement said.",
        ("the alliance", "support", "The rebels"),
    ),
    ("The army advanced on the ridge with the help of Turkey.", ("Turkey", "support", "The army")),
    (
        "The militia pushed the jihadists out of Tal Nura with the support of coalition airpower.",
        ("coalition airpower", "support", "The militia"),
    ),
    (
        "The garrison repelled the assault with the help of Iraqi army helicopters.",
        ("Iraqi army helicopters", "support", "The garrison"),
    ),
    # an operation helped stands for whose operation it is.
    *_both(
        "Russian jets pounded rebel lines, in support of a ground offensive by government troops.",
        ("Russian jets", "support", "government troops"),
    ),
]


@pytest.mark.parametrize("text, triple", BACKERS)
def test_a_backer_named_in_an_adjunct_supports_the_side(parse, text, triple):
    assert triple in _found(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        # a tool is no backer.
        "Police stormed the building with the help of a ladder.",
        # an operation no one is named behind helps no one named.
        "The rebels advanced in support of this push.",
        # an attack with no owner is no one.
        "The rebels advanced with the help of air strikes.",
    ],
)
def test_no_backer_where_none_is_named(parse, text):
    assert all(action != "support" for _, action, _ in _found(parse, text))
