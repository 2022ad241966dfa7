"""The places a story names before a point, nearest first, with the kind the text gives them.

"the town of Kafr Zeta", "Kafr Zeta town" -> a town; "the city of Homs", "Homs city" -> a
city; "the province of Idlib", "Idlib province" -> a province (not the city Idlib);
"the Zahra district", "the neighbourhood of Zahra" -> a quarter; "the Ghouta region" ->
a region. A name the text gives no kind takes the gazetteer's (a city is a settlement,
sized by its population), and a name only seen as a place ("fighting in Kafr Zeta") is
a place of unknown kind. See :mod:`graph.normalize.placedesc`, which picks among them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from .countries import alpha2_of
from .phrase import BODY_WORDS, NOT_PLACES, ORG_WORDS, TITLES
from .places import Place, link_place, load_places

if TYPE_CHECKING:
    from .coref import Document

_WORD = r"(?:[A-Z][\w'’]*(?:-[\w'’]+)*|(?:al|el|ad|ar|as|ash|at|az|ez|an)-[A-Z][\w'’-]*)"
_JOIN = r"\s+(?:(?:al|el|ez|ad|ar|as|ash|at|az|an|bin|ibn|abu|bani)\s+)?"
NAME = re.compile(_WORD + "(?:" + _JOIN + _WORD + ")*")
_TOKEN = re.compile(r"\S+")
# The kind the words around a name give it: (kind, place nouns before "of NAME" or after it).
_MARK_NOUNS = (
    ("province", "province|governorate", "[Pp]rovince|[Gg]overnorate"),
    ("quarter", "district|neighbou?rhood|suburb|quarter", "district|neighbou?rhood|suburb|quarter"),
    ("town", "town|village|hamlet", "town|village"),
    ("city", "city", "city"),
    ("region", "region|area", "region|area|[Cc]ountryside"),
)  # after a name, only "Province" and "Countryside" mark it capitalised ("Idlib Province"):
# a headline's "Village" or "Town" is as often a word of the headline
# "the province of X", "the provinces of X and": what precedes the place noun is "prev"
_MARKS = tuple(
    (
        kind,
        re.compile(
            rf"(?P<prev>[\w'’-]+)\s+(?:{before})s?\s+(?:of|called|named)\s+"
            r"(?:[A-Z][\w'’-]*\s+and\s+)?$"
        ),
        re.compile(rf"^\s+(?:{after})\b"),
    )
    for kind, before, after in _MARK_NOUNS
)
# Place nouns written capitalised after a name: "Idlib Province", "Hama Countryside".
_PLACE_NOUNS = frozenset(
    ("province", "governorate", "countryside", "city", "district", "neighbourhood", "town")
    + ("neighborhood", "region", "area", "village", "suburb", "quarter")
)
FOREIGN_MIN_POPULATION = 200_000
# Unlinked names with an adjective's ending: "Kurdish", "Armenian", "Lebanese".
ADJECTIVE = re.compile(r"(?:ish|ian|ese)$")
_INDEFINITE = frozenset(("a", "an", "another", "one", "every", "each"))
_OF_AFTER = re.compile(r"^\s+\w+\s+of\b")
# A place named to locate another: "10 km north of Homs" ("near" and "outside" name
# as often the place a story is about: "clashes near Aleppo").
_LANDMARK = re.compile(
    r"\b(?:(?:north|south|east|west)(?:east|west)?\s+of"
    r"|(?:km|kilometres|kilometers|miles)\s+(?:from|of))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Capitalised words that describe a place rather than name one ("the Old City").
DESCRIPTIVE = frozenset(
    ("Old", "New", "Upper", "Lower", "Greater", "North", "South", "East", "West", "Central")
    + ("Northern", "Southern", "Eastern", "Western", "Northeastern", "Northwestern")
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place named in the story, with the kind of place it is.

    Attributes:
        name: The name as written ("Kafr Zeta").
        kind: town, city, province, quarter or region as the text says; settlement
            (a linked city the text gives no kind), region or province as the
            gazetteer says; place (a place of unknown kind); country.
        population: The linked city's population (0 when unknown).
        capital: Whether it is a national capital.
        sent: The sentence it is named in.
        landmark: Whether it is named to locate another place ("10 km north of Homs").
    """

    name: str
    kind: str
    population: int = 0
    capital: bool = False
    sent: int = -1
    landmark: bool = False


