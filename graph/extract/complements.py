"""Complement and control verbs: which clause of "X threatened to V" is the event (private).

"Iran threatened to cut off electricity" is a threat whose content is the cut, which
did not happen: one event, the threat. "The UN called on both sides to stop" is a
demand on both sides. The modality and negation of complements that do get their
own event ("plans to launch", "denied carrying out") are in :mod:`graph._clauses`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .modalwords import CONTENT_VERBS
from .patients import patients
from .recipients import recipient_target
from .requests import call_on_object
from .spans import child, clause_head, join_tokens, np_span, verb_group


def is_content_verb(verb: Token) -> bool:
    """Return whether ``verb`` is a threat, vow or agreement with a "to" complement."""
    return verb.lemma_.lower() in CONTENT_VERBS and child(verb, "xcomp") is not None


def is_content_complement(verb: Token) -> bool:
    """Return whether ``verb`` is the content of a threat or vow, not an event of its own.

    "Iran threatened to cut off electricity": "cut off" is what was threatened.
    """
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return False
    head = clause_head(verb.head)
    return head.lemma_.lower() in CONTENT_VERBS and child(head, "dobj") is None


def asks_someone(verb: Token) -> bool:
    """Return whether ``verb`` asks someone named in a PP to act ("called on X to V")."""
    return call_on_object(verb) is not None


def content_targets(verb: Token) -> tuple[list[Span], str]:
    """Return the targets of a threat or vow and its surface relation.

    "Iran vowed to retaliate against Israel" -> target "Israel", relation
    "vowed to retaliate against"; the content's own object or PP target is the target.
    """
    comp = child(verb, "xcomp")
    if comp is None:
        return [], ""
    obj = child(comp, "dobj")
    aimed = recipient_target(comp, obj) if obj is not None else None
    if aimed is not None:
        # "threatened to impose sanctions on X" -> a threat aimed at X.
        head = join_tokens([*verb_group(verb), verb])
        return [np_span(tok) for tok in aimed[0]], f"{head} {aimed[1]}"
    targets, prep = patients(comp)
    toks = [*verb_group(verb), verb, *(k for k in comp.lefts if k.tag_ == "TO"), comp]
    toks += [k for k in comp.children if k.dep_ == "prt"]
    if prep is not None:
        toks.append(prep)
    return [np_span(tok) for tok in targets], join_tokens(toks)
