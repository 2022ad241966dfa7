"""The on-disk Oxigraph store: per-document named graphs, hashes, queries, exports."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

from graph.errors import GraphFileError, QueryError
from graph.model import Article, Event, Provenance
from graph.pipeline import build_into_store
from graph.query import query_store, run_query
from graph.rdf import add_document, new_dataset
from graph.store import bind_terms, open_graph
from graph.store.oxigraph import (
    INDEX_GRAPH,
    bulk_load_nquads,
    compact_if_grown,
    content_hash,
    document_ids,
    export_store,
    graph_iri,
    has_document,
    is_store,
    open_store,
    put_document,
    put_nquads,
    remove_documents,
    stored_hashes,
)
from graph.vocab import ACTOR, ACTOR_GRAPH, EVENT, GRAPH, NG


def doc_graph(doc_id: str, actor: str, target: str) -> Graph:
    """Return a small hand-made document graph: one event actor -> target."""
    kg = Graph(identifier=URIRef(graph_iri(doc_id)))
    ev = EVENT[f"{doc_id}-1"]
    kg.add((ev, RDF.type, NG.Event))
    kg.add((ev, NG.actor, ACTOR[actor]))
    kg.add((ev, NG.target, ACTOR[target]))
    kg.add((ev, NG.action, Literal("attack")))
    kg.add((ACTOR[actor], RDFS.label, Literal(actor.title())))
    kg.add((ACTOR[actor], NG.interactsWith, ACTOR[target]))
    return kg


EVENTS_OF = "SELECT ?ev WHERE { ?ev ng:actor ?actor }"


@pytest.fixture
def store(tmp_path: Path) -> ox.Store:
    st = open_store(tmp_path / "store")
    put_document(st, "a", doc_graph("a", "russia", "isis"), "hash-a")
    put_document(st, "b", doc_graph("b", "turkey", "pkk"), "hash-b")
    return st


def test_documents_are_named_graphs(store):
    assert document_ids(store) == ["a", "b"]
    rows = query_store(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert rows == [{"n": str(2 * 6 + 2)}]  # two documents + two index triples


def test_stored_hashes(store):
    assert stored_hashes(store) == {"a": "hash-a", "b": "hash-b"}


def test_has_document_checks_the_hash(store):
    assert has_document(store, "a", "hash-a")
    assert not has_document(store, "a", "hash-other")
    assert has_document(store, "a")
    assert not has_document(store, "c")


def test_put_replaces_one_document_and_leaves_the_other(store):
    before_b = set(store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri("b"))))
    put_document(store, "a", doc_graph("a", "syria", "isis"), "hash-a2")
    assert query_store(store, EVENTS_OF, params={"actor": f"<{ACTOR.russia}>"}) == []
    assert len(query_store(store, EVENTS_OF, params={"actor": f"<{ACTOR.syria}>"})) == 1
    assert set(store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri("b")))) == before_b
    assert has_document(store, "a", "hash-a2") and not has_document(store, "a", "hash-a")


def test_remove_deletes_only_the_named_documents(store):
    assert remove_documents(store, ["a", "missing"]) == ["a"]
    assert document_ids(store) == ["b"]
    assert not has_document(store, "a")
    assert len(query_store(store, EVENTS_OF, params={"actor": f"<{ACTOR.turkey}>"})) == 1


def test_params_are_bound_as_terms_not_pasted(store):
    sneaky = 'x" } UNION { ?ev ?p ?o } #'
    rows = query_store(store, "SELECT ?s WHERE { ?s rdfs:label ?label }", params={"label": sneaky})
    assert rows == []
    rows = query_store(
        store, "SELECT ?s WHERE { ?s rdfs:label ?label }", params={"label": "Russia"}
    )
    assert rows == [{"s": str(ACTOR.russia)}]


def test_query_errors_are_query_errors(store):
    with pytest.raises(QueryError, match="cannot parse query"):
        query_store(store, "SELECT ?s WHERE { ?s ?p }")
    with pytest.raises(QueryError, match="unknown named query 'no-such-query'"):
        query_store(store, "no-such-query")


def test_ask_and_construct_rows(store):
    assert query_store(store, "ASK { ?s ng:actor actor:russia }") == [{"ask": "true"}]
    sparql = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l FILTER(?l = 'Turkey') }"
    rows = query_store(store, sparql)
    assert rows == [
        {"subject": str(ACTOR.turkey), "predicate": str(RDFS.label), "object": "Turkey"}
    ]


def test_unbound_variables_are_empty_strings(store):
    sparql = "SELECT ?ev ?at WHERE { ?ev ng:actor actor:russia OPTIONAL { ?ev sem:hasPlace ?at } }"
    rows = query_store(store, sparql)
    assert rows == [{"ev": str(EVENT["a-1"]), "at": ""}]


def test_store_persists_on_disk(tmp_path):
    path = tmp_path / "store"
    st = open_store(path)
    put_document(st, "a", doc_graph("a", "russia", "isis"), "h")
    del st
    assert is_store(path) and not is_store(tmp_path)
    assert has_document(open_store(path, read_only=True), "a", "h")


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_export_round_trip_leaves_out_the_index(store, tmp_path, suffix):
    out = export_store(store, tmp_path / f"kg{suffix}")
    fmt = {".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld"}[suffix]
    kg = Dataset()
    kg.parse(out, format=fmt)
    names = {str(g.identifier) for g in kg.graphs() if len(g)}
    assert names == {graph_iri("a"), graph_iri("b")}
    assert INDEX_GRAPH not in names
    assert isomorphic(kg.graph(URIRef(graph_iri("a"))), doc_graph("a", "russia", "isis"))


def test_export_refuses_unknown_format(store, tmp_path):
    with pytest.raises(GraphFileError, match=r"cannot export to .*kg\.ttl: unknown format"):
        export_store(store, tmp_path / "kg.ttl")


def nquads_of(*graphs: Graph) -> str:
    kg = Dataset()
    for g in graphs:
        target = kg.graph(g.identifier)
        for triple in g:
            target.add(triple)
    return kg.serialize(format="nquads")


def test_put_nquads_replaces_the_documents_of_a_shard(store):
    shard = nquads_of(doc_graph("a", "iran", "israel"), doc_graph("c", "mali", "france"))
    assert put_nquads(store, shard, {"a": "h2", "c": "h3"}) == ["a", "c"]
    assert document_ids(store) == ["a", "b", "c"]
    assert has_document(store, "c", "h3") and has_document(store, "b", "hash-b")
    assert query_store(store, EVENTS_OF, params={"actor": f"<{ACTOR.russia}>"}) == []


def test_put_nquads_rejects_garbage(store):
    with pytest.raises(GraphFileError, match="cannot read N-Quads shard"):
        put_nquads(store, "this is not rdf", {})


def test_bulk_load_shards(tmp_path):
    shard = tmp_path / "part-0.nq"
    shard.write_text(nquads_of(doc_graph("a", "russia", "isis")), encoding="utf-8")
    st = open_store(tmp_path / "store")
    bulk_load_nquads(st, [shard], hashes={"a": "h"})
    assert document_ids(st) == ["a"] and has_document(st, "a", "h")
    with pytest.raises(GraphFileError, match="cannot load shard"):
        bulk_load_nquads(st, [tmp_path / "missing.nq"])


def test_compacts_only_after_writing_a_good_part_of_the_store(store):
    before = sorted(str(r["ev"]) for r in query_store(store, EVENTS_OF))
    assert not compact_if_grown(store, 0, minimum=0)
    assert not compact_if_grown(store, 1)  # a small write: not worth rewriting the store
    assert compact_if_grown(store, 1, minimum=1)  # 1 written, 2 stored
    for i in range(10):
        put_document(store, f"d{i}", doc_graph(f"d{i}", f"actor{i}", "isis"), f"hash-{i}")
    assert not compact_if_grown(store, 2, minimum=1)  # 2 written, 12 stored
    assert compact_if_grown(store, 3, minimum=1)
    after = {str(r["ev"]) for r in query_store(store, EVENTS_OF)}
    assert set(before) <= after and len(after) == len(before) + 10


def test_open_graph_is_an_rdflib_view(tmp_path):
    st = open_store(tmp_path / "store")
    put_document(st, "b", doc_graph("b", "turkey", "pkk"), "h")
    del st  # a read-only view must not share the store with a live writer
    kg = open_graph(tmp_path / "store")
    result = kg.query("SELECT ?ev WHERE { ?ev ng:actor ?a }", initBindings={"a": ACTOR.turkey})
    assert [str(row[0]) for row in result] == [str(EVENT["b-1"])]  # type: ignore[index]
    assert len(Graph(store=kg.store, identifier=URIRef(graph_iri("b")))) == 6


def test_put_nquads_merges_shared_graphs(store):
    actors = Graph(identifier=ACTOR_GRAPH)
    actors.add((ACTOR.mali, RDFS.label, Literal("Mali")))
    put_nquads(store, nquads_of(actors, doc_graph("c", "mali", "france")), {"c": "h"})
    more = Graph(identifier=ACTOR_GRAPH)
    more.add((ACTOR.chad, RDFS.label, Literal("Chad")))
    put_nquads(store, nquads_of(more, doc_graph("d", "chad", "libya")), {"d": "h"})
    rows = query_store(store, f"SELECT ?l WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a ?p ?l }} }}")
    assert sorted(r["l"] for r in rows) == ["Chad", "Mali"]
    assert document_ids(store) == ["a", "b", "c", "d"]


def test_a_document_called_actors_keeps_its_own_graph(tmp_path, store):
    (tmp_path / "actors.txt").write_text("Russia bombed Aleppo on Monday.\n", encoding="utf-8")
    build_into_store(store, [tmp_path / "actors.txt"])
    assert document_ids(store) == ["a", "actors", "b"]
    own = query_store(
        store, f"SELECT ?s WHERE {{ GRAPH <{graph_iri('actors')}> {{ ?s a ng:Event }} }}"
    )
    described = query_store(
        store, f"SELECT ?c WHERE {{ GRAPH <{ACTOR_GRAPH}> {{ ?a ng:countryCode ?c }} }}"
    )
    # every gazetteer actor the store's documents use is described, those of the
    # documents written before (a, b) included
    assert len(own) == 1 and {r["c"] for r in described} == {"RUS", "IRQ", "TUR"}


def test_content_hash_covers_text_and_extractor():
    one = Article(doc_id="a", source="a.txt", text="Russia attacked Aleppo.")
    assert content_hash(one) == content_hash(Article(doc_id="a", source="a.txt", text=one.text))
    assert content_hash(one) != content_hash(Article(doc_id="a", source="a.txt", text="Other."))
    assert content_hash(one) != content_hash(one, extractor="other")


PARITY_PARAMS = {
    "actions-by": [{"actor": "Russia"}, {"actor": "syrian-rebels"}, {"actor": f"<{ACTOR.isis}>"}],
    "events-at": [{"place": "Aleppo"}, {"place": "raqqa"}],
    "two-hop": [{"actor": "Russia"}, {"actor": "isis"}],
    "sources": [{"actor": "United States", "target": "syrian-rebels"}],
    "near": [{"place": "Raqqa", "km": "300"}],
    "actions-on": [{"target": "ISIS"}, {"target": "syrian-rebels", "from": "2015"}],
    "between": [{"actor": "Syrian rebels", "other": "united-states"}],
    "timeline": [{"actor": "Russia"}, {"actor": "Russia", "to": "2015-10"}],
    "actors": [{}, {"type": "country"}],
}


def tiny_store(tiny_kg: Dataset, path: Path) -> ox.Store:
    st = open_store(path)
    for ctx in tiny_kg.graphs():
        name = str(ctx.identifier)
        if len(ctx) and name.startswith(str(GRAPH)):
            put_document(st, name.rsplit("/", 1)[1], Graph(tiny_kg.store, ctx.identifier), "h")
    return st


def named_cases() -> list[tuple[str, dict[str, str]]]:
    from graph.query import list_queries, load_named_query

    cases = []
    for name in list_queries():
        if load_named_query(name).required or name in PARITY_PARAMS:
            cases += [(name, params) for params in PARITY_PARAMS.get(name, [])]
        else:
            cases.append((name, {}))
    return cases


def canonical(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Oxigraph returns doubles in canonical form ("1" for "1.0"): compare numbers as numbers."""
    return [{k: str(float(v)) if k == "confidence" else v for k, v in r.items()} for r in rows]


