"""The antecedent a relative clause's verb takes as its object (private to extract)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["relative_object"]


def relative_object(verb: Token) -> Token | None:
    """Return the antecedent a relative clause's verb has for its object, if any.

    "the crimes which were committed by the militia", "the raids the jets carried out",
    "the abuses the militias continue to commit" -> crimes, raids, abuses; "the group
    that launched the raid" -> none (there the antecedent is the subject).
    """
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head  # "the abuses they continue to commit"
    objects = [k for k in verb.children if k.dep_ == "dobj"]
    if clause.dep_ != "relcl" or any(k.tag_ not in {"WDT", "WP"} for k in objects):
        return None
    if any(k.dep_ in {"ccomp", "xcomp"} for k in verb.children):
        return None  # "the raid the spokesman said had failed": the gap is in the clause
    if objects:
        return clause.head  # "the raids which the jets carried out"
    subjects = [k for k in clause.children if k.dep_ in {"nsubj", "nsubjpass"}]
    relative = [s for s in subjects if s.tag_ in {"WDT", "WP"}]
    if relative and relative[0].dep_ == "nsubj":
        return None
    if not subjects or (relative and not _agrees(clause, clause.head)):
        return None
    return clause.head


def _agrees(clause: Token, antecedent: Token) -> bool:
    """Return whether a passive relative's verb agrees in number with its antecedent.

    "the raids on the town which is held by X": "is" agrees with the town, not the raids
    the parser may have hung the clause on.
    """
    aux = [k.lower_ for k in clause.children if k.dep_ in {"aux", "auxpass"}]
    plural = antecedent.tag_ in {"NNS", "NNPS"}
    if any(a in _SINGULAR for a in aux):
        return not plural
    return not (any(a in _PLURAL for a in aux) and not plural)


_SINGULAR = frozenset({"is", "was", "has"})
_PLURAL = frozenset({"are", "were", "have"})
