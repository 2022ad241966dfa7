"""Write built documents into an Oxigraph store in batches, in a background thread.

A transaction per document costs ~17 µs per quad on disk (RocksDB), more than the
extraction itself; Oxigraph's bulk loader writes the same quads 4x faster and,
like all of pyoxigraph's loaders, releases the GIL. So the writer collects
documents into batches and a single background thread, in order, for each batch:

1. drops the graphs of documents the store already holds (one transaction, so
   a changed document is replaced, never merged with its old version);
2. bulk-loads the batch as N-Quads: each document's named graph, plus the same
   triples in the default graph, which :mod:`graph.store.oxigraph` keeps as the merge;
3. records the documents' content hashes (one small transaction).

When it closes, the writer compacts the store if it wrote a thousand documents
or more, and a quarter of those the store holds (:func:`graph.store.oxigraph.compact_if_grown`).

The hash is written last: a build killed during a batch leaves documents
without a hash, which the next build rebuilds (dropping whatever of them was
loaded). While the thread loads one batch the caller goes on parsing the next,
so on two cores the store's writes cost almost no wall time.
"""

from __future__ import annotations

import logging
import queue
import threading
from types import TracebackType

import pyoxigraph as ox

from ..errors import GraphFileError
from ..rdf.nquads import in_graph, term_text
from ..vocab import NG
from .oxigraph import compact_if_grown, graph_iri, remove_documents

log = logging.getLogger(__name__)

__all__ = ["PART_LINES", "StoreWriter"]

_HASH = term_text(NG.contentHash)
_INDEX = term_text(NG.storeIndex)  # oxstore.INDEX_GRAPH
# A queued document: graph IRI, statements, content hash, whether it replaces the graph.
_Entry = tuple[str, list[str], str | None, bool]
# Statements put at a time when a stored graph is read back (a checkpoint or Dask
# shard): the graph of a long document is never held whole.
PART_LINES = 50_000


class StoreWriter:
    """Put documents into a store in batches, written by a background thread.

    Use as a context manager, or call :meth:`close`, which waits for the last
    batch and raises any error the thread met.

    Args:
        store: An open store (on disk or in memory).
        batch_documents: Documents per batch.
        batch_statements: Statements per batch (whichever limit comes first).
    """

    def __init__(
        self, store: ox.Store, *, batch_documents: int = 64, batch_statements: int = 50_000
    ) -> None:
        self.store = store
        self._limits = (batch_documents, batch_statements)
        self._pending: dict[str, _Entry] = {}
        self._size = 0
        # Two batches in flight at most: one loading, one waiting (bounded memory).
        self._queue: queue.Queue[dict[str, _Entry] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self.written = 0  # documents (or parts of one) the thread has written
        # Started with the first batch (a thread makes forking unsafe, see graph._normalizer).
        self._thread = threading.Thread(target=self._run, name="newsgraph-store", daemon=True)

    def put(
        self, doc_id: str, lines: list[str], content_hash: str | None, *, replace: bool = True
    ) -> None:
        """Queue document ``doc_id`` (its :func:`statements`) to replace its stored graph.

        Args:
            doc_id: The document id.
            lines: The document graph's statements.
            content_hash: Recorded once the document is written (None records none).
            replace: False to add ``lines`` to the graph instead: the next part of a
                long document, whose first part replaced it.
        """
        self._check()
        previous = self._pending.pop(doc_id, None)
        if previous is not None and not replace:  # a part after one still pending
            lines = previous[1] + lines
            replace = previous[3]
        if previous is not None:  # the same id twice: the later wins
            self._size -= len(previous[1])
        self._pending[doc_id] = (graph_iri(doc_id), lines, content_hash, replace)
        self._size += len(lines)
        if len(self._pending) >= self._limits[0] or self._size >= self._limits[1]:
            self.flush()

    def flush(self) -> None:
        """Hand the pending documents to the writing thread."""
        self._check()
        if self._pending:
            if self._thread.ident is None:  # not started yet
                self._thread.start()
            self._queue.put(self._pending)
            self._pending, self._size = {}, 0

    def close(self) -> None:
        """Write what is pending, wait for the thread and raise its error, if any."""
        self.flush()  # starts the thread if anything is pending
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        self._check()
        try:
            compact_if_grown(self.store, self.written)
        except OSError as exc:
            raise GraphFileError(f"cannot compact the store: {exc}") from exc

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
            return
        # Failing already: stop the thread without writing the pending batch.
        self._pending = {}
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def _check(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            if isinstance(error, GraphFileError):
                raise error
            raise GraphFileError(f"cannot write to the store: {error}") from error

    def _run(self) -> None:
        while (batch := self._queue.get()) is not None:
            if self._error is not None:
                continue  # drain: the caller raises at its next call
            try:
                self._write(batch)
            except (OSError, SyntaxError, ValueError, GraphFileError) as exc:
                self._error = exc

    def _write(self, batch: dict[str, _Entry]) -> None:
        # Those already stored, in one transaction (not the graph a part adds to).
        remove_documents(self.store, [d for d, entry in batch.items() if entry[3]])
        parts: list[str] = []
        for iri, lines, _, _ in batch.values():
            parts += (in_graph(lines, iri), in_graph(lines, None))
        self.store.bulk_load("".join(parts).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        hashes = [
            f'<{iri}> {_HASH} "{value}" {_INDEX} .\n'
            for iri, _, value, _ in batch.values()
            if value is not None
        ]
        if hashes:
            self.store.load("".join(hashes), format=ox.RdfFormat.N_QUADS)
        self.written += len(batch)
        log.debug("wrote %d documents to the store", len(batch))
