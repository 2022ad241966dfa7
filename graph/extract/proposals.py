"""Proposals named by verbs of writing or tabling them (private to extract).

"France drafted a resolution", "the envoy put forward a peace plan", "a resolution drawn
up by Norway", "Russia submitted a draft to the council": each proposes, as "propose" does in
``ontology.ttl`` (the dictionary codes "draft" only for plans and bills, as policy
statements, and "put forward" not at all).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .labels import label_class
from .lexicon import word_set

__all__ = ["proposal_sense"]

# Verbs of writing or tabling, with the particle each needs ("" for none).
_TABLING = {
    "draft": "",
    "submit": "",
    "introduce": "",
    "present": "",
    "circulate": "",
    "put": "forward",
    "draw": "up",
    "chalk": "out",
}
_PROPOSALS = word_set(
    "resolution resolutions proposal proposals plan plans draft drafts initiative "
    "initiatives motion motions bill bills roadmap"
)


def proposal_sense(verb: Token) -> Code | None:
    """Return the class of "propose" for a verb that drafts or tables a proposal."""
    lemma = verb.lemma_.lower()
    if lemma not in _TABLING:
        return None
    particles = {k.lower_ for k in verb.children if k.dep_ in {"prt", "advmod", "prep"}}
    if _TABLING[lemma] and _TABLING[lemma] not in particles:
        return None  # "put the plan on hold", "drew a map" table nothing
    objects = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        objects.append(verb.head)  # "a resolution drafted by France"
    if not any(o.lemma_.lower() in _PROPOSALS or o.lower_ in _PROPOSALS for o in objects):
        return None
    cls = label_class("propose")
    return Code("", cls, "") if cls else None
