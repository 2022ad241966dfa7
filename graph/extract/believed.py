"""A reduced "believed to be" the parser made the main verb, and whose act follows it (private).

"Jets believed to be Jordanian struck the hamlet" is "jets (believed to be Jordanian)
struck the hamlet": a reduced relative on the doer. The small model often reads
"believed" as the sentence's root with "struck" its complement or conjunct and no
subject of its own, so the strike had no doer. The belief's subject is the act's doer
(:func:`believed_doer`), only believed to be who it is (the act's modality, see
:func:`graph.extract.hedges.hedged_modality`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .modalwords import EPISTEMIC_VERBS, SAYING_EPISTEMIC_VERBS
from .spans import child

__all__ = ["believed_doer", "is_belief_verb", "is_misread_belief"]

# Tags of a verb that may carry the sentence's act ("bombed" is often tagged VBN).
_ACT_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})
# Roles of a clause of its own: a subject, a passive auxiliary, a conjunction.
_OWN_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "auxpass", "mark"})


def is_belief_verb(verb: Token) -> bool:
    """Return whether ``verb`` is a verb of belief that hedges its complement.

    "was believed to have fired", "is said to have stormed": a belief. A verb of saying
    with a bare participle is how a toll is stated: "twelve were reported killed".
    """
    lemma = verb.lemma_.lower()
    if lemma not in EPISTEMIC_VERBS:
        return False
    if lemma not in SAYING_EPISTEMIC_VERBS:
        return True
    complement = child(verb, "xcomp")
    return complement is not None and any(k.tag_ == "TO" for k in complement.children)


def is_misread_belief(verb: Token) -> bool:
    """Return whether ``verb`` is a reduced "believed to be" the parser made the main verb.

    "Jets believed to be Jordanian struck the hamlet": "believed" read as the root, with
    "struck" its conjunct (or complement); the strike's doer is only believed.
    """
    if not is_belief_verb(verb) or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if any(kid.dep_ in {"aux", "auxpass", "dobj"} for kid in verb.children):
        return False  # "the jets were believed to be", "the envoy believed them to be"
    complement = child(verb, "xcomp")
    subj = child(verb, "nsubj")
    return (
        complement is not None
        # "jets believed to belong to X", "a raid believed to have been carried out by X"
        and (complement.lemma_ in {"be", "belong"} or child(complement, "agent") is not None)
        and subj is not None
        and (subj.pos_ in {"NOUN", "PROPN"})
    )


def believed_doer(verb: Token) -> Token | None:
    """Return the subject of the misread belief whose act ``verb`` is, else None.

    "Warplanes thought to be Ruritanian (,) bombed[ccomp|conj] the depot" -> "Warplanes".
    Only an active verb after the belief's complement with no subject, auxiliary or
    conjunction of its own: "jets believed to be X were seen" (a passive) and "officials
    believed the jets were X" (a belief with a clause, no reduced relative) stay as read.
    """
    belief = verb.head
    if verb.dep_ not in {"ccomp", "conj"} or verb.pos_ != "VERB" or verb.tag_ not in _ACT_TAGS:
        return None
    if not is_misread_belief(belief) or any(k.dep_ in _OWN_DEPS for k in verb.children):
        return None
    complement = child(belief, "xcomp")
    if complement is None or verb.i <= complement.right_edge.i:
        return None
    return child(belief, "nsubj")
