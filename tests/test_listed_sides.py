"""Comma-less lists of sides keep every member (issue 14).

Copy without commas runs a list's names together, and the parser reads two of them as
one phrase, so one side was lost:

* a country glued to the next side's phrase: "armed by Qatar Gulf Arab monarchies and
  France" -> Qatar, Gulf Arab monarchies, France (graph/normalize/namelists.glued_run);
* a state's name hung on the one before as its apposition: "Peru Britain the United
  States and Chile condemned" -> all four, and the next party hung on the name of a
  relation noun: "by regime ally Peru and opposition backer Chile" -> Peru, Chile
  (graph/extract/appositelists.py).

Every sentence is our own, with and without commas; near misses keep their one side.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.extract.appositelists import listed_after
from graph.normalize import normalize_events
from graph.normalize.gazetteer import load_gazetteer
from graph.normalize.namelists import glued_run

Parse = Callable[..., Doc]


def _sides(parse: Parse, text: str, action: str) -> set[str]:
    """Return the actors (as written) of the normalised events of ``text`` with ``action``."""
    found = sorted(set(extract_events(parse(text))), key=lambda e: e.sort_key())
    return {e.actor for e in normalize_events(found) if e.kind == "event" and e.action == action}


_GULF = {"Qatar", "Gulf Arab monarchies", "France"}
_FOUR = {"Peru", "Britain", "the United States", "Chile"}
_NORDIC = {"Norway", "Sweden", "the United States", "Chile"}
_GLUED = {"Turkey Gulf monarchies"}
_ORGAN = {"Russia Air Forces", "militias"}
_COMMAS_LOSE_NORWAY = pytest.mark.xfail(
    strict=True, reason="with commas the parser glues 'Norway, Sweden' into one phrase"
)


@pytest.mark.parametrize(
    "text, action, sides",
    [
        ("Militias armed by Qatar Gulf Arab monarchies and France held the town.", "arm", _GULF),
        ("Militias armed by Qatar, Gulf Arab monarchies and France held the town.", "arm", _GULF),
        (
            "Peru Britain the United States and Chile condemned the raid on Tarvo.",
            "condemn",
            _FOUR,
        ),
        (
            "Peru, Britain, the United States and Chile condemned the raid on Tarvo.",
            "condemn",
            _FOUR,
        ),
        (
            "The truce in Tarvo was endorsed by Norway Sweden the United States and Chile.",
            "endorse",
            _NORDIC,
        ),
        (
            "The prisoner swap was arranged by regime ally Peru and opposition backer Chile.",
            "arrange",
            {"Peru", "Chile"},
        ),
        (
            "The prisoner swap was arranged by regime ally Peru, and opposition backer Chile.",
            "arrange",
            {"Peru", "Chile"},
        ),
        pytest.param(
            "The truce in Tarvo was endorsed by Norway, Sweden, the United States and Chile.",
            "endorse",
            _NORDIC,
            marks=_COMMAS_LOSE_NORWAY,
        ),
    ],
)
def test_each_listed_side_acts(parse, text, action, sides):
    assert _sides(parse, text, action) == sides


@pytest.mark.parametrize(
    "text, action, sides",
    [
        # no list after the glued phrase: one reading is as good as the other, keep it
        ("In Tarvo Turkey Gulf monarchies welcomed the truce.", "welcome", _GLUED),
        ("In Tarvo, Turkey Gulf monarchies welcomed the truce.", "welcome", _GLUED),
        # a state's own organ, capitalised: one side
        ("The raid carried out by Russia Air Forces and militias failed.", "raid", _ORGAN),
        ("The raid, carried out by Russia Air Forces and militias, failed.", "raid", _ORGAN),
    ],
)
def test_one_side_stays_one(parse, text, action, sides):
    assert _sides(parse, text, action) == sides


@pytest.mark.parametrize(
    "text, sentence, names",
    [
        (
            "Qatar Gulf Arab monarchies",
            "Militias armed by Qatar Gulf Arab monarchies and France held the town.",
            ["Qatar", "Gulf Arab monarchies"],
        ),
        (
            "Iraq Shiite militias",
            "The town is held by Iraq Shiite militias or Hezbollah.",
            ["Iraq", "Shiite militias"],
        ),
        # near misses: no list after it, a people's name, an organ, an apposition
        ("Qatar Gulf Arab monarchies", "Qatar Gulf Arab monarchies welcomed it.", []),
        ("Syria Kurds", "The town was held by Syria Kurds and Arab tribes.", []),
        ("Russia Air Forces", "It was done by Russia Air Forces and militias.", []),
        ("Russia Assads chief backer", "It blamed Russia Assads chief backer and Iran.", []),
        ("the US Arab allies", "Raids by the US Arab allies and Jordan began.", []),
    ],
)
def test_a_glued_run_is_a_country_and_the_next_side(text, sentence, names):
    assert glued_run(text, load_gazetteer(), sentence) == names


@pytest.mark.parametrize(
    "text, listed",
    [
        ("Peru Britain the United States and Chile condemned the raid.", ["States"]),
        ("The swap was arranged by regime ally Peru and opposition backer Chile.", ["backer"]),
        # a plural relation noun's names are one list (see rolenames)
        ("Rebels are backed by their allies Norway and Chile.", []),
        # a description in apposition, and a state named without a list after it
        ("Jets pounded Kessa the provincial capital and its suburbs.", []),
        ("Jets pounded Kessa, the provincial capital, and its suburbs.", []),
        ("Envoys of France the United States met in Tarvo.", []),
    ],
)
def test_a_list_goes_on_after_an_apposition(parse, text, listed):
    assert [nxt.text for t in parse(text) for nxt in listed_after(t)] == listed
