"""A fronted phrase's event noun glued onto the subject after it (private).

Copy without commas runs a fronted phrase into the subject: "After a two-month siege
militiamen took the town", "In the wake of the 2019 raid Gorvan resigned", a heading
"Push on Tarsk Velnian forces are advancing". The parser reads the phrase's event noun
as a modifier of the subject ("siege militiamen", "raid Gorvan"); the actor starts
after it. Only a plural head or a name takes this reading, and only when nothing
before the event noun names anyone: "Velnian war planes", "coalition strike jets"
keep their words ("war planes" alone lose a modifier that names no one).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import EVENT_NOUNS

__all__ = ["after_event_noun"]

# Words that may open the fronted phrase before its event noun and name no one.
_FILLER_POS = frozenset({"DET", "NUM", "ADV", "ADJ", "PUNCT", "ADP"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Nouns of how long the event went on: "a two-month siege", "a three-day battle".
_SPANS_OF_TIME = frozenset({"hour", "day", "week", "month", "year"})


def after_event_noun(span: Span, root: Token) -> int:
    """Return where the actor starts after a fronted event noun glued before it.

    "a two-month siege militiamen" -> "militiamen"; "Push on Tarsk Velnian forces" ->
    "Velnian forces"; "Velnian war planes" stays whole.
    """
    if root.tag_ not in _PLURAL_TAGS and root.pos_ != "PROPN":
        return span.start
    event = _glued_event(span, root)
    if event is None:
        return span.start
    start = max(event.i, event.right_edge.i) + 1
    while start < root.i and span.doc[start].is_punct:
        start += 1  # "under siege - regime forces"
    return start if start <= root.i else span.start


def _glued_event(span: Span, root: Token) -> Token | None:
    """Return the event noun that ends a fronted phrase inside ``span``, or None."""
    for tok in span.doc[span.start : root.i]:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in EVENT_NOUNS:
            return tok if _opens_phrase(span, tok) else None
        if not _is_filler(tok) and tok.pos_ != "ADP":
            return None  # "Velnian war planes", "coalition strike jets"
    return None


def _opens_phrase(span: Span, event: Token) -> bool:
    """Return whether ``event`` ends a fronted phrase or heads a phrase of its own.

    "After a siege militiamen", "Push on Tarsk Velnian forces": the subject's words follow.
    """
    if event.i + 1 >= span.end:
        return False
    fronted = _after_preposition(event)
    if not fronted and not any(k.dep_ == "prep" for k in event.children):
        return False  # "The strike crews bombed": no phrase opens before the subject
    after = span.doc[event.i + 1]
    # the subject's own words follow the event noun: a name, a group or its modifier
    return after.is_punct or after.pos_ in {"PROPN", "NOUN", "ADJ", "ADP"}


def _after_preposition(event: Token) -> bool:
    """Return whether a preposition opens the phrase ``event`` ends: "After a long siege"."""
    i = event.i - 1
    start = event.sent.start
    while i >= start and _is_filler(event.doc[i]):
        i -= 1
    return i >= start and event.doc[i].pos_ in {"ADP", "SCONJ"}


def _is_filler(tok: Token) -> bool:
    """Return whether ``tok`` may stand before an event noun and name no one."""
    if tok.ent_type_ in {"NORP", "GPE", "ORG"}:
        return False
    return tok.pos_ in _FILLER_POS - {"ADP"} or tok.lemma_.lower() in _SPANS_OF_TIME
