"""Normalize: canonical actors (gazetteer), coreference, places, time, action classes."""

from .coordination import split_reciprocal
from .events import Gazetteer, action_class, actor_code, load_gazetteer, normalize_events

__all__ = [
    "Gazetteer",
    "action_class",
    "actor_code",
    "load_gazetteer",
    "normalize_events",
    "split_reciprocal",
]
