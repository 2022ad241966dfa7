"""The one per-document path: extract -> normalise -> the document graph's statements.

Every build calls these functions for every document, wherever it runs: the
local loop (:func:`graph.pipeline.build.process_articles`), its helper process
(:mod:`graph.pipeline.helper`) and Dask workers (:mod:`graph.pipeline.distributed`).
:func:`finish_document` is the part after extraction: deduplication, normalisation
with the document's date and every sentence (coreference looks back over them),
and, for a build, the N-Quads statements of the document graph.

A long document streams: it is finished in parts of a few chunks each (a
:class:`Job` per part), so that memory does not grow with its length. Coreference
in a part sees the part's sentences and the last few before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..extract.rules import Extractor, get_extractor
from ..model import TITLE_INDEX, Article, Event
from ..normalize.coordination import split_reciprocal
from ..normalize.events import normalize_events
from ..normalize.gazetteer import Gazetteer
from ..parse import iter_sentences
from ..parse.headline import headline_doc
from ..rdf.nquads import statements
from ..rdf.triples import document_graph_triples
from .docpack import PackedDoc, unpack_doc

_EXTRACTORS: dict[str, Extractor] = {}

# The normalised events, the statements of the document graph (or None), the sentence count.
Done = tuple[list[Event], list[str] | None, int]


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One document (or one part of a long one) after extraction and normalisation.

    A document finished in parts gives one result per part, in order: ``first``
    on the first, ``last`` on the last (a short document's one result is both).
    """

    article: Article
    events: list[Event]
    sentences: int  # sentences in this result
    lines: list[str] | None = None  # the document graph's statements, when asked for
    first: bool = True
    last: bool = True
    total: int | None = None  # the document's sentences, on its last result

    @property
    def sentence_count(self) -> int | None:
        """Return the document's sentence count on its last result (None on other parts)."""
        if not self.last:
            return None
        return self.sentences if self.total is None else self.total


@dataclass(frozen=True, slots=True)
class Job:
    """One document, or one part of a long one, to finish.

    Args:
        article: The document.
        events: Events already extracted.
        sentences: Their sentences, ``(index in the article, text)``.
        packed: Parsed chunks (:func:`graph.pipeline.docpack.pack_doc`) still to extract.
        context: Sentences just before this part, for coreference only.
        total: The document's sentence count, on its last part (None on the others).
        first: Whether this is the document's first part.
    """

    article: Article
    events: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, str]] = field(default_factory=list)
    packed: list[PackedDoc] = field(default_factory=list)
    context: list[tuple[int, str]] = field(default_factory=list)
    total: int | None = None
    first: bool = True


def finish_document(
    meta: Article,
    events: list[Event],
    sentences: list[tuple[int, str]],
    gaz: Gazetteer,
    rdf: str,
    *,
    context: list[tuple[int, str]] | None = None,
    total: int | None = None,
) -> Done:
    """Deduplicate and normalise one document's events (coreference sees every sentence).

    Args:
        meta: The document (its text is not needed).
        events: Its events as extracted.
        sentences: All its ``(index, text)`` sentences (of a part: the part's).
        gaz: The actor gazetteer.
        rdf: The extractor's name, to also return the graph's statements; "" for none.
        context: Sentences before a part, which coreference may look back to.
        total: The document's sentence count for its graph (``ng:sentenceCount``):
            given with a whole document or its last part only.

    Returns:
        The normalised events, the statements of the document graph or None, and
        the number of ``sentences``.
    """
    doc_id = meta.doc_id
    unique = sorted(set(events), key=Event.sort_key)
    seen = [*(context or []), *sentences]
    normalised = list(
        split_reciprocal(
            normalize_events(
                unique, gazetteer=gaz, dates={doc_id: meta.date}, sentences={doc_id: seen}
            )
        )
    )
    if not rdf:
        return normalised, None, len(sentences)
    triples = document_graph_triples(meta, normalised, extractor=rdf, sentences=total)
    lines = statements(triples)
    return normalised, lines, len(sentences)


def finish_job(job: Job, vocab: Vocab | None, extractor: str, gaz: Gazetteer, rdf: str) -> Done:
    """Extract the parsed chunks of a job, if any, then finish it.

    Args:
        job: The document or part (its article's text is not needed).
        vocab: The vocabulary of the pipeline that parsed the chunks.
        extractor: Name of a registered extractor.
        gaz: The actor gazetteer.
        rdf: As for :func:`finish_document`.
    """
    events, sentences = list(job.events), list(job.sentences)
    for packed in job.packed:
        if vocab is None:
            raise ValueError("parsed chunks need the pipeline's vocab")
        found, read = extract_doc(unpack_doc(vocab, packed), extractor)
        events += found
        sentences += read
    return finish_document(
        job.article, events, sentences, gaz, rdf, context=job.context, total=job.total
    )


def extract_doc(doc: Doc, extractor: str) -> tuple[list[Event], list[tuple[int, str]]]:
    """Return a doc's events and its ``(index in the article, text)`` sentences."""
    if extractor not in _EXTRACTORS:
        _EXTRACTORS[extractor] = get_extractor(extractor)
    events = list(_EXTRACTORS[extractor](doc))
    offset = doc.user_data["sentence_offset"]
    headline = headline_doc(doc)
    if headline is not None:  # context for the first sentences, never a sentence itself
        events = [*map(_in_headline, _EXTRACTORS[extractor](headline)), *events]
    return events, [(offset + i, sent.text) for i, sent in iter_sentences(doc)]


def _in_headline(event: Event) -> Event:
    """Return an event of the headline's parse, at the headline's sentence index."""
    return replace(event, provenance=replace(event.provenance, sentence_index=TITLE_INDEX))
