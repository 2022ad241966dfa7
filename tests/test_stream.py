"""A long document streams: parsed in chunks, finished and stored in parts, same events."""

import gc
import importlib
import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from spacy.language import Language

from graph import parse
from graph.model import Event
from graph.pipeline import (
    BuildOptions,
    BuildStats,
    DocumentResult,
    build_into_store,
    process_documents,
)
from graph.query.oxigraph import query_store
from graph.store.checkpoint import save_shard
from graph.store.oxigraph import graph_iri, has_document, open_store
from graph.store.writer import StoreWriter
from graph.vocab import NG

build_module = importlib.import_module("graph.pipeline.build")
checkpoint_module = importlib.import_module("graph.store.checkpoint")

# Paragraphs written for this test: each names its actors (no pronoun reaches back
# into another paragraph), so they give the same events alone as in one document.
PARAGRAPHS = [
    "Turkish troops shelled Kurdish positions near Afrin on Monday.",
    "The United Nations condemned the bombing of a hospital in Idlib.",
    "Russian warplanes struck rebel villages south of Aleppo.",
    "Iraqi police arrested three smugglers at the border crossing.",
    "The Syrian army recaptured the town of Maarat al-Numan from the rebels.",
    "Iran accused Israel of attacking Iranian military advisers in Damascus.",
    "Protesters in Beirut blocked the main road to the airport.",
    "Jordan closed the Jaber border crossing after the attack.",
]


def _events(results: list[DocumentResult]) -> list[tuple[str, str, str, str]]:
    # Surface spans only: resolved ids may take a country from the document's other
    # paragraphs ("Protesters" -> the country named nearby), as they should.
    found = [
        (e.provenance.sentence, e.actor, e.action, e.target) for r in results for e in r.events
    ]
    return sorted(found)


@pytest.fixture
def small_parts(monkeypatch):
    """Chunks of about one paragraph, and each chunk finished as its own part."""
    monkeypatch.setattr(parse, "CHUNK_CHARS", max(map(len, PARAGRAPHS)) + 4)
    monkeypatch.setattr(build_module, "PART_CHARS", 1)


def test_a_long_document_streams_in_parts_with_the_events_of_its_paragraphs(
    nlp, tmp_path, small_parts
):
    (tmp_path / "long.txt").write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    with (tmp_path / "split.jsonl").open("w", encoding="utf-8") as out:
        for i, para in enumerate(PARAGRAPHS):
            out.write(json.dumps({"id": f"p{i}", "text": para}) + "\n")
    long = list(process_documents([tmp_path / "long.txt"], nlp=nlp))
    split = list(process_documents([tmp_path / "split.jsonl"], nlp=nlp))
    assert len(long) == len(PARAGRAPHS)  # one result per part, in order
    assert [(r.first, r.last) for r in long] == [(True, False)] + [(False, False)] * (
        len(PARAGRAPHS) - 2
    ) + [(False, True)]
    assert all(r.article.doc_id == "long" for r in long)
    assert sum(r.sentences for r in long) == sum(r.sentences for r in split) == len(PARAGRAPHS)
    assert _events(long) == _events(split)
    assert len(_events(long)) >= len(PARAGRAPHS) - 2
    # Provenance points into the whole document's text.
    text = long[0].article.text
    for event in (e for r in long for e in r.events):
        assert text[event.provenance.start_char : event.provenance.end_char] == (
            event.provenance.sentence
        )


def _graph_rows(store: ox.Store, doc_id: str) -> list[tuple[str, str, str]]:
    rows = query_store(
        store, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph_iri(doc_id)}> {{ ?s ?p ?o }} }}"
    )
    return sorted((r["s"], r["p"], r["o"]) for r in rows)


def _stored_at_once(nlp: Language, path: Path) -> ox.Store:
    """Return a store holding the statements of every part of ``path``, put at once."""
    results = list(process_documents([path], nlp=nlp, rdf=True))
    assert len(results) > 1  # parts
    store = open_store(None)
    with StoreWriter(store) as writer:
        writer.put("long", [line for r in results for line in r.lines or []], None)
    return store


