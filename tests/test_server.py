"""A real oxigraph SPARQL server on loopback: push, query over HTTP, replace, stop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDFS

from graph.errors import GraphError, GraphFileError, QueryError
from graph.model import Article, Event, Provenance
from graph.rdf import add_document, new_dataset
from graph.serve.server import (
    Gateway,
    SparqlServer,
    find_free_port,
    push_documents,
    serve,
    sparql_select,
)
from graph.store.oxigraph import graph_iri, open_store, put_document
from graph.vocab import ACTOR, ACTOR_GRAPH

SENTENCE = "Russia attacked Aleppo."


def article_with_event(doc_id: str, actor_id: str, target_id: str) -> tuple[Article, Event]:
    text = SENTENCE
    prov = Provenance(doc_id, f"{doc_id}.txt", 0, 0, len(text), text)
    event = Event(
        actor=actor_id.title(),
        action="attack",
        target=target_id.title(),
        provenance=prov,
        actor_id=actor_id,
        target_id=target_id,
        actor_label=actor_id.title(),
        target_label=target_id.title(),
        actor_type="country",
        target_type="location",
        action_class="ASSAULT",
    )
    return Article(doc_id=doc_id, source=f"{doc_id}.txt", text=text), event


def dataset(*docs: tuple[str, str, str]) -> Dataset:
    kg = new_dataset()
    for doc_id, actor, target in docs:
        article, event = article_with_event(doc_id, actor, target)
        add_document(kg, article, [event])
    return kg


ACTORS_OF_GRAPHS = """PREFIX ng: <https://w3id.org/newsgraph/ontology#>
SELECT ?g ?actor WHERE { GRAPH ?g { ?ev ng:actor ?actor } } ORDER BY ?g
"""

RUSSIA_LABEL = (
    "SELECT ?l WHERE { <https://w3id.org/newsgraph/actor/russia> "
    "<http://www.w3.org/2000/01/rdf-schema#label> ?l }"
)
TRIPLES_IN = "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{}> {{ ?s ?p ?o }} }}"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SparqlServer]:
    srv = SparqlServer(
        tmp_path / "store", port=find_free_port(), read_only=False, union_default_graph=True
    )
    try:
        yield srv.start(timeout=30)
    finally:
        srv.stop()
    assert srv.process is None


def actors_by_graph(srv: SparqlServer | Gateway) -> dict[str, str]:
    rows = sparql_select(srv.query_url, ACTORS_OF_GRAPHS)
    return {row["g"]: row["actor"].rsplit("/", 1)[1] for row in rows}


def test_push_query_replace(server):
    kg = dataset(("a", "russia", "aleppo"), ("b", "turkey", "afrin"))
    pushed = push_documents(kg, server.store_url)
    assert sorted(pushed.added) == [graph_iri("a"), graph_iri("b")]
    assert actors_by_graph(server) == {graph_iri("a"): "russia", graph_iri("b"): "turkey"}
    size_b = sparql_select(server.query_url, TRIPLES_IN.format(graph_iri("b")))

    again = push_documents(dataset(("a", "iran", "homs")), server.store_url)

    assert again.replaced == [graph_iri("a")] and again.deleted == []  # a batch keeps b
    assert actors_by_graph(server) == {graph_iri("a"): "iran", graph_iri("b"): "turkey"}
    assert sparql_select(server.query_url, TRIPLES_IN.format(graph_iri("b"))) == size_b


def test_union_default_graph_over_http(server):
    push_documents(dataset(("a", "russia", "aleppo")), server.store_url)
    assert sparql_select(server.query_url, RUSSIA_LABEL) == [{"l": "Russia"}]


def test_push_from_a_store_skips_the_index(server, tmp_path):
    store = open_store(tmp_path / "local")
    put_document(store, "c", dataset(("c", "mali", "gao")).graph(graph_iri("c")), "h")
    assert push_documents(store, server.store_url).added == [graph_iri("c")]


def test_read_only_server_serves_a_store_and_refuses_writes(tmp_path):
    path = tmp_path / "store"
    store = open_store(path)
    put_document(store, "a", dataset(("a", "russia", "aleppo")).graph(graph_iri("a")), "h")
    put_document(store, "b", dataset(("b", "russia", "homs")).graph(graph_iri("b")), "h")
    del store
    with serve(path, port=find_free_port()) as srv:
        assert actors_by_graph(srv) == {graph_iri("a"): "russia", graph_iri("b"): "russia"}
        labels = sparql_select(srv.query_url, RUSSIA_LABEL)
        assert labels == [{"l": "Russia"}]  # the default graph is the merge: once
        with pytest.raises(GraphFileError, match="cannot push graph .* HTTP 4"):
            push_documents(dataset(("b", "turkey", "afrin")), srv.store_url)
        with pytest.raises(QueryError, match="query failed .* HTTP 400"):
            sparql_select(srv.query_url, "SELECT WHERE {")


def test_serve_needs_an_existing_store(tmp_path):
    with pytest.raises(GraphFileError, match="no such store directory"):
        serve(tmp_path / "missing", port=find_free_port())


def test_push_to_nothing_is_a_clear_error(tmp_path):
    url = f"http://127.0.0.1:{find_free_port()}/store"
    with pytest.raises(GraphFileError, match="is the server running"):
        push_documents(dataset(("a", "russia", "aleppo")), url, timeout=5)


def test_a_second_server_on_a_used_port_fails_fast(server):
    other = SparqlServer(server.store_dir.parent / "other", port=server.port, read_only=False)
    with pytest.raises(GraphError, match="cannot start the SPARQL server"):
        other.start(timeout=10)
    assert other.process is None or other.process.poll() is not None
    other.stop()


def test_actor_descriptions_are_merged_not_replaced(server):
    first, second = dataset(("a", "russia", "aleppo")), dataset(("b", "turkey", "afrin"))
    for kg, actor in ((first, "russia"), (second, "turkey")):
        kg.graph(ACTOR_GRAPH).add((ACTOR[actor], RDFS.comment, Literal(actor)))
        push_documents(kg, server.store_url)
    rows = sparql_select(
        server.query_url, f"SELECT ?c WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a ?p ?c }} }}"
    )
    assert sorted(r["c"] for r in rows) == ["russia", "turkey"]


def test_a_server_that_exits_at_start_reports_why(tmp_path):
    (tmp_path / "not-a-store").mkdir()
    (tmp_path / "not-a-store" / "CURRENT").write_text("garbage\n")
    srv = SparqlServer(tmp_path / "not-a-store", port=find_free_port(), read_only=True)
    with pytest.raises(GraphError, match="cannot start the SPARQL server on http://127.0.0.1:"):
        srv.start(timeout=20)
    assert srv.process is None


def graph_names(srv: SparqlServer) -> set[str]:
    return {row["g"] for row in sparql_select(srv.query_url, "SELECT ?g { GRAPH ?g {} }")}


def test_an_endpoint_with_a_query_string_keeps_it_and_wipes_nothing(server):
    others = dataset(*((f"o{i}", "russia", "homs") for i in range(5)))
    push_documents(others, server.store_url)
    before = graph_names(server)
    kg = dataset(("a", "iran", "homs"))
    report = push_documents(kg, server.store_url + "?x=1", query_url=server.query_url)
    assert report.added == [graph_iri("a")]
    assert graph_names(server) == before | {graph_iri("a")}


@pytest.mark.parametrize("suffix", ["?graph=http://x/g", "?default", "?x=1&default=", "?GRAPH=1"])
def test_an_endpoint_that_names_a_graph_is_refused(server, suffix):
    push_documents(dataset(("o", "russia", "homs")), server.store_url)
    before = graph_names(server)
    kg = dataset(("a", "iran", "homs"))
    if suffix == "?GRAPH=1":  # another parameter, not the Graph Store's: kept, and it works
        push_documents(kg, server.store_url + suffix, query_url=server.query_url)
        assert graph_names(server) == before | {graph_iri("a")}
        return
    with pytest.raises(GraphFileError, match="already names a graph"):
        push_documents(kg, server.store_url + suffix, query_url=server.query_url)
    assert graph_names(server) == before


def test_a_push_whose_effect_is_not_seen_stops_at_once(server, tmp_path):
    # A query endpoint that does not see the writes (another server) stands for a
    # server that put the data elsewhere: the first check fails and the push stops.
    other = SparqlServer(tmp_path / "other", port=find_free_port(), read_only=False)
    with other:
        kg = dataset(("a", "iran", "homs"), ("b", "mali", "gao"))
        with pytest.raises(GraphFileError, match="did not treat the request as a write of that"):
            push_documents(kg, server.store_url, query_url=other.query_url)
    assert len(graph_names(server)) == 1


def test_push_deletes_documents_the_source_no_longer_has(server):
    push_documents(dataset(("a", "russia", "homs"), ("b", "iran", "homs")), server.store_url)
    foreign = "http://example.org/not-ours"
    kg = dataset(("c", "mali", "gao"))
    kg.graph(URIRef(foreign)).add((ACTOR.x, RDFS.comment, Literal("kept")))
    push_documents(kg, server.store_url)
    report = push_documents(dataset(("a", "russia", "homs")), server.store_url, delete_missing=True)
    assert report.replaced == [graph_iri("a")]
    assert report.deleted == [graph_iri("b"), graph_iri("c")]
    assert graph_names(server) == {graph_iri("a"), foreign}
