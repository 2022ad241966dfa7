"""Conjoined verbs with a tense of their own (private).

"Russia has not acknowledged the deaths and dismisses the reports": "dismisses" is a
finite verb of its own; it shares neither "has" nor "not" with "acknowledged". In
"has not shelled the town or bombed the bridge" and "did not shell the town and bomb
the bridge" the second verb's form is the one the shared auxiliary asks for, so it
shares the auxiliary, the negation and the modality.
"""

from __future__ import annotations

from spacy.tokens import Token

# Auxiliaries followed by a bare verb: "did not shell and bomb", "will seize and hold".
_BARE_AUX = frozenset({"do", "does", "did", "will", "would", "can", "could", "may", "might"})
_BARE_AUX |= frozenset({"shall", "should", "must", "to"})


def has_own_tense(verb: Token, head: Token) -> bool:
    """Return whether ``verb``, conjoined to ``head``, has a form ``head``'s auxiliary rules out.

    The auxiliary nearest ``head`` decides: after "did" or "will" a bare verb follows
    ("bombed" and "dismisses" have a tense of their own), after "has" or "was" a
    participle ("continue" and "dismisses" do). A plural present read for a bare form,
    or a past read for a participle, is the tagger's confusion, not a tense.
    """
    aux = [kid for kid in head.children if kid.dep_ in {"aux", "auxpass"} and kid.i < head.i]
    if not aux or verb.dep_ != "conj":
        return False
    if max(aux, key=lambda kid: kid.i).lower_ in _BARE_AUX:
        return verb.tag_ in {"VBD", "VBZ"}
    return verb.tag_ in {"VB", "VBP", "VBZ"}
