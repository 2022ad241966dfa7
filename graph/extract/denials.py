"""A denial of one's own act: "Damascus denied using such weapons" (private to extract).

CAMEO codes "deny responsibility" (016) and PLOVER a denial as REJECT: the denier rejects
the claim made about it. "Damascus has repeatedly denied using such weapons" is two
events: Damascus denies (the denial), and Damascus uses the weapons, negated (see
:mod:`graph.extract.negation`). A denial whose content is a gerund ("denied using",
"denies having carried out") heads an event of its own, as one whose content is a
that-clause does ("denied that its jets struck the market").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import DENIAL_VERBS
from .spans import child

__all__ = ["denies_act"]


def denies_act(verb: Token) -> bool:
    """Return whether ``verb`` denies an act told as a gerund ("denied using X")."""
    if verb.lemma_.lower() not in DENIAL_VERBS:
        return False
    comp = child(verb, "xcomp")
    return comp is not None and comp.i > verb.i and _is_gerund(comp)


def _is_gerund(comp: Token) -> bool:
    """Return whether a complement is a gerund: "using X", "having carried out X"."""
    if comp.tag_ == "VBG":
        return not any(kid.tag_ == "TO" for kid in comp.children)
    return any(kid.dep_ == "aux" and kid.lower_ == "having" for kid in comp.children)
