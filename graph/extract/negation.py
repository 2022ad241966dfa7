"""Negation of a clause: "not", "never", "refused to", "without", "denied that" (private).

Negation reaches through control chains and conjoined verbs; :mod:`graph.extract.clauses`
gives the governor a dependent clause takes it from.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .clauses import governor, has_aux
from .denials import denied_claim
from .modalwords import DENIAL_VERBS, NEG_ADJECTIVES, NEG_CONTROL, PREVENT_VERBS
from .spans import child
from .stolensubjects import stolen_subject
from .tense import has_own_tense


def _is_instead(prep: Token) -> bool:
    # "instead of" is one preposition; the parser hangs "of" on "instead" or on the verb.
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return prep.lower_ == "of" and before.lower_ == "instead"


def is_negated(verb: Token) -> bool:
    """Return whether a clause is negated ("not", "never", "refused to", "without").

    Negation reaches through control chains: "declined to coordinate" and
    "did not try to leave" are negated; "did not refuse to leave" is not.
    """
    neg = any(_is_negator(kid) for kid in verb.children)
    neg = neg or any(_negated_argument(arg) for arg in _arguments(verb))
    if verb.dep_ == "pcomp" and (verb.head.lower_ == "without" or _is_instead(verb.head)):
        neg = not neg  # "withdrew without firing", "withdrew instead of storming the ridge"
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "from"
        and verb.head.head.lemma_ in PREVENT_VERBS
    ):
        neg = not neg
    if verb.dep_ == "ccomp" and verb.head.lemma_ in DENIAL_VERBS:
        # "the army denied that its jets struck the hospital".
        neg = not neg
    if denied_claim(verb) is not None:
        # "the army denied reports that its jets struck the hospital" (see denials).
        neg = not neg
    if verb.dep_ == "xcomp" and verb.head.lower_ in NEG_ADJECTIVES:
        # "the regime was unable to retake the suburbs".
        neg = not neg
    head = governor(verb)
    if head is not None and verb.dep_ == "xcomp":
        # "refused to sign", "denied carrying out strikes": the complement did not happen.
        flip = head.lemma_ in NEG_CONTROL or head.lemma_ in DENIAL_VERBS
        return neg != (is_negated(head) != flip)
    if head is not None and verb.dep_ == "conj" and not has_aux(verb):
        return neg or _shares_negation(verb, head)
    return neg


def _shares_negation(verb: Token, head: Token) -> bool:
    """Return whether a conjoined verb takes its head's negation ("did not shell or bomb")."""
    own_subject = child(verb, "nsubj", "nsubjpass") or stolen_subject(verb)
    if has_own_tense(verb, head) or own_subject is not None:
        # "has not acknowledged the deaths and dismisses the reports"; "gave no
        # details but the governor told AP": a clause of its own.
        return False
    cc = child(head, "cc")
    if cc is not None and cc.lower_ not in {"and", "or", "nor"}:
        return False
    if not any(_is_negator(kid) for kid in head.children) and any(
        _negated_argument(kid) for kid in head.children if kid.dep_ in {"dobj", "dative"}
    ):
        # "fired no shots and withdrew": a negated object denies its own verb only.
        return False
    return is_negated(head)


def _is_negator(tok: Token) -> bool:
    # "did not", "never", "will neither condemn nor support"; "no longer shells the town"
    after = tok.nbor().lower_ if tok.i + 1 < len(tok.doc) else ""
    if tok.lower_ == "longer" and after != "than" and any(k.dep_ == "neg" for k in tok.children):
        return True  # not "fought no longer than an hour"
    return tok.dep_ == "neg" or tok.lower_ in {"never", "neither", "nor"} and tok.dep_ != "conj"


def _arguments(verb: Token) -> Iterator[Token]:
    for kid in verb.children:
        if kid.dep_ in {"dobj", "nsubj", "nsubjpass"}:
            yield kid
        elif kid.dep_ == "prep":
            yield from (k for k in kid.children if k.dep_ == "pobj")


def _negated_argument(noun: Token) -> bool:
    """Return whether an object is negated: "fired no shots", "neither A nor B"."""
    return any(
        kid.lower_ in {"no", "neither"} and kid.dep_ in {"det", "preconj"} for kid in noun.children
    )
