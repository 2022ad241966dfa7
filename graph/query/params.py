"""Query parameters: checked against the query, bound as RDF terms, a place in any spelling.

A value in angle brackets becomes an IRI, anything else a literal; values are
bound through ``initBindings``, never pasted into the query text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from ..errors import QueryError
from ..normalize.places import link_place
from .named import NamedQuery

__all__ = ["bind_params", "check_params", "resolve_place_param", "to_term"]

QUERY_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_IRI_VALUE = re.compile(r"<([^<>\"{}|^`\\\s]+)>")


def to_term(value: str) -> Identifier:
    """Return a parameter value as an RDF term: ``<iri>`` -> IRI, anything else -> literal."""
    match = _IRI_VALUE.fullmatch(value.strip())
    return URIRef(match[1]) if match else Literal(value)


def check_params(label: str, params: Mapping[str, str], named: NamedQuery) -> None:
    """Raise QueryError when a named query gets an unknown parameter or misses one."""
    declared = named.params
    unknown = sorted(set(params) - set(declared))
    missing = sorted(set(named.required) - set(params))
    if not unknown and not missing:
        return
    which = f"unknown parameter {unknown[0]!r}" if unknown else f"missing parameter {missing[0]!r}"
    wanted = ", ".join(f"{p} (optional)" if p in named.optional else p for p in declared) or "none"
    raise QueryError(f"cannot run query {label}: {which}. Hint: its parameters are {wanted}")


def _check_inline(text: str, label: str, params: Mapping[str, str]) -> None:
    """Raise QueryError when a parameter names a variable the SPARQL text does not use."""
    for key in params:
        if not QUERY_NAME.fullmatch(key) or not re.search(rf"[?$]{re.escape(key)}\b", text):
            raise QueryError(
                f"cannot run query {label}: unknown parameter {key!r}. "
                f"Hint: a parameter binds the variable of that name (?{key})"
            )


def bind_params(
    text: str, label: str, params: Mapping[str, str], named: NamedQuery | None
) -> dict[str, Identifier]:
    """Map parameters to ``{variable name: term}``, checking them against the query.

    Raises:
        QueryError: A parameter the query does not have, or one it needs is missing.
    """
    if named is None:
        _check_inline(text, label, params)
        return {key: to_term(value) for key, value in params.items()}
    check_params(label, params, named)
    return {named.params[key]: to_term(value) for key, value in params.items()}


def resolve_place_param(params: Mapping[str, str]) -> dict[str, str]:
    """Turn a ``place`` parameter in any spelling ("Dayr az Zawr") into its place id.

    Values that link to no GeoNames place are passed through unchanged.
    """
    resolved = dict(params)
    value = resolved.get("place", "")
    if value and not value.startswith("<") and (place := link_place(value)) is not None:
        resolved["place"] = place.id
    return resolved
