"""RDF nodes: cleaned literals, minted IRIs, and actor and place descriptions.

Split out of :mod:`graph.rdf`, which builds documents, sentences and events
from these nodes and re-exports the public names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from ..model import Event
from ..normalize.places import get_place, place_triples
from ..vocab import ACT, ACTOR, ACTOR_CLASSES, DOC, EVENT, GRAPH, NG, PLACE, SEM, mint_iri, slugify

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


def _literal(text: str) -> Literal | None:
    """Return a cleaned plain literal, or None when nothing is left to write.

    Short values are cached: building a ``Literal`` is the single biggest cost of
    the RDF stage, and most values (actions, polarities, actor and place names)
    recur; long ones (sentences) are not, so they do not fill memory.
    """
    return _short_literal(text) if len(text) <= 80 else _new_literal(text)


@lru_cache(maxsize=65536)
def _short_literal(text: str) -> Literal | None:
    return _new_literal(text)


def _new_literal(text: str) -> Literal | None:
    cleaned = clean_text(text)
    return Literal(cleaned) if cleaned else None


def _local_iri(namespace: Namespace, local: str) -> URIRef:
    """Return ``namespace + local`` when ``local`` is IRI-safe, else a hashed IRI.

    A hashed IRI starts with ``_``, which no safe local name does, so a given id
    that happens to be another id's digest never lands on the same IRI.
    """
    if _SAFE_LOCAL.fullmatch(local):
        return URIRef(f"{namespace}{local}")
    digest = mint_iri(namespace, local)[len(str(namespace)) :]
    return URIRef(f"{namespace}_{digest}")


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


def optional_literal(subject: URIRef, predicate: URIRef, text: str) -> Iterator[Triple]:
    """Yield one literal triple unless the (cleaned) text is empty."""
    lit = _literal(text)
    if lit is not None:
        yield subject, predicate, lit


def actor_triples(
    actor_id: str, text: str, label: str, actor_type: str, code: str = ""
) -> Iterator[Triple]:
    """Yield the description of one actor: types, label, id and type name.

    Args:
        actor_id: Canonical id ("" falls back to a slug of ``text``).
        text: The actor as written in the sentence.
        label: Canonical label ("" falls back to ``text``).
        actor_type: One of ``model.ACTOR_TYPES`` or "".
        code: The event's CAMEO-style code for it. Written as ``ng:countryCode`` and
            ``ng:sector`` only for generic agents (``iraq/police``), whose id fixes
            both; gazetteer actors get theirs from the gazetteer (a person's code
            changes with the date, so it stays on the event).

    Yields:
        Triples about ``actor:<id>``.
    """
    yield from _actor_triples(actor_id, text, label, actor_type, code if "/" in actor_id else "")


@lru_cache(maxsize=4096)
def _actor_triples(
    actor_id: str, text: str, label: str, actor_type: str, code: str
) -> tuple[Triple, ...]:
    """Return :func:`actor_triples` as a tuple (cached: actors recur across events)."""
    return tuple(_describe_actor(actor_id, text, label, actor_type, code))


def _describe_actor(
    actor_id: str, text: str, label: str, actor_type: str, code: str
) -> Iterator[Triple]:
    iri = actor_iri(actor_id, text)
    yield iri, RDF.type, NG.Actor
    if actor_type in ACTOR_CLASSES:
        yield iri, RDF.type, ACTOR_CLASSES[actor_type]
    yield from optional_literal(iri, RDFS.label, label or text)
    yield from optional_literal(iri, NG.actorId, actor_key(actor_id, text))
    yield from optional_literal(iri, NG.actorType, actor_type)
    if len(code) == 6:  # "IRQCOP"; "---UAF" has no country
        yield from optional_literal(iri, NG.countryCode, code[:3].strip("-"))
        yield from optional_literal(iri, NG.sector, code[3:])
    if actor_type == "location" and actor_id and (known := get_place(actor_id)):
        # A place that is acted upon ("the SDF surrounded Raqqa") is also a place
        # node with coordinates, so place queries can centre on it.
        yield iri, NG.place, place_iri(actor_id)
        yield from place_triples(known)


@lru_cache(maxsize=4096)
def place_description(place: URIRef, location_id: str, text: str) -> tuple[Triple, ...]:
    """Return a GeoNames-linked place with coordinates, or a bare labelled place.

    Cached: the same places recur across events and documents.
    """
    known = get_place(location_id)
    if known is not None:
        return tuple(place_triples(known))
    return ((place, RDF.type, SEM.Place), *optional_literal(place, RDFS.label, text or location_id))
