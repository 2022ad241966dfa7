"""Named queries shipped in ``graph/query/queries/*.rq``: listing, loading, declared parameters.

A named query's first comment line is its description; ``# param`` comment
lines declare the parameters it takes and the SPARQL variables they bind, and
``# optional param`` lines those it may go without (the variable stays unbound).
A final ``LIMIT`` is the query's default number of rows, which a caller's limit
replaces (:mod:`graph.query.limit`).
Running a query is :mod:`graph.query`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from ..errors import QueryError
from ..normalize.search import close_names
from .limit import outer_limit

# "# param actor (?actorName): actor label or id" -> optional?, name, variable, help.
_PARAM_LINE = re.compile(
    r"^[ \t]*#[ \t]*(optional[ \t]+)?param[ \t]+(\w+)[ \t]*(?:\(\?(\w+)\))?[ \t]*:[ \t]*(.*)$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped in ``graph/query/queries``: its text, description and parameters."""

    name: str
    description: str
    text: str
    params: dict[str, str]  # parameter name -> SPARQL variable it binds
    optional: frozenset[str] = frozenset()  # parameters that may be left out
    help: dict[str, str] = field(default_factory=dict)  # parameter name -> what it takes
    limit: int | None = None  # its own LIMIT: the rows it gives unless told otherwise

    @property
    def required(self) -> list[str]:
        """Return the parameters the query cannot run without, in declaration order."""
        return [name for name in self.params if name not in self.optional]


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
        close = close_names(name, known, limit=3)
        listing = f"known queries are {', '.join(known)}"
        hint = f"did you mean {', '.join(close)}? K{listing[1:]}" if close else listing
        raise QueryError(f"unknown named query {name!r}. Hint: {hint}")
    text = (_queries_dir() / f"{name}.rq").read_text(encoding="utf-8")
    lines = list(_PARAM_LINE.finditer(text))
    params = {m[2]: m[3] or m[2] for m in lines}
    optional = frozenset(m[2] for m in lines if m[1])
    helps = {m[2]: m[4] for m in lines}
    return NamedQuery(name, known[name], text, params, optional, helps, outer_limit(text))
