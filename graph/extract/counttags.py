"""A place or a source glued before the count that opens a role (private to extract).

A headline tags itself with a place or a source and a colon ("Kosti: 20 civilians
killed", "Monitors: 15 killed in air strike"), and a dateline or a fronted phrase ends
on a place ("In the province of Wau two gunmen blew themselves up"). With the colon or
the comma gone the parser reads the place or the source into the count after it
("Kosti 20 civilians", "Monitors 15", "Wau two gunmen"); the role starts at the count.
A name that ends in a number ("Division 30 fighters", "Route 5") is one name: the
place is a name tagged as a place, there or elsewhere in the document.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .agentnouns import is_agent_noun
from .lexicon import QUANTITY_NOUNS

__all__ = ["after_count_tag"]

# Words of a count that counts on its own: "Kosti Dozens (killed)".
_COUNT_NOUNS = frozenset({"dozens", "scores", "hundreds", "thousands", "tens"})


def after_count_tag(span: Span) -> int:
    """Return where a role starts after a place or a source glued before its count.

    "Kosti 20 civilians" -> "20 civilians"; "Monitors 15" (killed) -> "15";
    "Division 30 fighters" and "Route 5" stay whole.
    """
    if len(span) < 2:
        return span.start
    tag, count = span[0], span[1]
    if not _is_count(count) or not tag.text[:1].isupper():
        return span.start
    if _is_source(tag) or (_is_place_name(tag) and _counts_people(span, count)):
        return count.i
    return span.start


def _is_count(tok: Token) -> bool:
    # a cardinal: "20", "Five", "Dozens" (not "second": "Kosti's second city")
    return tok.tag_ == "CD" or tok.text.isdigit() or tok.lower_ in _COUNT_NOUNS


def _is_place_name(tag: Token) -> bool:
    """Return whether a capitalised word names a place: tagged so, here or in its document.

    A headline's words are often left untagged ("Kosti 20 Civilians Killed"), but the
    story names the place again ("in Kosti"); "Division 30 fighters" names no place.
    """
    if tag.pos_ != "PROPN" or tag.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return False
    places = {"GPE", "LOC"}
    return tag.ent_type_ in places or any(
        t.text == tag.text and t.ent_type_ in places for t in tag.doc if t.i != tag.i
    )


def _is_source(tag: Token) -> bool:
    """Return whether a headline opens with a source in the plural: "Monitors 15 (killed)"."""
    return tag.i == tag.sent.start and tag.tag_ == "NNS" and is_agent_noun(tag.lower_)


def _counts_people(span: Span, count: Token) -> bool:
    """Return whether the count counts a noun after it, or counts on its own ("Dozens")."""
    if count.lower_ in QUANTITY_NOUNS:
        return True
    after = span.doc[count.i + 1 : min(count.i + 4, span.end)]
    return any(tok.pos_ in {"NOUN", "PROPN"} for tok in after)
