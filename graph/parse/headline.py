"""An article's headline parsed apart, as context for its first sentences (issue 14).

Many pages give the story's doer only in their headline: the title "Jets pound a
rebel-held town" over a text that opens "The raids killed nine". A headline the text
does not repeat at its start is parsed on its own, in the same ``nlp.pipe`` stream just
before the article's first chunk (:data:`TITLE_OFFSET`), and carried, packed, by that
chunk (``doc.user_data[TITLE_DOC]``). The pipeline reads its events with the
sentence index :data:`graph.model.TITLE_INDEX`; normalisation looks back to them for a
doer and never yields them. The headline stays a field of the document, not one of its
sentences: it is never counted, and offsets into the text never point at it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Article
from .recase import sentence_cased

__all__ = ["TITLE_DOC", "TITLE_OFFSET", "attach_headline", "headline_doc", "headline_piece"]

# The chunk offset a headline's piece has in the parser's stream (chunks start at 0).
TITLE_OFFSET = -1
# ``doc.user_data`` key of an article's first chunk: its headline's parse, as bytes.
TITLE_DOC = "title_doc"
# A site's name after the headline: "Rebels shell the airport | Site name", "... - Site".
_SITE = re.compile(r"\s[|–—-]\s")
_WORD = re.compile(r"[a-z0-9]+")
# A headline shorter than this tells no event; how far into the text a repeat may start.
_MIN_WORDS = 3
_REPEAT_WORDS = 5
_HEAD_CHARS = 600


def headline_text(title: str) -> str:
    """Return the headline of a page title without the site's name, as a sentence."""
    text = _SITE.split(title)[0].strip()
    if len(_WORD.findall(text.lower())) < _MIN_WORDS:
        return ""
    return text if text.endswith((".", "!", "?")) else text + "."


def repeats(text: str, headline: str) -> bool:
    """Return whether ``text`` repeats the headline near its start (after a dateline...)."""
    words = _WORD.findall(headline.lower())[:_REPEAT_WORDS]
    opening = " ".join(_WORD.findall(text[:_HEAD_CHARS].lower()))
    return f" {' '.join(words)} " in f" {opening} "


def headline_piece(
    nlp: Language, article: Article
) -> tuple[str, tuple[str, list[tuple[int, int, int]]] | None] | None:
    """Return what to parse for a headline the article's text does not repeat, or None.

    That is the text to parse (the headline, in sentence case when written in title
    case) and, when recased, the headline as written with the spans lowered, to give
    the parse its own words back (:func:`.recase.restore_text`).
    """
    headline = headline_text(article.title)
    if not headline or repeats(article.text, headline):
        return None
    cased = sentence_cased(nlp, headline)
    return (headline, None) if cased is None else (cased[0], (headline, cased[1]))


def attach_headline(doc: Doc, article: Article, parsed: Doc) -> Doc:
    """Give an article's first chunk ``doc`` its headline's parse (see :func:`headline_piece`)."""
    parsed.user_data.update(
        {
            "doc_id": article.doc_id,
            "source": article.source,
            "char_offset": 0,
            "sentence_offset": 0,
            "last_chunk": True,
            "sentence_spans": [(s.start, s.end) for s in parsed.sents if s.text.strip()],
        }
    )
    doc.user_data[TITLE_DOC] = parsed.to_bytes(exclude=["tensor"])
    return doc


def headline_doc(doc: Doc) -> Doc | None:
    """Return the headline's parse a first chunk carries (see :func:`with_headline`)."""
    packed = doc.user_data.get(TITLE_DOC)
    return None if packed is None else Doc(doc.vocab).from_bytes(packed)
