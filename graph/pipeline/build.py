"""Run the stages in order: ingest -> parse -> extract -> normalize -> RDF."""

from __future__ import annotations

import logging
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset
from spacy.language import Language
from spacy.tokens import Doc

from ..extract.rules import get_extractor
from ..ingest.articles import load_articles
from ..model import Article, Event
from ..normalize.events import Gazetteer, load_gazetteer
from ..parse import load_nlp, parse_articles
from ..rdf.nquads import ntriples
from ..rdf.triples import add_triples, document_graph_triples, new_dataset
from ..store.checkpoint import resume_shards, save_shard
from ..store.oxigraph import content_hash, has_document, merge_graph, undescribed_actor_ids
from ..store.settle import settle_dataset_types, settle_store_types
from ..store.writer import StoreWriter
from ..vocab import ACTOR_GRAPH
from .document import DocumentResult
from .helper import Finisher, context_of
from .options import BuildOptions, BuildStats

log = logging.getLogger(__name__)

# Text finished as one part: a longer document is normalised (coreference, document
# context) and written part by part, so memory stays flat however long it is.
PART_CHARS = 50_000


def process_documents(
    paths: Iterable[Path | str],
    options: BuildOptions | None = None,
    *,
    gazetteer: Gazetteer | None = None,
    nlp: Language | None = None,
    skip: Callable[[Article], bool] | None = None,
    rdf: bool = False,
) -> Iterator[DocumentResult]:
    """Read documents and yield each with its normalised events, in input order.

    Args:
        paths: Files, folders or ``"-"``.
        options: Extractor, spaCy workers, ``skip_bad`` and ``max_bytes`` (see
            :class:`BuildOptions`).
        gazetteer: Actor gazetteer (default: the packaged one).
        nlp: A loaded spaCy pipeline (default: :func:`graph.parse.load_nlp`).
        skip: Return True for articles that need no processing (already stored).
        rdf: Also make each document graph's N-Quads statements (``result.lines``).

    Yields:
        One result per document (see :func:`process_articles`).
    """
    options = options or BuildOptions()
    get_extractor(options.extractor)  # an unknown extractor fails before anything is read
    articles = load_articles(
        paths,
        skip_bad=options.skip_bad,
        max_bytes=options.max_bytes,
        on_duplicate=options.on_duplicate,
    )
    if skip is not None:
        articles = (a for a in articles if not skip(a))
    yield from process_articles(
        articles,
        extractor=options.extractor,
        workers=options.workers,
        gazetteer=gazetteer,
        nlp=nlp,
        rdf=rdf,
    )


def process_articles(
    articles: Iterable[Article],
    *,
    extractor: str = "dep",
    workers: int = 1,
    gazetteer: Gazetteer | None = None,
    nlp: Language | None = None,
    rdf: bool = False,
    helper: bool = True,
) -> Iterator[DocumentResult]:
    """Parse articles and yield each with its normalised events, in input order.

    The one loop every build runs (here, and on each Dask worker): spaCy parses,
    and each document goes through :mod:`graph.pipeline.document`'s functions.
    A document longer than :data:`PART_CHARS` streams: it gives one result per
    part (see :class:`DocumentResult`'s ``first`` and ``last``).

    Args:
        articles: The documents.
        extractor: Name of a registered extractor.
        workers: spaCy processes.
        gazetteer: Actor gazetteer (default: the packaged one).
        nlp: A loaded spaCy pipeline (default: :func:`graph.parse.load_nlp`).
        rdf: Also make each document graph's N-Quads statements (``result.lines``).
        helper: With one spaCy process, finish documents in a helper process
            (see :mod:`graph.pipeline.helper`) when one can be started.

    Yields:
        One result per document (or part), in input order.
    """
    get_extractor(extractor)  # an unknown extractor fails before anything is parsed
    gazetteer = gazetteer or load_gazetteer()
    nlp = nlp or load_nlp()  # before the helper is forked, so that it shares the vocab
    finisher = Finisher(
        gazetteer,
        helper=helper and workers == 1,
        rdf=extractor if rdf else "",
        extractor=extractor,
        vocab=nlp.vocab,
    )
    part: list[Doc] = []
    size, first, context = 0, True, None
    try:
        for article, doc in parse_articles(articles, nlp=nlp, workers=workers):
            part.append(doc)
            size += _length(doc)
            last = doc.user_data["last_chunk"]
            if last or size >= PART_CHARS:
                finisher.submit_docs(article, part, context=context, first=first)
                first, context = last, None if last else context_of(doc)
                part, size = [], 0
                yield from finisher.ready()
        yield from finisher.drain()
    finally:
        finisher.close()


