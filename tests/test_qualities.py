"""A quality praised or condemned gives way to whose quality it is (graph/extract/qualities.py).

Every sentence is written for this test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _triples(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


@pytest.mark.parametrize(
    "text, triple",
    [
        (
            "The council praised the steadfastness of the villagers.",
            ("The council", "praise", "the villagers"),
        ),
        (
            "The council, in a statement, praised the steadfastness of the villagers.",
            ("The council", "praise", "the villagers"),
        ),
        (
            "The council commended the steadfastness and courage shown by medics in Lomvik.",
            ("The council", "commend", "medics"),
        ),
        (
            "The council praised the courage and sacrifices of the villagers.",
            ("The council", "praise", "the villagers"),
        ),
        (
            "Kalda condemned the silence of the world powers.",
            ("Kalda", "condemn", "the world powers"),
        ),
        # no owner named: the quality stays
        ("The council hailed the courage.", ("The council", "hail", "the courage")),
    ],
)
def test_a_judged_quality_gives_way_to_its_owner(parse, text, triple):
    assert triple in _triples(parse, text)
