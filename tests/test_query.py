"""query.py: named queries on the tiny graph, parameters as terms, errors, stats."""

from __future__ import annotations

import pytest

from graph.errors import QueryError
from graph.model import Article, Event, Provenance
from graph.query import graph_stats, list_queries, load_named_query, run_query
from graph.rdf import add_document, new_dataset

INJECTIONS = [
    'x" } ; DROP ALL ; #',
    "x' } ; DROP ALL ; #",
    'Russia" || true || "',
    "?actorName",
    "<https://w3id.org/newsgraph/actor/russia> } ; DROP ALL ; #",
    "\\u0022 ) } DELETE WHERE { ?s ?p ?o } #",
]


def _pick(rows: list[dict[str, str]], *keys: str) -> list[tuple[str, ...]]:
    return [tuple(row[k] for k in keys) for row in rows]


def test_at_least_five_named_queries_with_descriptions():
    queries = list_queries()
    assert {"who-did-what", "actions-by", "events-at", "two-hop", "sources"} <= set(queries)
    assert all(desc and not desc.startswith("#") for desc in queries.values())
    assert queries["two-hop"].startswith("Actors within two hops")


def test_named_query_parameters_are_declared():
    dates = {"from": "fromDate", "to": "toDate"}
    assert load_named_query("who-did-what").params == dates
    assert load_named_query("top-actors").params == {}
    assert load_named_query("actions-by").params == {"actor": "actorName", **dates}
    assert load_named_query("sources").params == {
        "actor": "actorName",
        "target": "targetName",
        **dates,
    }
    assert load_named_query("sources").required == ["actor", "target"]


def test_who_did_what(tiny_kg):
    rows = run_query(tiny_kg, "who-did-what")
    assert _pick(rows, "doc", "actor", "action", "target", "polarity", "modality") == [
        ("d1", "Russia", "bomb", "Syrian rebels", "pos", "asserted"),
        ("d1", "Syrian rebels", "attack", "Damascus", "neg", "asserted"),
        ("d1", "United States", "strike", "Russia", "pos", "hypothetical"),
        ("d2", "Syrian rebels", "clash with", "ISIS", "pos", "asserted"),
        ("d2", "United States", "back", "Syrian rebels", "pos", "asserted"),
        ("d2", "ISIS", "retreat", "", "pos", "asserted"),
    ]
    first = rows[0]
    assert first["place"] == "eastern Aleppo" and first["time"] == "Tuesday"
    assert first["actionClass"] == "ASSAULT" and first["confidence"] == "0.9"
    assert first["sentence"] == "Russia bombed rebels in eastern Aleppo on Tuesday."
    assert first["event"].startswith("https://w3id.org/newsgraph/event/")
    assert rows[1]["place"] == "" and rows[4]["attribution"] == "officials"


@pytest.mark.parametrize(
    "actor", ["Russia", "russia", "RUSSIA", "<https://w3id.org/newsgraph/actor/russia>"]
)
def test_actions_by_accepts_label_id_or_iri(tiny_kg, actor):
    rows = run_query(tiny_kg, "actions-by", params={"actor": actor})
    assert _pick(rows, "actor", "action", "actionClass", "target", "doc") == [
        ("Russia", "bomb", "ASSAULT", "Syrian rebels", "d1")
    ]


def test_actions_by_lists_negated_events_with_their_polarity(tiny_kg):
    rows = run_query(tiny_kg, "actions-by", params={"actor": "syrian-rebels"})
    assert _pick(rows, "action", "target", "polarity") == [
        ("attack", "Damascus", "neg"),
        ("clash with", "ISIS", "pos"),
    ]


@pytest.mark.parametrize("place, expected", [("aleppo", ["bomb"]), ("RAQQA", ["clash with"])])
def test_events_at(tiny_kg, place, expected):
    rows = run_query(tiny_kg, "events-at", params={"place": place})
    assert [row["action"] for row in rows] == expected


def test_events_at_unknown_place_is_empty(tiny_kg):
    assert run_query(tiny_kg, "events-at", params={"place": "Mosul"}) == []


