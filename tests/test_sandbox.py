"""No query reaches the network or the file system unless --allow-federation (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from graph.cli import cli
from graph.errors import QueryError
from graph.query import query_store, run_query
from graph.store import open_store, put_document, save_graph
from graph.vocab import GRAPH

SELECT_SERVICE = "SELECT ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"
SELECT_FROM = "SELECT ?o WHERE {{ ?s ?p ?o }}"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.nt"
    path.write_text('<http://x/s> <http://x/p> "TOPSECRET" .\n', encoding="utf-8")
    return path


@pytest.fixture
def graph_file(tmp_path: Path, tiny_kg: Dataset) -> Path:
    return save_graph(tiny_kg, tmp_path / "kg.trig")


@pytest.fixture
def store_dir(tmp_path: Path, tiny_kg: Dataset) -> Path:
    path = tmp_path / "kg.store"
    store = open_store(path)
    for ctx in tiny_kg.graphs():
        if len(ctx) and str(ctx.identifier).startswith(str(GRAPH)):
            put_document(store, str(ctx.identifier)[len(GRAPH) :], ctx, "h")
    del store
    return path


def attacks(url: str, secret: Path) -> list[tuple[str, str]]:
    """Return ``(query, clause the error must name)`` for every way out of the graph."""
    return [
        (SELECT_SERVICE.format(url=url), f"SERVICE <{url}>"),
        (f"SELECT ?s WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}", f"SERVICE <{url}>"),
        (f"SELECT ?o FROM <{url}> WHERE {{ ?s ?p ?o }}", f"FROM <{url}>"),
        (f"SELECT ?o FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}", "FROM NAMED"),
        (f"SELECT ?o FROM <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}", f"FROM <{secret.as_uri()}>"),
        # hidden inside an OPTIONAL, a sub-select and behind a prefix
        (
            f"PREFIX r: <{url[:-6]}> SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ "
            "{ SELECT ?s WHERE { SERVICE r:sparql { ?s ?p ?o } } } } }",
            f"SERVICE <{url}>",
        ),
        ("SELECT * WHERE { BIND(<http://x/> AS ?u) SERVICE ?u { ?s ?p ?o } }", "SERVICE ?u"),
    ]


@pytest.mark.parametrize("engine", ["file", "store"])
def test_queries_that_leave_the_graph_are_refused(engine, graph_file, store_dir, listener, secret):
    target = graph_file if engine == "file" else store_dir
    for text, clause in attacks(listener.url, secret):
        result = CliRunner().invoke(cli, ["query", str(target), text])
        assert result.exit_code == 1, (text, result.output)
        assert clause in result.stderr and "--allow-federation" in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "TOPSECRET" not in result.output and "leaked" not in result.output
    assert listener.hits == 0


def test_load_in_an_update_is_refused(tiny_kg, listener, secret):
    for text in (f"LOAD <{listener.url}>", f"LOAD <{secret.as_uri()}> INTO GRAPH <http://x/g>"):
        with pytest.raises(QueryError, match="LOAD <"):
            run_query(tiny_kg, text, allow_update=True)
    using = f"INSERT {{ ?s ?p ?o }} USING <{listener.url}> WHERE {{ ?s ?p ?o }}"
    with pytest.raises(QueryError, match="USING <"):
        run_query(tiny_kg, using, allow_update=True)
    assert listener.hits == 0


def test_words_in_comments_and_strings_are_not_clauses(tiny_kg, store_dir):
    text = '# SERVICE <http://x/>\nSELECT ?s WHERE { ?s ?p "SERVICE <http://x/> {}" }'
    assert run_query(tiny_kg, text) == []
    assert query_store(open_store(store_dir, read_only=True), text) == []


def test_from_one_of_our_graphs_reads_only_that_graph(tiny_kg, store_dir):
    text = "SELECT (COUNT(*) AS ?n) FROM graph:d1 WHERE { ?s ?p ?o }"
    expected = str(len(tiny_kg.graph(GRAPH.d1)))
    assert run_query(tiny_kg, text) == [{"n": expected}]
    assert query_store(open_store(store_dir, read_only=True), text) == [{"n": expected}]
    with pytest.raises(QueryError, match="not in the graph"):
        run_query(tiny_kg, "SELECT * FROM graph:nope WHERE { ?s ?p ?o }")


@pytest.mark.parametrize("engine", ["file", "store"])
def test_allow_federation_lets_service_through(engine, graph_file, store_dir, listener):
    target = graph_file if engine == "file" else store_dir
    text = SELECT_SERVICE.format(url=listener.url)
    result = CliRunner().invoke(cli, ["query", str(target), text, "--allow-federation"])
    assert listener.hits >= 1, result.output


def test_allow_federation_reads_files(graph_file, secret):
    text = f"SELECT ?o FROM <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}"
    result = CliRunner().invoke(cli, ["query", str(graph_file), text, "--allow-federation"])
    assert result.exit_code == 0 and "TOPSECRET" in result.stdout
