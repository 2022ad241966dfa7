"""Events -> RDF: one named graph per document, stable IRIs, no blank nodes.

The shape is the one in SPEC.md: a ``schema:NewsArticle`` node per document,
an ``ng:Sentence`` node per sentence that yielded an event, one ``ng:Event``
node per event (no reification), actors and places as IRIs minted from their
canonical ids, and an ``ng:interactsWith`` edge only for factual events.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD
from rdflib.term import Node

from .model import Article, Event
from .places import get_place, place_triples
from .vocab import (
    ACT,
    ACTOR,
    ACTOR_CLASSES,
    DOC,
    EVENT,
    GRAPH,
    NG,
    PLACE,
    PREFIXES,
    SCHEMA,
    SEM,
    mint_iri,
    slugify,
)

logger = logging.getLogger(__name__)

Triple = tuple[Node, Node, Node]

# Characters that XML 1.0 and Turtle/TriG round trips cannot carry: C0
# controls other than tab, newline and carriage return (rdflib escapes
# "\r"), lone surrogates, and the non-characters U+FFFE/U+FFFF.
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Local names used verbatim in IRIs; anything else is hashed by mint_iri().
_SAFE_LOCAL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]{0,119}")


def clean_text(text: str) -> str:
    """Return ``text`` without the characters an RDF literal cannot carry.

    Args:
        text: Untrusted text, e.g. a sentence from an article.

    Returns:
        The text minus C0 controls (tab, newline and carriage return are
        kept), lone surrogates and U+FFFE/U+FFFF.
    """
    return _UNSAFE_CHARS.sub("", text)


@lru_cache(maxsize=65536)
def _literal(text: str) -> Literal | None:
    """Return a cleaned plain literal, or None when nothing is left to write.

    Cached: building a ``Literal`` is the single biggest cost of the RDF stage,
    and most values (actions, polarities, actor and place names) recur.
    """
    cleaned = clean_text(text)
    return Literal(cleaned) if cleaned else None


@lru_cache(maxsize=1024)
def _double(value: float) -> Literal:
    """Return an ``xsd:double`` literal (confidences take few distinct values)."""
    return Literal(repr(float(value)), datatype=XSD.double)


def _local_iri(namespace: Namespace, local: str) -> URIRef:
    """Return ``namespace + local`` when ``local`` is IRI-safe, else a hashed IRI."""
    if _SAFE_LOCAL.fullmatch(local):
        return URIRef(f"{namespace}{local}")
    return URIRef(mint_iri(namespace, local))


def new_dataset() -> Dataset:
    """Return an empty dataset with our prefixes bound and ``default_union`` on.

    Returns:
        A dataset whose default graph is the union of its named graphs, so
        queries see every document.
    """
    kg = Dataset(default_union=True)
    for prefix, namespace in PREFIXES.items():
        kg.bind(prefix, namespace, override=True, replace=True)
    kg.bind("graph", GRAPH, override=True, replace=True)
    return kg


def document_iri(doc_id: str) -> URIRef:
    """Return the IRI of a document node, ``doc:<doc_id>`` (hashed if unsafe)."""
    return _local_iri(DOC, doc_id)


def graph_iri(doc_id: str) -> URIRef:
    """Return the IRI of a document's named graph, ``graph:<doc_id>``."""
    return _local_iri(GRAPH, doc_id)


def sentence_iri(doc_id: str, index: int) -> URIRef:
    """Return the IRI of sentence ``index`` of a document, ``doc:<doc_id>/sentence/<index>``."""
    return URIRef(f"{document_iri(doc_id)}/sentence/{index}")


def event_iri(event: Event) -> URIRef:
    """Return the stable IRI of an event.

    The IRI hashes the document id, the sentence span, the action, the actor
    and the target, so rebuilding the same input gives the same IRIs.
    """
    p = event.provenance
    parts = (p.doc_id, p.start_char, p.end_char, event.action, event.actor, event.target)
    return URIRef(mint_iri(EVENT, *parts))


def actor_key(actor_id: str, text: str) -> str:
    """Return the id an actor IRI is minted from: its canonical id, else a slug of its text."""
    return actor_id or slugify(text) or clean_text(text)


def actor_iri(actor_id: str, text: str = "") -> URIRef:
    """Return the IRI of an actor from its canonical id (or its text when the id is empty)."""
    return URIRef(mint_iri(ACTOR, actor_key(actor_id, text)))


def action_class_iri(action_class: str) -> URIRef:
    """Return the ``act:`` IRI of an action class name such as ``"ASSAULT"``."""
    return _local_iri(ACT, action_class)