def test_two_hop_follows_only_factual_edges(tiny_kg):
    rows = run_query(tiny_kg, "two-hop", params={"actor": "Russia"})
    assert _pick(rows, "actor", "hops", "via") == [
        ("Syrian rebels", "1", ""),
        ("ISIS", "2", "Syrian rebels"),
        ("United States", "2", "Syrian rebels"),
    ]
    damascus = run_query(tiny_kg, "two-hop", params={"actor": "damascus"})
    assert damascus == []  # only reached by a negated event


def test_sources_behind_a_pair(tiny_kg):
    rows = run_query(tiny_kg, "sources", params={"actor": "United States", "target": "rebels"})
    assert rows == []  # "rebels" is neither label nor id
    rows = run_query(
        tiny_kg, "sources", params={"actor": "united states", "target": "syrian-rebels"}
    )
    assert _pick(rows, "action", "sentence", "sentenceIndex", "doc", "source", "headline") == [
        ("back", "The US backed the rebels.", "1", "d2", "d2.txt", "Title d2")
    ]
    assert rows[0]["startChar"] == "44" and rows[0]["endChar"] == "69"


def test_sources_include_non_factual_events(tiny_kg):
    rows = run_query(tiny_kg, "sources", params={"actor": "United States", "target": "Russia"})
    assert _pick(rows, "action", "modality") == [("strike", "hypothetical")]


def test_top_actors(tiny_kg):
    rows = run_query(tiny_kg, "top-actors")
    assert _pick(rows, "actor", "events", "asActor", "asTarget")[:2] == [
        ("Syrian rebels", "4", "2", "2"),
        ("ISIS", "2", "1", "1"),
    ]
    assert rows[0]["actorType"] == "armed-group"


def test_action_classes(tiny_kg):
    rows = run_query(tiny_kg, "action-classes")
    assert _pick(rows, "actionClass", "events", "factual")[0] == ("ASSAULT", "3", "1")


@pytest.mark.parametrize("name", sorted(list_queries()))
def test_every_named_query_runs_on_an_empty_graph(name):
    params = dict.fromkeys(load_named_query(name).params, "x")
    rows = run_query(new_dataset(), name, params=params)
    assert rows == [] or all(v in ("", "0") for row in rows for v in row.values())


@pytest.mark.parametrize("value", INJECTIONS)
def test_parameters_cannot_inject(tiny_kg, value):
    before = len(tiny_kg)
    for name in ("actions-by", "two-hop"):
        assert run_query(tiny_kg, name, params={"actor": value}) == []
    assert run_query(tiny_kg, "events-at", params={"place": value}) == []
    assert len(tiny_kg) == before


def test_inline_query_with_prefixes_and_params(tiny_kg):
    query = "SELECT ?a WHERE { ?a a ng:Actor ; rdfs:label ?name }"
    assert run_query(tiny_kg, query, params={"name": "ISIS"}) == [
        {"a": "https://w3id.org/newsgraph/actor/isis"}
    ]
    query = "SELECT ?l WHERE { ?a rdfs:label ?l }"
    iri = "<https://w3id.org/newsgraph/actor/isis>"
    assert run_query(tiny_kg, query, params={"a": iri}) == [{"l": "ISIS"}]
    assert run_query(tiny_kg, query, params={"a": 'x" } #'}) == []


def test_unbound_values_are_empty_strings(tiny_kg):
    query = "SELECT ?e ?t WHERE { ?e ng:action 'retreat' OPTIONAL { ?e ng:target ?t } }"
    rows = run_query(tiny_kg, query)
    assert len(rows) == 1 and rows[0]["t"] == ""


def test_ask_and_construct(tiny_kg):
    assert run_query(tiny_kg, "ASK { actor:russia ng:interactsWith actor:syrian-rebels }") == [
        {"ask": "true"}
    ]
    rows = run_query(
        tiny_kg, "CONSTRUCT { ?a ng:interactsWith ?b } WHERE { ?b ng:interactsWith ?a }"
    )
    assert len(rows) == 3 and set(rows[0]) == {"subject", "predicate", "object"}


def test_syntax_error_gives_the_position(tiny_kg):
    with pytest.raises(QueryError) as err:
        run_query(tiny_kg, "SELECT ?s WHERE {\n  ?s ?p ?o }\nORDER ?s")
    assert str(err.value) == (
        "cannot parse query (inline): syntax error at line 3, column 1 near 'ORDER ?s': expected BY"
    )


