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


DUPLICATES = [
    {"id": "a1", "text": "Rebels shelled the town."},
    {"id": "b2", "text": "Troops entered the village."},
    {"id": "a1", "text": "Police arrested two men."},
    {"id": "a1~2", "text": "A court jailed the mayor."},
    {"id": "a1", "text": "Militants seized the bridge."},
]


@pytest.mark.parametrize(
    "policy, expected",
    [
        (
            "first",
            [
                ("a1", "Rebels shelled the town."),
                ("b2", "Troops entered the village."),
                ("a1~2", "A court jailed the mayor."),
            ],
        ),
        (
            "last",
            [
                ("b2", "Troops entered the village."),
                ("a1~2", "A court jailed the mayor."),
                ("a1", "Militants seized the bridge."),
            ],
        ),
        (
            "rename",
            [
                ("a1", "Rebels shelled the town."),
                ("b2", "Troops entered the village."),
                ("a1~2", "Police arrested two men."),
                ("a1~2~2", "A court jailed the mayor."),  # its given id was taken by then
                ("a1~3", "Militants seized the bridge."),
            ],
        ),
    ],
)
def test_on_duplicate_keeps_first_last_or_renames(tmp_path, policy, expected):
    corpus = write_jsonl(tmp_path / "c.jsonl", DUPLICATES)
    found = [(a.doc_id, a.text) for a in load_articles([corpus], on_duplicate=policy)]
    assert found == expected


def test_on_duplicate_last_across_files_keeps_the_later_file(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "report.txt").write_text("Rebels shelled the town.\n", encoding="utf-8")
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"id": "report", "text": "Troops left."}])
    found = list(load_articles([tmp_path / "one", corpus], on_duplicate="last"))
    assert [(a.doc_id, a.text) for a in found] == [("report", "Troops left.")]


def test_build_on_duplicate_option(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", DUPLICATES[:3])
    failed = CliRunner().invoke(cli, ["build", str(corpus), "--store", str(tmp_path / "s0")])
    assert failed.exit_code == 1 and "--on-duplicate" in failed.stderr
    store = tmp_path / "s1"
    args = ["build", str(corpus), "--store", str(store), "--on-duplicate", "rename"]
    built = CliRunner().invoke(cli, args)
    assert built.exit_code == 0, built.output
    docs = CliRunner().invoke(cli, ["documents", str(store), "--format", "json"])
    assert docs.exit_code == 0, docs.output
    assert sorted(row["doc"] for row in json.loads(docs.stdout)) == ["a1", "a1~2", "b2"]


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


def test_two_inputs_with_one_file_name_say_so_and_how_to_tell_them_apart(tmp_path):
    for folder, text in (("north", "Rebels shelled the town."), ("south", "Police held two men.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text, encoding="utf-8")
    files = [tmp_path / "north" / "report.txt", tmp_path / "south" / "report.txt"]
    with pytest.raises(SeedError, match="another input also named report.txt") as caught:
        list(load_articles(files))
    assert "pass their common folder" in str(caught.value)
    assert len(list(load_articles([tmp_path]))) == 2  # named by path under the folder
