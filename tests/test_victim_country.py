"""Generic victims take their own country, never their doer's (victimcountry).

Stories of our own about a foreign air force, which name the force's country most
often: medics, teachers or nurses its jets killed "in Idlib" are Syria's, not Russia's;
in a sentence naming no place, the country of the story's places if the story names
it and no place at the doer's home. Victims whose own words name their country, hit
at the doer's home, or in a story with no place, keep theirs; acts other than attacks
are left alone. Victims of no country yet ("journalists", "aid workers") take the
country of their sentence's places as civilians do (victimplaces).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]

_BEFORE = "Russia said its jets hit militant posts. Russian officials denied any deaths. "
_SET = _BEFORE + "Russian jets struck Idlib in Syria. "


def _targets(parse: Parse, text: str) -> dict[str, str]:
    """Return target text -> target id of the story's events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-08-28"}, sentences=sentences)
    return {e.target: e.target_id for e in normalised if e.kind == "event"}


def _both(text: str, victims: str, country: str) -> list[tuple[str, str, str]]:
    return [(text, victims, country), (text.replace(",", ""), victims, country)]


_CASES = [
    # the doer's adjective gave them its country; the sentence's place says theirs
    *_both(
        _BEFORE + "Russian airstrikes killed three medics, at a clinic in Idlib, on Friday.",
        "three medics",
        "syria/health",
    ),
    *_both(_BEFORE + "Russian jets wounded two nurses, near Hama.", "two nurses", "syria/health"),
    # no place in the sentence: where the story's places lie, if the story names it
    *_both(
        _SET + "Russian warplanes killed six teachers, at dawn.", "six teachers", "syria/education"
    ),
    # their own words name their country
    *_both(
        _BEFORE + "Russian warplanes killed two Russian medics, in Idlib.",
        "two Russian medics",
        "russia/health",
    ),
    # hit at the doer's home
    *_both(
        _BEFORE + "Russian troops killed three workers, near Belgorod.",
        "three workers",
        "russia/labour",
    ),
    # no place in the story: nothing says they are anyone else's
    *_both(
        _BEFORE + "Russian warplanes killed six teachers, at dawn.",
        "six teachers",
        "russia/education",
    ),
    # a story that names a place or the capital at the doer's home may be set there
    *_both(
        _BEFORE + "Russian jets struck Idlib in Syria, Moscow said. Russian warplanes killed "
        "six teachers, at dawn.",
        "six teachers",
        "russia/education",
    ),
    # no attack: left alone
    *_both(
        _BEFORE + "Russian officials praised three medics, on Friday.",
        "three medics",
        "russia/health",
    ),
    # a doer of the victims' own country placed at home stays
    *_both(
        "Syrian jets bombed Idlib. Syrian warplanes killed 12 civilians, in Idlib.",
        "12 civilians",
        "syria/civilians",
    ),
]


# Victims of no country yet (journalists, aid workers) take their sentence's place too.
_HOST = "Rebels shelled Hama in Syria. "
_PLACED = [
    *_both(
        _HOST + "A sniper killed two journalists, on Monday, in Idlib.",
        "two journalists",
        "syria/media",
    ),  # fmt: skip
    *_both(
        _HOST + "A sniper wounded three aid workers, on Monday, in Idlib.",
        "three aid workers",
        "syria/labour",
    ),  # fmt: skip
    # their own words name their country; no place at all: no one's
    *_both(
        _HOST + "A sniper killed two Turkish journalists, on Monday, in Idlib.",
        "two Turkish journalists",
        "turkey/media",
    ),
    *_both("A sniper killed two journalists, on Monday.", "two journalists", "unknown/media"),
]


@pytest.mark.parametrize(("text", "victims", "country"), _CASES + _PLACED)
def test_victims_take_their_own_country(
    parse: Parse, text: str, victims: str, country: str
) -> None:
    assert _targets(parse, text).get(victims) == country


def _ids_of(parse: Parse, text: str, victims: str) -> set[str]:
    """Return every id the story's rows (events and facts) give a victim phrase."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = list(normalize_events(found, dates={"test": "2016-08-28"}, sentences=sentences))
    roles = [(e.actor, e.actor_id) for e in normalised] + [
        (e.target, e.target_id) for e in normalised
    ]
    return {actor_id for span, actor_id in roles if span == victims}


_SAME = [
    # a fact telling the victims an event placed takes the event's country
    *_both(
        "Two raids by Russian jets that struck the town of Kafr Nabl in Hama province left "
        "another 12 wounded, a doctor said.",
        "another 12",
        "syria/people",
    ),
    # no event gives them a country: no one's still
    *_both(
        "New rocket fire on homes in Hama city on Monday killed 4 people, and left 17 other "
        "people hurt.",
        "17 other people",
        "unknown/people",
    ),
]


@pytest.mark.parametrize(("text", "victims", "country"), _SAME)
def test_same_victims_one_country(parse: Parse, text: str, victims: str, country: str) -> None:
    assert _ids_of(parse, text, victims) == {country}
