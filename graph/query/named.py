"""Named queries shipped in ``graph/query/queries/*.rq``: listing, loading, declared parameters.

A named query's first comment line is its description; ``# param`` comment
lines declare the parameters it takes and the SPARQL variables they bind.
Running a query is :mod:`graph.query`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..errors import QueryError

# "# param actor (?actorName): actor label or id" -> name, variable, help.
_PARAM_LINE = re.compile(r"#\s*param\s+(\w+)\s*(?:\(\?(\w+)\))?\s*:\s*(.*)")


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped in ``graph/query/queries``: its text, description and parameters."""

    name: str
    description: str
    text: str
    params: dict[str, str]  # parameter name -> SPARQL variable it binds


def _queries_dir() -> Any:
    """Return the packaged queries directory (a Traversable)."""
    return resources.files("graph.query") / "queries"


def _description(text: str) -> str:
    """Return the first comment line of a query, without the ``#``."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            return stripped.lstrip("#").strip()
        if stripped:
            break
    return ""


@cache
def list_queries() -> dict[str, str]:
    """Return the named queries: name -> one-line description.

    Returns:
        Every ``graph/query/queries/NAME.rq``, sorted by name.
    """
    found = {}
    for entry in _queries_dir().iterdir():
        if entry.name.endswith(".rq"):
            found[entry.name[:-3]] = _description(entry.read_text(encoding="utf-8"))
    return dict(sorted(found.items()))


def load_named_query(name: str) -> NamedQuery:
    """Read one named query.

    Args:
        name: The file name without ``.rq`` (e.g. ``"actions-by"``).

    Returns:
        The query with its declared parameters.

    Raises:
        QueryError: No query has that name.
    """
    known = list_queries()
    if name not in known:
        raise QueryError(
            f"unknown named query {name!r}. Hint: known queries are {', '.join(known)}"
        )
    text = (_queries_dir() / f"{name}.rq").read_text(encoding="utf-8")
    params = {m[1]: m[2] or m[1] for m in _PARAM_LINE.finditer(text)}
    return NamedQuery(name, known[name], text, params)
