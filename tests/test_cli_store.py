"""The CLI on an on-disk store: build --store, query, stats, view, remove, export, push."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.serve.server import SparqlServer, find_free_port, sparql_select


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    folder = tmp_path_factory.mktemp("kg") / "kg.store"
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "--store", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().splitlines()[-1].startswith("built 2 documents")
    return folder


def test_second_build_skips_unchanged_documents(store: Path, seeds_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "built 0 documents (+2 unchanged)" in result.stderr


def test_query_and_stats_read_the_store(store: Path) -> None:
    rows = CliRunner().invoke(
        cli,
        ["query", str(store), "--name", "actions-by", "--param", "actor=Russia", "--format", "csv"],
    )
    assert rows.exit_code == 0, rows.output
    assert len(rows.stdout.splitlines()) > 3
    stats = CliRunner().invoke(cli, ["stats", str(store)])
    assert stats.exit_code == 0
    assert "documents: 2" in stats.stdout


def test_view_and_export_a_store(store: Path, tmp_path: Path) -> None:
    page = CliRunner().invoke(cli, ["view", str(store), "-o", str(tmp_path / "v.html")])
    assert page.exit_code == 0, page.output
    out = tmp_path / "kg.nq"
    exported = CliRunner().invoke(cli, ["export", str(store), "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    assert out.read_text(encoding="utf-8").count("\n") > 1000


def test_update_on_a_store_is_refused(store: Path) -> None:
    result = CliRunner().invoke(cli, ["query", str(store), "DROP ALL", "--allow-update"])
    assert result.exit_code == 1
    assert "cannot update a store from a query" in result.stderr


def test_remove_one_document_from_a_copy(store: Path, tmp_path: Path, seeds_dir: Path) -> None:
    copy = tmp_path / "copy.store"
    assert CliRunner().invoke(cli, ["build", str(seeds_dir), "--store", str(copy)]).exit_code == 0
    result = CliRunner().invoke(cli, ["remove", str(copy), "000_8df60a2fe9eccea6"])
    assert result.exit_code == 0, result.output
    assert f"removed 1 document from {copy}" in result.stderr
    stats = CliRunner().invoke(cli, ["stats", str(copy), "--format", "json"])
    assert '"documents": 1' in stats.stdout
    missing = CliRunner().invoke(cli, ["remove", str(copy), "nope"])
    assert missing.exit_code == 1
    assert "no document 'nope'" in missing.stderr


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SparqlServer]:
    srv = SparqlServer(
        tmp_path / "remote.store",
        port=find_free_port(),
        read_only=False,
        union_default_graph=True,
    )
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def test_build_pushes_to_an_endpoint(server: SparqlServer, tmp_path: Path, seeds_dir: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "build",
            str(seeds_dir),
            "-o",
            str(tmp_path / "out"),
            "--no-view",
            "--endpoint",
            server.store_url,
        ],
    )
    assert result.exit_code == 0, result.output
    rows = sparql_select(
        server.query_url,
        "SELECT (COUNT(DISTINCT ?d) AS ?n) "
        "WHERE { ?d <https://w3id.org/newsgraph/ontology#docId> ?i }",
    )
    assert rows == [{"n": "2"}]
