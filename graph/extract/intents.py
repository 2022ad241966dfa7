"""Acts named as someone's decision, plan or attempt: "announced his decision to arm X" (private).

"Obama announced his decision to arm the rebels", "the army made an attempt to retake
the airport": the infinitive after a noun of intent is an act of the noun's owner (or
of the subject that makes or announces it), not done (yet): it is future after a
decision or a plan, possible after an attempt (``clauses.intent_modality``). An
infinitive after any other noun ("a proposal to hold talks", "the right to return") has
no doer this rule can name.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .clauses import intent_modality
from .frames import Frame
from .patients import patients
from .spans import child, conjuncts, np_span

# Verbs whose subject owns the intent in their object: "made an attempt to".
_HOLDER_VERBS = frozenset(
    {"announce", "make", "take", "confirm", "declare", "reveal", "launch", "step", "renew"}
)


def intent_frames(verb: Token) -> Iterator[Frame]:
    """Yield the act an infinitive after a noun of intent names, by the intent's owner."""
    if verb.pos_ != "VERB" or not intent_modality(verb):
        return
    first = verb
    while first.dep_ == "conj":
        first = first.head  # "his decision to form a coalition and to arm X"
    noun = first.head
    owner = child(noun, "poss")
    holder = noun.head if noun.dep_ == "dobj" else None
    said_by = child(holder, "nsubj") if holder is not None else None
    holds = holder is not None and holder.lemma_.lower() in _HOLDER_VERBS
    if said_by is not None and (owner.pos_ == "PRON" if owner is not None else holds):
        # "the army made an attempt to retake X"; "Obama announced his decision to arm
        # X": the possessive pronoun means the subject that announces it.
        owner = said_by
    if owner is None or owner.pos_ == "PRON" and owner.lower_ in {"its", "their", "his", "her"}:
        return  # an owner only coreference could name
    targets, prep = patients(verb)
    spans: list[Span | None] = [np_span(tok) for tok in targets] or [None]
    for actor in conjuncts(owner):
        for target in spans:
            yield Frame(np_span(actor), verb, target, "active", prep)
