"""Evidence gathered is an inquiry: "the inspectors collected samples" (private).

CAMEO codes "collect/compile documents" as an investigation (090); an event coder codes
gathering evidence, information, samples or testimony the same way: "the monitors
gathered information on the attack", "experts were collecting and analysing data".
The verb is one of gathering and its object (or, for "gathering and analysing X", the
object its conjoined verb shares) one of evidence. :mod:`graph.extract.ownsenses` asks.

Not: "gathered at the mosque", "collected the bodies", "collected taxes" (no evidence is
gathered), "provided information" (a giving verb).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .lexicon import word_set
from .spans import child

__all__ = ["evidence_gathered"]

# Verbs of gathering (CAMEO's block of "collect" and "compile", with "gather" and "amass").
_GATHERING = word_set("gather collect compile amass")
# What an inquiry gathers (CAMEO's &EVIDENCE and &INFORMATION, with "documents" and samples).
_EVIDENCE = word_set(
    "evidence proof information info intelligence data details facts documents "
    "documentation sample samples testimony testimonies statement statements"
)
_INVESTIGATE = Code("090", "INVESTIGATE", "")


def evidence_gathered(verb: Token) -> Code | None:
    """Return INVESTIGATE (090) for a verb of gathering whose object is evidence, else None.

    "The inspectors gathered information on the attack" -> 090; "gathered at the square",
    "collected the wounded" -> None.
    """
    if verb.lemma_.lower() not in _GATHERING:
        return None
    return _INVESTIGATE if any(_is_evidence(o) for o in _objects(verb)) else None


def _objects(verb: Token) -> list[Token]:
    """Return the verb's object, else the one a conjoined verb shares.

    "gathering and analysing data": the data is what is gathered too.
    """
    found = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    if found:
        return found
    shared = [child(k, "dobj") for k in verb.children if k.dep_ == "conj" and k.pos_ == "VERB"]
    return [o for o in shared if o is not None]


def _is_evidence(noun: Token) -> bool:
    """Return whether a noun is evidence: "information", "photographic evidence", "samples"."""
    return noun.lemma_.lower() in _EVIDENCE or noun.lower_ in _EVIDENCE
