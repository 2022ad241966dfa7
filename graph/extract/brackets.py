"""A role phrase that goes on after a bracketed aside (private).

News puts an abbreviation or a gloss inside a name or before its head noun: "some
40 Nusra (banned in several countries) fighters", "the Free Army (FSA) brigades",
"two members of the (pro-government militia) Defence Units",
"the Islamic State [IS] bastion", "Tell Abyad (Kurdish town) crossing". The parser
often stops the phrase at the bracket, and the role is cut short ("some 40 Nusra").
:func:`through_brackets` takes the phrase on over the aside to the noun it ends in.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import TIME_LABELS

__all__ = ["through_brackets"]

_OPENING = frozenset({"(", "["})
_CLOSING = frozenset({")", "]"})
# An aside longer than this is a clause of its own, not a gloss.
_MAX_ASIDE = 7
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VBG", "VB", "MD"})


def through_brackets(span: Span) -> Span:
    """Return ``span`` taken on over a bracketed aside to the nouns right after it.

    "some 40 Nusra" + " (banned in several countries) fighters" -> the whole phrase;
    "the Kurdish forces" + " (YPG) said" stays: a verb after the aside is no part of
    the phrase, nor is a noun after it that is the subject of a clause of its own
    ("the trucks [AFP] Agencies contributed").
    """
    close = _aside_end(span)
    if close is None or span.root.pos_ not in _NOUNS:
        return span
    doc = span.doc
    end = close + 1
    while end < len(doc) and (_is_noun(doc[end]) or _is_glued_hyphen(doc[end])):
        end += 1
    while end > close + 1 and not _is_noun(doc[end - 1]):
        end -= 1
    if end == close + 1 or _heads_own_clause(doc[end - 1], end):
        return span
    return doc[span.start : end]


_NOUNS = frozenset({"NOUN", "PROPN"})


def _aside_end(span: Span) -> int | None:
    """Return the index of the bracket closing an aside at the end of ``span``, or None.

    The aside follows the phrase ("Nusra (banned in X)") or the parser ended the phrase
    inside it ("two members of the (pro-government militia").
    """
    doc = span.doc
    after = span.end
    if after >= len(doc):
        return None
    opened = sum(1 for tok in span if tok.text in _OPENING)
    if opened > sum(1 for tok in span if tok.text in _CLOSING):
        return after if doc[after].text in _CLOSING else None
    if doc[after].text not in _OPENING:
        return None
    last = min(after + _MAX_ASIDE + 2, len(doc))
    return next((j for j in range(after + 1, last) if doc[j].text in _CLOSING), None)


def _is_noun(tok: Token) -> bool:
    # ("... (AP) September 9": a date after the aside is a dateline, not the head.)
    if tok.ent_type_ in TIME_LABELS:
        return False
    return tok.pos_ in _NOUNS and tok.tag_ not in _VERB_TAGS and not tok.is_punct


def _is_glued_hyphen(tok: Token) -> bool:
    # "al-Sakhr" written as one word: "al", "-", "Sakhr"
    return (
        tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    )


def _heads_own_clause(last: Token, end: int) -> bool:
    # "[AFP] Agencies contributed to this report": the noun is a new clause's subject.
    return last.dep_ in {"nsubj", "nsubjpass"} and last.head.i >= end