def place_iri(location_id: str) -> URIRef:
    """Return the ``place:`` IRI of a canonical location id."""
    return URIRef(mint_iri(PLACE, location_id))


def _optional(subject: URIRef, predicate: URIRef, text: str) -> Iterator[Triple]:
    """Yield one literal triple unless the (cleaned) text is empty."""
    lit = _literal(text)
    if lit is not None:
        yield subject, predicate, lit


def document_triples(article: Article) -> Iterator[Triple]:
    """Yield the ``schema:NewsArticle`` triples of a document (empty fields skipped).

    Args:
        article: The document.

    Yields:
        Triples about ``doc:<doc_id>``.
    """
    doc = document_iri(article.doc_id)
    yield doc, RDF.type, SCHEMA.NewsArticle
    yield from _optional(doc, NG.docId, article.doc_id)
    yield from _optional(doc, NG.sourcePath, article.source)
    yield from _optional(doc, SCHEMA.headline, article.title)
    yield from _optional(doc, SCHEMA.author, article.author)
    yield from _optional(doc, SCHEMA.publisher, article.publisher)
    yield from _optional(doc, SCHEMA.datePublished, article.date)
    yield from _optional(doc, SCHEMA.url, article.url)


def sentence_triples(event: Event) -> Iterator[Triple]:
    """Yield the ``ng:Sentence`` node an event was read from.

    Args:
        event: The event whose provenance names the sentence.

    Yields:
        Triples about ``doc:<doc_id>/sentence/<index>``.
    """
    p = event.provenance
    yield from _sentence_triples(p.doc_id, p.sentence_index, p.sentence, p.start_char, p.end_char)


@lru_cache(maxsize=4096)
def _sentence_triples(
    doc_id: str, index: int, text: str, start: int, end: int
) -> tuple[Triple, ...]:
    """Return a sentence node's triples (cached: most sentences carry several events)."""
    sent = sentence_iri(doc_id, index)
    return (
        (sent, RDF.type, NG.Sentence),
        *_optional(sent, NG.text, text),
        (sent, NG.sentenceIndex, Literal(index)),
        (sent, NG.startChar, Literal(start)),
        (sent, NG.endChar, Literal(end)),
        (sent, SCHEMA.isPartOf, document_iri(doc_id)),
    )


def actor_triples(actor_id: str, text: str, label: str, actor_type: str) -> Iterator[Triple]:
    """Yield the description of one actor: types, label, id and type name.

    Args:
        actor_id: Canonical id ("" falls back to a slug of ``text``).
        text: The actor as written in the sentence.
        label: Canonical label ("" falls back to ``text``).
        actor_type: One of ``model.ACTOR_TYPES`` or "".

    Yields:
        Triples about ``actor:<id>``.
    """
    yield from _actor_triples(actor_id, text, label, actor_type)


@lru_cache(maxsize=4096)
def _actor_triples(actor_id: str, text: str, label: str, actor_type: str) -> tuple[Triple, ...]:
    """Return :func:`actor_triples` as a tuple (cached: actors recur across events)."""
    return tuple(_describe_actor(actor_id, text, label, actor_type))


def _describe_actor(actor_id: str, text: str, label: str, actor_type: str) -> Iterator[Triple]:
    iri = actor_iri(actor_id, text)
    yield iri, RDF.type, NG.Actor
    if actor_type in ACTOR_CLASSES:
        yield iri, RDF.type, ACTOR_CLASSES[actor_type]
    yield from _optional(iri, RDFS.label, label or text)
    yield from _optional(iri, NG.actorId, actor_key(actor_id, text))
    yield from _optional(iri, NG.actorType, actor_type)
    if actor_type == "location" and actor_id and (known := get_place(actor_id)):
        # A place that is acted upon ("the SDF surrounded Raqqa") is also a place
        # node with coordinates, so place queries can centre on it.
        yield iri, NG.place, place_iri(actor_id)
        yield from place_triples(known)


@lru_cache(maxsize=4096)
def _place_description(place: URIRef, location_id: str, text: str) -> tuple[Triple, ...]:
    """Return a GeoNames-linked place with coordinates, or a bare labelled place.

    Cached: the same places recur across events and documents.
    """
    known = get_place(location_id)
    if known is not None:
        return tuple(place_triples(known))
    return ((place, RDF.type, SEM.Place), *_optional(place, RDFS.label, text or location_id))


