"""SPARQL on an Oxigraph store (:mod:`graph.store.oxigraph`): named queries, parameters.

:func:`query_store` keeps :func:`graph.query.run_query`'s contract (named queries
from ``graph/query/queries``, our prefixes, ``<iri>`` parameters as IRIs and the rest as
literals, plain-string rows) but runs in Oxigraph's engine: 10 to 100 times faster
than rdflib at a million triples (``bench/speed.py``). :func:`graph.store.open_graph` gives
an rdflib ``Dataset`` over the same store (oxrdflib) for code written against rdflib's
triple API, such as the view and ``graph_stats``. Measured on 1M triples
(``bench/speed.py``): the same named queries through that rdflib view are slower
than through :func:`query_store` (every result term is converted to rdflib), and
rdflib's own engine is slower still by one to two orders of magnitude.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import pyoxigraph as ox

from ..errors import QueryError
from ..store.dataset import bind_terms, is_push_filled
from .limit import limit_query
from .lookup import Select, fill_values
from .params import check_params, resolve_place_param
from .sandbox import check_sandboxed
from .sparql import NAMESPACES, load_named_query
from .timeout import with_timeout

__all__ = ["StoreResult", "evaluate_store", "prepare_query", "query_store"]

StoreResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
_T = TypeVar("_T")

_PREFIXES = {name: str(ns) for name, ns in NAMESPACES.items()}
_QUERY_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_IRI_VALUE = re.compile(r"<([^<>\"{}|^`\\\s]+)>")


def _query_and_bindings(
    name_or_sparql: str, params: Mapping[str, str], limit: int | None
) -> tuple[str, str, dict[str, ox.NamedNode | ox.Literal]]:
    """Return the query text (``limit`` in it), its label and ``{variable: term}``.

    The rules are ``run_query``'s.
    """
    if _QUERY_NAME.fullmatch(name_or_sparql.strip()):
        named = load_named_query(name_or_sparql.strip())
        check_params(named.name, params, named)
        names = named.params
        text, label = limit_query(named.text, limit, replace=True), named.name
    else:
        names = {key: key.lstrip("?$") for key in params}
        text, label = limit_query(name_or_sparql, limit, replace=False), "(inline)"
    return text, label, {names[key]: _to_term(value) for key, value in params.items()}


def _to_term(value: str) -> ox.NamedNode | ox.Literal:
    """Return ``<iri>`` as an IRI and anything else as a plain literal (as ``run_query``)."""
    match = _IRI_VALUE.fullmatch(value.strip())
    return ox.NamedNode(match[1]) if match else ox.Literal(value)


def query_store(
    store: ox.Store,
    name_or_sparql: str,
    *,
    params: Mapping[str, str] | None = None,
    allow_federation: bool = False,
    timeout: float | None = None,
    limit: int | None = None,
) -> list[dict[str, str]]:
    """Run a named query (``graph/query/queries/<name>.rq``) or SPARQL text on the store.

    Same contract as :func:`graph.query.run_query`: the default graph is the merge
    of the document graphs (a set, as rdflib's union), our prefixes are
    predeclared, ``params`` are bound as RDF terms (``<iri>`` -> IRI, else a
    literal), never pasted into the text, and SERVICE and dataset clauses that
    would fetch other IRIs are refused unless ``allow_federation`` (see
    :mod:`graph.query.sandbox`). One difference: numbers come back in Oxigraph's
    canonical form ("1" for a double written "1.0"). ``limit`` goes into the
    query's LIMIT as in ``run_query``.

    Returns:
        One dict per solution, variable -> value ("" when unbound); ASK gives
        ``[{"ask": "true"|"false"}]``, CONSTRUCT subject/predicate/object rows.

    Raises:
        QueryError: Unknown query or parameter, a syntax error (with its position),
            a SPARQL Update (run those with ``store.update``), a clause that
            would read another server or a file, or a timeout.
    """
    return evaluate_store(
        store,
        name_or_sparql,
        _plain_rows,
        params=params,
        allow_federation=allow_federation,
        timeout=timeout,
        limit=limit,
    )


def _plain_rows(result: StoreResult) -> list[dict[str, str]]:
    if isinstance(result, ox.QueryBoolean):
        return [{"ask": "true" if result else "false"}]
    if isinstance(result, ox.QueryTriples):
        return [
            {"subject": t.subject.value, "predicate": t.predicate.value, "object": _value(t.object)}
            for t in result
        ]
    names = [v.value for v in result.variables]
    # A solution iterates over its values in the order of result.variables; that is
    # several times cheaper than looking each variable up by name (~15 ms of the
    # 80 ms that 1,157 rows of actions-by took on 1M triples).
    return [dict(zip(names, map(_value, solution), strict=True)) for solution in result]


def evaluate_store(
    store: ox.Store,
    name_or_sparql: str,
    convert: Callable[[StoreResult], _T],
    *,
    params: Mapping[str, str] | None = None,
    allow_federation: bool = False,
    timeout: float | None = None,
    limit: int | None = None,
) -> _T:
    """Run a query as :func:`query_store` does and ``convert`` Oxigraph's result."""
    params = resolve_place_param(params or {})
    text, label, bindings = _query_and_bindings(name_or_sparql, params, limit)
    if not allow_federation:
        check_sandboxed(text, label, NAMESPACES)

    def run() -> _T:
        filled, terms = text, dict(bindings)
        if _QUERY_NAME.fullmatch(name_or_sparql.strip()):
            # Name parameters become IRIs first (see graph.query.lookup): Oxigraph does not
            # look a FILTER up in an index, so the name FILTERs alone scan every event.
            filled, iris = fill_values(
                text, params, lambda sparql, p: query_store(store, sparql, params=p)
            )
            terms.update((var, _to_term(iri)) for var, iri in iris.items())
        try:
            return convert(_query(store, filled, terms))
        except SyntaxError as exc:
            raise QueryError(f"cannot parse query {label}: {_syntax_reason(exc)}") from exc
        except OSError as exc:
            raise QueryError(f"query {label} failed: {exc}") from exc

    return with_timeout(run, timeout, label)


def prepare_query(
    name_or_sparql: str,
    select: Select,
    *,
    params: Mapping[str, str] | None = None,
    limit: int | None = None,
) -> str:
    """Return standalone SPARQL text for another engine (a SPARQL server over HTTP).

    Same rules as :func:`query_store`: our prefixes are declared, a named query's
    name parameters are looked up first (``select`` runs the small lookup queries
    on the same data, see :mod:`graph.query.lookup`: without them a server scans
    every event), and ``params`` are bound as RDF terms, never pasted as text.

    Args:
        name_or_sparql: A named query or SPARQL text.
        select: Runs SPARQL text with ``{variable: value}`` bound; returns rows.
        params: Parameters by name (a named query's) or by variable (text).
        limit: Written into the query's LIMIT, as :func:`graph.query.run_query` does.

    Raises:
        QueryError: Unknown query or parameter.
    """
    params = resolve_place_param(params or {})
    text, _, bindings = _query_and_bindings(name_or_sparql, params, limit)
    if _QUERY_NAME.fullmatch(name_or_sparql.strip()):
        text, iris = fill_values(text, params, select)
        bindings.update((var, _to_term(iri)) for var, iri in iris.items())
    prologue = "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in _PREFIXES.items())
    return prologue + bind_terms(text, bindings)


def _syntax_reason(exc: SyntaxError) -> str:
    """Return Oxigraph's parse error as it reads best on one line."""
    return " ".join(str(exc).split())


def _query(
    store: ox.Store, text: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    options: dict[str, Any] = {"prefixes": _PREFIXES}
    if is_push_filled(store):
        options["use_default_graph_as_union"] = True
    try:
        return store.query(bind_terms(text, bindings), **options)
    except SyntaxError:
        if not bindings:
            raise
        # A projected parameter (SELECT ?actorName) cannot become a term in the
        # text; Oxigraph's substitutions handle exactly that case.
        subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]
        subs = {ox.Variable(k): v for k, v in bindings.items()}
        try:
            return store.query(text, substitutions=subs, **options)
        except (SyntaxError, RuntimeError):
            pass
        raise


def _value(term: object) -> str:
    # IRIs, literals and blank nodes carry their string in .value; a quoted triple
    # (RDF-star) has none and prints as N-Triples. One getattr: this runs per cell.
    value = getattr(term, "value", None)
    if isinstance(value, str):
        return value
    return "" if term is None else str(term)
