"""Build over a Dask distributed cluster: partitions of articles in, N-Quads shards out.

The client streams the articles (``graph.ingest.load_articles``), cuts them into
partitions of ``partition_size`` articles and submits one task per partition,
keeping only a few in flight, so neither the client nor the cluster holds the
corpus at once. Workers need no access to the input files: the articles travel
with the task. Each worker process loads the spaCy model once (a worker plugin
warms :func:`graph.parse.load_nlp`'s cache at start-up), runs parse -> extract ->
normalize -> RDF on its partition and returns the partition's graphs as N-Quads
text, or writes them to ``shard_dir`` (a folder all workers and the client share)
and returns the path. The client loads shards into an rdflib dataset
(:func:`build_distributed`), into an on-disk store (:func:`load_shards`), or
leaves the files for a bulk loader (QLever, Fuseki's ``tdb2.tdbloader``).

``scheduler="local"`` starts a ``LocalCluster`` on loopback with process workers
(one thread each: spaCy is CPU-bound and holds the GIL); ``"tcp://host:port"``
joins a running cluster (``dask scheduler`` / ``dask worker``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from distributed import Client, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin
from rdflib import Dataset

from ..errors import GraphError
from ..model import Article, Event
from ..normalize.gazetteer import Gazetteer, load_gazetteer
from ..parse import load_nlp
from ..rdf.nquads import in_graph, nquads
from ..rdf.triples import graph_iri, new_dataset
from ..store.oxigraph import content_hash
from ..vocab import ACTOR_GRAPH
from .build import process_articles
from .options import BuildOptions
from .shards import Shard, ShardOut, load_shards

log = logging.getLogger(__name__)

__all__ = [
    "Shard",
    "build_distributed",
    "build_partition",
    "build_shards",
    "connect",
    "load_shards",
]

Input = Path | str | Article


class PreloadModel(WorkerPlugin):
    """Load the spaCy model when a worker starts, so tasks never pay for it."""

    name = "newsgraph-preload-model"

    def setup(self, worker: object) -> None:
        """Warm the model cache of this worker process."""
        load_nlp()


@cache
def _gazetteer(actor_files: tuple[str, ...]) -> Gazetteer:
    return load_gazetteer(extra=tuple(Path(p) for p in actor_files))


def build_partition(
    articles: Sequence[Article],
    *,
    index: int = 0,
    extractor: str = "dep",
    actor_files: tuple[str, ...] = (),
    shard_dir: str = "",
    hashes: dict[str, str] | None = None,
) -> Shard:
    """Build the graphs of some articles (runs on a worker).

    Each document goes through the same per-document path as a local build
    (:func:`graph.pipeline.build.process_articles`), dates and coreference included.

    Args:
        articles: The partition.
        index: Partition number (names the shard file).
        extractor: Registered extractor name.
        actor_files: Extra gazetteer files, readable on the worker.
        shard_dir: Write ``part-<index>.nq`` there instead of returning the text.
        hashes: The articles' content hashes, when the client computed them.

    Returns:
        The shard, with each document's content hash.
    """
    gazetteer = _gazetteer(actor_files)
    hashes = dict(hashes or {})
    path = str(Path(shard_dir) / f"part-{index:06d}.nq") if shard_dir else ""
    counts = _Counts()
    results = process_articles(
        articles, extractor=extractor, gazetteer=gazetteer, nlp=load_nlp(), rdf=True, helper=False
    )
    # A long document comes in parts (graph.pipeline.build.PART_CHARS): written to the
    # shard file part by part, it is never held whole (only returned text must be).
    with ShardOut(path) as out:
        for result in results:
            article = result.article
            out.write(in_graph(result.lines or [], str(graph_iri(article.doc_id))))
            if article.doc_id not in hashes:
                hashes[article.doc_id] = content_hash(article, extractor=extractor)
            counts.add(result.sentences, result.events)
        out.write(nquads(gazetteer.describe(sorted(counts.actors)), ACTOR_GRAPH))
    actors = tuple(sorted(counts.actors))
    text = out.text()
    return Shard(index, text, path, hashes, counts.sentences, counts.events, actors, counts.facts)


@dataclass(slots=True)
class _Counts:
    """A partition's sentences, events, relation facts and actor ids, as results come."""

    sentences: int = 0
    events: int = 0
    facts: int = 0
    actors: set[str] = field(default_factory=set)

    def add(self, sentences: int, found: Sequence[Event]) -> None:
        self.actors.update(e.actor_id for e in found if e.actor_id)
        self.actors.update(e.target_id for e in found if e.target_id)
        facts = sum(1 for e in found if e.kind == "relation")  # not events (BuildStats.add)
        self.sentences += sentences
        self.events += len(found) - facts
        self.facts += facts


