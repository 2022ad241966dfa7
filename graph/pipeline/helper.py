"""Finish each document after parsing, in a helper process when a core is free.

Finishing is extraction from the parse, normalisation (coreference, gazetteer and
place look-ups) and, for a build, the document graph's N-Quads statements: pure
Python, together about a quarter of spaCy's parse. With one spaCy process the
second core is idle, so the work goes to one helper process: it finishes
document N while spaCy parses document N + 1. Results come back in input order.

Parsed documents go to the helper packed (their token arrays and strings, see
:mod:`graph.pipeline.docpack`; ~0.6 ms for an article, a third of ``Doc.to_bytes``)
and are extracted there. A long
document goes in parts of a few chunks each (see :mod:`graph.pipeline.document`),
so that neither process holds more than a part of it at a time.

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
from .docpack import pack_doc
from .document import DocumentResult, Done, Job, extract_doc, finish_job

log = logging.getLogger(__name__)

# Documents queued for the helper before the caller waits: more than one batch of
# nlp.pipe, which hands its documents over all at once (with 4, the caller waited
# ~10% of a build for the helper to catch up after each batch).
_IN_FLIGHT = 40

_GAZETTEER: Gazetteer | None = None
_VOCAB: Vocab | None = None
# Sentences of the previous part a part's coreference may look back to.
_CONTEXT_SENTENCES = 5


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
        self._queue: deque[tuple[Job, Future[Done] | Done]] = deque()
        self._pool = _fork_helper(gazetteer, vocab) if helper and _may_fork() else None

    @property
    def takes_docs(self) -> bool:
        """Whether :meth:`submit_docs` sends documents to a helper to be extracted there."""
        return self._pool is not None and self.vocab is not None

    def submit(
        self, article: Article, events: list[Event], sentences: list[tuple[int, str]]
    ) -> None:
        """Queue one document (its events and all its ``(index, text)`` sentences)."""
        self._dispatch(Job(article, events, sentences, total=len(sentences)))

    def submit_doc(self, article: Article, doc: Doc) -> None:
        """Queue a document parsed as one doc, to be extracted too."""
        self.submit_docs(article, [doc])

    def submit_docs(
        self,
        article: Article,
        docs: list[Doc],
        *,
        context: list[tuple[int, str]] | None = None,
        first: bool = True,
    ) -> None:
        """Queue a document, or a part of one: its next parsed chunks, to be extracted too.

        Args:
            article: The document.
            docs: Consecutive chunks from :func:`graph.parse.parse_articles`; the
                part is the document's last when the last of them ends it.
            context: Sentences before the part, for coreference (see :func:`context_of`).
            first: Whether the part is the document's first.
        """
        end = docs[-1].user_data
        total = end["sentence_offset"] + len(end["sentence_spans"]) if end["last_chunk"] else None
        job = Job(article, context=context or [], total=total, first=first)
        if not self.takes_docs:  # nothing to send them to: extract them here
            for doc in docs:
                found, read = extract_doc(doc, self.extractor)
                job.events.extend(found)
                job.sentences.extend(read)
        else:
            job.packed.extend(pack_doc(doc) for doc in docs)
        self._dispatch(job)

    def _dispatch(self, job: Job) -> None:
        """Queue a job for the helper, or finish it here when there is none."""
        if self._pool is not None:
            # The text stays here: the graph needs only the document's metadata.
            sent = replace(job, article=replace(job.article, text=""))
            try:
                future = self._pool.submit(_in_helper, sent, self.extractor, self.rdf)
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

    def _here(self, job: Job) -> Done:
        return finish_job(job, self.vocab, self.extractor, self.gazetteer, self.rdf)

    def _result(self, job: Job, outcome: Future[Done] | Done) -> DocumentResult:
        if isinstance(outcome, Future):
            try:
                outcome = outcome.result()
            except BrokenProcessPool:
                log.info("finishing documents in this process: the helper stopped")
                self._pool = None
                outcome = self._here(job)
        events, lines, sentences = outcome
        last = job.total is not None
        return DocumentResult(job.article, events, sentences, lines, job.first, last, job.total)


def context_of(doc: Doc) -> list[tuple[int, str]]:
    """Return the last sentences of a parsed chunk, as context for the part after it."""
    spans = doc.user_data["sentence_spans"][-_CONTEXT_SENTENCES:]
    first = doc.user_data["sentence_offset"] + len(doc.user_data["sentence_spans"]) - len(spans)
    return [(first + i, doc[start:end].text) for i, (start, end) in enumerate(spans)]


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


def _in_helper(job: Job, extractor: str, rdf: str) -> Done:
    assert _GAZETTEER is not None  # set by _start_helper before any job
    return finish_job(job, _VOCAB, extractor, _GAZETTEER, rdf)
