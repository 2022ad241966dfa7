"""Clauses whose subject undergoes an event: "came under attack", "faced strikes" (private).

"The convoy came under fire from militants" and "the town has faced air strikes by the
regime" tell an act of the militants and of the regime; the subject did not come or
face anything. :func:`graph.extract.undergone.undergone_frames` builds their frames.
"""

from __future__ import annotations

from spacy.tokens import Token

from .spans import child

__all__ = ["UNDERGO_VERBS", "undergone_noun"]

# Verbs whose object is what happens to their subject: "faced an offensive by X",
# "suffered an attack by Y", "sustained shelling from Z".
UNDERGO_VERBS = frozenset({"face", "suffer", "sustain", "endure", "withstand"})


def undergone_noun(verb: Token) -> tuple[Token | None, str]:
    """Return the noun a clause's subject undergoes and how the clause says it.

    "came under heavy shelling" -> (shelling, "come under"); "has faced an offensive"
    -> (offensive, "face"); any other clause -> (None, "").
    """
    lemma = verb.lemma_.lower()
    if lemma == "come":
        under = next((k for k in verb.children if k.dep_ == "prep" and k.lower_ == "under"), None)
        noun = child(under, "pobj") if under is not None else None
        return noun, "come under"
    if lemma in UNDERGO_VERBS:
        return child(verb, "dobj"), lemma
    return None, ""