def candidates(doc: Document, sent: int, pos: int, *, window: int | None) -> Iterator[Candidate]:
    """Yield the places named before ``(sent, pos)``, nearest first, countries left out.

    ``window`` is how many earlier sentences to read (None: back to the start).
    """
    lowest = 0 if window is None else max(0, sent - window)
    for index in range(sent, lowest - 1, -1):
        text = doc.sentence(index)
        if index == sent:
            text = text[:pos]
        for start, name in reversed(list(_names_in(text))):
            first, _, rest = name.partition(" ")
            if rest and _is_demonym(doc, first):
                start, name = start + len(first) + 1, rest  # "Syrian Raqqa": Raqqa
            found = place_kind(doc, name, index, start)
            if found is not None and found.kind != "country":
                yield found


def _names_in(text: str) -> Iterator[tuple[int, str]]:
    """Yield (start, name) of each capitalised name that may be a place, in text order.

    A leading "The" or "In" is dropped, a run is cut at a day or month ("Hama Monday")
    and before a place noun, which is left to mark the kind ("Idlib Province"); a
    possessive that lost its apostrophe is a name of its own ("Aleppos Bustan
    district": Aleppo); acronyms ("SANA", "UN") name bodies, not places.
    """
    for match in NAME.finditer(text):
        words = [(m.start() + match.start(), m.group()) for m in _TOKEN.finditer(match.group())]
        while words and (words[0][1].lower() in STOP_WORDS or words[0][1] in TITLES):
            words = words[1:]
        kept: list[tuple[int, str]] = []
        for start, word in words:
            if word in NOT_PLACES or (kept and word.lower() in _PLACE_NOUNS):
                break
            kept.append((start, word))
        if not kept or all(w.isupper() for _, w in kept if w[:1].isalpha()):
            continue
        if any(w in ORG_WORDS or w in BODY_WORDS for _, w in kept):
            continue  # "Aleppo Police Command", "Homs Provincial Council": bodies
        first = kept[0][1]
        if first.endswith("s") and link_place(first) is None and link_place(first[:-1]):
            yield kept[0][0], first[:-1]  # "Aleppos Qaryat al-Ansari": Aleppo's
            kept = kept[1:]
        if kept:
            yield kept[0][0], text[kept[0][0] : kept[-1][0] + len(kept[-1][1])]


def place_kind(doc: Document, name: str, sent: int, start: int) -> Candidate | None:
    """Return a name as a place of a kind, or None when it names no place."""
    text = doc.sentence(sent)
    before, after = text[max(0, start - 60) : start], text[start + len(name) :]
    if name in DESCRIPTIVE or name.casefold() in doc.names:
        return None  # "the Old City"; a person the story named ("Mitchell")
    place = doc.link(name)
    entry = doc.gaz.lookup(name)  # looked up once: a people's adjective or an actor's name
    demonym = entry is not None and entry[1] == "demonym"
    if demonym or (place is None and ADJECTIVE.search(name)):
        return None  # "the Syrian town of X", "the Kurdish city": adjectives
    if place is None and entry is not None:
        return None  # an actor's name, not a place's
    found = _marked(doc, before, after, place) or _marked_before(doc, name, sent, place)
    if found is None and place is None and _sentence_start(text, start, name):
        return None  # "Jets, a monitor said, ...": a word any sentence capitalises
    if found is None and place is None:
        found = "place" if name in doc.places else None
    elif found is None and place is not None and place.kind == "city":
        found = None if _foreign_town(doc, place) else "settlement"
    elif found is None and place is not None:
        found = place.kind if place.kind != "river" else None
    if found is None:
        return None
    population = place.population if place is not None else 0
    capital = place is not None and is_capital(place.id)
    landmark = _LANDMARK.search(before) is not None
    return Candidate(name, found, population, capital, sent, landmark)