@pytest.mark.parametrize(("name", "params"), named_cases())
def test_named_queries_give_the_same_rows_as_rdflib(tiny_kg, tmp_path, name, params):
    from graph.query import run_query

    st = tiny_store(tiny_kg, tmp_path / "store")
    expected = run_query(tiny_kg, name, params=params)
    assert canonical(query_store(st, name, params=params)) == canonical(expected)
    assert expected or name == "near"  # every case but near finds something in tiny_kg


def test_bind_terms_rewrites_variables_only():
    text = "SELECT ?x WHERE { ?x rdfs:label ?name . FILTER(?name != '?name') } # ?name\n"
    out = bind_terms(text, {"name": ox.Literal('a"b')})
    assert (
        out == 'SELECT ?x WHERE { ?x rdfs:label "a\\"b" . FILTER("a\\"b" != \'?name\') } # ?name\n'
    )


def test_a_projected_parameter_still_binds(store):
    rows = query_store(
        store, "SELECT ?a WHERE { ?e ng:actor ?a }", params={"a": f"<{ACTOR.turkey}>"}
    )
    assert rows == [{"a": str(ACTOR.turkey)}]


def test_default_graph_is_the_merge_of_the_documents(tmp_path):
    st = open_store(tmp_path / "store")
    put_document(st, "a", doc_graph("a", "russia", "isis"), "h")
    put_document(st, "b", doc_graph("b", "russia", "pkk"), "h")
    label = "SELECT ?l WHERE { actor:russia rdfs:label ?l }"
    assert query_store(st, label) == [{"l": "Russia"}]  # once, though in two documents
    remove_documents(st, ["a"])
    assert query_store(st, label) == [{"l": "Russia"}]  # still described by b
    assert query_store(st, "ASK { ?e ng:target actor:isis }") == [{"ask": "false"}]
    put_document(st, "b", doc_graph("b", "turkey", "pkk"), "h2")
    assert query_store(st, label) == []


