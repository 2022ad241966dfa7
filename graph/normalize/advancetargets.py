"""The place an advance is made on is its target when the text names no party.

"Troops advanced in the Raqqa countryside", "rebels are advancing near Kafr Zita", "the
government advances around Aleppo": event coders code the town, district, province or
countryside advanced on as the target, as "advanced on Kafr Zita" is. Only a military
advance (FIGHT) with no target, only the place of its own "in/on/toward(s)/into/around/
near X" phrase right after the verb, and only a place the size of a town or a province
(the tests of :mod:`placetargets`): a country or a region-sized area ("in northern Syria")
is where the war is. A side pushed ("were pushed into X") or pushed out ("pushed from X")
left a place, it did not take one; an advance "in X against Y" is on Y.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..extract.lexicon import MONTHS, WEEKDAYS, word_set
from ..model import Event
from .placetargets import TOWN_HEADS, is_name, is_town, is_town_side

__all__ = ["with_advance_target"]

# Verbs of a side moving onto ground: "advanced in X", "pushed into X", "pressed on X".
_ADVANCE_VERBS = word_set("advance push press")
_PREPS = r"(?:in|on|toward|towards|into|around|near)"
# The verb's own passive: "were pushed into X" (the side was driven there).
_PASSIVE_AUX = word_set("be is are was were been being get got gets")
# A town's unnamed parts or surroundings: "the Raqqa countryside", "the outskirts of X".
_PARTS = TOWN_HEADS | word_set(
    "countryside outskirts suburbs districts neighbourhoods neighborhoods parts environs"
)
# A town's surroundings named after it: "the Raqqa countryside", "Homs outskirts".
_SURROUNDINGS = word_set("countryside outskirts suburbs environs")
_COMPASS = re.compile(
    r"(?i)^(?:north|south|east|west|central|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?$"
)
# Capitalised words that end a place name in headline case: "Advance in Homs On Sunday".
_NOT_NAMES = word_set("on in at after as and with to for from by since amid while against")
_NOT_NAMES |= WEEKDAYS | MONTHS
_PARTICLES = word_set("al el ad ed as es ash az ez ar er")


def with_advance_target(event: Event) -> Event:
    """Return a targetless military advance with the town it advanced on, else the event."""
    if event.kind != "event" or event.target or event.action_class != "FIGHT":
        return event
    if event.action not in _ADVANCE_VERBS:
        return event
    place = _advanced_place(event)
    return replace(event, target=place) if place else event


def _advanced_place(event: Event) -> str:
    """Return the town of the phrase right after the advance verb, else ""."""
    words = event.relation.split()
    stem = event.action[:-1] if event.action.endswith("e") else event.action
    at = [i for i, w in enumerate(words) if w.lower().startswith(stem)]
    if not at or _is_passive(words, at[-1]):
        return ""  # "were pushed into X": driven there
    sentence = event.provenance.sentence
    start = max(sentence.find(event.actor), 0) if event.actor else 0
    pattern = r"\b" + re.escape(words[at[-1]]) + r"\s+" + _PREPS + r"\s+(?P<rest>.*)"
    found = re.search(pattern, sentence[start:])
    if found is None:
        return ""
    rest = found.group("rest")
    for phrase in (_located(rest, event.location), _place_phrase(rest)):
        after = rest[len(phrase) :]
        if phrase and not re.match(r"\s+against\b", after) and _is_area(phrase):
            return phrase
    return ""


def _located(rest: str, location: str) -> str:
    """Return the event's location when ``rest`` starts with it, else ""."""
    return location if location and re.match(re.escape(location) + r"\b", rest) else ""


def _is_passive(words: list[str], at: int) -> bool:
    """Return whether the verb at ``at`` is passive: "were pushed", not "been advancing"."""
    return at > 0 and words[at - 1].lower() in _PASSIVE_AUX and words[at].endswith("ed")


def _place_phrase(rest: str) -> str:
    """Return the place noun phrase at the start of ``rest``: "the Raqqa countryside"."""
    kept: list[str] = []
    for raw in rest.split():
        word = raw.rstrip(".,;:!?\"')")
        if not _in_place_name(word, kept[-1].lower() if kept else ""):
            break
        kept.append(word)
        if word != raw:
            break
    while kept and kept[-1].lower() in {"the", "of"}:
        kept.pop()
    return " ".join(_without_locator(kept))


def _without_locator(words: list[str]) -> list[str]:
    """Return a place's words without the area that locates it: "Jobar [eastern Damascus]"."""
    for i, word in enumerate(words[1:], start=1):
        if _COMPASS.match(word) and is_name(words[i - 1]):
            if words[-1].lower() in _SURROUNDINGS:  # "Homs southeastern countryside"
                return words
            return words[:i]
    return words


def _in_place_name(word: str, before: str) -> bool:
    """Return whether a word continues a place phrase after the word ``before``."""
    low = word.lower()
    if low == "the":
        return before in ("", "of")
    if low == "of":
        return before not in ("", "the", "of")
    named = is_name(word) and low not in _NOT_NAMES
    return named or low in _PARTS or low in _PARTICLES or _COMPASS.match(word) is not None


def _is_area(phrase: str) -> bool:
    """Return whether a phrase names a town, province or a town's countryside or parts."""
    words = phrase.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if "of" in words:  # "the western countryside of Raqqa", "the town of Kafr Zita"
        cut = words.index("of")
        head, name = words[:cut], words[cut + 1 :]
        return bool(head and name) and head[-1].lower() in _PARTS and is_town(" ".join(name))
    if len(words) > 1 and words[-1].lower() in _SURROUNDINGS:
        name = [w for w in words[:-1] if not _COMPASS.match(w)]  # "Homs southeastern countryside"
        return bool(name) and is_town(" ".join(name))
    return bool(words) and is_town_side(" ".join(words))  # "Homs", "eastern Homs"
