"""One type per actor across documents (issue 13): the decision, on events, stores, datasets."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from graph.model import Article, Event, Provenance
from graph.normalize.settle import choose_type, settle_types
from graph.rdf import new_dataset
from graph.rdf.triples import add_triples, document_graph_triples
from graph.store.oxigraph import open_store, put_document
from graph.store.settle import settle_dataset_types, settle_store_types
from graph.vocab import ACTOR, ACTOR_CLASSES, NG


@pytest.mark.parametrize(
    "votes, expected",
    [
        ({"person": 1, "other": 5}, "person"),  # "Governor Jane Roe" once, "Jane Roe" five times
        ({"location": 2, "other": 9}, "location"),  # "the village of X" beats bare "X"
        ({"location": 3, "armed-group": 3}, "armed-group"),  # a tie: the group first
        ({"location": 1, "person": 2, "other": 4}, "person"),  # the most documents
        ({"other": 3}, "other"),  # no document found a kind
        ({}, ""),
    ],
)
def test_choose_type(votes, expected):
    assert choose_type(votes) == expected


def _event(
    doc_id: str, actor_id: str, actor_type: str, target_id: str = "", target_type: str = ""
) -> Event:
    sentence = "Jane Roe visited the village."
    return Event(
        actor="Jane Roe",
        action="visit",
        target="the village" if target_id or target_type else "",
        provenance=Provenance(doc_id, f"{doc_id}.txt", 0, 0, len(sentence), sentence),
        actor_id=actor_id,
        actor_type=actor_type,
        target_id=target_id,
        target_type=target_type,
    )


def test_settle_types_counts_documents_not_events():
    events = [
        _event("a", "jane-roe", "person"),
        _event("b", "jane-roe", "other"),
        _event("b", "jane-roe", "other"),
        _event("c", "jane-roe", "other", "jane-roe", "other"),
    ]
    settled = settle_types(events)
    assert [e.actor_type for e in settled] == ["person"] * 4
    assert settled[3].target_type == "person"


def test_settle_types_leaves_unresolved_roles_and_single_types():
    events = [
        _event("a", "kafr-x", "location", "", "unresolved"),
        _event("b", "kafr-x", "location"),
        _event("b", "rex-doe", "other"),
    ]
    settled = settle_types(events)
    assert settled == events


def _doc(doc_id: str, actor_type: str) -> tuple[Article, list[Event]]:
    event = _event(doc_id, "jane-roe", actor_type)
    article = Article(doc_id, f"{doc_id}.txt", event.provenance.sentence)
    return article, [event]


def _types(kg: Graph, actor: URIRef) -> set[str]:
    return {str(o) for o in kg.objects(actor, NG.actorType)}


def _column(store: ox.Store, query: str) -> list[str]:
    rows = store.query(query)
    assert isinstance(rows, ox.QuerySolutions)
    return [str(row[0].value) for row in rows]


def test_settle_store_types_rewrites_every_graph_and_the_merge(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    for doc_id, kind in (("a", "person"), ("b", "other"), ("c", "other")):
        article, events = _doc(doc_id, kind)
        kg = Graph()
        for triple in document_graph_triples(article, events):
            kg.add(triple)
        put_document(store, doc_id, kg, f"hash-{doc_id}")
    assert settle_store_types(store) == 1
    actor = f"<{ACTOR['jane-roe']}>"
    typed = f"{actor} <{NG.actorType}> ?t"
    assert _column(store, f"SELECT DISTINCT ?t WHERE {{ GRAPH ?g {{ {typed} }} }}") == ["person"]
    assert _column(store, f"SELECT ?t WHERE {{ {typed} }}") == ["person"]  # the merge
    classes = _column(store, f"SELECT DISTINCT ?c WHERE {{ GRAPH ?g {{ {actor} a ?c }} }}")
    assert set(classes) == {str(NG.Actor), str(ACTOR_CLASSES["person"])}
    assert settle_store_types(store) == 0  # settled stays settled


def test_settle_dataset_types():
    kg = new_dataset()
    for doc_id, kind in (("a", "location"), ("b", "other")):
        article, events = _doc(doc_id, kind)
        add_triples(kg, doc_id, document_graph_triples(article, events))
    assert settle_dataset_types(kg) == 1
    actor = ACTOR["jane-roe"]
    assert _types(kg, actor) == {"location"}
    assert (actor, RDF.type, ACTOR_CLASSES["other"]) not in kg
    assert (actor, NG.actorType, Literal("other")) not in kg
