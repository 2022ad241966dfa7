"""Run the stages in order: ingest -> parse -> extract -> normalize -> RDF."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset
from spacy.language import Language

from .extract import get_extractor
from .ingest import load_articles
from .model import Article, Event, text_id
from .normalize import Gazetteer, load_gazetteer, normalize_events
from .parse import iter_sentences, load_nlp, parse_articles
from .rdf import add_triples, document_graph_triples, new_dataset
from .store import load_graph, save_graph
from .vocab import GRAPH, NG

log = logging.getLogger(__name__)


@dataclass(slots=True)
class BuildStats:
    """Counts a build reports in its summary line."""

    documents: int = 0
    resumed: int = 0
    skipped: int = 0
    sentences: int = 0
    events: int = 0
    actors: set[str] = field(default_factory=set)
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        """Return the time since the build started."""
        return time.perf_counter() - self.started

    def add(self, sentences: int, events: Sequence[Event]) -> None:
        """Count one finished document."""
        self.documents += 1
        self.sentences += sentences
        self.events += len(events)
        self.actors.update(e.actor_id for e in events if e.actor_id)
        self.actors.update(e.target_id for e in events if e.target_id)


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One document after extraction and normalisation."""

    article: Article
    events: list[Event]
    sentences: int


def process_documents(
    paths: Iterable[Path | str],
    *,
    extractor: str = "dep",
    workers: int = 1,
    gazetteer: Gazetteer | None = None,
    skip_bad: bool = False,
    nlp: Language | None = None,
    skip: Callable[[Article], bool] | None = None,
    max_bytes: int | None = None,
) -> Iterator[DocumentResult]:
    """Yield each document with its normalised events, in input order.

    Args:
        paths: Files, folders or ``"-"``.
        extractor: Name of a registered extractor.
        workers: spaCy processes.
        gazetteer: Actor gazetteer (default: the packaged one).
        skip_bad: Skip unreadable documents with a warning instead of failing.
        nlp: A loaded spaCy pipeline (default: :func:`graph.parse.load_nlp`).
        skip: Return True for articles that need no processing (already stored).
        max_bytes: Largest document accepted.

    Yields:
        One result per document.
    """
    extract = get_extractor(extractor)
    gazetteer = gazetteer or load_gazetteer()
    articles = load_articles(paths, skip_bad=skip_bad, max_bytes=max_bytes)
    if skip is not None:
        articles = (a for a in articles if not skip(a))
    current: Article | None = None
    events: list[Event] = []
    sentences: list[tuple[int, str]] = []
    for article, doc in parse_articles(articles, nlp=nlp or load_nlp(), workers=workers):
        if current is not None and article is not current:
            yield _finish(current, events, sentences, gazetteer)
            events, sentences = [], []
        current = article
        events.extend(extract(doc))
        offset = doc.user_data["sentence_offset"]
        sentences.extend((offset + i, sent.text) for i, sent in iter_sentences(doc))
    if current is not None:
        yield _finish(current, events, sentences, gazetteer)


def _finish(
    article: Article, events: list[Event], sentences: list[tuple[int, str]], gaz: Gazetteer
) -> DocumentResult:
    """Deduplicate and normalise one document's events (coreference sees every sentence)."""
    unique = sorted(set(events), key=Event.sort_key)
    normalised = normalize_events(
        unique,
        gazetteer=gaz,
        dates={article.doc_id: article.date},
        sentences={article.doc_id: sentences},
    )
    return DocumentResult(article, list(normalised), len(sentences))


def build_graph(
    paths: Iterable[Path | str],
    *,
    extractor: str = "dep",
    workers: int = 1,
    actors: Sequence[Path] = (),
    skip_bad: bool = False,
    max_bytes: int | None = None,
    stats: BuildStats | None = None,
    on_document: Callable[[DocumentResult], None] | None = None,
    checkpoint: Path | None = None,
    resume: bool = False,
) -> Dataset:
    """Build the event graph of some documents.

    Args:
        paths: Files, folders or ``"-"``.
        extractor: Name of a registered extractor.
        workers: spaCy processes.
        actors: Extra actor gazetteers (Turtle) merged into the packaged one.
        skip_bad: Skip unreadable documents with a warning instead of failing.
        max_bytes: Largest document accepted (see :func:`graph.ingest.load_articles`).
        stats: Filled with counts as the build goes, when given.
        on_document: Called after each document (progress reporting).
        checkpoint: A folder that receives each finished document's graph as an
            N-Quads shard, so that an interrupted build can resume.
        resume: Load the shards already in ``checkpoint`` and skip their
            documents (otherwise the folder is emptied first).

    Returns:
        A dataset with one named graph per document.
    """
    kg = new_dataset()
    stats = stats if stats is not None else BuildStats()
    gazetteer = load_gazetteer(extra=tuple(actors))
    done = _open_checkpoint(kg, checkpoint, resume=resume, stats=stats)
    results = process_documents(
        paths,
        extractor=extractor,
        workers=workers,
        gazetteer=gazetteer,
        skip_bad=skip_bad,
        max_bytes=max_bytes,
        skip=lambda article: article.doc_id in done,
    )
    for result in results:
        doc_id = result.article.doc_id
        triples = document_graph_triples(result.article, result.events, extractor=extractor)
        if checkpoint is not None:
            doc_kg = new_dataset()
            add_triples(doc_kg, doc_id, triples)
            save_graph(doc_kg, checkpoint / f"{text_id(doc_id)}.nq")
        add_triples(kg, doc_id, triples)  # adds to (never replaces) a graph of the same id
        stats.add(result.sentences, result.events)
        if on_document is not None:
            on_document(result)
    # Resumed documents' actors count too, so describe every actor in the graph.
    actor_ids = {str(o) for o in kg.objects(None, NG.actorId)}
    actor_graph = kg.graph(GRAPH["actors"])
    actor_graph.addN((s, p, o, actor_graph) for s, p, o in gazetteer.describe(sorted(actor_ids)))
    log.info("built %d documents, %d events", stats.documents, stats.events)
    return kg


def _open_checkpoint(
    kg: Dataset, folder: Path | None, *, resume: bool, stats: BuildStats
) -> set[str]:
    """Prepare the checkpoint folder; return the ids of documents already built."""
    if folder is None:
        return set()
    folder.mkdir(parents=True, exist_ok=True)
    done: set[str] = set()
    for shard in sorted(folder.glob("*.nq")):
        if not resume:
            shard.unlink()
            continue
        part = load_graph(shard)
        kg.addN((s, p, o, kg.graph(c)) for s, p, o, c in part.quads((None, None, None, None)))
        done.update(str(o) for o in part.objects(None, NG.docId))
    stats.resumed = len(done)
    return done


def clear_checkpoint(folder: Path) -> None:
    """Delete a checkpoint folder after a successful build.

    Besides its shards it may hold the temporary file of a shard whose write was
    killed; only files are expected in it.
    """
    for leftover in folder.iterdir():
        leftover.unlink()
    folder.rmdir()


def extract_documents(
    paths: Iterable[Path | str],
    *,
    extractor: str = "dep",
    workers: int = 1,
    skip_bad: bool = False,
    max_bytes: int | None = None,
) -> Iterator[Event]:
    """Yield the normalised events of some documents, in document order."""
    for result in process_documents(
        paths, extractor=extractor, workers=workers, skip_bad=skip_bad, max_bytes=max_bytes
    ):
        yield from result.events
