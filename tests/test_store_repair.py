"""A rebuild restores what a damaged store lost, even where the content hash survived."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
from spacy.language import Language

from graph.ingest import load_articles
from graph.pipeline import build_into_store
from graph.query.oxigraph import query_store
from graph.store.oxigraph import (
    content_hash,
    graph_iri,
    has_document,
    open_store,
    stored_hashes,
)

# Written for this test.
RECORDS = [
    {"id": "keep", "text": "Jordanian border guards stopped a convoy near Ramtha."},
    {"id": "lost", "text": "Kenyan police dispersed protesters in Nairobi on Tuesday."},
]


def _count(store: ox.Store, doc_id: str) -> int:
    rows = query_store(
        store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph_iri(doc_id)}> {{ ?s ?p ?o }} }}"
    )
    return int(rows[0]["n"])


def test_a_graph_emptied_under_its_hash_is_built_again(nlp: Language, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    store = open_store(tmp_path / "store")
    build_into_store(store, [corpus])
    full = _count(store, "lost")
    # What a lost write can leave: the hash in the index, the graph's statements gone.
    store.update(f"DELETE WHERE {{ GRAPH <{graph_iri('lost')}> {{ ?s ?p ?o }} }}")
    lost = next(a for a in load_articles([corpus]) if a.doc_id == "lost")
    assert not has_document(store, "lost", content_hash(lost))
    assert set(stored_hashes(store)) == {"keep"}  # what a Dask build would skip
    stats = build_into_store(store, [corpus])
    assert (stats.documents, stats.skipped) == (1, 1)
    assert _count(store, "lost") == full
