"""Extract: spaCy ``Doc`` -> ``Event`` by dependency rules; the extractor registry."""

from .rules import Extractor, available_extractors, extract_events, get_extractor

__all__ = ["Extractor", "available_extractors", "extract_events", "get_extractor"]
