"""Whom a blame is laid on (graph/extract/blamedon.py): "blamed the delay on X" -> X.

Sentences of our own, each with and without commas (real copy often has none): the side
in the "on" phrase is the target, whether the matter blamed is a noun, a pronoun or the
relative pronoun of a matter told before; a time names no side, nor does a fact told by
a "that" clause.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _blame(parse: Parse, text: str) -> str:
    (event,) = [e for e in extract_events(parse(text)) if e.action == "blame"]
    return event.target


def _both(text: str, target: str) -> list[tuple[str, str]]:
    return [(text, target), (text.replace(",", ""), target)]


CASES = [
    *_both("On Monday, the ministry blamed it on the Karvan militia.", "the Karvan militia"),
    *_both("The blast, which the police blamed on the militia, killed four.", "the militia"),
    *_both("Last week, the mayor blamed the long delay on the army.", "the army"),
    # a fact laid out in a clause is no side
    *_both("The mayor blamed the delay on the fact that the road was closed.", ""),
    # near misses: "for" names the matter, "on Tuesday" a time
    *_both("The ministry blamed the militia for the blast on Monday.", "the militia"),
    *_both("On Tuesday, the mayor blamed the army.", "the army"),
]


@pytest.mark.parametrize(("text", "target"), CASES)
def test_blame_is_laid_on_the_side_named(parse: Parse, text: str, target: str) -> None:
    assert _blame(parse, text) == target
