"""Brokering or sponsoring a deal between others: mediation (private).

A party that brokers or sponsors talks, a truce or a deal between others mediates (PLOVER
CONSULT, CAMEO 045 "engage in mediation"), whichever way news tells the deal:

- "Lisbon brokered a truce between the clans", "a truce brokered by Lisbon";
- "a fragile truce between the junta and the rebels that was brokered by Lisbon" (the
  parser may hang the clause on the last of the sides, not on the truce);
- "the clans brokered two rounds of deals", "Lisbon-sponsored talks", "peace talks
  sponsored by Lisbon and Porto", "sponsor a peace process".

Not: "state-sponsored terrorism", "the coalition will sponsor a training programme"
(no deal is sponsored). :mod:`graph.extract.ownsenses` asks for the class.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .lexicon import word_set

__all__ = ["mediation_sense"]

_MEDIATION = Code("045", "CONSULT", "")
_MEDIATING = word_set("broker sponsor")
# What a mediator brings about between others.
_DEALS = word_set(
    "deal agreement accord truce ceasefire cease-fire talks negotiation negotiations "
    "dialogue settlement process conference"
)
# How far up a misplaced relative clause may hang from its deal: "a truce between the
# junta and the rebels that was brokered": rebels -> junta -> between -> truce.
_CLIMB = 4


def mediation_sense(verb: Token) -> Code | None:
    """Return mediation (045) for brokering or sponsoring a deal: "brokered a truce"."""
    if verb.lemma_.lower() not in _MEDIATING:
        return None
    return _MEDIATION if any(_is_deal(noun) for noun in _brokered(verb)) else None


def _brokered(verb: Token) -> list[Token]:
    """Return the nouns the verb may broker: its object, or the noun its clause describes."""
    found = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    found += [c for k in found for p in k.children if p.lower_ == "of" for c in p.children]
    if verb.dep_ in {"acl", "relcl", "amod"}:
        tok = verb.head  # "talks sponsored by X", "Lisbon-sponsored talks"
        for _ in range(_CLIMB):
            found.append(tok)
            if tok.head is tok or tok.dep_ not in {"conj", "pobj", "prep"}:
                break
            tok = tok.head
    return found


def _is_deal(noun: Token) -> bool:
    return noun.lemma_.lower() in _DEALS or noun.lower_ in _DEALS
