"""StoreWriter: batched bulk loads in a background thread, same graphs as one put per document."""

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal
from rdflib.namespace import RDFS

from graph.errors import GraphFileError
from graph.pipeline import BuildOptions, build_into_store
from graph.query.oxigraph import query_store
from graph.rdf.nquads import statements
from graph.store.oxigraph import document_ids, graph_iri, has_document, open_store
from graph.store.writer import StoreWriter
from graph.vocab import ACTOR


def lines(*labels: str) -> list[str]:
    return statements((ACTOR[label.lower()], RDFS.label, Literal(label)) for label in labels)


def labels_in(store: ox.Store, doc_id: str) -> list[str]:
    rows = query_store(
        store, f"SELECT ?l WHERE {{ GRAPH <{graph_iri(doc_id)}> {{ ?a rdfs:label ?l }} }}"
    )
    return sorted(r["l"] for r in rows)


def merged_labels(store: ox.Store) -> list[str]:
    return sorted(r["l"] for r in query_store(store, "SELECT ?l WHERE { ?a rdfs:label ?l }"))


@pytest.mark.parametrize("batch", [1, 2, 100])
def test_documents_land_in_their_graphs_and_the_merge(batch: int) -> None:
    store = open_store(None)
    with StoreWriter(store, batch_documents=batch) as writer:
        writer.put("a", lines("Russia", "Syria"), "ha")
        writer.put("b", lines("Syria", "Turkey"), "hb")
        writer.put("c", lines("Mali"), None)
    assert labels_in(store, "a") == ["Russia", "Syria"]
    assert labels_in(store, "b") == ["Syria", "Turkey"]
    assert merged_labels(store) == ["Mali", "Russia", "Syria", "Turkey"]  # a set, not a bag
    assert has_document(store, "a", "ha") and has_document(store, "b", "hb")
    assert not has_document(store, "c", "anything")  # written without a hash
    assert writer.written == 3


def test_a_changed_document_replaces_its_old_graph(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    with StoreWriter(store) as writer:
        writer.put("a", lines("Russia", "Syria"), "h1")
        writer.put("b", lines("Syria"), "hb")
    with StoreWriter(store) as writer:
        writer.put("a", lines("Iran"), "h2")
    assert labels_in(store, "a") == ["Iran"]
    assert merged_labels(store) == ["Iran", "Syria"]  # Russia left with a's old graph
    assert has_document(store, "a", "h2") and not has_document(store, "a", "h1")


def test_the_same_id_twice_in_one_batch_keeps_the_later(tmp_path: Path) -> None:
    store = open_store(None)
    with StoreWriter(store, batch_documents=10) as writer:
        writer.put("a", lines("Russia"), "h1")
        writer.put("a", lines("Iran"), "h2")
    assert labels_in(store, "a") == ["Iran"]
    assert merged_labels(store) == ["Iran"]


def test_a_failed_batch_is_a_graph_file_error_for_the_caller() -> None:
    store = open_store(None)
    with (
        pytest.raises(GraphFileError, match="cannot write to the store"),
        StoreWriter(store, batch_documents=1) as writer,
    ):
        writer.put("a", ["<not an iri> <p> <o>"], "h")
        writer.put("b", lines("Mali"), "h")
    assert not has_document(store, "a")


def test_an_error_in_the_caller_writes_nothing_pending() -> None:
    store = open_store(None)
    with pytest.raises(KeyError), StoreWriter(store, batch_documents=10) as writer:
        writer.put("a", lines("Russia"), "h")
        raise KeyError("boom")
    assert document_ids(store) == []


def test_build_resumes_from_its_checkpoint_shards(tmp_path: Path, seeds_dir: Path) -> None:
    checkpoint = tmp_path / "partial"
    first = open_store(None)
    done = build_into_store(first, [seeds_dir], checkpoint=checkpoint)
    assert done.documents == 2 and len(list(checkpoint.glob("*.nq"))) == 2
    again = open_store(None)
    resumed = build_into_store(again, [seeds_dir], BuildOptions(resume=True), checkpoint=checkpoint)
    assert resumed.resumed == 2 and resumed.documents == 0
    query = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != ng:storeIndex) }"
    assert sorted(map(str, query_store(first, query))) == sorted(
        map(str, query_store(again, query))
    )