def _sentence_start(text: str, start: int, name: str) -> bool:
    """Return whether an unlinked one-word name opens its sentence (capitalised as any word)."""
    return " " not in name and not text[:start].strip(" \"'“”([")


def _is_demonym(doc: Document, word: str) -> bool:
    """Return whether a word is a people's or a country's adjective ("Syrian")."""
    found = doc.gaz.lookup(word)
    return found is not None and found[1] == "demonym"


def _foreign_town(doc: Document, place: Place) -> bool:
    """Return whether a city is a small namesake abroad ("Meridian", "Washington" in England).

    In a story set in Syria, a city of fewer than ``FOREIGN_MIN_POPULATION`` people in
    another country is an accident of spelling, not a place the story names.
    """
    if place.population >= FOREIGN_MIN_POPULATION:
        return False
    home = {alpha2_of(doc.gaz, doc.setting_country), alpha2_of(doc.gaz, doc.main_country)} - {""}
    return bool(home) and place.country_code not in home


def _marked(doc: Document, before: str, after: str, place: Place | None) -> str | None:
    """Return the kind the words around a name give it, or None.

    "a district of Aleppo" and "the Aleppo district of Salaheddin" are in Aleppo:
    a quarter's noun marks a name after it when "the" comes first ("the district of
    Bab Amr"), or an adjective and the name is no city; a city before it only when
    no "of" follows.
    """
    for kind, before_re, after_re in _MARKS:
        marked = before_re.search(before)
        if kind == "quarter" and marked:
            prev = marked["prev"].lower()
            city = place is not None and place.kind == "city" and prev != "the"
            marked = None if city or prev in _INDEFINITE else marked
        if marked and _plain(doc, marked["prev"]):
            return kind
        city = place is not None and place.kind == "city"
        if after_re.match(after) and not (kind == "quarter" and city and _OF_AFTER.match(after)):
            return kind
    return None


def _marked_before(doc: Document, name: str, sent: int, place: Place | None) -> str | None:
    """Return the kind the story gave a name where it named it before, or None.

    "the district of Alwaer ... Activists in Alwaer said" -> a quarter; "the city of
    Homs ... Homs" -> a city.
    """
    found = _name_pattern(name)
    for index in range(sent, -1, -1):
        text = doc.sentence(index)
        for match in found.finditer(text) if name in text else ():
            before, after = text[max(0, match.start() - 60) : match.start()], text[match.end() :]
            kind = _marked(doc, before, after, place)
            if kind in ("province", "region"):
                continue  # "Idlib province ... shelling in Idlib": a bare name is the city
            if kind is not None:
                return kind
    return None


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    """Return a pattern matching ``name`` as whole words (compiled once per name)."""
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")


def _plain(doc: Document, word: str) -> bool:
    """Return whether a word before a place noun describes it ("the Syrian city of").

    "the Sukkari district of Aleppo" names the district: Aleppo is no district.
    """
    return word[:1].islower() or doc.gaz.lookup(word) is not None


def is_capital(place_id: str) -> bool:
    """Return whether a linked city is its country's capital."""
    return place_id in _capital_ids()


@cache
def _capital_ids() -> frozenset[str]:
    """Return the ids of the national capitals (built once, not per name looked at)."""
    return frozenset(p.id for p in national_capitals().values())


@cache
def national_capitals() -> dict[str, Place]:
    """Return each country's capital city by ISO alpha-2 code (a country lies at its capital)."""
    places = load_places().by_id.values()
    located = {(p.country_code, p.lat, p.lon) for p in places if p.kind == "country"}
    return {
        p.country_code: p
        for p in sorted(places, key=lambda p: p.population)  # the biggest namesake last
        if p.kind == "city" and (p.country_code, p.lat, p.lon) in located
    }
