"""A damaged store is a one-line error, and a rebuild restores every graph (issue 17)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset

from graph.cli import cli
from graph.store.oxigraph import open_store, put_document
from graph.vocab import ACTOR_GRAPH, GRAPH


@pytest.fixture
def store_dir(tmp_path: Path, tiny_kg: Dataset) -> Path:
    path = tmp_path / "kg.store"
    store = open_store(path)
    for doc_id in ("d1", "d2"):
        put_document(store, doc_id, tiny_kg.graph(GRAPH[doc_id]), "h")
    store.flush()
    store.optimize()  # data in .sst files, not only in the write-ahead log
    del store
    return path


def truncate_sst(path: Path) -> None:
    for sst in sorted(path.glob("*.sst")):
        sst.write_bytes(sst.read_bytes()[: sst.stat().st_size // 2])


def garble_sst(path: Path) -> None:
    for sst in sorted(path.glob("*.sst")):
        data = bytearray(sst.read_bytes())
        for i in range(0, len(data), 61):
            data[i] ^= 0x5A
        sst.write_bytes(bytes(data))


def truncate_manifest(path: Path) -> None:
    for manifest in path.glob("MANIFEST-*"):
        manifest.write_bytes(manifest.read_bytes()[:20])


def delete_current(path: Path) -> None:
    (path / "CURRENT").unlink()


@pytest.mark.parametrize("damage", [truncate_sst, garble_sst, truncate_manifest, delete_current])
@pytest.mark.parametrize("command", [["stats"], ["query", "--name", "top-actors"], ["view"]])
def test_a_damaged_store_is_a_one_line_error(store_dir, tmp_path, damage, command):
    assert list(store_dir.glob("*.sst")), "the fixture must have written table files"
    damage(store_dir)
    argv = [command[0], str(store_dir), *command[1:]]
    if command == ["view"]:
        argv += ["-o", str(tmp_path / "v.html")]
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"Error: store {store_dir} is damaged: ")
    assert "Hint: move it away and rebuild it" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_rebuild_restores_the_actor_descriptions(tmp_path):
    corpus = tmp_path / "c.jsonl"
    record = {"id": "a1", "text": "Russia attacked Turkey on Monday."}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    store_path = tmp_path / "kg.store"
    built = CliRunner().invoke(cli, ["build", str(corpus), "--store", str(store_path)])
    assert built.exit_code == 0, built.output

    def described() -> int:
        store = ox.Store.read_only(str(store_path))
        graph = ox.NamedNode(str(ACTOR_GRAPH))
        return len(list(store.quads_for_pattern(None, None, None, graph)))

    before = described()
    assert before > 0
    store = ox.Store(str(store_path))
    store.update(f"DROP GRAPH <{ACTOR_GRAPH}>")  # what a truncated WAL lost
    del store
    rebuilt = CliRunner().invoke(cli, ["build", str(corpus), "--store", str(store_path)])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "(+1 unchanged)" in rebuilt.stderr
    assert described() == before
    shutil.rmtree(store_path)
