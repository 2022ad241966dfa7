"""Shards of a Dask build: one partition's graphs as N-Quads, written and loaded as a stream.

A worker appends each finished document (or part of a long one) to its shard file
(:class:`ShardOut`); the client reads a shard back quad by quad and puts it into
the store in pieces (:func:`load_shards`), so a long document is held whole on
neither side. Split out of :mod:`graph.pipeline.distributed`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox

from ..errors import GraphFileError
from ..rdf.triples import graph_iri
from ..store.oxigraph import merge_graph
from ..store.writer import PART_LINES, StoreWriter

__all__ = ["Shard", "ShardOut", "load_shards"]


@dataclass(frozen=True, slots=True)
class Shard:
    """The graphs of one partition: N-Quads text, or the file it was written to."""

    index: int
    nquads: str = ""
    path: str = ""
    hashes: dict[str, str] = field(default_factory=dict)
    sentences: int = 0
    events: int = 0
    actors: tuple[str, ...] = ()
    facts: int = 0

    def text(self) -> str:
        """Return the shard's N-Quads (reading the file when it was written to one)."""
        return Path(self.path).read_text(encoding="utf-8") if self.path else self.nquads


class ShardOut:
    """Where a partition's N-Quads go: appended to a file, or kept to be returned."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._parts: list[str] = []
        self._file: TextIO | None = None

    def __enter__(self) -> ShardOut:
        if self._path:
            self._file = Path(self._path).open("w", encoding="utf-8")  # noqa: SIM115
        return self

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()

    def write(self, text: str) -> None:
        """Append ``text`` (N-Quads)."""
        if self._file is not None:
            self._file.write(text)
            self._file.flush()  # a part at a time: on disk before the next is built
        else:
            self._parts.append(text)

    def text(self) -> str:
        """Return what was written, when it went to no file ("" otherwise)."""
        return "".join(self._parts)


def load_shards(store: ox.Store, shards: Iterable[Shard]) -> list[str]:
    """Put shards into an on-disk store, replacing each shard's documents.

    A shard is read as a stream and written through :class:`graph.store.writer.StoreWriter`
    in pieces of :data:`graph.store.writer.PART_LINES` statements, so the graph of a
    long document is never held whole; a document's content hash is recorded after
    its last piece (a killed load leaves it without one: the next build redoes it).
    The writer compacts the store at the end when the shards were a good part of it.

    The shared ``ng:actorDescriptions`` graph is merged rather than replaced.

    Returns:
        The ids of the documents written.
    """
    written: list[str] = []
    with StoreWriter(store) as writer:
        for shard in shards:
            shared: dict[str, set[str]] = {}
            written.extend(_queue_shard(writer, shard, shared))
            for iri, lines in shared.items():  # a shard's actor descriptions: small
                merge_graph(store, iri, "".join(f"{line} .\n" for line in sorted(lines)))
    return written


def _queue_shard(writer: StoreWriter, shard: Shard, shared: dict[str, set[str]]) -> list[str]:
    """Queue one shard's document graphs; collect other graphs' statements in ``shared``."""
    doc_of = {str(graph_iri(doc_id)): doc_id for doc_id in shard.hashes}
    seen: set[str] = set()
    lines: list[str] = []
    current = ""

    def put() -> None:
        if current:
            writer.put(current, lines, None, replace=current not in seen)
            seen.add(current)

    for quad in _shard_quads(shard):
        name = quad.graph_name
        doc_id = doc_of.get(name.value, "") if isinstance(name, ox.NamedNode) else ""
        if not doc_id:
            if isinstance(name, ox.NamedNode):
                shared.setdefault(name.value, set()).add(str(quad.triple))
            continue
        if doc_id != current or len(lines) >= PART_LINES:
            put()
            current, lines = doc_id, []
        lines.append(str(quad.triple))
    put()
    for doc_id, digest in shard.hashes.items():  # after every piece: FIFO writer
        writer.put(doc_id, [], digest, replace=doc_id not in seen)
    return sorted(shard.hashes)


def _shard_quads(shard: Shard) -> Iterator[ox.Quad]:
    """Yield a shard's quads, read from its file as a stream when it has one."""
    try:
        if shard.path:
            yield from ox.parse(path=shard.path, format=ox.RdfFormat.N_QUADS)
        else:
            yield from ox.parse(shard.nquads, ox.RdfFormat.N_QUADS)
    except (OSError, SyntaxError) as exc:
        where = shard.path or f"#{shard.index}"
        raise GraphFileError(f"cannot read N-Quads shard {where}: {exc}") from exc
