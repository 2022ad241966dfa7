"""Dask shards stream a long document: written part by part, loaded back in pieces."""

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph import parse
from graph.model import Article
from graph.pipeline import build_into_store
from graph.pipeline.distributed import build_partition, load_shards
from graph.query.oxigraph import query_store
from graph.store.oxigraph import content_hash, graph_iri, has_document, open_store
from graph.store.writer import StoreWriter

build_module = importlib.import_module("graph.pipeline.build")
distributed = importlib.import_module("graph.pipeline.distributed")
shards_module = importlib.import_module("graph.pipeline.shards")

# Written for this test: each paragraph names its own actors.
PARAGRAPHS = [
    "Egyptian police detained two journalists in Cairo on Sunday.",
    "Saudi jets bombed a bridge north of Hodeidah.",
    "The African Union criticised the coup leaders in Niamey.",
    "Lebanese soldiers fired on smugglers near the Syrian border.",
    "Greek coast guards rescued forty migrants off Lesbos.",
]
LONG = Article(doc_id="long-one", source="long-one.txt", text="\n\n".join(PARAGRAPHS))


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse, "CHUNK_CHARS", max(map(len, PARAGRAPHS)) + 4)
    monkeypatch.setattr(build_module, "PART_CHARS", 1)


def _rows(store: Any, doc_id: str) -> list[tuple[str, str, str]]:
    query = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph_iri(doc_id)}> {{ ?s ?p ?o }} }}"
    return sorted((r["s"], r["p"], r["o"]) for r in query_store(store, query))


def test_a_worker_writes_each_part_before_it_builds_the_next(
    nlp, tmp_path, small_parts, monkeypatch
):
    seen: list[int] = []  # shard file size when each result after the first is made
    original = distributed.process_articles

    def watched(*args: Any, **kw: Any) -> Iterator[Any]:
        for n, result in enumerate(original(*args, **kw)):
            if n:
                seen.append((tmp_path / "part-000003.nq").stat().st_size)
            yield result

    monkeypatch.setattr(distributed, "process_articles", watched)
    shard = build_partition([LONG], index=3, shard_dir=str(tmp_path))
    assert shard.nquads == "" and shard.path == str(tmp_path / "part-000003.nq")
    assert len(seen) == len(PARAGRAPHS) - 1
    assert seen[0] > 0 and seen == sorted(set(seen))  # grows part by part
    assert shard.sentences == len(PARAGRAPHS) and shard.hashes == {"long-one": content_hash(LONG)}


def test_a_long_shard_loads_in_pieces_into_the_graph_a_local_build_makes(
    nlp, tmp_path, small_parts, monkeypatch
):
    local = open_store(None)
    build_into_store(local, [_write(tmp_path)])
    shard = build_partition([LONG], shard_dir=str(tmp_path))
    monkeypatch.setattr(shards_module, "PART_LINES", 5)
    sizes: list[int] = []
    put = StoreWriter.put

    def counted(self: StoreWriter, doc_id: str, lines: list[str], *a: Any, **kw: Any) -> None:
        sizes.append(len(lines))
        put(self, doc_id, lines, *a, **kw)

    monkeypatch.setattr(StoreWriter, "put", counted)
    store = open_store(None)
    assert load_shards(store, [shard]) == ["long-one"]
    rows = _rows(store, "long-one")
    assert len(rows) > 20 and max(sizes) <= 5 and len(sizes) >= len(rows) // 5
    assert rows == _rows(local, "long-one")
    assert has_document(store, "long-one", content_hash(LONG))
    described = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ng:actorDescriptions { ?s ?p ?o } }"
    assert int(query_store(store, described)[0]["n"]) > 0
    # Loaded again (a changed document), the first piece replaces the old graph.
    load_shards(store, [shard])
    assert _rows(store, "long-one") == rows


def _write(folder: Path) -> Path:
    path = folder / "long-one.txt"
    path.write_text(LONG.text, encoding="utf-8")
    return path