def test_a_document_stored_in_parts_is_every_part_in_its_graph(nlp, tmp_path, small_parts):
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    store = open_store(tmp_path / "store")
    stats = build_into_store(store, [path])
    assert stats.documents == 1 and stats.sentences == len(PARAGRAPHS)
    rows = _graph_rows(store, "long")
    assert rows == _graph_rows(_stored_at_once(nlp, path), "long")
    counts = [o for _, p, o in rows if p == str(NG.sentenceCount)]
    assert counts == [str(len(PARAGRAPHS))]  # the whole document's, once
    assert sum("Afrin" in o for *_, o in rows) and sum("Jaber" in o for *_, o in rows)
    assert has_document(store, "long")
    assert build_into_store(store, [path]).skipped == 1  # the hash came with the last part
    # A changed long document replaces the whole old graph (its first part replaces).
    path.write_text("\n\n".join(PARAGRAPHS[:3]), encoding="utf-8")
    build_into_store(store, [path])
    assert _graph_rows(store, "long") == _graph_rows(_stored_at_once(nlp, path), "long")
    del store  # release RocksDB before a later test forks a helper
    gc.collect()


def test_a_shard_in_parts_becomes_a_shard_only_with_its_last_part(tmp_path: Path) -> None:
    line = '<http://example.org/a> <http://example.org/b> "c" .'
    save_shard(tmp_path, "long", [line], first=True, last=False)
    save_shard(tmp_path, "long", [line.replace('"c"', '"d"')], first=False, last=False)
    assert list(tmp_path.glob("*.nq")) == []  # a resumed build would not take half of it
    save_shard(tmp_path, "long", [line.replace('"c"', '"e"')], first=False, last=True)
    (shard,) = tmp_path.glob("*.nq")
    text = shard.read_text(encoding="utf-8")
    assert [q in text for q in ('"c"', '"d"', '"e"')] == [True, True, True]
    assert list(tmp_path.glob("*.part")) == []


def test_parts_count_as_one_document() -> None:
    stats = BuildStats()
    event: list[Event] = []
    stats.add(3, event, document=False)
    stats.add(2, event, document=True)
    assert (stats.documents, stats.sentences) == (1, 5)


def test_a_built_long_document_keeps_its_options(nlp, tmp_path, small_parts):
    """The in-memory build with checkpoint shards (no store) takes parts too."""
    from graph.pipeline import build

    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    stats = build([path], BuildOptions(output=tmp_path / "out", view=False))
    assert stats.documents == 1
    trig = (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")
    assert trig.count("Afrin") >= 1 and trig.count("Jordan") >= 1
    assert not (tmp_path / "out" / ".newsgraph-partial").exists()


def _put_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record how many statements each StoreWriter.put carries."""
    sizes: list[int] = []
    original = StoreWriter.put

    def put(self: StoreWriter, doc_id: str, lines: list[str], *args: Any, **kw: Any) -> None:
        sizes.append(len(lines))
        original(self, doc_id, lines, *args, **kw)

    monkeypatch.setattr(StoreWriter, "put", put)
    return sizes


def test_a_resumed_long_document_is_read_back_in_pieces(nlp, tmp_path, small_parts, monkeypatch):
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    checkpoint = tmp_path / "partial"
    built = open_store(None)
    build_into_store(built, [path], checkpoint=checkpoint)
    monkeypatch.setattr(checkpoint_module, "PART_LINES", 5)
    sizes = _put_sizes(monkeypatch)
    again = open_store(None)
    stats = build_into_store(again, [path], BuildOptions(resume=True), checkpoint=checkpoint)
    assert stats.resumed == 1 and stats.documents == 0
    rows = _graph_rows(built, "long")
    assert len(rows) > 20 and max(sizes) <= 5 and len(sizes) >= len(rows) // 5
    assert _graph_rows(again, "long") == rows
