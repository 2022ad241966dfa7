"""The compiled actor dictionary (``data/actors_dict.tsv``) and time-aware CAMEO roles.

``tools/build_actors.py`` compiles the Phoenix/CAMEO actor dictionaries (people,
institutions, IGOs, NGOs, armed groups; MIT, Open Event Data Alliance, see
``data/PHOENIX-LICENSE.txt``) into one tab-separated line per actor: id, label,
type, roles and aliases. A role is a CAMEO code (country or IGO code + sector,
``USAGOV``) with the dates it held (``USAGOV@20090120-``); a role without dates
is the entry's default. A line with an empty type lends its aliases to the
curated ``actors.ttl`` actor of that id.

Which role a document gets (:func:`role_at`):

- a dated document: the dated role valid on its date (the latest-starting one
  when several are), else the undated default, else none: Barack Obama in 2015
  is ``USAGOV``, in 2005 he has no code;
- an undated document: the role that starts last (the most recent the
  dictionary knows), so an undated text reads people as they were last coded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import pycountry
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..vocab import ACTOR, ACTOR_CLASSES, NG
from .phrase import words_of

__all__ = [
    "Actor",
    "DictRow",
    "PersonIndex",
    "actor_description",
    "Role",
    "cameo_code",
    "country_alpha3",
    "dictionary_path",
    "parse_role",
    "read_dictionary",
    "role_at",
]

# CAMEO sector codes that can stand alone in a role ("[ELI]": an elite of no stated country).
_SECTOR_ONLY = frozenset({"ELI", "GOV", "MIL", "REB", "OPP", "CVL", "BUS", "MED", "NGO", "IGO"})


@dataclass(frozen=True, slots=True)
class Role:
    """A CAMEO actor code held from ``start`` to ``end`` (ISO dates; "" = open)."""

    code: str
    start: str = ""
    end: str = ""

    def text(self) -> str:
        """Return the role as the compiled file writes it (``USAGOV@20090120-``)."""
        if not self.dated:
            return self.code
        return f"{self.code}@{self.start.replace('-', '')}-{self.end.replace('-', '')}"

    @property
    def dated(self) -> bool:
        """Return whether the role has a start or an end date."""
        return bool(self.start or self.end)

    def valid_on(self, day: str) -> bool:
        """Return whether the role holds on ``day`` (``YYYY-MM-DD``)."""
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)

    @property
    def country(self) -> str:
        """Return the country or IGO part of the code ("" for a sector alone)."""
        return "" if self.code[:3] in _SECTOR_ONLY and len(self.code) == 3 else self.code[:3]

    @property
    def sector(self) -> str:
        """Return the sector part of the code ("GOV" of ``USAGOVLEG``)."""
        return self.code[:3] if not self.country else self.code[3:6]


@dataclass(frozen=True, slots=True)
class DictRow:
    """One line of the compiled dictionary."""

    actor_id: str
    label: str
    actor_type: str  # "": more aliases for the curated actor ``actor_id``
    roles: tuple[Role, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor of the gazetteer."""

    actor_id: str
    label: str
    actor_type: str
    country: str = ""
    sector: str = ""
    roles: tuple[Role, ...] = ()

    def code_at(self, day: str = "") -> str:
        """Return the CAMEO code on ``day`` (ISO date; "" = undated: the latest role).

        Actors without dated roles (countries, curated groups) always have their
        ``country`` + ``sector`` code; a person with no role on that day has "".
        """
        if not self.roles:
            return cameo_code(self.country, self.sector)
        role = role_at(self.roles, day)
        return role.code if role is not None else ""


# Arabic articles written as words of a name ("Omar El Bashir", "Omar al-Bashir"): spelt
# either way or left out, so a name is compared without them.
_ARTICLES = frozenset(words_of("al el ul ad as ash ar an at az ath"))
_PARTICLES = frozenset(words_of("von van de del der da du la le bin ibn"))


def name_words(words: Sequence[str]) -> tuple[str, ...]:
    """Return a name's casefolded words as spellings of it compare (no articles, no doubles).

    "Mitterrand" and "Mitterand", "Omar El-Bashir" and "Omar al Bashir" give the same
    words: transliteration often doubles a consonant or drops an article.
    """
    out = []
    for word in words:
        word = word.casefold().replace("'", "")
        if word and word not in _ARTICLES:
            out.append("".join(c for i, c in enumerate(word) if not i or c != word[i - 1]))
    return tuple(out)


