"""Parse comma-stripped text as if it had its commas, keeping the text as it is.

Some sources strip every comma ("On Tuesday Russian jets struck the town killing
five"); the parser then reads "Tuesday Russian jets" as one phrase and lets "the
town" do the killing. A document long enough to have commas but without a single
one is parsed with a comma token added where English puts one (:mod:`.commasites`
says where); afterwards the added tokens are taken out again and their parse
projected onto the original tokens, so every offset, span and sentence is the
original text's and no added comma is ever seen downstream.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, NamedTuple

import numpy as np
from spacy.tokens import Doc, Token

from .commasites import comma_sites
from .possessives import MARK, NORM_MARK

__all__ = [
    "ATTRS",
    "Commas",
    "add_commas",
    "comma_sites",
    "doc_words",
    "drop_commas",
    "has_comma_before",
    "is_commaless",
]

# A document of at least this many words without a comma has lost its commas:
# in edited English nearly every paragraph of that length has one.
MIN_WORDS = 40
# The annotations a re-tokenised doc takes over from the doc that was parsed.
ATTRS: list[int | str] = [
    "TAG",
    "POS",
    "MORPH",
    "LEMMA",
    "NORM",
    "DEP",
    "ENT_IOB",
    "ENT_TYPE",
    "HEAD",
]
_B, _I = 3, 1  # ENT_IOB codes
# ``doc.user_data`` key: indices of the tokens after which a comma was put back.
RESTORED = "restored_commas"


def is_commaless(text: str) -> bool:
    """Return whether a text looks comma-stripped: long, without a single comma."""
    return "," not in text and text.count(" ") + 1 >= MIN_WORDS


class Commas(NamedTuple):
    """The comma tokens added to a doc and the words and spaces it had before."""

    added: tuple[int, ...]
    words: list[str]
    spaces: list[bool]
    user_data: dict[Any, Any]


def add_commas(
    doc: Doc, text: str | None = None, *, breaks: Collection[int] = (), restore: bool = True
) -> tuple[Doc, Commas]:
    """Return a tokenised doc with a comma token at each comma site, and what was added.

    The comma takes the whitespace of the token before it, which then has none:
    dropping the commas again (:func:`drop_commas`) gives back the text exactly.

    Args:
        doc: A doc fresh from the tokenizer.
        text: Its text, when the caller has it (spares rebuilding it).
        breaks: Character offsets where a comma belongs whatever the text's own
            commas (a headline's second predicate, see ``recase.clause_breaks``).
        restore: Whether to put back the commas of :func:`comma_sites` too.
    """
    words, spaces = doc_words(doc, text)
    ends = {tok.idx + len(tok): tok.i for tok in doc}
    found = {i for i, _ in comma_sites(_site_words(doc, words))} if restore else set()
    sites = sorted(found | {ends[end] for end in breaks if end in ends})
    if not sites:
        return doc, Commas((), [], [], {})
    added = tuple(i + n + 1 for n, i in enumerate(sites))
    new_words, new_spaces = list(words), list(spaces)
    starts = _preset_starts(doc)
    for i in reversed(sites):
        new_words.insert(i + 1, ",")
        new_spaces.insert(i + 1, new_spaces[i])
        new_spaces[i] = False
        if starts:
            starts.insert(i + 1, False)  # a comma never starts a sentence
    with_commas = Doc(doc.vocab, words=new_words, spaces=new_spaces, sent_starts=starts)
    return with_commas, Commas(added, words, spaces, dict(doc.user_data))


def _site_words(doc: Doc, words: list[str]) -> list[str]:
    """Return the words comma sites read: a possessive written "s" ("Syrias") as "'s".

    A clipped possessive split by :mod:`.possessives` keeps its text "s" and has the norm
    "'s"; the comma rules read a speaker's title with its owner ("Syrias foreign minister
    said") by the mark.
    """
    mark = doc.vocab.strings.add(NORM_MARK)
    norms = doc.to_array("NORM").tolist()
    if mark not in norms:
        return words
    return [NORM_MARK if n == mark and w == MARK else w for w, n in zip(words, norms, strict=True)]


def _preset_starts(doc: Doc) -> list[bool | int | None] | None:
    """Return the sentence starts set before the parse (a page header's), if any."""
    values = doc.to_array("SENT_START").tolist()
    if not any(values):
        return None
    starts: list[bool | int | None] = [None if v == 0 else v == 1 for v in values]
    return starts


def doc_words(doc: Doc, text: str | None = None) -> tuple[list[str], list[bool]]:
    """Return a doc's token texts and whether each is followed by a space.

    Read from the character offsets, not token by token (making ``Token``
    objects costs more than the rules that read the words).
    """
    text = doc.text if text is None else text
    cols = doc.to_array(["IDX", "SPACY"]).tolist()
    ends = [start for start, _ in cols[1:]] + [len(text)]
    spaces = [bool(space) for _, space in cols]
    words = [text[start : end - space] for (start, space), end in zip(cols, ends, strict=True)]
    return words, spaces


def drop_commas(doc: Doc, commas: Commas) -> Doc:
    """Return the parsed doc without the added comma tokens, their parse kept.

    A word attached to an added comma hangs on the comma's head instead (on the
    first such word when the comma was a root).
    """
    if not commas.added:
        return doc
    added = list(commas.added)
    gone = np.zeros(len(doc), dtype=bool)
    gone[added] = True
    keep = np.flatnonzero(~gone)
    arr = doc.to_array(ATTRS).astype(np.int64)
    heads = np.arange(len(doc)) + arr[:, -1]
    for i in added:
        _rehang(heads, i, gone)
    _mend_entities(arr[:, ATTRS.index("ENT_IOB")], added)
    new_index = np.cumsum(~gone) - 1
    arr = arr[keep]
    arr[:, -1] = new_index[heads[keep]] - np.arange(len(keep))
    out = Doc(doc.vocab, words=commas.words, spaces=commas.spaces)
    out.user_data.update(commas.user_data)
    out.user_data[RESTORED] = [i - n - 1 for n, i in enumerate(added)]
    out.from_array(ATTRS, arr.astype(np.uint64))  # type: ignore[arg-type]  # thinc's Ints2d is an ndarray
    return out


def has_comma_before(tok: Token) -> bool:
    """Return whether the text lost a comma right before ``tok`` (put back for the parse).

    The parse saw that comma, the doc has no token for it: a rule that ends a
    phrase at a comma asks this too ("killed 30 others[,] including two nurses").
    """
    sites = tok.doc.user_data.get(RESTORED) or ()
    return tok.i - 1 in sites


def _rehang(heads: np.ndarray, comma: int, gone: np.ndarray) -> None:
    children = np.flatnonzero((heads == comma) & (np.arange(len(heads)) != comma))
    if not len(children):
        return
    if heads[comma] == comma:  # the comma was a root: its first child takes its place
        heads[children] = children[0]
        heads[children[0]] = children[0]
        return
    up = heads[comma]
    while gone[up] and heads[up] != up:
        up = heads[up]
    heads[children] = up


def _mend_entities(iob: np.ndarray, added: list[int]) -> None:
    """Let an entity whose first token was a dropped comma begin on the next token."""
    for i in added:
        if iob[i] == _B and i + 1 < len(iob) and iob[i + 1] == _I:
            iob[i + 1] = _B