@contextmanager
def connect(
    scheduler: str = "local", *, workers: int = 2, processes: bool = True
) -> Iterator[Client]:
    """Yield a client of a new LocalCluster (``"local"``) or of a running scheduler.

    Raises:
        GraphError: The scheduler cannot be reached.
    """
    if scheduler == "local":
        cluster = LocalCluster(  # type: ignore[no-untyped-call]  # distributed lacks hints
            n_workers=workers,
            threads_per_worker=1,
            processes=processes,
            host="127.0.0.1",
            # any free port: the default 8787 may be taken (and Dask warns about it)
            dashboard_address="127.0.0.1:0",
        )
        with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]  # as above
            client.register_plugin(PreloadModel())
            yield client
        return
    try:
        client = Client(scheduler, timeout="30s")  # type: ignore[no-untyped-call]  # as above
    except OSError as exc:
        raise GraphError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
    with client:
        client.register_plugin(PreloadModel())
        yield client


def _articles(inputs: Iterable[Input], on_duplicate: str = "error") -> Iterator[Article]:
    from ..ingest.articles import load_articles

    paths: list[Path | str] = []
    for item in inputs:
        if isinstance(item, Article):
            yield item
        else:
            paths.append(item)
    if paths:
        yield from load_articles(paths, on_duplicate=on_duplicate)


def build_shards(
    inputs: Iterable[Input],
    options: BuildOptions | None = None,
    *,
    partition_size: int = 32,
    shard_dir: Path | None = None,
    processes: bool = True,
    known: dict[str, str] | None = None,
    client: Client | None = None,
) -> Iterator[Shard]:
    """Build the corpus on a Dask cluster and yield shards as they finish.

    Args:
        inputs: Files, folders, JSONL corpora or :class:`Article` objects.
        options: ``scheduler`` (``"local"`` by default, or the address of a running
            scheduler), ``workers`` (of a local cluster), ``extractor`` and
            ``actors`` (extra gazetteers, readable on the workers).
        partition_size: Articles per task.
        shard_dir: Shared folder for shard files; None returns the text.
        processes: Process workers (False: threads in this process).
        known: ``doc_id -> content hash`` already stored; unchanged documents are skipped.
        client: Use this client (see :func:`connect`) instead of connecting.

    Yields:
        One shard per partition, in completion order (``Shard.index`` is the order).
    """
    options = options or BuildOptions()
    if shard_dir is not None:
        shard_dir.mkdir(parents=True, exist_ok=True)
    task: dict[str, object] = {
        "extractor": options.extractor,
        "actor_files": tuple(str(p) for p in options.actors),
        "shard_dir": str(shard_dir or ""),
    }
    articles = _articles(inputs, options.on_duplicate)
    batches = _partitions(articles, partition_size, known or {}, options.extractor)
    if client is not None:
        yield from _submit(client, batches, task, options.workers)
        return
    scheduler = options.scheduler or "local"
    with connect(scheduler, workers=options.workers, processes=processes) as own:
        yield from _submit(own, batches, task, options.workers)


def _submit(
    client: Client,
    batches: Iterator[tuple[list[Article], dict[str, str]]],
    options: dict[str, object],
    workers: int,
) -> Iterator[Shard]:
    """Submit one task per batch, at most two per worker in flight; yield finished shards."""
    window = 2 * max(workers, len(client.scheduler_info().get("workers", {})))
    pending = as_completed()  # type: ignore[no-untyped-call]  # distributed lacks hints
    for index, (batch, hashes) in enumerate(batches):
        future = client.submit(
            build_partition, batch, index=index, hashes=hashes, pure=False, **options
        )
        pending.add(future)  # type: ignore[no-untyped-call]  # as above
        while pending.count() >= window:  # type: ignore[no-untyped-call]  # as above
            yield next(pending).result()
    for future in pending:
        yield future.result()


def _partitions(
    articles: Iterator[Article], size: int, known: dict[str, str], extractor: str
) -> Iterator[tuple[list[Article], dict[str, str]]]:
    """Cut the articles not already ``known`` unchanged into batches, with their hashes."""
    batch: list[Article] = []
    hashes: dict[str, str] = {}
    for article in articles:
        digest = content_hash(article, extractor=extractor)
        if known.get(article.doc_id) == digest:
            continue
        batch.append(article)
        hashes[article.doc_id] = digest
        if len(batch) >= max(1, size):
            yield batch, hashes
            batch, hashes = [], {}
    if batch:
        yield batch, hashes


def build_distributed(
    inputs: Iterable[Input],
    options: BuildOptions | None = None,
    *,
    partition_size: int = 32,
    client: Client | None = None,
) -> Dataset:
    """Build on a Dask cluster and return the whole graph as an rdflib dataset.

    Takes the arguments of :func:`build_shards`. Fine for what fits in memory; for
    more, use :func:`load_shards` into a store or bulk-load the shard files.
    """
    kg = new_dataset()
    for shard in build_shards(inputs, options, partition_size=partition_size, client=client):
        kg.parse(data=shard.text(), format="nquads")
    return kg
