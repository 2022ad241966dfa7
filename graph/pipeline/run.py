"""One call for a whole build, ``build(inputs, options)``: what ``newsgraph build`` does.

The graph goes into an Oxigraph store (the ``store`` directory, or one in memory),
built here or on a Dask cluster; then ``OUTPUT/graph.trig`` is exported from it and
``OUTPUT/graph.html`` drawn, each written atomically, and the documents are pushed
to a Graph Store when asked.
"""

from __future__ import annotations

import gc
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..errors import GraphFileError
from ..serve.push import push_documents
from ..store.checkpoint import clear_checkpoint
from ..store.dataset import open_graph
from ..store.oxigraph import export_store, open_store, stored_hashes, triple_count
from ..store.settle import settle_store_types
from ..view.render import render_html
from .build import build_into_store
from .document import DocumentResult
from .options import BuildOptions, BuildStats

if TYPE_CHECKING:
    from .distributed import Shard

# Where a build without a store keeps its finished documents until the outputs exist.
CHECKPOINT_DIR = ".newsgraph-partial"


def build(
    inputs: Sequence[Path | str],
    options: BuildOptions | None = None,
    *,
    stats: BuildStats | None = None,
    on_document: Callable[[DocumentResult], None] | None = None,
) -> BuildStats:
    """Build the graph of ``inputs`` and write its outputs, as ``options`` say.

    Without ``options.store`` the graph is built in memory and written to
    ``OUTPUT/graph.trig`` (and ``graph.html``); an interrupted build leaves the
    previous files intact and, with ``resume``, continues from the documents it
    had finished. With a store, documents already stored unchanged are skipped
    and files are written only when ``output`` is given.

    Args:
        inputs: Files, folders, JSONL corpora or ``"-"``.
        options: What to build and write (default: :class:`BuildOptions`).
        stats: Filled with counts as the build goes, when given.
        on_document: Called after each document of a local build (progress).

    Returns:
        The counts, with ``triples`` and the paths (store, files, endpoint) ``written``.

    Raises:
        GraphError: Unreadable input, an unwritable output, an unreachable cluster
            or endpoint (subclasses name which).
    """
    options = options or BuildOptions()
    stats = stats if stats is not None else BuildStats()
    out = options.output if options.store is not None else (options.output or Path("out"))
    if out is not None:
        _make_dir(out)
    target = open_store(options.store)
    _build_into(target, [str(p) for p in inputs], options, stats, on_document, out)
    stats.triples = triple_count(target)
    if options.store is not None:
        stats.written.append(options.store)
    if out is not None:
        stats.written += _write_outputs(target, out, options)
    if options.endpoint:
        push_documents(target, options.endpoint)
        stats.written.append(Path(options.endpoint))
    del target
    gc.collect()  # release an on-disk store's lock (rdflib objects refer to it in cycles)
    return stats


def _build_into(
    target: ox.Store,
    inputs: list[str],
    options: BuildOptions,
    stats: BuildStats,
    on_document: Callable[[DocumentResult], None] | None,
    out: Path | None,
) -> None:
    """Build ``inputs`` into the store ``target``, here or on a Dask cluster."""
    if options.scheduler:
        from .distributed import build_shards, load_shards  # imports Dask: only when asked

        # A local cluster shares this disk: shards go through files, written and read
        # as streams, so a long document is held whole by neither side.
        local = options.scheduler == "local"
        with tempfile.TemporaryDirectory(prefix="newsgraph-shards-") as folder:
            shard_dir = Path(folder) if local else None
            shards = build_shards(inputs, options, known=stored_hashes(target), shard_dir=shard_dir)
            stats.documents = len(load_shards(target, _counted(shards, stats)))
        settle_store_types(target)  # one type per actor across the workers' documents
        return
    in_memory = options.store is None and out is not None
    build_into_store(
        target,
        inputs,
        options,
        stats=stats,
        on_document=on_document,
        checkpoint=out / CHECKPOINT_DIR if in_memory and out is not None else None,
    )


def _counted(shards: Iterable[Shard], stats: BuildStats) -> Iterator[Shard]:
    """Pass the shards on, adding their sentences, events and actors to ``stats``."""
    for shard in shards:
        stats.sentences += shard.sentences
        stats.events += shard.events
        stats.facts += shard.facts
        stats.actors.update(shard.actors)
        yield shard
        if shard.path:  # loaded by now: the consumer asked for the next one
            Path(shard.path).unlink(missing_ok=True)


def _write_outputs(target: ox.Store, out: Path, options: BuildOptions) -> list[Path]:
    """Write OUT/graph.trig (and graph.html) from the store; drop the checkpoint."""
    written = [export_store(target, out / "graph.trig")]
    if options.view:
        kg = open_graph(target)
        written.append(render_html(kg, out / "graph.html", max_nodes=options.max_nodes))
        del kg
    partial = out / CHECKPOINT_DIR
    if partial.is_dir():
        clear_checkpoint(partial)
    return written


def _make_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GraphFileError(f"cannot write to {folder}: {exc.strerror or exc}") from exc
