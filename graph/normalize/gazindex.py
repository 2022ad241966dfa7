"""The gazetteer's index: names (aliases, demonyms, capitals) -> actors, and mentions in a text.

:mod:`graph.normalize.gazetteer` loads it from the packaged data and the user's files; the
name tables and the scan for mentions are :class:`~graph.normalize.gaznames.NameIndex`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from ..errors import OntologyError
from ..model import ACTOR_TYPES
from ..vocab import NG
from .actordict import Actor, DictRow, PersonIndex, actor_description, parse_role, role_at
from .gaznames import NameIndex
from .gaztokens import tokens
from .namevariants import FORCE_TYPES, country_variants, spelling_variants

Triple = tuple[URIRef, URIRef, URIRef | Literal]


class Gazetteer(NameIndex):
    """Lookup tables built once from an actor graph.

    Args:
        kg: A graph in the shape of ``graph/data/actors.ttl``.
    """

    def __init__(self, kg: Graph) -> None:
        super().__init__()
        self.kg = kg
        self.actors: dict[str, Actor] = {}
        self._governments: dict[str, str] = {}
        self._militaries: dict[str, str] = {}
        self._compiled: dict[str, tuple[str, str, str]] = {}  # id -> label, type, roles
        self._people = PersonIndex()
        self.merge(kg)

    def merge(self, kg: Graph, *, override: bool = False) -> None:
        """Add the actors of another graph; with ``override`` its aliases win clashes.

        Within one graph, actors are read in IRI order, so a clash always resolves the same way.
        """
        self._override = override
        if kg is not self.kg:
            self.kg += kg
        for subject in sorted(set(kg.subjects(NG.actorType, None)), key=str):
            if isinstance(subject, URIRef):
                self._add_actor(kg, subject)

    def _add_actor(self, kg: Graph, iri: URIRef) -> None:
        actor_id = str(kg.value(iri, NG.actorId) or str(iri).rsplit("/", 1)[-1])
        kind = str(kg.value(iri, NG.actorType))
        label = kg.value(iri, SKOS.prefLabel) or kg.value(iri, RDFS.label)
        if kind not in ACTOR_TYPES or label is None:
            raise OntologyError(
                f"cannot load actor {iri}: needs a skos:prefLabel and an ng:actorType "
                f"in {ACTOR_TYPES}"
            )
        code = kg.value(iri, NG.countryCode)
        sector = kg.value(iri, NG.sector)
        self.actors[actor_id] = Actor(
            actor_id, str(label), kind, str(code or ""), str(sector or "")
        )
        for country in kg.objects(iri, NG.governmentOf):
            self._governments[str(country).rsplit("/", 1)[-1]] = actor_id
        for country in kg.objects(iri, NG.militaryOf):
            self._militaries[str(country).rsplit("/", 1)[-1]] = actor_id
        self._index(
            actor_id, [str(label), *sorted(map(str, kg.objects(iri, SKOS.altLabel)))], "alias"
        )
        self._index(actor_id, sorted(str(d) for d in kg.objects(iri, NG.demonym)), "demonym")
        self._index(actor_id, sorted(str(c) for c in kg.objects(iri, NG.capital)), "capital")

    def add_rows(self, rows: Iterable[DictRow]) -> None:
        """Add compiled dictionary rows; names already taken keep their actor."""
        self._override = False
        for row in rows:
            if not row.actor_type:
                if row.actor_id in self.actors:
                    self._index(row.actor_id, row.aliases, "alias")
                    self._lend_country(row)
                continue
            if row.actor_id not in self.actors:
                # Kept as plain strings and made into an Actor when asked for: 25,000
                # dataclasses would triple the time the cached gazetteer takes to load.
                roles = " ".join(r.text() for r in row.roles)
                self._compiled.setdefault(row.actor_id, (row.label, row.actor_type, roles))
            self._index(row.actor_id, row.aliases, "alias")
            if row.actor_type == "person":
                for alias in row.aliases:
                    self._people.add(row.actor_id, tokens(alias))

    def add_country_variants(self) -> None:
        """Index forces' names written with the country for the demonym ("Free Iraq Army").

        See :mod:`graph.normalize.namevariants`; a name some actor has keeps its actor.
        """
        countries = {}
        for key, (actor_id, tagged) in self._folded.items():
            actor = self.get(actor_id) if tagged.startswith("demonym:") else None
            if actor is not None and actor.actor_type == "country" and " " not in actor.label:
                countries[key] = actor.label
        for key, (actor_id, tagged) in list(self._folded.items()):
            if not tagged.startswith("alias:") or not countries.keys() & key.split():
                continue
            actor = self.get(actor_id)
            if actor is None or actor.actor_type not in FORCE_TYPES:
                continue
            for variant in country_variants(key, countries):
                folded = variant.casefold()
                if folded not in self._folded and folded not in self._names:
                    self._exact.setdefault(variant, (actor_id, "alias"))
                    self._names.add(folded)
                    words = folded.split()
                    self._prefixes.update(" ".join(words[:n]) for n in range(1, len(words)))

    def add_spelling_variants(self) -> None:
        """Index groups' names with the other spellings of "army" ("Jeish al-Fatah")."""
        for actor_id, variant in list(spelling_variants(self._folded)):
            self._index(actor_id, [variant], "alias")

    def _lend_country(self, row: DictRow) -> None:
        # A curated actor without a country code takes the dictionary's ("al-Qaeda": IMG).
        actor = self.actors[row.actor_id]
        role = role_at(row.roles)
        if not actor.country and role is not None and role.country:
            self.actors[row.actor_id] = replace(actor, country=role.country)

    def person_named(self, name: str) -> Actor | None:
        """Return the one dictionary person with the first and last name of ``name``.

        "Hamid K. Karzai" is the dictionary's "Hamid Karzai", "Omar Hassan al-Bashir" its
        "Omar Hassan Ahmad al Bashir": see :class:`~graph.normalize.actordict.PersonIndex`.
        """
        actor_id = self._people.find(tokens(name))
        return self.get(actor_id) if actor_id else None

    def get(self, actor_id: str) -> Actor | None:
        """Return the actor with this id, or None."""
        actor = self.actors.get(actor_id)
        if actor is None and actor_id in self._compiled:
            label, kind, text = self._compiled[actor_id]
            roles = tuple(parse_role(r) for r in text.split())
            role = role_at(roles)
            country, sector = (role.country, role.sector) if role else ("", "")
            actor = self.actors[actor_id] = Actor(actor_id, label, kind, country, sector, roles)
        return actor

    def actor_ids(self) -> list[str]:
        """Return the ids of every actor (curated and compiled), sorted."""
        return sorted(self.actors.keys() | self._compiled.keys())

    def code_at(self, actor_id: str, day: str = "") -> str:
        """Return an actor's CAMEO code on ``day`` ("" for unknown actors): see Actor.code_at."""
        actor = self.get(actor_id)
        return actor.code_at(day) if actor is not None else ""

    def lookup(self, text: str) -> tuple[Actor, str] | None:
        """Return the actor whose alias, demonym or capital is exactly ``text``, and which it was.

        A leading "the" is ignored ("the Taliban" = "Taliban").
        """
        words = tokens(text)
        if len(words) > 1 and words[0].lower() == "the":
            words = words[1:]
        hit = self._match(words) if words else None
        actor = self.get(hit[0]) if hit else None
        return (actor, hit[1]) if hit and actor else None

    def state_actor(self, country_id: str) -> str:
        """Return the government linked to a country (ng:governmentOf), else the country."""
        return self._governments.get(country_id, country_id)

    def military_actor(self, country_id: str) -> str:
        """Return the armed forces linked to a country (ng:militaryOf), else ""."""
        return self._militaries.get(country_id, "")

    def describe(self, actor_ids: Iterable[str]) -> Iterator[Triple]:
        """Yield RDF for the gazetteer actors among ``actor_ids`` (unknown ids are skipped).

        Gives the type, label, id and the CAMEO-style codes.
        """
        for actor_id in actor_ids:
            actor = self.get(actor_id)
            if actor is not None:
                yield from actor_description(actor)
