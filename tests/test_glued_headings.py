"""Headings and credits glued onto the sentence after them (issue 14), our own sentences.

Each case as written and with its commas stripped, as real copy has it:

* a round-up heads each paragraph with its province alone, run into the paragraph's
  first sentence ("Kosti An army unit shelled ...", "Kosti Two guards were hurt ..."):
  the heading is parsed apart, so it is neither the doer nor the victim
  (graph/ingest/header.py, ``header_breaks``);
* a dateline's agency credit with the site's section and a dash ("Mon 3 May 2021 at
  1130 Regional AFP - Twin blasts killed ...") is part of the page header
  (graph/ingest/header.py, ``lead_start``).
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events
from graph.ingest.header import header_breaks, lead_start
from graph.model import Article
from graph.parse import parse_articles

_QUIET = "The port was quiet. "


def _both(text: str, *expected: object) -> list[tuple[object, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, *expected), (text.replace(",", ""), *expected)]


def _plain(*texts: str) -> list[str]:
    """Return each text as written and with its commas stripped."""
    return [t for text in texts for t in (text, text.replace(",", ""))]


def _headers(text: str) -> list[str]:
    return [text[start:lead] for start, lead in header_breaks(text)]


@pytest.mark.parametrize(
    "text, heading",
    [
        *_both(_QUIET + "Kosti An army unit shelled the hills, the source said.", "Kosti"),
        *_both(_QUIET + "Kosti The army, backed by jets, took the hill.", "Kosti"),
        *_both(_QUIET + "Kosti Meanwhile, two farmers were hurt by a mine.", "Kosti"),
        *_both(_QUIET + "Kosti In another attack, gunmen burned a bus.", "Kosti"),
        *_both(_QUIET + "Kosti Another farmer was hurt by a mine, a medic said.", "Kosti"),
        *_both(_QUIET + "Kosti Two guards were hurt by a grenade, police said.", "Kosti"),
        *_both(_QUIET + "Upper Nile Three guards were hurt, police said.", "Upper Nile"),
        *_both(_QUIET + "Aftermath The shelling, residents said, lasted all night.", "Aftermath"),
    ],
)
def test_a_one_word_heading_before_a_sentence_is_found(text, heading):
    assert heading in _headers(text)


@pytest.mark.parametrize(
    "text",
    _plain(
        # a clause, a name, a count in a longer headline, no opener: no heading
        _QUIET + "He added The talks had failed.",
        _QUIET + "Reporters for The New York Times saw the convoy.",
        _QUIET + "Gunmen Kill Two Wound Three in Kosti.",
        _QUIET + "Kosti militia fighters shelled the hills, a source said.",
        _QUIET + "Rebels said two guards were hurt.",
    ),
)
def test_prose_has_no_one_word_heading(text):
    assert _headers(text) == []


def _events(text: str, kinds: tuple[str, ...] = ("event",)) -> set[tuple[str, str, str]]:
    ((_, doc),) = parse_articles([Article("d", "a.txt", text)])
    return {(e.actor, e.action, e.target) for e in extract_events(doc) if e.kind in kinds}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the heading was read into the doer, or the victim was lost
        *_both(
            _QUIET + "Kassala A military source said, the army shelled the hills.",
            ("A military source", "say"),
        ),
        *_both(
            _QUIET + "Darfur An army unit targeted positions of the militia, near the dam.",
            ("An army unit", "target", "the militia"),
        ),
        *_both(
            _QUIET + "Kassala Meanwhile, two farmers were killed as rebels shelled a farm.",
            ("rebels", "kill", "two farmers"),
        ),
        *_both(
            _QUIET
            + "Kassala Eight farmers were hurt on Monday when militia fighters shelled a market.",
            ("militia fighters", "hurt", "Eight farmers"),
        ),
        *_both(
            _QUIET + "Kassala Another farmer was killed by sniper fire, a medic said.",
            ("sniper fire", "kill", "Another farmer"),
        ),
    ],
)
def test_a_heading_is_neither_doer_nor_victim(text, expected):
    events = {e[: len(expected)] for e in _events(text, kinds=("event", "relation"))}
    assert expected in events


@pytest.mark.parametrize(
    "header",
    [
        "Mon 3 May 2021 at 1130 Regional AFP -",
        "Mon, 3 May 2021 at 1130 Regional AFP -",
        "Mon 3 May 2021 at 1130 Regional NNA -",
        "Mon 3 May 2021 Kosti SANA –",
        "Mon 3 May 2021 AFP -",
    ],
)
def test_a_dated_credit_with_its_section_is_header(header):
    text = f"{header} Twin blasts killed nine people in Kosti."
    assert text[: lead_start(text)] == header


@pytest.mark.parametrize(
    "text, end",
    [
        # the agency is the lead's own word, or no credit follows the dateline
        ("Mon 3 May 2021 AFP reporters saw the convoy.", "Mon 3 May 2021"),
        ("Mon 3 May 2021 Regional talks - a new round - opened in Kosti.", "Mon 3 May 2021"),
        ("Mon 3 May 2021 Regional NNA correspondents saw the convoy.", "Mon 3 May 2021"),
    ],
)
def test_a_dateline_without_a_dashed_credit_keeps_its_lead(text, end):
    assert text[: lead_start(text)] == end


@pytest.mark.parametrize(
    "text",
    _plain("Mon 3 May 2021 at 1130 Regional AFP - Twin car bombs, in Kosti, killed nine people."),
)
def test_a_dated_credit_is_not_the_doer(text):
    actors = {actor for actor, action, _ in _events(text) if action == "kill"}
    assert actors == {"Twin car bombs"}
