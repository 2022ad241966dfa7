"""Which verbs need a direct object (WordNet's main sense; private to extract).

Compiled by tools/build_transitive_verbs.py into ``graph/data/transitive_verbs.tsv``.
Kept apart from :mod:`graph.extract.coordination` (which needs the frame builder) so
that modules the frame builder itself needs (attack verbs) can ask without a cycle.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["transitive_verbs"]


@cache
def transitive_verbs() -> frozenset[str]:
    """Return the verbs whose main sense needs a direct object."""
    text = (resources.files("graph") / "data" / "transitive_verbs.tsv").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
