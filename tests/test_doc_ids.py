"""Document ids never collide and never depend on where a document was read (issue 17)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.errors import SeedError
from graph.ingest.articles import load_articles
from graph.model import Article
from graph.rdf.nodes import document_iri, graph_iri
from graph.store.oxigraph import content_hash
from graph.vocab import GRAPH


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_two_documents_with_one_id_are_an_error_naming_both(tmp_path):
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "a1", "text": "Rebels shelled the town."},
            {"id": "b2", "text": "Troops entered the village."},
            {"id": "a1", "text": "Police arrested two men."},
        ],
    )
    with pytest.raises(SeedError, match=r"c.jsonl line 3: document id 'a1' .* c.jsonl line 1"):
        list(load_articles([corpus]))
    kept = list(load_articles([corpus], skip_bad=True))
    assert [a.text for a in kept] == ["Rebels shelled the town.", "Troops entered the village."]


def test_the_same_document_twice_is_kept_once(tmp_path):
    record = {"id": "a1", "text": "Rebels shelled the town."}
    corpus = write_jsonl(tmp_path / "c.jsonl", [record, {"text": "Troops left."}, record])
    assert [a.doc_id for a in load_articles([corpus])][0::2] == ["a1"]
    assert len(list(load_articles([corpus]))) == 2


def test_a_given_id_cannot_reach_a_hashed_one():
    for make, namespace in ((graph_iri, str(GRAPH)), (document_iri, None)):
        hashed = str(make("a/b"))
        base = namespace or hashed.rsplit("/", 1)[0] + "/"
        digest = hashed[len(base) :].lstrip("_")
        assert str(make(digest)) != hashed  # the digest given as an id is another IRI
        assert make("a/b") == make("a/b")


def test_the_content_hash_ignores_where_the_document_was_read():
    article = Article(doc_id="a1", source="c.jsonl line 1", text="Rebels shelled the town.")
    moved = replace(article, source="renamed.jsonl line 7")
    assert content_hash(moved) == content_hash(article)
    assert content_hash(replace(article, title="Other")) != content_hash(article)
    assert content_hash(replace(article, text="Rebels left.")) != content_hash(article)


def test_prepending_a_record_rebuilds_one_document(tmp_path):
    records = [
        {"id": f"r{i}", "text": f"Rebels shelled town number {i} on Monday."} for i in range(3)
    ]
    corpus = write_jsonl(tmp_path / "c.jsonl", records)
    store = tmp_path / "kg.store"
    first = CliRunner().invoke(cli, ["build", str(corpus), "--store", str(store)])
    assert first.exit_code == 0, first.output
    write_jsonl(corpus, [{"id": "new", "text": "Troops entered the village."}, *records])
    second = CliRunner().invoke(cli, ["build", str(corpus), "--store", str(store)])
    assert second.exit_code == 0, second.output
    assert "built 1 documents (+3 unchanged)" in second.stderr
