"""A list of named places after a plural head is one target each: "the towns of A and B".

"Jets struck the towns of Binnish and Jisr al-Shaghour", "shells hit the neighbourhoods
of Zahra, Midan and Hamdaniya": event coders code each place that was hit. Without this
step the whole phrase was one target named by its own words
("towns-of-binnish-and-jisr-al-shaghour"); now each name has its own event, whose
target is the name as the sentence writes it (resolved as any other name).

The list is cut only where each conjunct is surely one name: the text's commas part
them, or a conjunct is one word, a name and its particled part ("Jisr al-Shaghour",
"Al Bab", "Mazzeh 86"), a name the places gazetteer knows, or two words in a list of
two ("Kafr Hamra and Tal Rifaat"). A longer list whose commas the feed stripped
("Housh Salhiya Nishabiya and Otaya") cannot be cut safely and stays one target.
Left alone: a head with a capitalised word before it (a people or creed, "the Shiite
towns of A and B"; a country, "Syrian cities of A and B"), a head said held by a side
("the rebel-held villages of A and B", see :mod:`graph.normalize.ownertargets`), and
anything in the list that is no name ("both Syria and Iraq", "the city of Idlib").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event
from .phrase import words_of
from .places import link_place

__all__ = ["split_place_lists"]

# Plural heads of settlements and their parts: "the towns of", "the neighbourhoods of".
_HEADS = (
    r"towns|villages|cities|neighbou?rhoods|districts|suburbs|quarters|areas|provinces|"
    r"governorates|hamlets"
)
# "the two besieged villages of LIST": lowercase words before the head, none a holding.
_LISTED = re.compile(
    r"^(?P<before>(?:[a-z][a-z0-9-]*\s+){0,3})(?:" + _HEADS + r")\s+of\s+(?P<names>[A-Za-z].*)$"
)
# Where the list ends: "the towns of A and B in rural Aleppo", "... near the border".
_LIST_END = re.compile(
    r"\s(?:in|near|on|at|of|to|from|outside|inside|around|along|east|west|north|south|"
    r"with|after|before|during|which|that|where|while|killing|leaving)\s"
)
_HOLDINGS = re.compile(r"(?:held|controlled|occupied|run)$")
# Words before the head that make the places another noun's ("residents of the towns of").
_LINKS = frozenset(words_of("of from in at on to for with by near into between among"))
# A count before the head says how many names the list holds ("the three provinces of").
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# A name's lowercase parts: "Jisr al-Shaghour", "Al Bab", "Deir ez-Zor".
_PARTICLES = frozenset(words_of("al el ad ed as es ash az ez ar er an at"))


def split_place_lists(events: Iterable[Event]) -> Iterator[Event]:
    """Yield ``events`` with each target that lists named places split, one event per place.

    A split event that the text already gave (the same place, as its own conjunct) is
    yielded once.
    """
    ordered = list(events)
    seen = set(ordered)
    for event in ordered:
        names = place_list(event.target)
        if not names:
            yield event
            continue
        for name in names:
            split = replace(event, target=name)
            if split not in seen:
                seen.add(split)
                yield split


def place_list(text: str) -> list[str]:
    """Return the names a "HEADS of A and B" phrase lists, else [] (see the module)."""
    listed = _LISTED.match(text)
    before = listed["before"].split() if listed else []
    if listed is None or any(_HOLDINGS.search(w) or w in _LINKS for w in before):
        return []
    names = _LIST_END.split(listed["names"], maxsplit=1)[0]
    conjuncts = [c.strip() for c in re.split(r",|\s+and\s+", names) if c.strip()]
    conjuncts = [part for c in conjuncts for part in _known_run(c)]
    count = next((_COUNTS[w] for w in before if w in _COUNTS), len(conjuncts))
    if len(conjuncts) < 2 or count != len(conjuncts):
        return []
    words = [c.split() for c in conjuncts]
    pair = len(conjuncts) == 2 and "," not in names
    if not all(_is_name(w) and _one_name(w, parted="," in names, pair=pair) for w in words):
        return []
    return conjuncts


def _is_name(words: list[str]) -> bool:
    """Return whether words are written as a name: capitals, particles, a closing number."""
    if not _is_name_word(words[0]) and not (words[0].lower() in _PARTICLES and len(words) > 1):
        return False
    rest = words[1:]
    return all(
        _is_name_word(w) or w.lower() in _PARTICLES or (w.isdigit() and i == len(rest) - 1)
        for i, w in enumerate(rest)
    )


def _is_name_word(word: str) -> bool:
    """Return whether a word is a name's: "Hass", "al-Gharbiya", "Al-Bab", not "IS-held"."""
    parts = word.split("-")
    return parts[-1][:1].isupper() and (parts[0][:1].isupper() or parts[0] in _PARTICLES)


def _one_name(words: list[str], *, parted: bool, pair: bool) -> bool:
    """Return whether a conjunct is surely one name, not two the feed ran together."""
    if len(words) == 1 or (parted and len(words) <= 4):
        return True
    if link_place(" ".join(words)) is not None:
        return True
    if len(words) != 2:
        return False
    first, second = words
    if first.lower() in _PARTICLES or second.isdigit() or _particled(second):
        return True  # "Al Bab", "Mazzeh 86", "Jisr al-Shaghour"
    return pair  # "Kafr Hamra and Tal Rifaat": two names in a list of two


def _known_run(conjunct: str) -> list[str]:
    """Return a conjunct cut into its words when each is a place of one country ("Homs Idlib").

    A name's part may be a place far away ("Ras" in "Ras al-Marj"): the words must be
    plain names (no "al-") of places in one country.
    """
    words = conjunct.split()
    if len(words) < 2 or link_place(conjunct) is not None:
        return [conjunct]
    if any(not w[:1].isupper() or "-" in w for w in words):
        return [conjunct]
    places = [link_place(w) for w in words]
    countries = {p.country_code if p is not None else None for p in places}
    return words if len(countries) == 1 and None not in countries else [conjunct]


def _particled(word: str) -> bool:
    return "-" in word and word.split("-")[0].lower() in _PARTICLES