@dataclass
class PersonIndex:
    """People of the dictionary by their names' first and last words.

    A written name finds the one person whose name has its first and last words
    ("Barack Hussein Obama"); when several have, an exact spelling of one of their names
    wins, else the one whose name has all its other words too ("Omar Hassan al-Bashir" is
    "Omar Hassan Ahmad al-Bashir", not "Omar al-Bashir" of another entry), else no one.
    """

    # Plain strings, as the cached gazetteer loads them fastest: "omar bashir" ->
    # "omar-al-bashir omar bashir|omar-hassan-... omar hassan ahmad bashir".
    table: dict[str, str] = field(default_factory=dict)
    exact: dict[str, str] = field(default_factory=dict)  # "": two people

    def add(self, actor_id: str, words: Sequence[str]) -> None:
        """Index one name (its words, any case) of a person."""
        key = name_words(words)
        if len(key) < 2:
            return
        pair = f"{key[0]} {key[-1]}"
        people = _people(self.table.get(pair, ""))
        people[actor_id] = people.get(actor_id, frozenset()) | frozenset(key)
        self.table[pair] = "|".join(f"{i} {' '.join(sorted(w))}" for i, w in people.items())
        if self.exact.setdefault(" ".join(key), actor_id) != actor_id:
            self.exact[" ".join(key)] = ""

    def find(self, words: Sequence[str]) -> str:
        """Return the one person a written name (its words, any case) fits, else ""."""
        key = name_words(words)
        if len(key) < 2:
            return ""
        if " ".join(key) in self.exact:
            return self.exact[" ".join(key)]
        people = _people(self.table.get(f"{key[0]} {key[-1]}", ""))
        if len(people) == 1:
            return next(iter(people))  # "Barack Hussein Obama", "Hamid K. Karzai"
        written = [w for w in key if len(w) > 1 and w not in _PARTICLES]  # "K.", "von"
        fits = [actor_id for actor_id, known in people.items() if known.issuperset(written)]
        return fits[0] if len(fits) == 1 else ""


def _people(text: str) -> dict[str, frozenset[str]]:
    people = {}
    for entry in filter(None, text.split("|")):
        actor_id, *words = entry.split()
        people[actor_id] = frozenset(words)
    return people


def actor_description(actor: Actor) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    """Yield an actor's RDF: types, labels, id, type name and CAMEO-style codes."""
    iri = ACTOR[actor.actor_id]
    yield iri, RDF.type, NG.Actor
    yield iri, RDF.type, ACTOR_CLASSES[actor.actor_type]
    yield iri, SKOS.prefLabel, Literal(actor.label, lang="en")
    yield iri, RDFS.label, Literal(actor.label)
    yield iri, NG.actorId, Literal(actor.actor_id)
    yield iri, NG.actorType, Literal(actor.actor_type)
    if actor.country:
        yield iri, NG.countryCode, Literal(actor.country)
    if actor.sector:
        yield iri, NG.sector, Literal(actor.sector)


def _iso(text: str) -> str:
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}" if text else ""


def parse_role(text: str) -> Role:
    """Parse ``USAGOV`` or ``USAGOV@20090120-20170120`` into a role."""
    code, _, dates = text.partition("@")
    start, _, end = dates.partition("-")
    return Role(code, _iso(start), _iso(end))


def role_at(roles: Sequence[Role], day: str = "") -> Role | None:
    """Return the role valid on ``day``; for an undated document (""), the latest one.

    Args:
        roles: An actor's roles.
        day: The document's date (``YYYY-MM-DD``, longer ISO strings are cut), or "".

    Returns:
        The role, or None when none holds on that day and there is no undated default.
    """
    if not roles:
        return None
    if not day:
        return max(roles, key=lambda r: (r.start, not r.end, r.end, r.dated))
    day = day[:10]
    valid = [r for r in roles if r.dated and r.valid_on(day)]
    if valid:
        return max(valid, key=lambda r: r.start)
    return next((r for r in roles if not r.dated), None)


def cameo_code(country: str, sector: str) -> str:
    """Return a CAMEO-style code: ``USA`` + ``GOV`` -> ``USAGOV``, unknown country -> ``---REB``."""
    if not sector or sector == country:
        return country  # "IGO", "NGO": the group code says it all
    return (country or "---") + sector


@cache
def country_alpha3(alpha2: str) -> str:
    """Return the ISO 3166 alpha-3 code of an alpha-2 code ("SY" -> "SYR"), "" when unknown."""
    country = pycountry.countries.get(alpha_2=alpha2.upper()) if len(alpha2) == 2 else None
    return str(country.alpha_3) if country is not None else ""


def dictionary_path() -> Path:
    """Return the path of the packaged compiled dictionary."""
    return Path(str(resources.files("graph") / "data" / "actors_dict.tsv"))


def read_dictionary(lines: Iterable[str]) -> Iterator[DictRow]:
    """Yield the rows of a compiled dictionary's text lines (comments skipped).

    Raises:
        ValueError: A line does not have the five columns.
    """
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) != 5:
            raise ValueError(f"line {number}: {len(cells)} columns, not 5")
        actor_id, label, kind, roles, aliases = cells
        yield DictRow(
            actor_id,
            label,
            kind,
            tuple(parse_role(r) for r in roles.split()),
            tuple(a for a in aliases.split("|") if a),
        )
