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


# Auxiliaries of a proposal: "that the prisoners be released", "that both sides should stop".
_MANDATIVE_AUX = frozenset({"be", "should", "must"})
# Directive verbs that also report: "reports suggested that jets target the town".
_REPORTING_DIRECTIVES = frozenset({"suggest", "insist"})


def is_mandative(clause: Token) -> bool:
    """Return whether the that-clause of a directive verb proposes its act.

    "urged that both armies withdraw", "demanded that the prisoners be released" and
    "insisted that the convoy should wait" propose; "insisted that the army had not
    fired" and "suggested that the jets struck the town" report.
    """
    aux = [kid for kid in clause.children if kid.dep_ in {"aux", "auxpass"} and kid.i < clause.i]
    if aux:
        return min(aux, key=lambda kid: kid.i).lower_ in _MANDATIVE_AUX
    if clause.tag_ == "VBP":
        # a bare form the tagger read as a plural present: after a past "suggested" a
        # report would be past too; after a present "suggest" it may be either.
        head = clause.head
        return head.tag_ == "VBD" or head.lemma_.lower() not in _REPORTING_DIRECTIVES
    return clause.tag_ == "VB"
