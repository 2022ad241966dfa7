"""Articles cut into the pieces spaCy parses: chunks, a recased headline, commas put back."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Article
from .commas import Commas, add_commas, is_commaless
from .headline import TITLE_OFFSET, headline_piece
from .leads import with_leads
from .recase import clause_breaks, sentence_cased

__all__ = ["Piece", "article_pieces"]

# What nlp.pipe gets: a text or its tokens, and (article index, chunk offset, last
# chunk?, the commas added).
Piece = tuple[str | Doc, tuple[int, int, bool, Commas | None]]


def article_pieces(
    articles: Iterable[Article],
    nlp: Language,
    restore_commas: bool,
    pending: dict[int, Article],
    recased: dict[tuple[int, int], tuple[str, list[tuple[int, int, int]]]],
    split: Callable[[str], Iterator[tuple[int, str]]],
) -> Iterator[Piece]:
    """Yield each article's chunks to parse, in order, one chunk ahead of the parser.

    Each article is put in ``pending`` under its index as it is read and cut into
    chunks by ``split``; a title-case headline opening it is parsed in sentence case,
    its own text and clause breaks kept in ``recased`` under ``(index, offset)``. A
    headline the text does not repeat comes first, at offset :data:`.TITLE_OFFSET`.
    """
    for index, article in enumerate(articles):
        pending[index] = article
        title = headline_piece(nlp, article)
        if title is not None:
            if title[1] is not None:
                recased[index, TITLE_OFFSET] = title[1]
            yield title[0], (index, TITLE_OFFSET, False, None)
        commaless = restore_commas and is_commaless(article.text)
        chunks = split(article.text)
        offset, piece = next(chunks)
        # a title-case headline opening the article is parsed in sentence case.
        cased = sentence_cased(nlp, piece, article.title)
        breaks: list[int] = []
        if cased is not None:
            recased[index, 0] = (piece, cased[1])
            breaks = clause_breaks(piece, cased[1])
            piece = cased[0]
        for following in chunks:  # one chunk ahead, to know which is the last
            led = with_leads(nlp, piece, article.title if offset == 0 else "")
            yield _with_commas(nlp, (led, piece), (commaless, breaks), (index, offset, False))
            offset, piece = following
            breaks = []
        led = with_leads(nlp, piece, article.title if offset == 0 else "")
        yield _with_commas(nlp, (led, piece), (commaless, breaks), (index, offset, True))


def _with_commas(
    nlp: Language,
    led: tuple[str | Doc, str],
    lost: tuple[bool, list[int]],
    where: tuple[int, int, bool],
) -> Piece:
    """Return a piece to parse as it is, or its tokens with the commas it lost.

    ``led`` is the piece (its text, or its tokens with a header's sentence start) and its
    text; ``lost`` says whether the text lost its commas and where a headline lacks one.
    """
    piece, text = led
    commaless, breaks = lost
    if not commaless and not breaks:
        return piece, (*where, None)
    doc = nlp.make_doc(text) if isinstance(piece, str) else piece
    doc, commas = add_commas(doc, text, breaks=breaks, restore=commaless)
    return doc, (*where, commas)
