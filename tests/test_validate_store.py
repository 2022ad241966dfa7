"""A store validates as the graph file it was built from: xsd:string values are plain values."""

from __future__ import annotations

import gc
from pathlib import Path

from click.testing import CliRunner
from rdflib import Dataset

from graph.cli import cli
from graph.store.dataset import open_graph
from graph.store.oxigraph import open_store, put_document
from graph.validate import validate_graph
from graph.vocab import GRAPH, NG


def _store_of(kg: Dataset, path: Path) -> Path:
    store = open_store(path)
    for doc_id in ("d1", "d2"):
        put_document(store, doc_id, kg.graph(GRAPH[doc_id]), "h")
    del store
    gc.collect()
    return path


def test_a_store_of_a_conforming_graph_conforms(tiny_kg, tmp_path):
    assert validate_graph(tiny_kg).conforms
    path = _store_of(tiny_kg, tmp_path / "ok.store")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 0, result.output  # was: every actor type "must be one of"
    assert "conforms" in result.output


def test_a_bad_value_in_a_store_still_fails(tiny_kg, tmp_path):
    graph = tiny_kg.graph(GRAPH["d1"])
    actor = next(graph.subjects(NG.actorType, None))
    graph.set((actor, NG.actorType, type(next(graph.objects(actor, NG.actorType)))("alien")))
    view = open_graph(_store_of(tiny_kg, tmp_path / "bad.store"))
    report = validate_graph(view)
    assert not report.conforms
    assert any('value "alien"' in line for line in report.violations)
    wrong = [line for line in report.violations if "alien" not in line]
    assert wrong == []  # only the bad value, none of the good ones
