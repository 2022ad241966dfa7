"""Finish each document after parsing, in a helper process when a core is free.

Finishing is extraction from the parse, normalisation (coreference, gazetteer and
place look-ups) and, for a build, the document graph's N-Quads statements: pure
Python, together about a quarter of spaCy's parse. With one spaCy process the
second core is idle, so the work goes to one helper process: it finishes
document N while spaCy parses document N + 1. Results come back in input order.

A document parsed as one spaCy doc (up to ``graph.parse.CHUNK_CHARS``
characters: nearly all news) goes to the helper serialised (``Doc.to_bytes``,
~1.7 ms for an article, a fifth of what extracting it costs) and is extracted
there. A longer document is extracted here, chunk by chunk, so that its chunks
need not be kept; only its events go to the helper.

The helper is forked (a spawned one would re-import the caller's ``__main__``,
which breaks scripts without a main guard), so it is started only while this
process runs no other thread, and never from a daemonic process (Dask workers).
It exits when its parent dies. Where it cannot run, or if it dies, the work is
done here.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..model import Article, Event
from ..normalize.gazetteer import Gazetteer
from .document import DocumentResult, Done, extract_doc, finish_doc, finish_document

log = logging.getLogger(__name__)

# Documents queued for the helper before the caller waits: more than one batch of
# nlp.pipe, which hands its documents over all at once (with 4, the caller waited
# ~10% of a build for the helper to catch up after each batch).
_IN_FLIGHT = 40

_GAZETTEER: Gazetteer | None = None
_VOCAB: Vocab | None = None

# A document's extracted events and all its (index, text) sentences, or a parsed
# document serialised by Doc.to_bytes.
Job = tuple[Article, list[Event], list[tuple[int, str]]]
DocJob = tuple[Article, bytes]


class Finisher:
    """Finish documents in order, here or in one helper process.

    Args:
        gazetteer: The actor gazetteer.
        helper: Whether a helper process may be used (one spaCy process only).
        rdf: The extractor's name, to also make each document graph's statements.
        extractor: The extractor :meth:`submit_doc` runs.
        vocab: The parsing pipeline's vocabulary, which :meth:`submit_doc` needs
            (fork the helper after the pipeline is loaded, so that it shares it).
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        helper: bool,
        rdf: str = "",
        extractor: str = "dep",
        vocab: Vocab | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.rdf = rdf
        self.extractor = extractor
        self.vocab = vocab
        self._queue: deque[tuple[Job | DocJob, Future[Done] | Done]] = deque()
        self._pool = _fork_helper(gazetteer, vocab) if helper and _may_fork() else None

    @property
    def takes_docs(self) -> bool:
        """Whether :meth:`submit_doc` sends documents to a helper to be extracted there."""
        return self._pool is not None and self.vocab is not None

    def submit(
        self, article: Article, events: list[Event], sentences: list[tuple[int, str]]
    ) -> None:
        """Queue one document (its events and all its ``(index, text)`` sentences)."""
        self._dispatch((article, events, sentences))

    def submit_doc(self, article: Article, doc: Doc) -> None:
        """Queue a document parsed as one doc (see :attr:`takes_docs`), to be extracted too."""
        if self._pool is None:  # nothing to send it to: extract it here
            self.submit(article, *extract_doc(doc, self.extractor))
            return
        if self.vocab is None:
            raise ValueError("Finisher.submit_doc needs the pipeline's vocab")
        self._dispatch((article, doc.to_bytes(exclude=["tensor"])))

    def _dispatch(self, job: Job | DocJob) -> None:
        """Queue a job for the helper, or finish it here when there is none."""
        if self._pool is not None:
            # The text stays here: the graph needs only the document's metadata.
            meta = replace(job[0], text="")
            try:
                if len(job) == 2:
                    future = self._pool.submit(
                        _doc_in_helper, meta, job[1], self.extractor, self.rdf
                    )
                else:
                    future = self._pool.submit(_in_helper, meta, job[1], job[2], self.rdf)
                self._queue.append((job, future))
                return
            except BrokenProcessPool:
                log.info("finishing documents in this process: the helper stopped")
                self._pool = None
        self._queue.append((job, self._here(job)))

    def ready(self) -> Iterator[DocumentResult]:
        """Yield the finished documents at the head of the queue (waiting if too many wait)."""
        while self._queue:
            job, outcome = self._queue[0]
            waiting = isinstance(outcome, Future) and not outcome.done()
            if waiting and len(self._queue) <= _IN_FLIGHT:
                return
            self._queue.popleft()
            yield self._result(job, outcome)

    def drain(self) -> Iterator[DocumentResult]:
        """Yield every queued document, in order."""
        while self._queue:
            job, outcome = self._queue.popleft()
            yield self._result(job, outcome)

    def close(self) -> None:
        """Stop the helper (queued work is dropped)."""
        self._queue.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _here(self, job: Job | DocJob) -> Done:
        if len(job) == 2:
            article, blob = job
            assert self.vocab is not None  # submit_doc checked
            return finish_doc(article, blob, self.vocab, self.extractor, self.gazetteer, self.rdf)
        article, events, sentences = job
        return finish_document(article, events, sentences, self.gazetteer, self.rdf)

    def _result(self, job: Job | DocJob, outcome: Future[Done] | Done) -> DocumentResult:
        if isinstance(outcome, Future):
            try:
                outcome = outcome.result()
            except BrokenProcessPool:
                log.info("finishing documents in this process: the helper stopped")
                self._pool = None
                outcome = self._here(job)
        events, lines, sentences = outcome
        return DocumentResult(job[0], events, sentences, lines)


def _may_fork() -> bool:
    """Return whether a helper can be forked safely and would have a core to itself."""
    return (
        (os.cpu_count() or 1) > 1
        and threading.active_count() == 1  # a fork copies locks other threads may hold
        and not multiprocessing.current_process().daemon  # daemons may have no children
        and "fork" in multiprocessing.get_all_start_methods()
    )


def _fork_helper(gazetteer: Gazetteer, vocab: Vocab | None) -> ProcessPoolExecutor | None:
    try:
        pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_helper,
            initargs=(gazetteer, vocab, os.getpid()),  # forked: shared, not pickled
        )
        pool.submit(int)  # the fork happens at the first job: make it happen now
    except OSError as exc:
        log.info("finishing documents in this process: cannot start a helper (%s)", exc)
        return None
    return pool


def _start_helper(gazetteer: Gazetteer, vocab: Vocab | None, parent: int) -> None:
    global _GAZETTEER, _VOCAB
    _GAZETTEER, _VOCAB = gazetteer, vocab
    # A killed parent cannot stop its pool: leave when the parent is gone.
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _in_helper(
    meta: Article, events: list[Event], sentences: list[tuple[int, str]], rdf: str
) -> Done:
    assert _GAZETTEER is not None  # set by _start_helper before any job
    return finish_document(meta, events, sentences, _GAZETTEER, rdf)


def _doc_in_helper(meta: Article, blob: bytes, extractor: str, rdf: str) -> Done:
    assert _GAZETTEER is not None and _VOCAB is not None  # set by _start_helper
    return finish_doc(meta, blob, _VOCAB, extractor, _GAZETTEER, rdf)
