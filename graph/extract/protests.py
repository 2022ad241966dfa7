"""Protests and their repression: the words both the extractor and the normaliser read.

A protest a state represses is whom it represses: "the army repressed the demonstrations",
"police dispersed the rally" name the protesters as the target, not an act of the army's
own (see :func:`repressed_protest`, and :mod:`graph.normalize.repression`, which codes a
state's force on protesters as CAMEO 175, violent repression).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import word_set

__all__ = ["PROTESTER_NOUNS", "PROTEST_NOUNS", "REPRESSION_VERBS", "repressed_protest"]

# Verbs of repression (CAMEO 17: "repress", "crack down", "quell", "disperse").
REPRESSION_VERBS = word_set("repress suppress quell disperse crush crack")
# Gatherings of protest, and the people who protest.
PROTEST_NOUNS = word_set(
    "protest protests demonstration demonstrations rally rallies march marches sit-in sit-ins"
)
PROTESTER_NOUNS = word_set(
    "protester protesters protestor protestors demonstrator demonstrators marcher marchers"
)


def repressed_protest(verb: Token, noun: Token) -> bool:
    """Return whether ``verb`` represses the protest ``noun``: "quelled the protests"."""
    return verb.lemma_.lower() in REPRESSION_VERBS and noun.lemma_.lower() in PROTEST_NOUNS
