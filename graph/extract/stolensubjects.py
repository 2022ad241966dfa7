"""A conjunct noun that is really the subject of the next clause (private).

"Rebels took the hill and the road to the coast is now open": the parser joins
"the road" to "the hill" as a second object, but the finite verb after it has no
subject of its own, so clauses, not noun phrases, are coordinated.
"""

from __future__ import annotations

from spacy.tokens import Token

NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def subjectless_verb_after(noun: Token) -> Token | None:
    """Return the finite verb lacking a subject that ``noun``'s phrase runs into.

    "ISIS seized most of the town and the only obstacle to its advance is a small
    garrison": the parser joins "the only obstacle" to "most" as a second object, but
    the finite verb right after it needs a subject, so the conjunct is that subject
    (clauses, not noun phrases, are coordinated).
    """
    doc = noun.doc
    i = noun.right_edge.i + 1
    while i < len(doc) and (doc[i].is_punct or doc[i].dep_ in {"aux", "neg", "advmod"}):
        if doc[i].dep_ in {"aux", "neg"} and doc[i].tag_ in _FINITE_TAGS:
            break
        i += 1
    if i >= len(doc) or doc[i].pos_ not in {"VERB", "AUX"}:
        return None
    verb = doc[i] if doc[i].dep_ not in {"aux", "auxpass"} else doc[i].head
    finite = verb.tag_ in _FINITE_TAGS or any(
        k.dep_ in {"aux", "auxpass"} and k.tag_ in _FINITE_TAGS for k in verb.lefts
    )
    has_subject = any(k.dep_ in SUBJECT_DEPS or k.dep_ == "expl" for k in verb.children)
    if not finite or has_subject or verb.i < noun.i:
        return None
    return verb if any(k.dep_ == "cc" for k in noun.head.children if k.i < noun.i) else None


def stolen_subject(verb: Token) -> Token | None:
    """Return the conjunct noun that is really ``verb``'s subject (see above), if any."""
    doc = verb.doc
    i = verb.left_edge.i - 1 if verb.left_edge.i < verb.i else verb.i - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i < 0:
        return None
    tok = doc[i]
    for _ in range(16):
        if tok.dep_ == "conj" and tok.pos_ in NOMINAL_POS:
            break
        if tok.head.i == tok.i or tok.head.i > verb.i:
            return None
        tok = tok.head
    found = subjectless_verb_after(tok) if tok.dep_ == "conj" else None
    return tok if found is not None and found.i == verb.i else None
