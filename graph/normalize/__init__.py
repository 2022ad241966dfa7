"""Normalize: canonical actors (gazetteer), coreference, places, time, action classes."""

from .actordict import Actor
from .coordination import split_reciprocal
from .events import Gazetteer, action_class, actor_code, load_gazetteer, normalize_events
from .search import ActorMatch, close_names, find_actors, suggest_actors

__all__ = [
    "Actor",
    "ActorMatch",
    "Gazetteer",
    "action_class",
    "close_names",
    "actor_code",
    "load_gazetteer",
    "normalize_events",
    "find_actors",
    "split_reciprocal",
    "suggest_actors",
]
