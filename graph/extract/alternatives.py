"""Alternatives are not a list: "Syrian or Russian jets" names one side, not both (private).

"Air strikes by Syrian or Russian warplanes" says the text does not know whose planes
struck: splitting the phrase into "Syrian warplanes" and "Russian warplanes" would state
each as a fact. A conjunct joined by "or" stays in its phrase, which
normalisation reads as an uncertain actor (and, for an attack, as one possible event
per side once the story is read: ``normalize.eitherowners``). An alternative named as
someone's partner keeps the partner's name set beside it: "by Syrian jets or those of its
ally Russia" (the name would be cut as an apposition, leaving "its ally": no one).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .spans import np_span

__all__ = ["is_alternative", "with_alternatives"]

# ("neither X nor Y" denies both: a list, each negated)
_DISJUNCTIONS = frozenset({"or"})
# Nouns of a side told as another's partner, its name set beside them: "its ally Russia".
_PARTNER_NOUNS = frozenset({"ally", "allies", "partner", "partners", "backer", "backers"})


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
        return _with_named_partner(span)
    end = max(np_span(alt).end for alt in _chain(noun))
    ors = {kid.i for t in _chain(noun) for kid in t.children if kid.lower_ in _DISJUNCTIONS}
    for tok in noun.sent:
        # an alternative the parser hung elsewhere: "by X or the regime" (on "Raids")
        if tok.dep_ == "conj" and tok.left_edge.i - 1 in ors:
            end = max(end, np_span(tok).end)
    return _with_named_partner(span.doc[span.start : max(end, span.end)])


def _with_named_partner(span: Span) -> Span:
    """Return alternatives running on over the name of a partner that ends them.

    "Syrian jets or those of its ally" + "Russia" -> "... or those of its ally Russia";
    "jets of the regime or its ally" + "Russia" likewise. Only a name set beside the
    partner noun that ends the phrase, when the phrase offers alternatives.
    """
    doc = span.doc
    if span.end >= len(doc) or not any(t.lower_ in _DISJUNCTIONS for t in span):
        return span
    name, partner = doc[span.end], doc[span.end - 1]
    if not (
        name.dep_ == "appos"
        and name.head.i == partner.i
        and partner.lower_ in _PARTNER_NOUNS
        and name.pos_ == "PROPN"
    ):
        return span
    return doc[span.start : name.i + 1]  # the name only: "Qatar and the toll rose" ends there


def _chain(tok: Token) -> Iterator[Token]:
    yield tok
    for kid in tok.children:
        if kid.dep_ == "conj":
            yield from _chain(kid)
