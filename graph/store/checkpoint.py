"""Checkpoint shards of :func:`graph.pipeline.build_into_store`: write, resume, clear.

A checkpoint folder holds one N-Quads shard per finished document, so that an
interrupted build of an in-memory store can resume where it stopped.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..errors import GraphFileError
from ..model import text_id
from ..rdf.nquads import in_graph
from ..rdf.triples import graph_iri
from ..vocab import NG
from .files import save_text
from .writer import PART_LINES, StoreWriter

_DOC_ID = ox.NamedNode(str(NG.docId))
_ACTOR_ID = ox.NamedNode(str(NG.actorId))


def shard_text(doc_id: str, lines: list[str]) -> str:
    """Return a document's statements as N-Quads in its named graph."""
    return in_graph(lines, str(graph_iri(doc_id)))


def save_shard(folder: Path, doc_id: str, lines: list[str], *, first: bool, last: bool) -> None:
    """Save a finished document's shard, or a part of a long document's.

    Parts are appended to ``<name>.nq.part``, which becomes ``<name>.nq`` with
    the last: a resumed build never takes half a document for a finished one.
    """
    path = folder / f"{text_id(doc_id)}.nq"
    if first and last:
        save_text(path, shard_text(doc_id, lines))
        return
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("w" if first else "a", encoding="utf-8") as out:
            out.write(shard_text(doc_id, lines))
        if last:
            partial.replace(path)
    except OSError as exc:
        raise GraphFileError(f"cannot write {partial}: {exc.strerror or exc}") from exc


def resume_shards(
    writer: StoreWriter, folder: Path | None, *, resume: bool, actors: set[str]
) -> set[str]:
    """Prepare the checkpoint folder; queue its shards when resuming; return their doc ids.

    The actor ids the resumed shards mention are added to ``actors``.
    """
    if folder is None:
        return set()
    folder.mkdir(parents=True, exist_ok=True)
    done: set[str] = set()
    for shard in sorted(folder.glob("*.nq")):
        if not resume:
            shard.unlink()
            continue
        try:
            doc_id = _shard_doc_id(shard)
            if doc_id:
                _queue_shard(writer, shard, doc_id, actors)
        except (OSError, SyntaxError) as exc:
            raise GraphFileError(f"cannot resume from {shard}: {exc}") from exc
        if doc_id:
            done.add(doc_id)
    return done


def _shard_doc_id(shard: Path) -> str:
    """Return the document id a shard names (its first ``ng:docId``), or ""."""
    for quad in ox.parse(path=str(shard), format=ox.RdfFormat.N_QUADS):
        if quad.predicate == _DOC_ID:
            return str(quad.object.value)
    return ""


def _queue_shard(writer: StoreWriter, shard: Path, doc_id: str, actors: set[str]) -> None:
    """Queue a shard's statements in pieces of :data:`PART_LINES`, as a long build writes them.

    A shard of a long document is as long as the document's graph: read whole, it
    would hold the document in memory again on resume.
    """
    lines: list[str] = []
    first = True
    for quad in ox.parse(path=str(shard), format=ox.RdfFormat.N_QUADS):
        lines.append(str(quad.triple))
        if quad.predicate == _ACTOR_ID:
            actors.add(str(quad.object.value))
        if len(lines) >= PART_LINES:
            writer.put(doc_id, lines, None, replace=first)
            lines, first = [], False
    writer.put(doc_id, lines, None, replace=first)


def clear_checkpoint(folder: Path) -> None:
    """Delete a checkpoint folder after a successful build.

    Besides its shards it may hold the temporary file of a shard whose write was
    killed; only files are expected in it.
    """
    for leftover in folder.iterdir():
        leftover.unlink()
    folder.rmdir()
