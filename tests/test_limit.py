"""Row limits go into the SPARQL the engine runs (graph/query/limit.py, issue 17).

A limit cut in Python after the engine answered costs every row anyway: on a
big store a SPARQL server built, serialised and sent 47,000 who-did-what rows
to a client that showed 20. Servers here are real (oxigraph behind the gateway,
on 127.0.0.1); the graphs are built from hand-made events.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

from graph.cli import cli
from graph.model import Article, Event, Provenance
from graph.query import load_named_query, run_query
from graph.query.answer import answer_query
from graph.query.limit import limit_query, outer_limit
from graph.query.oxigraph import prepare_query
from graph.rdf import add_document, new_dataset
from graph.serve import query_endpoint
from graph.serve.server import find_free_port, serve
from graph.store import open_store, put_document, save_graph
from graph.vocab import GRAPH

EVENTS = 1010  # more than who-did-what's default of 1,000
GROUPS = 30  # more than top-actors' default of 20


def _slice(text: str) -> tuple[int, int | None] | None:
    """Return (offset, limit) of the outermost SELECT as rdflib reads it (None: no slice)."""
    node = prepareQuery(text).algebra["p"]
    if isinstance(node, CompValue) and node.name == "Slice":
        return node.start, node.length
    return None


@pytest.mark.parametrize(
    "text, limit, replace, expected",
    [
        ("SELECT * WHERE { ?s ?p ?o }", 5, False, (0, 5)),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", 5, False, (0, 3)),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 30", 5, False, (0, 5)),
        # a named query's LIMIT is its default: the caller's replaces it
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", 5, True, (0, 5)),
        ("SELECT * WHERE { ?s ?p ?o } limit 3 OFFSET 2", 5, True, (2, 5)),
        ("SELECT * WHERE { ?s ?p ?o } OFFSET 2", 5, False, (2, 5)),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", 0, True, None),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", 0, False, (0, 3)),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", None, True, (0, 3)),
        # a subquery's LIMIT, a string, a comment, an IRI and a variable are no outer LIMIT
        ("SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 2 } } ORDER BY ?s", 7, False, (0, 7)),
        ('SELECT ?s WHERE { ?s ?p "x LIMIT 2" } # LIMIT 2', 7, False, (0, 7)),
        ("SELECT ?s WHERE { ?s <http://ex/LIMIT/2> ?limit } GROUP BY ?s", 4, False, (0, 4)),
    ],
)
def test_the_outermost_limit_is_written_into_the_query(text, limit, replace, expected):
    assert _slice(limit_query(text, limit, replace=replace)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ASK { ?s ?p ?o }",
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
        # a trailing VALUES block: a LIMIT after it is a syntax error
        "SELECT * WHERE { ?s ?p ?o } VALUES ?s { <http://ex/a> }",
    ],
)
def test_a_query_the_rewrite_cannot_read_is_left_as_it_is(text):
    assert limit_query(text, 5, replace=False) == text


def test_named_queries_declare_their_default_in_their_own_limit():
    assert load_named_query("who-did-what").limit == 1000
    assert load_named_query("top-actors").limit == 20
    assert load_named_query("actions-by").limit is None
    assert outer_limit(load_named_query("two-hop").text) is None


def _many_events() -> tuple[Article, list[Event]]:
    """One document of EVENTS sentences, each an attack of one group on the next."""
    sentences = [f"Group {i % GROUPS} shelled village {i}." for i in range(EVENTS)]
    text = " ".join(sentences)
    article = Article(doc_id="many", source="many.txt", text=text, title="Many")
    events, start = [], 0
    for i, sentence in enumerate(sentences):
        actor, target = i % GROUPS, (i + 1) % GROUPS
        where = Provenance("many", "many.txt", i, start, start + len(sentence), sentence)
        events.append(
            Event(
                actor=f"Group {actor}",
                action="shell",
                target=f"Group {target}",
                provenance=where,
                actor_id=f"group-{actor}",
                actor_label=f"Group {actor}",
                actor_type="armed-group",
                target_id=f"group-{target}",
                target_label=f"Group {target}",
                target_type="armed-group",
                action_class="FIGHT",
            )
        )
        start += len(sentence) + 1
    return article, events


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The document as a TriG file and as a store."""
    folder = tmp_path_factory.mktemp("limit")
    kg = new_dataset()
    add_document(kg, *_many_events())
    trig = folder / "many.trig"
    save_graph(kg, trig)
    store = open_store(folder / "many.store")
    put_document(store, "many", kg.graph(GRAPH["many"]), "h")
    del store
    return {"file": trig, "store": folder / "many.store"}


