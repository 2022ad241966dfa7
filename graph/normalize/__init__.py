"""Normalize: canonical actors (gazetteer), coreference, places, time, action classes."""

from .events import Gazetteer, action_class, load_gazetteer, normalize_events

__all__ = ["Gazetteer", "action_class", "load_gazetteer", "normalize_events"]
