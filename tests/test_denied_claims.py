"""Denied claims (graph/normalize/deniedclaims.py): the denial is aimed at the accuser.

Stories of our own, each written with and without commas (real news often has none):
"The army denied the allegations" after the opposition accused the army is the army
rejecting the opposition. An accusation against another side, none told just before,
a claim whose author the denial names, or a denial of a report nobody made against the
denier change nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events

Parse = Callable[..., Doc]

_ACCUSED = "The Tarvan opposition accused the Tarvan army of shelling Kesh, residents said. "


def _events(parse: Parse, text: str) -> list[Event]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    return list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))


def _denials(parse: Parse, text: str) -> list[tuple[str, str]]:
    """Return the target text and id of the story's rejections."""
    return [(e.target, e.target_id) for e in _events(parse, text) if e.action_class == "REJECT"]


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


AIMED = [
    # the next sentence denies the allegations: the accuser's
    *[
        (text, "the allegations", "tarvan/opposition")
        for text in _both(_ACCUSED + "On Tuesday, the Tarvan army denied the allegations.")
    ],
    # the government answers what was said against its army
    *[
        (text, "those accusations", "tarvan/opposition")
        for text in _both(_ACCUSED + "The Tarvan government has denied those accusations.")
    ],
    # a state accused by a state, two sentences back
    *[
        (text, "the charges", "tarva")
        for text in _both(
            "Tarva accused Karvonia of sending troops over the border. "
            "Tanks were seen near the river, witnesses said. Karvonia swiftly denied the charges."
        )
    ],
]


@pytest.mark.parametrize(("text", "target", "target_id"), AIMED)
def test_denial_is_aimed_at_accuser(parse, text, target, target_id):
    assert (target, target_id) in _denials(parse, text)


KEPT = [
    # the deniers are not who was accused
    *_both(_ACCUSED + "The Karvonian rebels denied the allegations."),
    # no accusation told: whose reports is open
    *_both("The Tarvan army, on Monday, denied reports that its jets hit the town."),
    # older claims than the one the story tells
    *_both(_ACCUSED + "The Tarvan army has denied previous accusations of looting."),
    # the accusation came after the denial, about something else
    *_both(
        "The Tarvan army denied the allegations. "
        "Later, the opposition accused the Tarvan army of looting shops."
    ),
]


@pytest.mark.parametrize("text", KEPT)
def test_denial_without_told_accuser_keeps_no_side(parse, text):
    rejections = [(t, i) for t, i in _denials(parse, text) if t]
    assert rejections
    assert all(i != "tarvan/opposition" for _, i in rejections)


@pytest.mark.parametrize(
    "text", _both(_ACCUSED + "The Tarvan army denied the claims by the Karvonian government.")
)
def test_denial_naming_author_keeps_it(parse, text):
    named = ("the claims by the Karvonian government", "karvonian/government")
    assert named in _denials(parse, text)
