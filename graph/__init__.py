"""newsgraph: turn news articles into an event knowledge graph.

Public API (filled in as the stages land): see ``__all__``.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
