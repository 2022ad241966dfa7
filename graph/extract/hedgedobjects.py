"""Objects told through a hedge: "strikes against what are said to be IS positions" (private).

A writer who will not vouch for what was hit wraps it in a free relative: "against what
are said to be militant targets", "fired at what appeared to be a hospital", "raids on
what activists described as a market". The parser reads the wrapper's verb as the
preposition's clause, so the preposition has no object; the thing named after "be" (or
"as") is what was hit, and the hedge stays in the sentence for the reader.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import word_set
from .spans import child

__all__ = ["hedged_object"]

# Verbs that hedge what a thing is: "what are said to be", "what appeared to be".
_HEDGES = word_set(
    "say believe think report claim allege describe appear seem look consider suspect identify call"
)
_WHAT = word_set("what whatever")
_AS = word_set("as like")
# Prepositions that aim at what was hit; "survived from what they say was a gas attack"
# names where harm came from, never a target.
_AIMS = word_set("against on at into onto upon toward towards")


def hedged_object(prep: Token) -> Token | None:
    """Return the noun a preposition's hedged clause names, else None.

    "against what are said to be IS positions" -> positions; "at what appeared to be a
    hospital" -> hospital; "on what activists described as a market" -> market; "on
    what they said" (no thing named) and "from what they say was a raid" -> None.
    """
    clause = child(prep, "pcomp")
    if prep.lower_ not in _AIMS or clause is None or clause.lemma_.lower() not in _HEDGES:
        return None
    subject = child(clause, "nsubj", "nsubjpass", "dobj")
    if subject is None or subject.lower_ not in _WHAT:
        return None
    be = child(clause, "xcomp", "ccomp")
    if be is not None and be.lemma_.lower() == "be":
        return child(be, "attr")
    # "what activists described as a market", "what looked like a convoy"
    as_ = next((k for k in clause.rights if k.dep_ == "prep" and k.lower_ in _AS), None)
    return child(as_, "pobj") if as_ is not None else None
