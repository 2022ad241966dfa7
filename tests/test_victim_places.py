"""A killing's bare victims take their place's country, not their doer's (victimplaces).

Stories of our own about a foreign air force, which names the force's country most
often: the victims its jets killed "in Syria" or "in Idlib" are Syrians; victims with
words of their own, or of another doer, keep the story's country; in a sentence naming
no place (or a demonym as a modifier only), they take the country of the story's
places if the story names it, else the story's. Victims of no country yet take the
one country their sentence's places lie in.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]

_BEFORE = "Turkey said its jets hit militant posts. Turkish officials denied any civilian deaths. "


def _victims(parse: Parse, text: str) -> dict[str, str]:
    """Return target text -> target id of the story's killings and woundings."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-08-28"}, sentences=sentences)
    return {e.target: e.target_id for e in normalised if e.action in {"kill", "wound"}}


def _both(text: str, victims: str, country: str) -> list[tuple[str, str, str]]:
    return [(text, victims, country), (text.replace(",", ""), victims, country)]


_CASES = [
    # bare victims of the Turkish doer, placed in Syria by the sentence
    *_both(
        _BEFORE + "Turkish warplanes killed 14 civilians, in Syria, on Friday.",
        "14 civilians",
        "syria/civilians",
    ),
    *_both(
        _BEFORE + "Turkish artillery wounded 30 people in Idlib, on Friday.",
        "30 people",
        "syria/people",
    ),
    # their own words name their country
    *_both(
        _BEFORE + "Turkish warplanes killed 14 Turkish civilians, in Syria.",
        "14 Turkish civilians",
        "turkey/civilians",
    ),
    # no place in the story at all: the story's country stays
    *_both(
        _BEFORE + "Turkish warplanes killed 14 civilians, on Friday.",
        "14 civilians",
        "turkey/civilians",
    ),
    # a demonym before a noun is no place ("the Syrian border")
    *_both(
        _BEFORE + "Turkish warplanes killed 14 civilians, near the Syrian border.",
        "14 civilians",
        "turkey/civilians",
    ),
    # no place in the sentence: the country of the story's places, one is enough
    *_both(
        "Turkey said its jets hit rebels in Idlib. Turkish officials denied any civilian deaths. "
        "Syrian media said the raids were in Syria. Turkish warplanes killed 14 civilians, "
        "at dawn.",
        "14 civilians",
        "syria/civilians",
    ),
    # ... if the story names that country
    *_both(
        _BEFORE + "Rebels shelled Idlib. Turkish warplanes killed 14 civilians, at dawn.",
        "14 civilians",
        "turkey/civilians",
    ),
    *_both(
        _BEFORE + "Rebels held Idlib and Hama. Turkish jets wounded 30 people, on Friday.",
        "30 people",
        "syria/people",
    ),
    # a doer the sentence leaves unnamed: the story's places, not the story's country
    *_both(
        "Turkish jets hit militant posts in Idlib in Syria. Turkey denied it. Turkey said so. "
        "Syrian media disagreed. Air strikes killed 14 civilians, at dawn.",
        "14 civilians",
        "syria/civilians",
    ),
    # where words were said is no setting
    *_both(
        "Syrian jets bombed Homs. Syria denied it. An exile said in Turkey, "
        "that Syrian jets had killed 30 people.",
        "30 people",
        "syria/people",
    ),
    # a story with a place at home keeps its country, a place abroad in it or not
    *_both(
        "Syrian troops raided a suburb of Damascus. A group in New York said so. "
        "Syria denied it. Syrian troops killed 40 people, at dawn.",
        "40 people",
        "syria/people",
    ),
    # a story set in the doer's own country keeps it
    *_both(
        "Police raided homes in Diyarbakir and Van. Turkish troops killed three civilians, "
        "at dawn.",
        "three civilians",
        "turkey/civilians",
    ),
    # their own words name their country, or their place
    *_both(
        _BEFORE + "Turkish warplanes killed 14 Turkish civilians, on Friday.",
        "14 Turkish civilians",
        "turkey/civilians",
    ),
    *_both(
        _BEFORE + "Turkish warplanes killed 14 people in Kilis, on Friday.",
        "14 people",
        "turkey/people",
    ),
]


@pytest.mark.parametrize(("text", "victims", "country"), _CASES)
def test_victims_take_their_place_not_their_doer(
    parse: Parse, text: str, victims: str, country: str
) -> None:
    assert _victims(parse, text)[victims] == country


def test_victims_of_another_doer_keep_the_story(parse: Parse) -> None:
    # the doer is not of the story's country: its victims are not moved here
    text = _BEFORE + "Islamic State militants killed 14 civilians in Syria on Friday."
    assert _victims(parse, text)["14 civilians"] == "turkey/civilians"


_UNKNOWN_CASES = [
    # victims told before any place: no story country yet, their sentence's place says
    *_both(
        "Rebel shelling killed nine people, and wounded 12 others, at a market in Hama.",
        "nine people",
        "syria/people",
    ),
    *_both(
        "Rebel shelling killed nine people, and wounded 12 others, at a market in Hama.",
        "12 others",
        "syria/people",
    ),
    *_both(
        "Gunmen killed three civilians, near a mosque in Homs, on Sunday.",
        "three civilians",
        "syria/civilians",
    ),
    # no place in their sentence: they stay no one's
    *_both(
        "Gunmen killed five civilians on Sunday, police said. Officials in Kirkuk and Aleppo "
        "condemned it.",
        "five civilians",
        "unknown/civilians",
    ),
    # places in two countries
    *_both(
        "Gunmen killed seven people, near Kirkuk and in Aleppo.", "seven people", "unknown/people"
    ),
    # where words were said is no setting
    *_both(
        "Gunmen killed six civilians, a monitor said in Aleppo.",
        "six civilians",
        "unknown/civilians",
    ),
]


@pytest.mark.parametrize(("text", "victims", "country"), _UNKNOWN_CASES)
def test_unknown_victims_take_their_place(
    parse: Parse, text: str, victims: str, country: str
) -> None:
    assert _victims(parse, text)[victims] == country
