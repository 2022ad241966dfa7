"""A read-write server serves a store alone: never beside read-only servers (issue 17, point 4)."""

from __future__ import annotations

import gc
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset

from graph.errors import GraphError, GraphFileError
from graph.serve.server import find_free_port, serve, sparql_select
from graph.store.oxigraph import open_store, put_document
from graph.vocab import GRAPH

COUNT = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture
def store_dir(tmp_path: Path, tiny_kg: Dataset) -> Path:
    path = tmp_path / "served.store"
    store = open_store(path)
    put_document(store, "d1", tiny_kg.graph(GRAPH["d1"]), "h")
    del store
    return path


def test_a_read_write_server_is_refused_while_a_read_only_one_serves(store_dir):
    with serve(store_dir, port=find_free_port(), max_queries=1) as reader:
        before = sparql_select(reader.query_url, COUNT)
        with pytest.raises(GraphFileError, match="read-write: newsgraph serve is serving it"):
            serve(store_dir, port=find_free_port(), read_only=False)
        assert sparql_select(reader.query_url, COUNT) == before  # unharmed
    with serve(store_dir, port=find_free_port(), read_only=False):  # alone now: fine
        pass


def test_a_read_only_server_is_refused_at_once_while_a_read_write_one_serves(store_dir):
    with serve(store_dir, port=find_free_port(), read_only=False) as writer:
        before = sparql_select(writer.query_url, COUNT)
        started = time.monotonic()
        with pytest.raises(GraphFileError, match="read-only: a read-write newsgraph serve"):
            serve(store_dir, port=find_free_port(), max_queries=1)
        assert time.monotonic() - started < 10  # refused, not left waiting for the lock
        assert sparql_select(writer.query_url, COUNT) == before


def _serve_cli(store: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "graph", "serve", str(store), "--port", str(find_free_port())]
    return subprocess.run(
        [*command, *extra], capture_output=True, text=True, timeout=60, check=False
    )


def test_serve_refused_by_a_writer_exits_at_once_with_one_line(store_dir):
    writer = open_store(store_dir)  # a build or removal holds the store
    try:
        done = _serve_cli(store_dir)  # it used to hang in stop(), never having served
    finally:
        del writer
        gc.collect()
    assert done.returncode == 1
    assert done.stderr.startswith("Error: cannot serve") and "another process is writing" in (
        done.stderr
    )
    assert len(done.stderr.strip().splitlines()) == 1


def test_serve_read_write_beside_a_reader_exits_at_once_with_one_line(store_dir):
    with serve(store_dir, port=find_free_port(), max_queries=1):
        done = _serve_cli(store_dir, "--read-write")
    assert done.returncode == 1
    assert "read-write: newsgraph serve is serving it" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_sigint_stops_serve_even_when_started_with_sigint_ignored(store_dir):
    port = find_free_port()
    command = [sys.executable, "-m", "graph", "serve", str(store_dir), "--port", str(port)]
    process = subprocess.Popen(  # as a shell starts a background job: SIGINT ignored
        command,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),  # noqa: PLW1509
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            try:
                sparql_select(f"http://127.0.0.1:{port}/query", COUNT, timeout=2)
                break
            except GraphError:
                time.sleep(0.3)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert "stopped serving" in stderr
