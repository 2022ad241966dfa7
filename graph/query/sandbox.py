"""Refuse SPARQL that would read the network or the file system (issue 17).

SPARQL can reach outside the graph: ``SERVICE <url>`` sends a query to any
server (Oxigraph and rdflib both do), ``FROM``/``FROM NAMED``/``USING`` and
``LOAD`` make rdflib download or read an IRI (``file:`` included), and a query
written by someone else should do none of that unless the user opts in
(``--allow-federation``). :func:`check_sandboxed` parses the text with rdflib's
grammar and walks the algebra (never regexes on the text), so comments, strings
and prefixed names cannot hide a clause. A dataset clause may name one of our
own graphs (an IRI under :data:`graph.vocab.BASE`): that selects stored data and
fetches nothing.

Text rdflib's grammar cannot parse is refused as a syntax error: what cannot be
checked is not run.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from pyparsing import ParseException
from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node, URIRef, Variable

from ..errors import QueryError
from ..vocab import BASE
from .syntax import compile_message, syntax_message

__all__ = ["check_sandboxed", "is_local_iri"]

_HINT = "Hint: pass --allow-federation if you trust this query to reach other servers or files"


def is_local_iri(iri: str) -> bool:
    """Tell whether ``iri`` names one of our own graphs (under :data:`graph.vocab.BASE`)."""
    return iri.startswith(BASE)


def _show(term: Node | None) -> str:
    if isinstance(term, Variable):
        return f"?{term}"
    return f"<{term}>" if term is not None else "<>"


def _algebra(text: str, label: str, namespaces: dict[str, Any]) -> Any:
    """Return the algebra of a query or update; QueryError when neither parses."""
    try:
        return translateQuery(parseQuery(text), initNs=namespaces).algebra
    except ParseException as query_exc:
        try:
            return translateUpdate(parseUpdate(text), initNs=namespaces).algebra
        except ParseException as update_exc:
            exc = update_exc if update_exc.loc > query_exc.loc else query_exc
            raise QueryError(syntax_message(text, label, exc, namespaces)) from exc
    except Exception as exc:  # rdflib raises a bare Exception for an unknown prefix
        raise QueryError(compile_message(label, exc, namespaces)) from exc


def _dataset_clauses(node: CompValue) -> Iterator[tuple[str, Node]]:
    """Yield ``(clause, IRI)`` for the FROM/FROM NAMED/USING clauses of one algebra node."""
    keyword = "USING" if node.name == "Modify" else "FROM"
    for key in ("datasetClause", "using"):
        for clause in dict.get(node, key) or []:
            if dict.get(clause, "named") is not None:
                yield f"{keyword} NAMED", clause["named"]
            elif dict.get(clause, "default") is not None:
                yield keyword, clause["default"]


def _outside_clauses(node: object) -> Iterator[tuple[str, Node]]:
    """Yield ``(clause, target)`` for every clause of the algebra that could leave the graph."""
    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            yield "SERVICE", node["term"]
        elif node.name == "Load":
            yield "LOAD", node["iri"]
        yield from _dataset_clauses(node)
        for value in node.values():
            yield from _outside_clauses(value)
    elif isinstance(node, list | tuple):
        for item in node:
            yield from _outside_clauses(item)


def check_sandboxed(text: str, label: str, namespaces: Mapping[str, Any]) -> list[str]:
    """Raise QueryError if a query or update could touch the network or the file system.

    Args:
        text: SPARQL query or update text.
        label: How messages name the query ("(inline)", a named query).
        namespaces: Prefixes predeclared for the query.

    Returns:
        The IRIs of our own graphs its FROM/FROM NAMED/USING clauses name (an
        engine that would download a graph it does not hold must check them).

    Raises:
        QueryError: A SERVICE, LOAD, or a dataset clause naming an IRI that is
            not one of our graphs (``file:`` included); or text that does not parse.
    """
    prefixes = tuple(sorted((name, str(iri)) for name, iri in namespaces.items()))
    return list(_check(text, label, prefixes))


@lru_cache(maxsize=512)
def _check(text: str, label: str, prefixes: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    local = []
    for clause, target in _outside_clauses(_algebra(text, label, dict(prefixes))):
        if clause in ("SERVICE", "LOAD") or not (
            isinstance(target, URIRef) and is_local_iri(str(target))
        ):
            raise QueryError(
                f"refused to run query {label}: {clause} {_show(target)} would read "
                f"another server or a file. {_HINT}"
            )
        local.append(str(target))
    return tuple(local)
