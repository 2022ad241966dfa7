"""Read a known name's possessive that lost its apostrophe as a possessive (private).

Scraped copy often drops every apostrophe: "Syrias state news agency said ...",
"Assads forces", "ISILs positions". The small model reads "Syrias" as a plural name
compounded with the nouns after it, and the phrase loses its owner and often its
head. After the tokenizer, such a word is split into the name and an "s" whose norm
is "'s" (the text and every offset stay as written), so the model tags the "s" as a
possessive marker and parses the name as the phrase's owner. The names are compiled
by tools/build_possessives.py into graph/data/possessives.tsv: one-word names of the
gazetteer and the place index whose form with "s" is no name or English word of its
own.

The word is split only where it reads as an owner in running text: a word in lower
case (or a number) follows it, the phrase it owns, which does not run into a
capitalised word within two words ("Syrias opposition National Coalition"); and no
capitalised word runs into it from before (a multi-word name, "Tal Hamis", "Bashar
Assads", or a title-case headline, "Militants Attack Syrias Idlib") unless it is a
function word starting the sentence ("Meanwhile Syrias army").
A doc rebuilt from its words (commas put back) loses the split's norm;
:func:`_possessive_norms` sets it again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
from spacy.attrs import ORTH  # type: ignore[import-not-found]  # a compiled module, no stubs
from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["add_possessives"]

MARK = "s"
NORM_MARK = "'s"
# The owned phrase must run this many lower-case words without a capitalised word after them
# ("Syrias army backed by": split; "Syrias second city Aleppo": whole).
OWNED_WORDS = 2
# Tokens after which a capitalised word starts a sentence ("Meanwhile Iraqs cleric").
SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", '"', "“", "”"})


@cache
def possessive_names() -> frozenset[str]:
    """Return the names listed in graph/data/possessives.tsv."""
    text = (resources.files("graph") / "data" / "possessives.tsv").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


class PossessiveTokenizer:
    """The pipeline's tokenizer, then each clipped possessive split (see the module)."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        """Tokenize the text and split each clipped possessive read as an owner."""
        return split_possessives(self.tokenizer(text))

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (a copy being unpickled)
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def add_possessives(nlp: Language) -> None:
    """Split clipped possessives after the tokenizer; norm their "s" in rebuilt docs."""
    if not isinstance(nlp.tokenizer, PossessiveTokenizer):
        nlp.tokenizer = PossessiveTokenizer(nlp.tokenizer)
    if "newsgraph_possessives" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_possessives", first=True)


def split_possessives(doc: Doc) -> Doc:
    """Split each listed name + "s" read as an owner into the name and an "s" read as "'s"."""
    names = possessive_names()
    found = [t for t in doc if t.text.endswith(MARK) and t.text[:-1] in names and _owns(t)]
    if found:
        with doc.retokenize() as retokenizer:
            for tok in found:
                heads: list[Token | tuple[Token, int]] = [(tok, 1), (tok, 0)]
                attrs: dict[str | int, list[Any]] = {"NORM": [tok.text[:-1].lower(), NORM_MARK]}
                retokenizer.split(tok, [tok.text[:-1], MARK], heads=heads, attrs=attrs)
    return doc


def _owns(tok: Token) -> bool:
    """Return whether the word stands as an owner in running text (see the module)."""
    doc = tok.doc
    after = [t.text for t in doc[tok.i + 1 : tok.i + 1 + OWNED_WORDS + 1]]
    if not after or not tok.whitespace_ or not _starts_lower(after[0]):
        return False
    if _runs_into_name(after):
        return False
    if tok.i == 0:
        return True
    before = doc[tok.i - 1]
    if not before.whitespace_ and (before.is_alpha or before.text == "-"):
        return False  # inside a hyphenated or glued word ("Ras al-Ains")
    if not (before.is_alpha and before.text[0].isupper()):
        return True
    opens = before.i == 0 or _ends_sentence(doc[before.i - 1].text)
    return opens and before.is_stop  # "In Syrias north", not "Bashar Assads forces"


def _runs_into_name(after: list[str]) -> bool:
    """Return whether the short lower-case phrase after the word runs into a capitalised one.

    "Syrias opposition National Coalition", "opposing Assads rule U.S. Secretary", "east
    of Syrias capital the UK-based Observatory said": without commas the phrase's end is
    unsure (a name it qualifies, or a new phrase), and the parse goes wrong.
    """
    words = after[: OWNED_WORDS + 1]
    for n, word in enumerate(words):
        if not _starts_lower(word):
            return n > 0 and word[0].isupper()
    return False


def _starts_lower(word: str) -> bool:
    return word[0].islower() or word[0].isdigit()


def _ends_sentence(word: str) -> bool:
    return word in SENTENCE_ENDS or "\n" in word


@Language.component("newsgraph_possessives")
def _possessive_norms(doc: Doc) -> Doc:
    """Give an "s" written onto a listed name the norm "'s" (a rebuilt doc lost it)."""
    mark = doc.vocab.strings[MARK]
    orths = doc.to_array([ORTH, "SPACY"])
    for i in np.flatnonzero(orths[1:, 0] == mark) + 1:
        before = doc[int(i) - 1]
        if not before.whitespace_ and before.text in possessive_names():
            doc[int(i)].norm_ = NORM_MARK
    return doc
