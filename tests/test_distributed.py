"""Building the seeds on a 2-worker Dask LocalCluster gives the single-process graph."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from distributed import Client
from rdflib import Dataset

from graph.ingest import load_articles
from graph.model import Article
from graph.pipeline import BuildOptions, build, build_graph
from graph.pipeline.distributed import build_distributed, build_shards, connect, load_shards
from graph.store.oxigraph import content_hash, document_ids, export_store, has_document, open_store
from graph.vocab import SEM

# Written for this test: relative dates that only the article's date resolves.
DATED = Article(
    doc_id="dated-brief",
    source="dated-brief.txt",
    text=(
        "Army units shelled rebel positions outside Homs on Thursday. "
        "The rebels said on Friday that they would retaliate. "
        "Two days later, the United Nations condemned the attack."
    ),
    title="Shelling outside Homs",
    date="2016-03-10",
)

pytestmark = pytest.mark.slow


def quads(kg: Dataset) -> set[tuple[str, str, str, str]]:
    """Return the dataset's quads as strings (no blank nodes, so equal sets = isomorphic)."""
    return {
        (s.n3(), p.n3(), o.n3(), str(getattr(g, "identifier", g)))
        for s, p, o, g in kg.quads((None, None, None, None))
    }


def canonical_quads(nquads: str) -> set[str]:
    """Return the quads as Oxigraph stores them (numbers in canonical form: "44.0" -> "44")."""
    st = ox.Store()
    st.load(nquads, ox.RdfFormat.N_QUADS)
    return {str(q) for q in st if not isinstance(q.graph_name, ox.DefaultGraph)}


@pytest.fixture(scope="module")
def single(seeds_dir: Path) -> Dataset:
    return build_graph([seeds_dir])


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    # Process workers, one thread each, on loopback; each loads the model once.
    with connect("local", workers=2, processes=True) as cl:
        yield cl


def test_two_worker_build_is_isomorphic_to_single_process(single, seeds_dir, client):
    kg = build_distributed([seeds_dir], BuildOptions(workers=2), client=client, partition_size=1)
    assert len(kg) > 50
    assert quads(kg) == quads(single)


def test_shards_have_hashes_and_load_into_a_store(single, seeds_dir, client, tmp_path):
    articles = list(load_articles([seeds_dir]))
    shards = list(
        build_shards(articles, client=client, partition_size=1, shard_dir=tmp_path / "shards")
    )
    assert sorted(s.index for s in shards) == list(range(len(articles)))
    assert all(Path(s.path).is_file() and not s.nquads for s in shards)
    store = open_store(tmp_path / "store")
    assert sorted(load_shards(store, shards)) == sorted(a.doc_id for a in articles)
    assert document_ids(store) == sorted(a.doc_id for a in articles)
    assert all(has_document(store, a.doc_id, content_hash(a)) for a in articles)
    exported = export_store(store, tmp_path / "kg.nq").read_text(encoding="utf-8")
    assert canonical_quads(exported) == canonical_quads(single.serialize(format="nquads"))


def test_known_unchanged_documents_are_skipped(seeds_dir, client):
    articles = list(load_articles([seeds_dir]))
    known = {articles[0].doc_id: content_hash(articles[0])}
    shards = list(build_shards(articles, client=client, known=known))
    built = {doc_id for s in shards for doc_id in s.hashes}
    assert built == {a.doc_id for a in articles[1:]}


def timestamps(kg: Dataset) -> set[tuple[str, str]]:
    return {(s.n3(), o.n3()) for s, _, o, _ in kg.quads((None, SEM.hasTimeStamp, None, None))}


def test_dated_article_keeps_its_timestamps_on_dask(seeds_dir, client, tmp_path):
    corpus = tmp_path / "dated.jsonl"
    corpus.write_text(
        json.dumps(
            {"id": DATED.doc_id, "text": DATED.text, "title": DATED.title, "date": DATED.date}
        )
        + "\n",
        encoding="utf-8",
    )
    single = build_graph([seeds_dir, corpus])
    kg = build_distributed(
        [seeds_dir, corpus], BuildOptions(workers=2), client=client, partition_size=1
    )
    assert timestamps(single), "the dated article should give the single build timestamps"
    assert timestamps(kg) == timestamps(single)
    assert quads(kg) == quads(single)


def test_build_on_a_local_cluster_writes_the_single_process_graph(seeds_dir, tmp_path):
    here = build([seeds_dir], BuildOptions(output=tmp_path / "here", view=False))
    there = build(
        [seeds_dir],
        BuildOptions(output=tmp_path / "dask", scheduler="local", workers=1, view=False),
    )
    assert (there.documents, there.sentences, there.events) == (
        here.documents,
        here.sentences,
        here.events,
    )
    assert there.actors == here.actors and there.triples == here.triples
    single = (tmp_path / "here" / "graph.trig").read_text(encoding="utf-8")
    spread = (tmp_path / "dask" / "graph.trig").read_text(encoding="utf-8")
    assert spread == single  # exported sorted from the store: byte-identical
