"""Alternatives are not a list: "Syrian or Russian jets" names one side, not both (private).

"Air strikes by Syrian or Russian warplanes" says the text does not know whose planes
struck: splitting the phrase into "Syrian warplanes" and "Russian warplanes" would state
each as a fact. A conjunct joined by "or" stays in its phrase, which
normalisation reads as an uncertain actor (and, for an attack, as one possible event
per side once the story is read: ``normalize.eitherowners``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .spans import np_span

__all__ = ["is_alternative", "with_alternatives"]

# ("neither X nor Y" denies both: a list, each negated)
_DISJUNCTIONS = frozenset({"or"})


def is_alternative(conj: Token) -> bool:
    """Return whether ``conj`` is a later alternative of a list joined by "or"."""
    if conj.dep_ != "conj":
        return False
    # ("Raids by X or the regime": the parser may hang "the regime" on "Raids")
    before = conj.doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else conj
    return before.lower_ in _DISJUNCTIONS or offers_alternatives(conj)


def offers_alternatives(tok: Token) -> bool:
    """Return whether the list ``tok`` belongs to is one of alternatives: "X, Y or Z"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return any(
        kid.dep_ == "cc" and kid.lower_ in _DISJUNCTIONS for t in _chain(tok) for kid in t.children
    )


def with_alternatives(span: Span, noun: Token) -> Span:
    """Return ``span`` running on over the alternatives listed with ``noun``.

    "Russia or the regime bombed the market" -> "Russia or the regime": one actor, unknown.
    """
    if noun.dep_ == "conj" or not offers_alternatives(noun):
        return span
    end = max(np_span(alt).end for alt in _chain(noun))
    ors = {kid.i for t in _chain(noun) for kid in t.children if kid.lower_ in _DISJUNCTIONS}
    for tok in noun.sent:
        # an alternative the parser hung elsewhere: "by X or the regime" (on "Raids")
        if tok.dep_ == "conj" and tok.left_edge.i - 1 in ors:
            end = max(end, np_span(tok).end)
    return span.doc[span.start : max(end, span.end)]


def _chain(tok: Token) -> Iterator[Token]:
    yield tok
    for kid in tok.children:
        if kid.dep_ == "conj":
            yield from _chain(kid)
