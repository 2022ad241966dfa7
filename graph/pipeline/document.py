"""The one per-document path: extract -> normalise -> the document graph's statements.

Every build calls these functions for every document, wherever it runs: the
local loop (:func:`graph.pipeline.build.process_articles`), its helper process
(:mod:`graph.pipeline.helper`) and Dask workers (:mod:`graph.pipeline.distributed`).
:func:`finish_document` is the part after extraction: deduplication, normalisation
with the document's date and every sentence (coreference looks back over them),
and, for a build, the N-Quads statements of the document graph.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..extract.rules import Extractor, get_extractor
from ..model import Article, Event
from ..normalize.coordination import split_reciprocal
from ..normalize.events import normalize_events
from ..normalize.gazetteer import Gazetteer
from ..parse import iter_sentences
from ..rdf.nquads import statements
from ..rdf.triples import document_graph_triples

_EXTRACTORS: dict[str, Extractor] = {}

# The normalised events, the statements of the document graph (or None), the sentence count.
Done = tuple[list[Event], list[str] | None, int]


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One document after extraction and normalisation."""

    article: Article
    events: list[Event]
    sentences: int
    lines: list[str] | None = None  # the document graph's statements, when asked for


def finish_document(
    meta: Article, events: list[Event], sentences: list[tuple[int, str]], gaz: Gazetteer, rdf: str
) -> Done:
    """Deduplicate and normalise one document's events (coreference sees every sentence).

    Args:
        meta: The document (its text is not needed).
        events: Its events as extracted.
        sentences: All its ``(index, text)`` sentences.
        gaz: The actor gazetteer.
        rdf: The extractor's name, to also return the graph's statements; "" for none.

    Returns:
        The normalised events, and the statements of the document graph or None.
    """
    doc_id = meta.doc_id
    unique = sorted(set(events), key=Event.sort_key)
    normalised = list(
        split_reciprocal(
            normalize_events(
                unique, gazetteer=gaz, dates={doc_id: meta.date}, sentences={doc_id: sentences}
            )
        )
    )
    if not rdf:
        return normalised, None, len(sentences)
    triples = document_graph_triples(meta, normalised, extractor=rdf, sentences=len(sentences))
    lines = statements(triples)
    return normalised, lines, len(sentences)


def finish_doc(
    meta: Article, blob: bytes, vocab: Vocab, extractor: str, gaz: Gazetteer, rdf: str
) -> Done:
    """Extract the events of a document parsed as one doc, then finish it.

    Args:
        meta: The document (its text is not needed).
        blob: The parsed doc, from ``Doc.to_bytes``.
        vocab: The vocabulary of the pipeline that parsed it.
        extractor: Name of a registered extractor.
        gaz: The actor gazetteer.
        rdf: As for :func:`finish_document`.
    """
    events, sentences = extract_doc(Doc(vocab).from_bytes(blob), extractor)
    return finish_document(meta, events, sentences, gaz, rdf)


def extract_doc(doc: Doc, extractor: str) -> tuple[list[Event], list[tuple[int, str]]]:
    """Return a doc's events and its ``(index in the article, text)`` sentences."""
    if extractor not in _EXTRACTORS:
        _EXTRACTORS[extractor] = get_extractor(extractor)
    events = list(_EXTRACTORS[extractor](doc))
    offset = doc.user_data["sentence_offset"]
    return events, [(offset + i, sent.text) for i, sent in iter_sentences(doc)]
