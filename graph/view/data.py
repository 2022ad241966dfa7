"""Read events, actors, documents and places for the view from RDF.

Private helper of :mod:`graph.view`: one triple pattern per property over the
dataset's default union, joined in Python (rdflib evaluates nested OPTIONALs
over a Dataset row by row: 12 s for 12,000 events; this takes ~1 s).
Selection, aggregation and layout live in :mod:`graph.view.selection` and
:mod:`graph.view.layout`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from rdflib import Dataset
from rdflib.namespace import RDF

from ..errors import QueryError
from ..vocab import ACT, ACTOR, NG, PREFIXES, load_ontology

_EVENT_PROPS = (
    "ng:actor",
    "ng:target",
    "ng:action",
    "ng:actionClass",
    "ng:polarity",
    "ng:modality",
    "sem:hasTimeStamp",
    "prov:wasDerivedFrom",
    "sem:hasPlace",
    "ng:attribution",
    "ng:actorText",
    "ng:targetText",
    "ng:instrument",
)
_SENTENCE_PROPS = ("ng:text", "schema:isPartOf", "schema:datePublished")
_DOC_PROPS = ("schema:headline", "ng:sourcePath", "schema:datePublished", "schema:publisher")
_PLACE_PROPS = ("rdfs:label", "geo:lat", "geo:long")
_ACTOR_PROPS = ("rdfs:label", "ng:actorType", "ng:actorId", "ng:countryCode", "ng:sector")
# Actor types that stand for "not a resolved real-world actor" (drawn only on request).
OTHER_TYPES = frozenset({"", "other"})
# An unresolved role ("they" with no safe antecedent) is kept in the data but never drawn.
UNRESOLVED_TYPES = frozenset({"unresolved"})


@dataclass(frozen=True, slots=True)
class Doc:
    """One source document."""

    title: str
    source: str
    date: str
    publisher: str


@dataclass(frozen=True, slots=True)
class Place:
    """One place an event happened at (coordinates from GeoNames, or None)."""

    label: str
    lat: float | None
    lon: float | None


@dataclass(slots=True)
class Actor:
    """One actor node: canonical id, label, type and codes; aliases as written."""

    iri: str
    actor_id: str
    label: str
    actor_type: str
    code: str = ""
    aliases: set[str] = field(default_factory=set)

    @property
    def is_other(self) -> bool:
        """Return whether the actor is untyped ("other"): kept, off by default on big pages."""
        return self.actor_type in OTHER_TYPES

    @property
    def is_unresolved(self) -> bool:
        """Return whether the actor stands for an unresolved role (never drawn)."""
        return self.actor_type in UNRESOLVED_TYPES or self.actor_id.startswith("unresolved")


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event as the view needs it (IRIs for actor, target, sentence, place)."""

    iri: str
    actor: str
    target: str
    action: str
    action_class: str
    polarity: str
    modality: str
    is_relation: bool
    date: str
    sentence: str
    doc: str
    place: str
    attribution: str
    actor_text: str
    target_text: str
    instrument: str = ""  # the weapon an act was told through ("The strikes")


@dataclass(frozen=True, slots=True)
class GraphRows:
    """Everything the view reads from a graph."""

    events: list[EventRow]
    actors: dict[str, Actor]
    sentences: dict[str, str]
    docs: dict[str, Doc]
    places: dict[str, Place]
    documents: int


def read_graph(kg: Dataset) -> GraphRows:
    """Read the events of ``kg`` with their actors, sentences, documents and places.

    Raises:
        QueryError: The graph cannot be queried.
    """
    props = {prop: _pairs(kg, prop) for prop in _EVENT_PROPS + _SENTENCE_PROPS}
    events = list(_event_rows(kg, props))
    sentence_doc = props["schema:isPartOf"]
    sentences = {e.sentence: props["ng:text"].get(e.sentence, "") for e in events}
    actors = _actors(kg)
    for row in events:
        for iri, text in ((row.actor, row.actor_text), (row.target, row.target_text)):
            if iri and text:
                _actor(actors, iri).aliases.add(text)
    return GraphRows(
        events=events,
        actors=actors,
        sentences=sentences,
        docs=_docs(kg, set(sentence_doc.values())),
        places=_places(kg, {e.place for e in events if e.place}),
        documents=len(_typed(kg, "schema:NewsArticle")),
    )


