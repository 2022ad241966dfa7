"""Who a demand, a conditional threat or a call is aimed at: the side a clause names.

An act whose object is a clause or a thing is aimed at the side that clause or thing
names: "Canada demanded that Russia free the sailors" is Canada -> Russia, "X
threatened a strike unless Y raised wages" is X -> Y, "the minister argued for
sanctions against Tarvan" is the minister -> Tarvan. :mod:`graph.extract.clausetargets`
asks these when the clause's object names no one (the side past a thing object is
:mod:`graph.extract.recipients`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import word_set
from .recipients import is_actor_noun, thing_side
from .spans import child, conjuncts, np_span

__all__ = ["DEMAND_VERBS", "asked_for", "called_for", "condition_side", "demanded_of"]

# Verbs of asking that someone act: "demanded that X withdraw" aims the demand at X.
DEMAND_VERBS = word_set(
    "demand insist urge ask request press order require recommend propose suggest"
)


def demanded_of(verb: Token) -> list[Span]:
    """Return who a demand is aimed at: "Canada demanded that Russia free the sailors" -> Russia.

    The subject of the clause that says what must be done is the one asked to do it.
    """
    comp = child(verb, "ccomp")
    if comp is None or child(verb, "dobj") is not None:
        return []
    if any(k.dep_ == "mark" and k.lower_ in {"whether", "if"} for k in comp.children):
        # "the envoy asked whether the army shelled the town" is a question, not a demand.
        return []
    obliged = any(k.dep_ == "aux" and k.lower_ in {"must", "should"} for k in comp.children)
    if verb.lemma_.lower() not in DEMAND_VERBS and not obliged:
        # "the envoy reiterated that Eritrea must release the journalists": what someone
        # must do, said by another, is a demand on them.
        return []
    subj = child(comp, "nsubj", "nsubjpass")
    if subj is None or not is_actor_noun(subj):
        return []
    return [np_span(tok) for tok in conjuncts(subj)]


def condition_side(verb: Token) -> list[Span]:
    """Return who must act to avert a threat: "X threatened a strike unless Y raised wages" -> Y.

    The subject of an "unless" clause on the threat or on its content is the one
    the threat is aimed at.
    """
    for head in (verb, child(verb, "xcomp")):
        if head is None:
            continue
        for clause in head.children:
            if clause.dep_ != "advcl" or not any(
                k.dep_ == "mark" and k.lower_ == "unless" for k in clause.children
            ):
                continue
            subj = child(clause, "nsubj", "nsubjpass")
            if subj is not None and is_actor_noun(subj):
                return [np_span(tok) for tok in conjuncts(subj)]
    return []


def called_for(verb: Token) -> list[Token]:
    """Return the side of an act a verb asks or argues for: "argued for tariffs against X" -> X."""
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "over", "about"}:
            pobj = child(prep, "pobj")
            side = thing_side(pobj) if pobj is not None else None
            if side is not None:
                return list(conjuncts(side))
    return []


# Verbs that ask for an act: "called/appealed/pressed for UN action".
_ASKING = word_set("call appeal press push plead lobby ask urge campaign")


def asked_for(verb: Token) -> list[Span]:
    """Return who is asked to do the act a verb calls for: "called for UN action" -> UN.

    An organisation's name before the act ("an urgent League Council meeting", "a UN
    inquiry") or a side after "by/from" ("an investigation by UN inspectors", "help
    from Arab states") says who is to act, whom the call is aimed at when the act names
    no side it is aimed at (see :func:`called_for`). A place's name says where the act is
    to be ("a Geneva conference"), never who is asked.
    """
    if verb.lemma_.lower() not in _ASKING:
        return []  # "voted for the UN resolution", "fought for the IS group" ask nothing
    for prep in verb.rights:
        act = child(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ == "for" else None
        if act is None or act.ent_type_:
            continue  # "called for the Geneva Conference": a name of its own
        names = [k for k in act.lefts if k.dep_ == "compound" and k.ent_type_ == "ORG"]
        if names:
            # "an emergency UN Security Council meeting" -> "UN Security Council"
            start = names[-1].i
            while start > act.left_edge.i and act.doc[start - 1].ent_type_ == "ORG":
                start -= 1
            return [act.doc[start : names[-1].i + 1]]
        for by in act.rights:
            side = child(by, "pobj") if by.dep_ == "prep" else None
            if by.lower_ in {"by", "from"} and side is not None and is_actor_noun(side):
                return [np_span(tok) for tok in conjuncts(side)]
    return []
