"""Whom a blame is laid on: "blamed the delay on the army" -> the army (private).

"X blamed the raid on Y" is X against Y: the matter blamed is no target, the side it is
blamed on is. The object may be a pronoun ("blamed it on the rebels") or the relative
pronoun of the matter ("the blast that the police blamed on the militia"), where the
"on" phrase hangs on the verb; after a noun object the parser may hang it on the noun
("blamed the attack on the regime"). A time ("blamed them on Monday") names no side, and
a fact laid out in a clause ("blamed the delay on the fact that the road was cut") names
none either: the blame keeps no target.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import TIME_LABELS, word_set
from .spans import child, conjuncts, join_tokens, np_span, verb_group

__all__ = ["blamed_on"]

# Verbs that lay a matter on someone: "blamed/pinned the raid on X".
_LAYING = word_set("blame pin")
_ON = frozenset({"on", "upon"})
# Clauses that spell out a fact: "the fact that ...", "the news that ...".
_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})


def blamed_on(verb: Token) -> tuple[list[Span], str] | None:
    """Return the sides a blame is laid on and the surface relation, or None.

    "Damascus blamed it on rebels" -> ([rebels], "blamed it on").
    """
    if verb.lemma_.lower() not in _LAYING:
        return None
    obj = child(verb, "dobj")
    heads = [verb, *([obj] if obj is not None else [])]
    preps = [
        k
        for head in heads
        for k in head.rights
        if k.dep_ == "prep" and k.lower_ in _ON and _side_of(k) is not None
    ]
    if not preps:
        return None
    # the verb's own phrase before the object's: "blamed the attack on X on the army".
    prep = next((p for p in preps if p.head.i == verb.i), preps[-1])
    side = _side_of(prep)
    words = [*verb_group(verb), verb, *(k for k in verb.children if k.dep_ == "prt")]
    if obj is not None and obj.i < prep.i and obj.tag_ not in {"WDT", "WP"}:
        words += list(verb.doc[obj.left_edge.i : obj.i + 1])
    words.append(prep)
    if side is None or _is_fact(side):
        return [], join_tokens(words)
    return [np_span(tok) for tok in conjuncts(side)], join_tokens(words)


def _side_of(prep: Token) -> Token | None:
    pobj = child(prep, "pobj")
    if pobj is None or pobj.ent_type_ in TIME_LABELS:
        return None
    return pobj


def _is_fact(noun: Token) -> bool:
    """Return whether a noun is a fact told by a "that" clause: "the fact that X left"."""
    return any(
        k.dep_ in _CLAUSE_DEPS and any(m.lower_ == "that" and m.dep_ == "mark" for m in k.children)
        for k in noun.rights
    )
