"""Evaluate: scoring against hand-written gold and the CaRB benchmark."""

from .carb import extract_carb_lines, extract_line_events, format_carb
from .gold import GoldEvent, Score, load_gold, score_events

__all__ = [
    "GoldEvent",
    "Score",
    "extract_carb_lines",
    "extract_line_events",
    "format_carb",
    "load_gold",
    "score_events",
]
