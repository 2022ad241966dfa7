"""A sentence told twice with no full stop between (issue 14), our own sentences.

A page that prints its lead twice, or a subheading run into the paragraph that tells it
again, reads as one sentence; the end of the first copy was glued onto the subject of
the second ("near the hospital in Wau Gunmen"). The first copy is parsed apart
(graph/ingest/restated.py via ``header_breaks``). Each case as written and with its
commas stripped, as real copy has it.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events
from graph.ingest.header import header_breaks
from graph.model import Article
from graph.parse import parse_articles

_QUIET = "The port was quiet. "
_HEADED = (
    "Gunmen detonate bomb near Kosti Central Hospital in Wau Gunmen detonated a bomb near"
    " Kosti Central Hospital in Wau province on Monday, causing damage to the hospital,"
    " a police source told reporters."
)
_TWICE = (
    "Militia fighters shelled a fuel depot near Kosti on Friday, leaving five dead"
    " Militia fighters shelled a fuel depot near Kosti on Friday, leaving five dead,"
    " a medic said."
)


def _plain(*texts: str) -> list[str]:
    """Return each text as written and with its commas stripped."""
    return [t for text in texts for t in (text, text.replace(",", ""))]


def _headers(text: str) -> list[str]:
    return [text[start:lead] for start, lead in header_breaks(text)]


def _roles(text: str) -> set[tuple[str, str, str]]:
    ((_, doc),) = parse_articles([Article("d", "a.txt", text)])
    return {(e.actor, e.action, e.target) for e in extract_events(doc)}


@pytest.mark.parametrize(
    "text, first",
    [
        (_QUIET + _HEADED, "Gunmen detonate bomb near Kosti Central Hospital in Wau"),
        (_QUIET + _TWICE.replace(",", ""), _TWICE.replace(",", "").split(" Militia")[0]),
        (
            _QUIET + "Two guards hurt in blast at Wau Two guards were hurt on Sunday.",
            "Two guards hurt in blast at Wau",
        ),
    ],
)
def test_the_first_copy_is_a_header(text, first):
    assert first in _headers(text)


@pytest.mark.parametrize(
    "text",
    _plain(
        # a repeat after "and", a longer sentence repeating one word, furniture, a clause
        _QUIET + "Velnian jets struck the port and Velnian jets also hit the airport.",
        _QUIET + "Velnian President Ana Roth met envoys, Velnian presidential aides said.",
        _QUIET + "Site World Apps Careers About Site World Jobs Contact Us.",
        _QUIET + "Kosti police said Kosti police had arrested two men on Monday.",
    ),
)
def test_no_copy_no_header(text):
    assert _headers(text) == []


@pytest.mark.parametrize("text", _plain(_QUIET + _HEADED))
def test_a_subheading_is_not_the_doer(text):
    roles = _roles(text)
    assert ("Gunmen", "detonate", "Kosti Central Hospital") in roles
    assert not any("Wau" in actor for actor, _, _ in roles)


@pytest.mark.parametrize("text", _plain(_QUIET + _TWICE))
def test_a_duplicated_lead_glues_nothing(text):
    roles = _roles(text)
    assert ("Militia fighters", "shell", "a fuel depot") in roles
    assert not any("dead Militia" in actor + " " + target for actor, _, target in roles)