def _length(doc: Doc) -> int:
    """Return ``len(doc.text)`` without joining every token again (spaCy does per access)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def build_graph(
    paths: Iterable[Path | str],
    options: BuildOptions | None = None,
    *,
    stats: BuildStats | None = None,
    on_document: Callable[[DocumentResult], None] | None = None,
) -> Dataset:
    """Build the event graph of some documents in an rdflib dataset (in memory).

    For more than a few megabytes of text, :func:`build_into_store` is several
    times faster (rdflib's in-memory store costs ~17 µs per triple).

    Args:
        paths: Files, folders or ``"-"``.
        options: Extractor, spaCy workers, extra actor gazetteers, ``skip_bad``
            and ``max_bytes`` (see :class:`BuildOptions`).
        stats: Filled with counts as the build goes, when given.
        on_document: Called after each document (progress reporting).

    Returns:
        A dataset with one named graph per document.
    """
    options = options or BuildOptions()
    kg = new_dataset()
    stats = stats if stats is not None else BuildStats()
    gazetteer = load_gazetteer(extra=options.actors)
    for result in process_documents(paths, options, gazetteer=gazetteer):
        doc_id = result.article.doc_id
        triples = document_graph_triples(
            result.article,
            result.events,
            extractor=options.extractor,
            sentences=result.sentence_count,
        )
        add_triples(kg, doc_id, triples)  # adds to (never replaces) a graph of the same id
        stats.add(result.sentences, result.events, document=result.last)
        if on_document is not None:
            on_document(result)
    actor_graph = kg.graph(ACTOR_GRAPH)
    actor_graph.addN((s, p, o, actor_graph) for s, p, o in gazetteer.describe(sorted(stats.actors)))
    settle_dataset_types(kg)  # one type per actor across the documents
    log.info("built %d documents, %d events", stats.documents, stats.events)
    return kg


def build_into_store(
    store: ox.Store,
    paths: Iterable[Path | str],
    options: BuildOptions | None = None,
    *,
    stats: BuildStats | None = None,
    on_document: Callable[[DocumentResult], None] | None = None,
    checkpoint: Path | None = None,
) -> BuildStats:
    """Build documents into an Oxigraph store (on disk or in memory), incrementally.

    Documents whose content hash is already stored are skipped before parsing;
    new and changed ones replace their named graph. The graphs are written in
    batches by a background thread (:class:`graph.store.writer.StoreWriter`), so
    the writes overlap with parsing. Actor descriptions go into the shared graph
    :data:`graph.vocab.ACTOR_GRAPH`.

    Args:
        store: An open store.
        paths: Files, folders or ``"-"``.
        options: Extractor, spaCy workers, extra actor gazetteers, ``skip_bad``,
            ``max_bytes`` and ``resume`` (see :class:`BuildOptions`).
        stats: Filled with counts as the build goes, when given.
        on_document: Called after each document (progress reporting).
        checkpoint: A folder that receives each finished document's graph as an
            N-Quads shard, so that an interrupted build of an in-memory store can
            resume (an on-disk store needs none: it keeps what was written). With
            ``options.resume`` the shards already there are loaded and their
            documents skipped (otherwise the folder is emptied first).

    Returns:
        The build's counts (``stats``).
    """
    options = options or BuildOptions()
    stats = stats if stats is not None else BuildStats()
    gazetteer = load_gazetteer(extra=options.actors)
    with StoreWriter(store) as writer:
        done = resume_shards(writer, checkpoint, resume=options.resume, actors=stats.actors)
        if checkpoint is not None:
            stats.resumed = len(done)
        skip, hashes = _new_or_changed(store, done, options.extractor, stats)
        results = process_documents(paths, options, gazetteer=gazetteer, skip=skip, rdf=True)
        for result in results:
            article, lines = result.article, result.lines or []
            if checkpoint is not None:
                save_shard(checkpoint, article.doc_id, lines, first=result.first, last=result.last)
            # A long document comes in parts: the first replaces, the last records the hash.
            digest = hashes[article.doc_id].popleft() if result.last else None
            writer.put(article.doc_id, lines, digest, replace=result.first)
            stats.add(result.sentences, result.events, document=result.last)
            if on_document is not None:
                on_document(result)
    # Actors of unchanged documents too, when their descriptions were lost.
    wanted = set(stats.actors) | set(undescribed_actor_ids(store))
    described = ntriples(gazetteer.describe(sorted(wanted)))
    if described:
        merge_graph(store, str(ACTOR_GRAPH), described)
    settle_store_types(store)  # one type per actor across all stored documents
    log.info("built %d documents, %d events", stats.documents, stats.events)
    return stats


def _new_or_changed(
    store: ox.Store, done: set[str], extractor: str, stats: BuildStats
) -> tuple[Callable[[Article], bool], dict[str, deque[str]]]:
    """Return a ``skip`` test for articles stored unchanged, and the hashes it computed.

    Each content hash is computed once, here, and used again for the write;
    results come in input order, so a queue per id also holds when ids repeat.
    """
    hashes: dict[str, deque[str]] = defaultdict(deque)

    def skip(article: Article) -> bool:
        if article.doc_id in done:
            return True
        digest = content_hash(article, extractor=extractor)
        same = has_document(store, article.doc_id, digest)
        stats.skipped += same
        if not same:
            hashes[article.doc_id].append(digest)
        return same

    return skip, hashes


def extract_documents(
    paths: Iterable[Path | str], options: BuildOptions | None = None
) -> Iterator[Event]:
    """Yield the normalised events of some documents, in document order.

    Args:
        paths: Files, folders or ``"-"``.
        options: Extractor, spaCy workers, ``skip_bad`` and ``max_bytes``.
    """
    for result in process_documents(paths, options):
        yield from result.events
