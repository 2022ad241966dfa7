"""A statement of what another party must do is a demand (private to :mod:`graph.extract`).

"The minister stressed that Dorvan must withdraw its troops", "Karvonia said all fighters
should leave the port": the speaker demands (PLOVER REQUEST, our DEMAND) what the clause
says someone must or should do; the statement is its vehicle. A clause that only predicts
("said the war will have to end"), asks ("asked whether it should respond") or hangs in a
condition is no demand.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .lexicon import _words

__all__ = ["obliging_statement"]

_DEMAND = Code("100", "DEMAND", "")
# Verbs of saying and stressing whose clause may carry a demand.
_SAYING = _words(
    "say add stress insist emphasize emphasise underline underscore reiterate affirm reaffirm "
    "assert state"
)
_OBLIGING = _words("must should")
# Clauses that ask or wonder rather than state: "whether it should", "how they must".
_ASKING = _words("if whether how why when what who")


def obliging_statement(verb: Token) -> Code | None:
    """Return a DEMAND for a statement whose clause says what someone must or should do.

    "stressed that the regime must stop the raids", "said the inspectors should be
    given access"; not "said the talks would go on", "asked if they should respond".
    """
    if verb.lemma_.lower() not in _SAYING or verb.dep_ in {"ccomp", "xcomp", "relcl"}:
        return None  # "asked if he said they must": only a main statement demands
    if any(t.lower_ == "?" for t in verb.sent):
        return None  # "when will the world insist that this must stop?"
    clauses = [k for k in verb.children if k.dep_ == "ccomp" and k.pos_ in {"VERB", "AUX"}]
    return _DEMAND if any(_obliges(c) for c in clauses) else None


def _obliges(clause: Token) -> bool:
    """Return whether a clause's own verb says "must" or "should" of a subject it names."""
    kids = list(clause.children)
    if any(k.dep_ == "mark" and k.lower_ in _ASKING for k in kids):
        return False
    if not any(k.dep_ in {"nsubj", "nsubjpass", "expl"} for k in kids):
        return False
    return any(k.dep_ == "aux" and k.lower_ in _OBLIGING for k in kids)
