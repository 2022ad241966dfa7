"""Evaluate: scoring against hand-written gold and the CaRB benchmark."""

from .gold import GoldEvent, Score, load_gold, score_events

__all__ = ["GoldEvent", "Score", "load_gold", "score_events"]
