"""CLI (issue 15): named-query answers, tables that fit, typed JSON, names that are not there.

CliRunner only; the tiny graph is written to a TriG file and loaded into a store
so that each command runs in both engines.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from graph.cli import cli
from graph.model import Article, Event
from graph.rdf import add_document, new_dataset
from graph.store import save_graph


@pytest.fixture
def tiny_trig(tiny_docs: list[tuple[Article, list[Event]]], tmp_path: Path) -> Path:
    kg: Dataset = new_dataset()
    for article, events in tiny_docs:
        if article.doc_id == "d2":
            article = Article(
                doc_id="d2",
                source="d2.txt",
                text=article.text,
                title="Title d2",
                date="2016-03-01",
                publisher="Example Wire",
            )
        add_document(kg, article, events)
    return save_graph(kg, tmp_path / "tiny.trig")


def run(*args: str, columns: int = 80) -> object:
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": str(columns)})


def test_version_and_help_import_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from graph.cli import cli\n"
        "for args in (['--version'], ['--help'], ['query', '--help']):\n"
        "    assert CliRunner().invoke(cli, args).exit_code == 0\n"
        "heavy = {'spacy', 'rdflib', 'pyoxigraph'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