@pytest.mark.slow
def test_incremental_build_into_a_store_matches_build_graph(seeds_dir, tmp_path):
    from graph.pipeline import build_graph

    st = open_store(tmp_path / "store")
    first = build_into_store(st, [seeds_dir])
    assert first.documents == 2 and first.skipped == 0 and first.events > 0
    again = build_into_store(st, [seeds_dir])
    assert again.documents == 0 and again.skipped == 2
    exported = export_store(st, tmp_path / "kg.nq").read_text(encoding="utf-8")
    single = build_graph([seeds_dir]).serialize(format="nquads")
    assert canonical_quads(exported) == canonical_quads(single)


def canonical_quads(nquads: str) -> set[str]:
    """Return the quads as Oxigraph stores them (numbers in canonical form: "44.0" -> "44")."""
    st = ox.Store()
    st.load(nquads, ox.RdfFormat.N_QUADS)
    return {str(q) for q in st if not isinstance(q.graph_name, ox.DefaultGraph)}


def as_term(value: str) -> URIRef | Literal:
    return URIRef(value[1:-1]) if value.startswith("<") else Literal(value)


@pytest.mark.parametrize(("name", "params"), named_cases())
def test_the_rdflib_view_runs_named_queries_like_query_store(tiny_kg, tmp_path, name, params):
    from graph.query import load_named_query

    st = tiny_store(tiny_kg, tmp_path / "store")
    named = load_named_query(name)
    bindings = {named.params[k]: as_term(v) for k, v in params.items()}
    via_view = list(open_graph(st).query(named.text, initBindings=bindings))
    assert len(via_view) == len(query_store(st, name, params=params))


