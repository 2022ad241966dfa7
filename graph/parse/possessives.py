"""Read a known name's possessive that lost its apostrophe as a possessive (private).

Scraped copy often drops every apostrophe: "Syrias state news agency said ...",
"Assads forces", "ISILs positions". The small model reads "Syrias" as a plural name
compounded with the nouns after it, and the phrase loses its owner and often its
head. The tokenizer splits such a word into the name and an "s" whose norm is "'s"
(the text and every offset stay as written), so the model tags the "s" as a
possessive marker and parses the name as the phrase's owner. The names are compiled
by tools/build_possessives.py into graph/data/possessives.tsv: one-word names of the
gazetteer and the place index whose form with "s" is no name or English word of its
own. A doc rebuilt from its words (commas put back) loses the split's norm;
:func:`_possessive_norms` sets it again.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import numpy as np
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["add_possessives"]

MARK = "s"
NORM_MARK = "'s"


@cache
def possessive_names() -> frozenset[str]:
    """Return the names listed in graph/data/possessives.tsv."""
    text = (resources.files("graph") / "data" / "possessives.tsv").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def add_possessives(nlp: Language) -> None:
    """Split each listed name + "s" into the name and a possessive "s"; norm the "s" in docs."""
    add_case = getattr(nlp.tokenizer, "add_special_case", None)
    if add_case is None:  # a custom tokenizer may have no special cases
        return
    for name in possessive_names():
        add_case(name + MARK, [{ORTH: name}, {ORTH: MARK, NORM: NORM_MARK}])
    if "newsgraph_possessives" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_possessives", first=True)


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