def _event_literals(node: URIRef, event: Event) -> Iterator[Triple]:
    """Yield the literal-valued properties of an event node."""
    yield from _optional(node, NG.actorText, event.actor)
    yield from _optional(node, NG.targetText, event.target)
    yield from _optional(node, NG.action, event.action)
    yield from _optional(node, NG.relation, event.relation)
    yield from _optional(node, NG.locationText, event.location)
    yield from _optional(node, NG.timeText, event.time)
    yield from _optional(node, SEM.hasTimeStamp, event.time_value)
    yield from _optional(node, NG.polarity, event.polarity)
    yield from _optional(node, NG.modality, event.modality)
    yield from _optional(node, NG.attribution, event.attribution)
    yield node, NG.confidence, _double(event.confidence)


def _event_links(node: URIRef, event: Event) -> Iterator[Triple]:
    """Yield the IRI-valued properties of an event node and the nodes they point to."""
    p = event.provenance
    actor = actor_iri(event.actor_id, event.actor)
    yield node, NG.actor, actor
    yield from actor_triples(event.actor_id, event.actor, event.actor_label, event.actor_type)
    if event.target:
        target = actor_iri(event.target_id, event.target)
        yield node, NG.target, target
        yield from actor_triples(
            event.target_id, event.target, event.target_label, event.target_type
        )
        if event.is_factual and event.kind == "event":
            # States ("X is near Y", "X has Y") are not interactions.
            yield actor, NG.interactsWith, target
    if event.action_class:
        yield node, NG.actionClass, action_class_iri(event.action_class)
    if event.location_id:
        place = place_iri(event.location_id)
        yield node, SEM.hasPlace, place
        yield from _place_description(place, event.location_id, event.location)
    yield node, PROV.wasDerivedFrom, sentence_iri(p.doc_id, p.sentence_index)


def event_to_triples(event: Event, *, extractor: str = "dep") -> Iterator[Triple]:
    """Yield every triple one event contributes, including its sentence, actors and place.

    Args:
        event: The (normalized) event.
        extractor: Name of the extractor that produced it.

    Yields:
        Triples in the RDF shape of SPEC.md.
    """
    node = event_iri(event)
    yield node, RDF.type, NG.Event
    if event.kind == "relation":
        yield node, RDF.type, NG.RelationEvent
    yield from _event_literals(node, event)
    yield from _optional(node, NG.extractor, extractor)
    yield from _event_links(node, event)
    yield from sentence_triples(event)


def document_graph_triples(
    article: Article, events: Iterable[Event], *, extractor: str = "dep"
) -> set[Triple]:
    """Return every triple of one document's named graph (deduplicated).

    Args:
        article: The document.
        events: Its events; events of other documents are skipped with a warning.
        extractor: Name of the extractor that produced the events.

    Returns:
        The document node, its events, sentences, actors and places.
    """
    # Actors and sentences recur across events: dedupe before touching the store.
    triples = set(document_triples(article))
    for event in events:
        if event.provenance.doc_id != article.doc_id:
            logger.warning(
                "skipped an event of document %r while adding %r",
                event.provenance.doc_id,
                article.doc_id,
            )
            continue
        triples.update(event_to_triples(event, extractor=extractor))
    return triples


def add_triples(kg: Dataset, doc_id: str, triples: Iterable[Triple]) -> None:
    """Add triples to a document's named graph in one bulk call (nothing is removed).

    ``Dataset.addN`` builds a new ``Graph`` object for every quad; handing the
    store the one context graph is the same write without that cost.

    Args:
        kg: The dataset.
        doc_id: The document's id (its graph is ``graph:<doc_id>``).
        triples: The triples to add.
    """
    ctx = kg.graph(graph_iri(doc_id))
    kg.store.addN((s, p, o, ctx) for s, p, o in triples)


def add_document(
    kg: Dataset, article: Article, events: Iterable[Event], *, extractor: str = "dep"
) -> None:
    """Write one document and its events into its own named graph, replacing what was there.

    Adding the same document twice leaves the dataset unchanged, and other
    documents' graphs are never touched.

    Args:
        kg: The dataset (see :func:`new_dataset`).
        article: The document.
        events: Its events; events of other documents are skipped with a warning.
        extractor: Name of the extractor that produced the events.
    """
    remove_document(kg, article.doc_id)
    add_triples(kg, article.doc_id, document_graph_triples(article, events, extractor=extractor))


def remove_document(kg: Dataset, doc_id: str) -> None:
    """Delete a document's named graph (a no-op when it is not there).

    Args:
        kg: The dataset.
        doc_id: The document's id.
    """
    kg.remove_graph(graph_iri(doc_id))
