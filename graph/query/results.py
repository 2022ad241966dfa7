"""Query results as the CLI shows them: rows with numbers and booleans typed, graphs as Turtle.

Both engines' results (rdflib's and Oxigraph's) become one :class:`Answer`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

import pyoxigraph as ox
from rdflib import Literal
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Node

from ..errors import QueryError
from .oxigraph import StoreResult
from .sparql import NAMESPACES

__all__ = ["Answer", "Value", "from_rdflib", "from_store"]

Value = str | int | float | bool
_XSD = str(XSD)
_INTEGERS = {
    f"{_XSD}{name}"
    for name in [
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    ]
}
_DECIMALS = {f"{_XSD}decimal", f"{_XSD}double", f"{_XSD}float"}
_BOOLEAN = f"{_XSD}boolean"


@dataclass(frozen=True)
class Answer:
    """What a query gave: rows, a boolean, a graph (as Turtle) or an update's counts.

    Attributes:
        kind: ``"rows"`` (SELECT), ``"boolean"`` (ASK, one row ``{"ask": bool}``),
            ``"graph"`` (CONSTRUCT/DESCRIBE) or ``"update"``.
        columns: The SELECT variables, in order.
        rows: One dict per row; numbers and booleans typed, "" when unbound.
        more: Rows were left out at the limit.
        turtle: The graph of a CONSTRUCT or DESCRIBE.
        added: Quads an update added.
        removed: Quads an update removed.
    """

    kind: str
    columns: tuple[str, ...] = ()
    rows: tuple[dict[str, Value], ...] = ()
    more: bool = False
    turtle: str = ""
    added: int = 0
    removed: int = 0


def _limited(items: Iterator[Any], limit: int | None) -> tuple[list[Any], bool]:
    """Return the first ``limit`` items and whether there were more."""
    if limit is None:
        return list(items), False
    taken = list(islice(items, limit + 1))
    return taken[:limit], len(taken) > limit


def from_rdflib(result: Result, limit: int | None) -> Answer:
    """Return rdflib's result as an answer of at most ``limit`` rows."""
    if result.type == "ASK":
        return Answer("boolean", ("ask",), ({"ask": bool(result.askAnswer)},))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = result.graph
        if graph is None:
            raise QueryError("the engine gave no graph for a CONSTRUCT or DESCRIBE query")
        for prefix, namespace in NAMESPACES.items():
            graph.bind(prefix, namespace, replace=True)
        return Answer("graph", turtle=graph.serialize(format="turtle"))
    columns = tuple(str(v) for v in result.vars or [])
    rows, more = _limited(iter(result), limit)
    typed = tuple({name: _rdflib_value(row.asdict().get(name)) for name in columns} for row in rows)
    return Answer("rows", columns, typed, more)


def _rdflib_value(term: Node | None) -> Value:
    if term is None:
        return ""
    if isinstance(term, Literal) and term.datatype is not None:
        return _typed(str(term), str(term.datatype))
    return str(term)


def from_store(result: StoreResult, limit: int | None) -> Answer:
    """Return Oxigraph's result as an answer of at most ``limit`` rows."""
    if isinstance(result, ox.QueryBoolean):
        return Answer("boolean", ("ask",), ({"ask": bool(result)},))
    if isinstance(result, ox.QueryTriples):
        prefixes = {name: str(ns) for name, ns in NAMESPACES.items()}
        data = ox.serialize(list(result), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
        return Answer("graph", turtle=(data or b"").decode("utf-8"))
    columns = tuple(v.value for v in result.variables)
    rows, more = _limited(iter(result), limit)
    typed = tuple(dict(zip(columns, map(_store_value, row), strict=True)) for row in rows)
    return Answer("rows", columns, typed, more)


def _store_value(term: object) -> Value:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return _typed(term.value, term.datatype.value)
    value = getattr(term, "value", None)
    return value if isinstance(value, str) else str(term)


def _typed(lexical: str, datatype: str) -> Value:
    """Return a literal's value as a number or boolean when its datatype says so."""
    try:
        if datatype in _INTEGERS:
            return int(lexical)
        if datatype in _DECIMALS:
            return float(lexical)
    except ValueError:
        return lexical
    if datatype == _BOOLEAN and lexical.strip() in ("true", "false", "1", "0"):
        return lexical.strip() in ("true", "1")
    return lexical
