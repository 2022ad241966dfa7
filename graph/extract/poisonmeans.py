"""Poisons as the means of an attack: PLOVER's ASSAULT mode "unconventional" (private).

The codebook's ASSAULT mode "unconventional: chemical, biological, radiation, and nuclear
weapons": an act whose means phrase names one ("fired rockets with chemical heads"), an
attack noun a poison names ("a sarin gas attack"), a doer that is such an attack ("the gas
attack killed 80"). Not a target that happens to hold the word ("struck a chemical plant",
"an attack on a gas field").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import word_set

__all__ = ["poison_attack", "poison_doer", "unconventional_phrase"]

# "unconventional: chemical, biological, radiation, and nuclear weapons": words that make a
# weapon or an attack one ("chemical rockets", "a sarin attack"), not a target ("struck a
# chemical plant").
_UNCONVENTIONAL = word_set(
    "chemical chemicals poison poisonous toxic sarin chlorine mustard nerve biological "
    "nuclear radiological"
)
# The poisons that make an attack noun's left words a chemical attack: "a gas attack", "a
# chlorine attack" (not "an attack on a gas field": the words of its object).
_POISON_ATTACKS = _UNCONVENTIONAL | word_set("gas gases")
# What a poison word may hang on in a poison attack: the attack, or its weapon or agent.
_POISONED_HEADS = _POISON_ATTACKS | word_set("weapon weapons agent agents")

# Prepositions of a phrase that tells when an act came, not how: "after the gas attack".
_TIMES = word_set("after before since following until")


def poison_attack(words: list[Token]) -> str:
    """Return "unconventional" for an attack noun told by a poison: "a sarin gas attack"."""
    noun = words[-1] if words else None
    poisoned = any(
        t.lower_ in _POISON_ATTACKS and (t.head == noun or t.head.lower_ in _POISONED_HEADS)
        for t in words
    )  # "a chemical weapons attack", "a sarin gas attack"; not "a gas field attack"
    return "unconventional" if poisoned else ""


def poison_doer(actor: Span) -> str:
    """Return "unconventional" for a doer that is a poison attack: "a sarin attack killed 80".

    "The chemical attack on the village, which killed 90", "a gas attack that left dozens
    dead": whichever clause the parse hangs the toll on, the doer the event has is the
    attack, whose left words name the poison. Not an attack on a gas field ("the attack
    on the gas plant killed ten": the poison word is the object's). So is a poison itself:
    "20 were injured by the gas", "most were killed by sarin".
    """
    from .attacknouns import ATTACK_NOUNS  # attacknouns -> classify -> here

    root = actor.root
    if root.lower_ in _POISON_ATTACKS and root.pos_ == "NOUN":
        return "unconventional"
    if root.lemma_.lower() not in ATTACK_NOUNS and root.lower_ not in ATTACK_NOUNS:
        return ""
    return poison_attack(_left_words(root))


def unconventional_phrase(kid: Token) -> bool:
    """Return whether an act's phrase names a weapon of mass destruction as its means."""
    from .agentnouns import is_means_noun  # agentnouns -> eventnouns -> classify
    from .eventnouns import is_event_noun

    heads = [kid] if kid.dep_ in {"nsubj", "nsubjpass", "dobj"} else []
    if kid.dep_ in {"prep", "agent"}:
        heads = [k for k in kid.children if k.dep_ == "pobj"]
    for head in heads:
        means = kid.lower_ in {"with", "using"}  # "fired rockets with gas heads"
        if not (means or is_means_noun(head.lower_) or is_event_noun(head)):
            continue  # "struck a chemical plant": the target, not the means
        if any(t.lower_ in _UNCONVENTIONAL for t in head.subtree):
            return True
        if kid.lower_ in _TIMES or not is_event_noun(head):
            continue  # "bombed the hospital after the gas attack": when, not how
        if poison_attack(_left_words(head)):
            return True  # "carried out the gas attack", as a doer ("the gas attack killed 9")
    return False


def _left_words(noun: Token) -> list[Token]:
    return [t for k in noun.lefts for t in k.subtree] + [noun]