def _event_rows(kg: Dataset, props: dict[str, dict[str, str]]) -> Iterator[EventRow]:
    relations = set(_typed(kg, "ng:RelationEvent"))
    doc_of, published = props["schema:isPartOf"], props["schema:datePublished"]
    for event in _typed(kg, "ng:Event"):
        values = [props[prop].get(event, "") for prop in _EVENT_PROPS]
        actor, target, action, cls, polarity, modality, stamp, sent = values[:8]
        # An unresolved role has its text (ng:actorText) but no ng:actor node.
        if not action or not (actor or values[10]):
            continue
        yield EventRow(
            iri=event,
            actor=actor,
            target=target,
            action=action,
            action_class=class_name(cls),
            polarity=polarity or "pos",
            modality=modality or "asserted",
            is_relation=event in relations,
            date=(stamp or published.get(doc_of.get(sent, ""), ""))[:10],
            sentence=sent,
            doc=doc_of.get(sent, ""),
            place=values[8],
            attribution=values[9],
            actor_text=values[10],
            target_text=values[11],
            instrument=values[12],
        )


def _actors(kg: Dataset) -> dict[str, Actor]:
    label, kind, ident, country, sector = (_pairs(kg, prop) for prop in _ACTOR_PROPS)
    actors: dict[str, Actor] = {}
    for iri in _typed(kg, "ng:Actor"):
        actor_id = ident.get(iri) or local_name(iri)
        code = country.get(iri, "") + sector.get(iri, "")
        actors[iri] = Actor(iri, actor_id, label.get(iri) or actor_id, kind.get(iri, ""), code)
    for prop in ("skos:prefLabel", "skos:altLabel"):
        for subject, value in _objects(kg, prop):
            if subject in actors:
                actors[subject].aliases.add(value)
    return actors


def _actor(actors: dict[str, Actor], iri: str) -> Actor:
    """Return the actor of ``iri``, made up as an untyped one when the graph has no description."""
    if iri not in actors:
        actors[iri] = Actor(iri, local_name(iri), local_name(iri), "")
    return actors[iri]


def _docs(kg: Dataset, wanted: set[str]) -> dict[str, Doc]:
    title, path, date, publisher = (_pairs(kg, prop) for prop in _DOC_PROPS)
    return {
        doc: Doc(
            title.get(doc, ""), path.get(doc, ""), date.get(doc, "")[:10], publisher.get(doc, "")
        )
        for doc in wanted
    }


def _places(kg: Dataset, wanted: set[str]) -> dict[str, Place]:
    label, lat, lon = (_pairs(kg, prop) for prop in _PLACE_PROPS)
    return {
        place: Place(label.get(place) or local_name(place), _float(lat, place), _float(lon, place))
        for place in wanted
    }


def _float(values: dict[str, str], key: str) -> float | None:
    try:
        return float(values[key])
    except (KeyError, ValueError):
        return None


def _pairs(kg: Dataset, prop: str) -> dict[str, str]:
    """Return subject -> object of one property (the smallest object when there are several)."""
    found: dict[str, str] = {}
    for subject, value in _objects(kg, prop):
        if subject not in found or value < found[subject]:
            found[subject] = value
    return found


def _objects(kg: Dataset, prop: str) -> Iterator[tuple[str, str]]:
    """Yield (subject, object) of a prefixed property over the dataset's default graph.

    Triple patterns, not SPARQL: rdflib's query engine costs 4x more per pattern.
    """
    prefix, name = prop.split(":", 1)
    try:
        for subject, _, value in kg.triples((None, PREFIXES[prefix][name], None)):
            yield str(subject), str(value)
    except Exception as exc:  # rdflib stores raise many unrelated types for a bad store
        raise QueryError(f"cannot query graph for the view: {exc}") from exc


def _typed(kg: Dataset, cls: str) -> list[str]:
    prefix, name = cls.split(":", 1)
    kind = PREFIXES[prefix][name]
    return sorted({str(s) for s, _, _ in kg.triples((None, RDF.type, kind))})


def local_name(iri: str) -> str:
    """Return an actor IRI's local name (other IRIs unchanged)."""
    return iri[len(str(ACTOR)) :] if iri.startswith(str(ACTOR)) else iri


def class_name(iri: str) -> str:
    """Return the name of an action class IRI ("" -> "OTHER")."""
    if not iri:
        return "OTHER"
    return iri[len(str(ACT)) :] if iri.startswith(str(ACT)) else iri.rsplit("/", 1)[-1]


def ontology_classes(found: set[str]) -> list[str]:
    """Return the action class names of the packaged ontology, then any others in ``found``.

    The ontology's classes come first (sorted by name), so a class keeps its colour
    from page to page whatever a page happens to contain.
    """
    ontology = load_ontology()
    known = {class_name(str(iri)) for iri in ontology.subjects(RDF.type, NG.ActionClass)}
    return sorted(known) + sorted(found - known)


def group_by(rows: list[EventRow], key: str) -> dict[str, list[int]]:
    """Return the indices of ``rows`` grouped by one attribute."""
    groups: dict[str, list[int]] = defaultdict(list)
    for idx, row in enumerate(rows):
        groups[getattr(row, key)].append(idx)
    return groups
