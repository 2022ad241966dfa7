"""Idioms that name an act by another verb (private to extract).

"The shelling claimed the lives of ten people", "the raid cost two children their
lives": the verb says someone was killed, not that anything was claimed or cost.
"""

from __future__ import annotations

from spacy.tokens import Token

from .spans import child, conjuncts

__all__ = ["LIFE_VERBS", "lives_taken"]

# Verbs whose object "life/lives" means a killing: "claimed/cost/took the lives of X".
LIFE_VERBS = frozenset({"claim", "cost", "take"})


def lives_taken(verb: Token) -> list[Token] | None:
    """Return who lost their lives in "V the lives of X" (X's heads), or None.

    "claimed the lives of two boys and a nurse" -> boys, nurse; "took two lives" -> lives.
    """
    if verb.lemma_.lower() not in LIFE_VERBS:
        return None
    obj = child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in {"life", "lives"}:
        return None
    of = next((k for k in obj.children if k.dep_ == "prep" and k.lower_ == "of"), None)
    pobj = child(of, "pobj") if of is not None else None
    return list(conjuncts(pobj)) if pobj is not None else [obj]
