"""The condition of an offer or a threat tells no act (private to extract).

"The rebels may leave the town if they lay down their arms", "the villagers threatened
to strike the port if the navy shelled the hamlets": the disarming and the shelling
are what the offer or the threat turns on, not acts anyone reports; the offer and the
threat are the events. A forecast's condition stays a hypothetical act ("if the army
surrounds the town, the militia could withdraw": event data codes the surrounding with
the mode "hypothetical").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import word_set
from .modalwords import CONDITIONAL_MARKS
from .spans import child

__all__ = ["is_offer_condition"]

# Links that keep a verb inside the clause above it: "if the council fails to stop the
# militia from shelling the town" (the shelling is part of the condition).
_INSIDE = frozenset({"xcomp", "pcomp", "conj", "prep", "dobj", "pobj", "acl"})
# Verbs of an offer, a permission, a promise or a threat, whose condition it is.
_OFFERING = word_set(
    "offer allow permit let grant guarantee promise pledge vow threaten warn propose"
)


def is_offer_condition(verb: Token) -> bool:
    """Return whether a verb's act is only the condition of an offer or a threat.

    "The rebels will be allowed to leave if they lay down their arms", "promised a
    harsh answer if the militia attacks again"; not a forecast's condition, "if the
    militia takes the dam the town will starve", nor "as if", "even if".
    """
    condition = _condition_clause(verb)
    if condition is None:
        return False
    tok = condition.head
    for _ in range(4):
        if tok.lemma_.lower() in _OFFERING:
            return True
        if tok.dep_ not in {"xcomp", "conj", "ccomp"} or tok.head is tok:
            return False
        tok = tok.head  # "threatening to strike ... if", "allowed to leave ... if"
    return False


def _condition_clause(verb: Token) -> Token | None:
    """Return the "if" clause ``verb`` is part of, or None."""
    tok = verb
    for _ in range(6):
        mark = next((k for k in tok.children if k.dep_ == "mark"), None)
        if mark is not None and mark.lower_ in CONDITIONAL_MARKS:
            before = tok.doc[mark.i - 1] if mark.i > tok.sent.start else None
            if tok.dep_ != "advcl" or before is not None and before.lower_ in {"as", "even"}:
                return None
            return tok
        if tok.dep_ not in _INSIDE or tok.head is tok:
            return None
        if tok.dep_ == "conj" and child(tok, "nsubj", "nsubjpass") is not None:
            return None  # "... if they hand over their arms but the rebels denounced the offer"
        tok = tok.head
    return None
