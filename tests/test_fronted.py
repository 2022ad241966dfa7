"""A participle clause with its own "by" agent is done to the main subject (issue 14, fronted.py).

Sentences written for these tests, each with and without its commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]
Triple = tuple[str, str, str]


def _found(parse: Parse, text: str) -> dict[Triple, str]:
    return {(e.actor, e.action, e.target): e.kind for e in extract_events(parse(text))}


def _both(text: str, *rows: object) -> list[tuple[str, tuple[object, ...]]]:
    """Return the row with its commas and the row without them."""
    return [(text, rows), (text.replace(",", ""), rows)]


FRONTED = [
    *_both(
        "Backed by Iranian militias, the army has retaken most of the valley of Wadi Sur.",
        ("Iranian militias", "back", "the army"),
        ("the army", "retake", "most of the valley of Wadi Sur"),
    ),
    *_both(
        "Backed by Russian air power, the troops have entered the province of Marka.",
        ("Russian air power", "back", "the troops"),
    ),
    *_both(
        "Led by a former officer, the militia stormed the checkpoint near Qarya.",
        ("a former officer", "lead", "the militia"),
        ("the militia", "storm", "the checkpoint near Qarya"),
    ),
    *_both(
        "Surrounded by rebel fighters, the garrison surrendered on Friday.",
        ("rebel fighters", "surround", "the garrison"),
    ),
]


@pytest.mark.parametrize("text, rows", FRONTED)
def test_a_fronted_participle_names_its_doer(parse, text, rows):
    found = _found(parse, text)
    for triple in rows:
        assert triple in found, triple


NOT_THE_SUBJECTS_ACT = [
    # the main subject does not back itself.
    *_both(
        "Backed by Iranian militias, the army has retaken most of the valley of Wadi Sur.",
        ("the army", "back", ""),
    ),
    # an absolute clause has its own subject: the soldiers captured nothing.
    *_both(
        "The town captured by the rebels, the soldiers withdrew south.",
        ("the rebels", "capture", "the soldiers"),
    ),
    # an aside after the subject, between dashes, is about another noun.
    *_both(
        "The army kept shelling Harun even though the town falls within a network of safe "
        "zones - approved by Qatar, Jordan and Oman - in which attacks are banned.",
        ("Oman", "approve", "the town"),
    ),
    # a "by" phrase that names no one gives no doer.
    *_both(
        "Encouraged by the gains, the rebels pushed on toward the airport.",
        ("the gains", "encourage", "the rebels"),
    ),
]


@pytest.mark.parametrize("text, rows", NOT_THE_SUBJECTS_ACT)
def test_no_act_the_participle_does_not_tell(parse, text, rows):
    found = _found(parse, text)
    for triple in rows:
        assert triple not in found, triple