PLACES_WRITTEN = ["Niger", "Nigeria", "eastern Aleppo", "Aleppo's outskirts", "Town 30", "Town 3"]


def located_events() -> tuple[Article, list[Event]]:
    """One document with an event at each of PLACES_WRITTEN (as the sentence writes them)."""
    article = Article(doc_id="p", source="p.txt", text="x" * 400)
    events = []
    for i, place in enumerate(PLACES_WRITTEN):
        sentence = f"Troops moved in {place}."
        prov = Provenance("p", "p.txt", i, i * 40, i * 40 + len(sentence), sentence)
        events.append(
            Event(actor="Troops", action="move", target="", provenance=prov, location=place)
        )
    return article, events


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Niger", ["Niger"]),
        ("aleppo", ["Aleppo's outskirts", "eastern Aleppo"]),
        ("Town 3", ["Town 3"]),
        ("town", ["Town 3", "Town 30"]),
        ("Nige", []),
    ],
)
def test_events_at_matches_whole_words_in_both_engines(tmp_path, name, expected):
    kg = new_dataset()
    add_document(kg, *located_events())
    store = open_store(tmp_path / "store")
    put_document(store, "p", kg.graph(URIRef(graph_iri("p"))), "h")
    for rows in (
        run_query(kg, "events-at", params={"place": name}),
        query_store(store, "events-at", params={"place": name}),
    ):
        assert sorted(row["place"] for row in rows) == expected
