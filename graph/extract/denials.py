"""A denial of one's own act: "Damascus denied using such weapons" (private to extract).

CAMEO codes "deny responsibility" (016) and PLOVER a denial as REJECT: the denier rejects
the claim made about it. "Damascus has repeatedly denied using such weapons" is two
events: Damascus denies (the denial), and Damascus uses the weapons, negated (see
:mod:`graph.extract.negation`). A denial whose content is a gerund ("denied using",
"denies having carried out") heads an event of its own, as one whose content is a
that-clause does ("denied that its jets struck the market"). The content of a claim a
denial rejects ("denied reports that its jets struck the market") is denied as that
clause is: negated, and no longer only claimed (:mod:`graph.extract.negation`,
:mod:`graph.extract.unasserted`, :mod:`graph.extract.alleged`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import word_set
from .modalwords import DENIAL_VERBS
from .spans import child

__all__ = ["denied_claim", "denies_act"]

# Nouns of a claim made about someone ("reports that", "allegations that"; CAMEO 016).
_CLAIMS = word_set("claim allegation accusation charge assertion rumour rumor report suggestion")
# Verbs that reject a claim (PLOVER REJECT).
_REJECTING = DENIAL_VERBS | word_set("reject refute rebut rebuff")


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


def denied_claim(clause: Token) -> Token | None:
    """Return the claim noun a denial rejects when ``clause`` is its content, or None.

    "the army denied reports that its jets struck the market", "dismissed claims that it
    shelled the town": the struck and the shelling are denied as in "denied that its jets
    struck" (a denial that is itself negated, "did not deny reports that", denies nothing).
    """
    if clause.dep_ not in {"acl", "ccomp"} or not _marked_that(clause):
        return None
    noun = clause.head
    if noun.lemma_.lower() not in _CLAIMS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in _REJECTING or any(k.dep_ == "neg" for k in verb.children):
        return None
    return noun


def _marked_that(clause: Token) -> bool:
    return any(kid.dep_ == "mark" and kid.lower_ == "that" for kid in clause.children)
