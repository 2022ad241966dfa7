"""Statements made to a hearer or at a gathering: speech acts, not meetings (private).

PLOVER codes a statement by what it announces ("declared a ceasefire" is the ceasefire's
type), but some verbs of saying take the hearer or the occasion as their object or
phrase, which announces nothing:

- "the envoy told a news conference (that) the talks had stalled", "the minister
  briefed the council": the object of "tell", "brief", "inform" is who hears it, so a
  "conference" or an "envoy" there is no consultation (:func:`names_hearer`);
- "the envoy spoke at a press conference in Geneva", "speaking during a briefing the
  minister said ...": talking at a gathering is making a statement there
  (:func:`speaks_at_gathering`). Talking with someone ("spoke with his counterpart")
  stays a consultation, and talking to the press an interview (``opinions``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .lexicon import word_set
from .spans import child

__all__ = ["STATEMENT_CODE", "names_hearer", "speaks_at_gathering"]

STATEMENT_CODE = Code("010", "STATEMENT", "")
# Verbs of saying whose object is the hearer: "told the envoy", "briefed the council".
_HEARER_VERBS = word_set("tell brief inform")
_TALKING = word_set("speak talk remark")
# Prepositions of an occasion: "at a news conference", "during a briefing".
_OCCASION_PREPS = word_set("at during in")
# Gatherings where statements are made.
_GATHERINGS = word_set(
    "conference briefing summit meeting session forum rally ceremony hearing gathering "
    "assembly convention congress symposium seminar event speech address interview"
)


def names_hearer(verb: Token) -> bool:
    """Return whether ``verb`` is a verb of saying whose object is its hearer ("told X")."""
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in _HEARER_VERBS


def speaks_at_gathering(verb: Token) -> bool:
    """Return whether a verb of talking is at a gathering: "spoke at a news conference".

    "spoke with the envoy at a meeting" talks with someone: a consultation, not this.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TALKING:
        return False
    preps = [kid for kid in verb.children if kid.dep_ == "prep"]
    if any(prep.lower_ == "with" for prep in preps):
        return False
    occasions = [child(prep, "pobj") for prep in preps if prep.lower_ in _OCCASION_PREPS]
    return any(pobj is not None and pobj.lemma_.lower() in _GATHERINGS for pobj in occasions)