def test_who_did_what_stops_at_its_default_and_says_so(many):
    answer = answer_query(many["store"], "who-did-what")
    assert (len(answer.rows), answer.more) == (1000, True)
    every = answer_query(many["store"], "who-did-what", limit=0)
    assert (len(every.rows), every.more) == (EVENTS, False)
    assert list(answer.rows) == list(every.rows[:1000])


@pytest.mark.parametrize("kind", ["file", "store"])
def test_a_caller_limit_replaces_a_named_default_in_both_engines(many, kind):
    five = answer_query(many[kind], "who-did-what", limit=5)
    assert (len(five.rows), five.more) == (5, True)
    assert [row["sentence"] for row in five.rows] == [
        f"Group {i} shelled village {i}." for i in range(5)
    ]
    top = answer_query(many[kind], "top-actors", limit=25)
    assert (len(top.rows), top.more) == (25, True)
    assert len(answer_query(many[kind], "top-actors").rows) == 20
    assert len(run_query_rows(many[kind], "top-actors", 0)) == GROUPS


def run_query_rows(path: Path, name: str, limit: int | None) -> list[dict[str, str]]:
    from graph.store import open_graph

    return run_query(open_graph(path), name, limit=limit)


def test_sparql_text_keeps_its_own_smaller_limit(many):
    text = "SELECT ?e WHERE { ?e a ng:Event } LIMIT 3"
    answer = answer_query(many["store"], text, limit=10)
    assert (len(answer.rows), answer.more) == (3, False)
    answer = answer_query(many["store"], text, limit=2)
    assert (len(answer.rows), answer.more) == (2, True)


def test_the_server_sends_only_the_rows_asked_for(many):
    # query_endpoint cuts nothing itself: the rows counted here are the server's answer.
    def select(text: str, params: Mapping[str, str]) -> list[dict[str, str]]:
        raise AssertionError("who-did-what looks no name up")

    assert _slice(prepare_query("who-did-what", select, limit=7)) == (0, 7)
    with serve(many["store"], port=find_free_port()) as srv:
        assert len(query_endpoint(srv.query_url, "who-did-what")) == 1000
        assert len(query_endpoint(srv.query_url, "who-did-what", limit=0)) == EVENTS
        three = query_endpoint(srv.query_url, "who-did-what", limit=3)
        assert len(query_endpoint(srv.query_url, "top-actors", limit=25)) == 25
    assert three == run_query_rows(many["store"], "who-did-what", 3)


def test_cli_reports_the_rows_left_out_on_stderr_and_keeps_the_data_clean(many):
    runner = CliRunner()
    base = ["query", str(many["store"]), "--name", "who-did-what", "--format", "tsv"]
    cut = runner.invoke(cli, base)
    assert cut.exit_code == 0, cut.output
    assert len(cut.stdout.splitlines()) == 1 + 1000
    assert "first 1000 rows; more left out. Hint: --limit N for more" in cut.stderr
    every = runner.invoke(cli, [*base, "--limit", "0"])
    assert len(every.stdout.splitlines()) == 1 + EVENTS and not every.stderr
    table = runner.invoke(cli, [*base[:-1], "table", "--limit", "2"])
    assert "(first 2 rows; more left out" in table.stdout
