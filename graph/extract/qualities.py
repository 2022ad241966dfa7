"""A quality praised or condemned is no target; whose quality it is is (private).

"The council praised the steadfastness of the villagers", "commended the courage shown
by medics", "condemned the silence of the world powers": an event coder codes whom the
praise or the blame is aimed at, not the virtue or the vice. A quality with no owner
named ("hailed the courage") is left as it is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import word_set
from .spans import child, conjuncts, np_span

__all__ = ["quality_owners"]

# Verbs that judge someone through a quality of theirs.
_JUDGING = word_set(
    "praise commend hail salute laud applaud honour honor appreciate thank welcome "
    "condemn denounce criticise criticize slam blast deplore decry"
)
# Virtues and vices: "the steadfastness of X", "the brutality of X".
_QUALITIES = word_set(
    "steadfastness courage bravery heroism resilience resolve determination sacrifice "
    "sacrifices valor valour perseverance endurance dedication commitment professionalism "
    "patience solidarity brutality cruelty barbarity savagery silence inaction complicity "
    "hypocrisy intransigence indifference"
)


def quality_owners(span: Span, verb: Token) -> list[Span]:
    """Return whose quality ``span`` names when ``verb`` judges it, else ``[span]``.

    "praised the steadfastness of the villagers" -> "the villagers"; "commended the
    courage shown by medics" -> "medics".
    """
    noun = span.root
    if verb.lemma_.lower() not in _JUDGING or noun.lemma_.lower() not in _QUALITIES:
        return [span]
    owner = _owner(noun)
    if owner is None:
        return [span]
    return [np_span(tok) for tok in conjuncts(owner)]


def _owner(noun: Token) -> Token | None:
    """Return who has the quality, the list it stands in included.

    "the steadfastness and courage shown by medics", "the courage and sacrifices of X".
    """
    first = noun
    while first.dep_ == "conj" and first.head.lemma_.lower() in _QUALITIES:
        first = first.head
    for quality in conjuncts(first):
        found = _own_owner(quality)
        if found is not None:
            return found
    return None


def _own_owner(noun: Token) -> Token | None:
    """Return who has one quality: its "of" phrase or the agent of a participle on it."""
    for kid in noun.children:
        if kid.dep_ == "prep" and kid.lower_ == "of":
            return child(kid, "pobj")
        if kid.dep_ == "acl" and kid.tag_ == "VBN":
            agent = child(kid, "agent")  # "the courage shown by medics"
            if agent is not None:
                return child(agent, "pobj")
    return None
