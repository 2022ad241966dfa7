"""Relief sent is aid: "planes dropped supplies to the besieged troops" (private).

CAMEO codes sending humanitarian aid as AID (073); an event coder codes the same act
told with a verb of sending: "dropped food to the besieged town", "sent ambulances to
the district", "the Red Crescent escorted an aid convoy", "distributed rations to the
displaced". The verb is one of sending or handing out and what is sent is relief (a
noun of relief, or one a relief word modifies: "an aid convoy", "medical supplies").
:mod:`graph.extract.ownsenses` asks.

Not: "dropped barrel bombs on the town" (munitions), "sent troops to the border" (a
deployment), "brought in supplies" across a border for fighters ("bring" is no verb of
sending here), "sent a letter".
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .lexicon import RELIEF_GOODS, word_set

__all__ = ["relief_sent"]

# Verbs of sending or handing out goods.
_SENDING = word_set("send dispatch drop airdrop deliver ship distribute escort")
# Relief, and the words that make a convoy or a shipment one of relief.
_RELIEF_WORDS = RELIEF_GOODS | word_set("ration flour")
_AID = Code("073", "AID", "")


def relief_sent(verb: Token) -> Code | None:
    """Return AID (073) for a verb of sending whose goods are relief, else None.

    "Planes dropped supplies to the troops" -> 073; "dropped barrel bombs" -> None.
    """
    if verb.lemma_.lower() not in _SENDING:
        return None
    return _AID if any(_is_relief(g) for g in _goods(verb)) else None


def _goods(verb: Token) -> list[Token]:
    """Return what is sent: the object, a passive's subject, or "a convoy escorted by X"."""
    goods = [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        goods.append(verb.head)  # "an aid convoy escorted by the Red Crescent"
    return [c for g in goods for c in [g, *g.conjuncts]]


def _is_relief(noun: Token) -> bool:
    """Return whether a noun is relief ("supplies") or relief modifies it ("an aid convoy")."""
    words = [noun, *(k for k in noun.lefts if k.dep_ in {"compound", "amod"})]
    return any(w.lemma_.lower() in _RELIEF_WORDS or w.lower_ in _RELIEF_WORDS for w in words)
