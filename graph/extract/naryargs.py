"""The n-ary arguments of an event: its clause's own adjunct phrases, place and time.

"The council sold the mill to a trust in 1990 for a dollar" is one event (the council
sells the mill to the trust) with two more arguments, "in 1990" and "for a dollar",
which Open IE benchmarks score as the tuple's further arguments (private to
:mod:`graph.extract`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .modalwords import CONTENT_VERBS
from .spans import child, np_span

__all__ = ["adjunct_phrases"]


def adjunct_phrases(
    verb: Token,
    target: Span | None,
    prep: Token | None,
    setting: tuple[str, str],
    text: str,
    start: int,
) -> tuple[str, ...]:
    """Return the n-ary arguments: the clause's own adjunct phrases, then place and time.

    "sold the mill to a trust in 1990 for a dollar" -> "in 1990", "for a dollar".

    Args:
        verb: The event's verb.
        target: The target's span (its phrases are the target's, not the event's).
        prep: The preposition that introduced the target, if any.
        setting: The event's place and time phrases.
        text: The document's text.
        start: Where the sentence starts in ``text``.
    """
    found: list[tuple[int, str]] = []
    # "agreed to pay $6 a share for the stock": the content's phrases are the event's.
    comp = child(verb, "xcomp") if verb.lemma_.lower() in CONTENT_VERBS else None
    clauses = [verb, comp] if comp is not None else [verb]
    if verb.pos_ == "VERB":
        for kid in (k for v in clauses for k in v.rights):
            if target is not None and target.start <= kid.i < target.end:
                continue
            if kid.dep_ == "prep" and kid.i != getattr(prep, "i", -1):
                pobj = child(kid, "pobj")
                if pobj is not None and kid.lower_ != "according":
                    found.append((kid.idx, kid.doc[kid.i : np_span(pobj).end].text))
    for phrase in setting:
        if phrase and not any(phrase in known for _, known in found):
            at = text.find(phrase, start)
            found.append((at if at >= 0 else len(text), phrase))
    return tuple(phrase for _, phrase in sorted(found))
