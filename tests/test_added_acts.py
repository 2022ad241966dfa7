"""An act added in a phrase: "took the hill in addition to killing four gunmen" (issue 14).

Sentences written for these tests, with and without their commas: the gerund after
"in addition to" is done by the clause's subject.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _both(text: str, triple: tuple[str, str, str]) -> list[tuple[str, tuple[str, str, str]]]:
    return [(text, triple), (text.replace(",", ""), triple)]


@pytest.mark.parametrize(
    "text, triple",
    [
        *_both(
            "A patrol burned a militia truck near Kurum, in addition to seizing two mortars.",
            ("A patrol", "seize", "two mortars"),
        ),
        *_both(
            "The troops stormed the ridge in addition to killing five gunmen in the valley.",
            ("The troops", "kill", "five gunmen"),
        ),
    ],
)
def test_an_added_act_is_the_subjects(parse, text, triple):
    assert triple in {(e.actor, e.action, e.target) for e in extract_events(parse(text))}


def test_an_act_instead_of_another_is_not_added(parse):
    found = {
        (e.actor, e.action, e.target, e.polarity)
        for e in extract_events(parse("The troops withdrew instead of storming the ridge."))
    }
    assert ("The troops", "storm", "the ridge", "pos") not in found