def test_syntax_error_says_what_was_expected(tiny_kg):
    with pytest.raises(QueryError, match=r"line 1, column 1 .*: expected SELECT, CONSTRUCT"):
        run_query(tiny_kg, "SELEC ?s WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match=r"line 1, column 19 near '\?s ng:p }': expected one of"):
        run_query(tiny_kg, "SELECT ?s WHERE { ?s ng:p }")


def test_unknown_prefix(tiny_kg):
    with pytest.raises(QueryError, match=r"^cannot compile query \(inline\): unknown prefix foo\."):
        run_query(tiny_kg, "SELECT ?s WHERE { ?s foo:bar ?o }")


@pytest.mark.parametrize(
    "update",
    [
        "DROP ALL",
        "CLEAR DEFAULT",
        "INSERT DATA { actor:x ng:interactsWith actor:y }",
        "DELETE WHERE { ?s ?p ?o }",
    ],
)
def test_update_is_refused(tiny_kg, update):
    before = len(tiny_kg)
    with pytest.raises(QueryError) as err:
        run_query(tiny_kg, update)
    assert str(err.value).startswith(
        "refused to run query (inline): it is a SPARQL Update and would change the graph. "
        "Hint: add --allow-update if you mean it"
    )
    assert len(tiny_kg) == before


def test_update_runs_when_allowed(tiny_kg):
    update = "INSERT DATA { actor:x ng:interactsWith actor:y }"
    assert run_query(tiny_kg, update, allow_update=True) == []
    assert run_query(tiny_kg, "ASK { actor:x ng:interactsWith actor:y }") == [{"ask": "true"}]
    assert tiny_kg.default_union
    # (rdflib ignores the short form DELETE WHERE { GRAPH ?g { ... } })
    edge = "GRAPH ?g { ?a ng:interactsWith ?b }"
    delete = f"DELETE {{ {edge} }} WHERE {{ {edge} }}"
    assert run_query(tiny_kg, delete, allow_update=True) == []
    assert run_query(tiny_kg, "SELECT ?a WHERE { ?a ng:interactsWith ?b }") == [
        {"a": "https://w3id.org/newsgraph/actor/x"}
    ]


def test_unknown_named_query_lists_known_ones(tiny_kg):
    with pytest.raises(QueryError, match=r"unknown named query 'nope'. Hint: known queries are "):
        run_query(tiny_kg, "nope")
    with pytest.raises(QueryError, match="who-did-what"):
        run_query(tiny_kg, "nope")


def test_parameter_errors(tiny_kg):
    with pytest.raises(QueryError, match="cannot run query actions-by: missing parameter 'actor'"):
        run_query(tiny_kg, "actions-by")
    with pytest.raises(QueryError, match="unknown parameter 'who'. Hint: its parameters are actor"):
        run_query(tiny_kg, "actions-by", params={"actor": "x", "who": "y"})
    with pytest.raises(QueryError, match=r"cannot run query \(inline\): unknown parameter 'zz'"):
        run_query(tiny_kg, "SELECT ?s WHERE { ?s ?p ?o }", params={"zz": "1"})


def test_empty_query(tiny_kg):
    with pytest.raises(QueryError, match="the query is empty"):
        run_query(tiny_kg, "  \n")


def test_graph_stats(tiny_kg):
    stats = graph_stats(tiny_kg, top=3)
    assert {k: stats[k] for k in ("documents", "sentences", "events", "actors")} == {
        "documents": 2,
        "sentences": 6,
        "events": 6,
        "actors": 5,
    }
    distinct = {(s, p, o) for s, p, o, _ in tiny_kg.quads()}
    assert stats["triples"] == len(distinct)
    assert stats["top_actors"] == [("Syrian rebels", 4), ("ISIS", 2), ("Russia", 2)]
    assert stats["top_actions"][0] == ("attack", 1)
    assert stats["top_action_classes"] == [("ASSAULT", 3), ("FIGHT", 1), ("RETREAT", 1)]


def test_graph_stats_counts_every_sentence_of_a_document_that_says_how_many(tiny_kg, tiny_docs):
    article, events = tiny_docs[0]
    add_document(tiny_kg, article, events, sentences=10)  # d1 now says it has 10
    # d1's 10 and d2's 3 stored sentences (it was written without a count)
    assert graph_stats(tiny_kg)["sentences"] == 13


def test_two_hop_lists_intermediaries_for_a_triangle(tiny_kg, tiny_docs):
    text = "The US struck ISIS."
    prov = Provenance("d3", "d3.txt", 0, 0, len(text), text)
    event = Event(
        "The US",
        "strike",
        "ISIS",
        prov,
        actor_id="united-states",
        target_id="isis",
        actor_label="United States",
        target_label="ISIS",
    )
    add_document(tiny_kg, Article("d3", "d3.txt", text), [event])
    rows = run_query(tiny_kg, "two-hop", params={"actor": "Syrian rebels"})
    assert _pick(rows, "actor", "hops", "via") == [
        ("ISIS", "1", "United States"),
        ("Russia", "1", ""),
        ("United States", "1", "ISIS"),
    ]


def test_two_hop_gives_the_first_intermediary_and_how_many(tiny_kg):
    for doc_id, text, actor, actor_id, label in [
        ("d3", "The US struck ISIS.", "The US", "united-states", "United States"),
        ("d5", "Russia struck ISIS.", "Russia", "russia", "Russia"),
    ]:
        prov = Provenance(doc_id, f"{doc_id}.txt", 0, 0, len(text), text)
        event = Event(
            actor,
            "strike",
            "ISIS",
            prov,
            actor_id=actor_id,
            target_id="isis",
            actor_label=label,
            target_label="ISIS",
        )
        add_document(tiny_kg, Article(doc_id, f"{doc_id}.txt", text), [event])
    rows = run_query(tiny_kg, "two-hop", params={"actor": "Syrian rebels"})
    # ISIS: direct, and two-hop through Russia and the United States
    assert _pick(rows, "actor", "hops", "via", "viaCount") == [
        ("ISIS", "1", "Russia", "2"),
        ("Russia", "1", "ISIS", "1"),
        ("United States", "1", "ISIS", "1"),
    ]
    rows = run_query(tiny_kg, "two-hop", params={"actor": "damascus"})
    assert rows == []


def test_timeout(tiny_kg):
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"  # ~25,000 rows
    with pytest.raises(QueryError, match=r"^query \(inline\) timed out after 0.001 s. Hint: "):
        run_query(tiny_kg, cross, timeout=0.001)
    assert run_query(tiny_kg, "ASK { ?s ?p ?o }", timeout=30) == [{"ask": "true"}]
    with pytest.raises(QueryError, match="unknown prefix nope"):
        run_query(tiny_kg, "SELECT * WHERE { ?s nope:x ?o }", timeout=30)


def test_two_hop_ignores_self_loops(tiny_kg):
    text = "ISIS attacked ISIS."
    prov = Provenance("d4", "d4.txt", 0, 0, len(text), text)
    event = Event("ISIS", "attack", "ISIS", prov, actor_id="isis", target_id="isis")
    add_document(tiny_kg, Article("d4", "d4.txt", text), [event])
    rows = run_query(tiny_kg, "two-hop", params={"actor": "Syrian rebels"})
    assert [row["via"] for row in rows if row["actor"] == "ISIS"] == [""]
    rows = run_query(tiny_kg, "two-hop", params={"actor": "isis"})
    assert "ISIS" not in {row["actor"] for row in rows}


def test_graph_stats_and_top_actors_agree(tiny_kg):
    text = "ISIS attacked ISIS."
    prov = Provenance("d4", "d4.txt", 0, 0, len(text), text)
    event = Event("ISIS", "attack", "ISIS", prov, actor_id="isis", actor_label="ISIS")
    add_document(tiny_kg, Article("d4", "d4.txt", text), [event])
    rows = run_query(tiny_kg, "top-actors")
    from_query = [(row["actor"], int(row["events"])) for row in rows]
    assert from_query[:2] == [("Syrian rebels", 4), ("ISIS", 3)]  # a self-loop counts once
    assert graph_stats(tiny_kg, top=20)["top_actors"] == from_query
