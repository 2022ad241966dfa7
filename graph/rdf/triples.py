"""Events -> RDF: one named graph per document, stable IRIs, no blank nodes.

The shape is the one in SPEC.md: a ``schema:NewsArticle`` node per document,
an ``ng:Sentence`` node per sentence that yielded an event, one ``ng:Event``
node per event (no reification), actors and places as IRIs minted from their
canonical ids, and an ``ng:interactsWith`` edge only for factual events.
Literals, IRIs and the actor and place descriptions live in
:mod:`graph.rdf.nodes`; this module re-exports their public names.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from ..model import UNRESOLVED, Article, Event
from ..vocab import GRAPH, NG, PREFIXES, SCHEMA, SEM
from .nodes import (
    Triple,
    action_class_iri,
    actor_iri,
    actor_key,
    actor_triples,
    clean_text,
    document_iri,
    event_iri,
    graph_iri,
    optional_literal,
    place_description,
    place_iri,
    sentence_iri,
)

__all__ = [
    "Triple",
    "action_class_iri",
    "actor_iri",
    "actor_key",
    "actor_triples",
    "add_document",
    "add_triples",
    "clean_text",
    "document_graph_triples",
    "document_iri",
    "document_triples",
    "event_iri",
    "event_to_triples",
    "graph_iri",
    "new_dataset",
    "place_iri",
    "remove_document",
    "sentence_iri",
    "sentence_triples",
]

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1024)
def _double(value: float) -> Literal:
    """Return an ``xsd:double`` literal (confidences take few distinct values)."""
    return Literal(repr(float(value)), datatype=XSD.double)


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


def document_triples(article: Article, *, sentences: int | None = None) -> Iterator[Triple]:
    """Yield the ``schema:NewsArticle`` triples of a document (empty fields skipped).

    Args:
        article: The document.
        sentences: How many sentences it has (``ng:sentenceCount``), when known.

    Yields:
        Triples about ``doc:<doc_id>``.
    """
    doc = document_iri(article.doc_id)
    yield doc, RDF.type, SCHEMA.NewsArticle
    yield from optional_literal(doc, NG.docId, article.doc_id)
    yield from optional_literal(doc, NG.sourcePath, article.source)
    yield from optional_literal(doc, SCHEMA.headline, article.title)
    yield from optional_literal(doc, SCHEMA.author, article.author)
    yield from optional_literal(doc, SCHEMA.publisher, article.publisher)
    yield from optional_literal(doc, SCHEMA.datePublished, article.date)
    yield from optional_literal(doc, SCHEMA.url, article.url)
    if sentences is not None:
        yield doc, NG.sentenceCount, Literal(sentences)


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
        *optional_literal(sent, NG.text, text),
        (sent, NG.sentenceIndex, Literal(index)),
        (sent, NG.startChar, Literal(start)),
        (sent, NG.endChar, Literal(end)),
        (sent, SCHEMA.isPartOf, document_iri(doc_id)),
    )


def _event_literals(node: URIRef, event: Event) -> Iterator[Triple]:
    """Yield the literal-valued properties of an event node."""
    yield from optional_literal(node, NG.actorText, event.actor)
    yield from optional_literal(node, NG.targetText, event.target)
    yield from optional_literal(node, NG.instrument, event.instrument)
    yield from optional_literal(node, NG.actorCode, event.actor_code)
    yield from optional_literal(node, NG.targetCode, event.target_code)
    yield from optional_literal(node, NG.action, event.action)
    yield from optional_literal(node, NG.relation, event.relation)
    yield from optional_literal(node, NG.locationText, event.location)
    yield from optional_literal(node, NG.timeText, event.time)
    yield from optional_literal(node, SEM.hasTimeStamp, event.time_value)
    yield from optional_literal(node, NG.polarity, event.polarity)
    yield from optional_literal(node, NG.modality, event.modality)
    yield from optional_literal(node, NG.attribution, event.attribution)
    yield from optional_literal(node, NG.cameoCode, event.cameo_code)
    yield from optional_literal(node, NG.mode, event.mode)
    yield node, NG.confidence, _double(event.confidence)


def _event_links(node: URIRef, event: Event) -> Iterator[Triple]:
    """Yield the IRI-valued properties of an event node and the nodes they point to."""
    p = event.provenance
    # A role that names no actor (an unresolved pronoun, a dateline, "clashes") keeps its
    # text (ng:actorText / ng:targetText) but gets no actor node.
    actor = actor_iri(event.actor_id, event.actor)
    drawn = event.actor_type != UNRESOLVED
    if drawn:
        yield node, NG.actor, actor
        yield from actor_triples(
            event.actor_id, event.actor, event.actor_label, event.actor_type, event.actor_code
        )
    if event.target and event.target_type != UNRESOLVED:
        target = actor_iri(event.target_id, event.target)
        yield node, NG.target, target
        yield from actor_triples(
            event.target_id, event.target, event.target_label, event.target_type, event.target_code
        )
        if drawn and event.is_factual and event.kind == "event":
            # States ("X is near Y", "X has Y") are not interactions.
            yield actor, NG.interactsWith, target
    if event.action_class:
        yield node, NG.actionClass, action_class_iri(event.action_class)
    if event.location_id:
        place = place_iri(event.location_id)
        yield node, SEM.hasPlace, place
        yield from place_description(place, event.location_id, event.location)
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
    yield from optional_literal(node, NG.extractor, extractor)
    yield from _event_links(node, event)
    yield from sentence_triples(event)


def document_graph_triples(
    article: Article,
    events: Iterable[Event],
    *,
    extractor: str = "dep",
    sentences: int | None = None,
) -> set[Triple]:
    """Return every triple of one document's named graph (deduplicated).

    Args:
        article: The document.
        events: Its events; events of other documents are skipped with a warning.
        extractor: Name of the extractor that produced the events.
        sentences: How many sentences the document has, when known.

    Returns:
        The document node, its events, sentences, actors and places.
    """
    # Actors and sentences recur across events: dedupe before touching the store.
    triples = set(document_triples(article, sentences=sentences))
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
    kg: Dataset,
    article: Article,
    events: Iterable[Event],
    *,
    extractor: str = "dep",
    sentences: int | None = None,
) -> None:
    """Write one document and its events into its own named graph, replacing what was there.

    Adding the same document twice leaves the dataset unchanged, and other
    documents' graphs are never touched.

    Args:
        kg: The dataset (see :func:`new_dataset`).
        article: The document.
        events: Its events; events of other documents are skipped with a warning.
        extractor: Name of the extractor that produced the events.
        sentences: How many sentences the document has, when known.
    """
    remove_document(kg, article.doc_id)
    triples = document_graph_triples(article, events, extractor=extractor, sentences=sentences)
    add_triples(kg, article.doc_id, triples)


def remove_document(kg: Dataset, doc_id: str) -> None:
    """Delete a document's named graph (a no-op when it is not there).

    Args:
        kg: The dataset.
        doc_id: The document's id.
    """
    kg.remove_graph(graph_iri(doc_id))
