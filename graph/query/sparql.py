"""SPARQL over a graph: ad-hoc text or a named query from ``graph/query/queries/*.rq``.

Our prefixes (``vocab.PREFIXES`` plus ``graph:``) are predeclared. Parameters
are bound as RDF terms through ``initBindings`` and never pasted into the query
text, so a parameter value cannot change what a query does. SPARQL Update is
refused unless asked for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TypeVar

import rdflib.plugins.sparql as rdflib_sparql
from pyparsing import ParseException
from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result
from rdflib.term import Identifier, Node

from ..errors import QueryError
from ..store.dataset import store_of
from ..vocab import NAMESPACES
from .limit import limit_query
from .lookup import Select, fill_values
from .named import NamedQuery, list_queries, load_named_query
from .params import QUERY_NAME, bind_params, resolve_place_param, to_term
from .sandbox import check_sandboxed
from .stats import graph_stats
from .syntax import compile_message, syntax_message
from .timeout import with_timeout

__all__ = [
    "NAMESPACES",
    "NamedQuery",
    "graph_stats",
    "list_queries",
    "load_named_query",
    "run_query",
]

_UPDATE_LOCK = threading.Lock()
_T = TypeVar("_T")


@lru_cache(maxsize=256)
def _is_update(text: str, label: str) -> bool:
    """Tell a query from an update; raise QueryError when the text is neither."""
    try:
        parseQuery(text)
        return False
    except ParseException as query_exc:
        try:
            parseUpdate(text)
            return True
        except ParseException as update_exc:
            # Report whichever grammar got further: that is what the user meant.
            exc = update_exc if update_exc.loc > query_exc.loc else query_exc
            raise QueryError(syntax_message(text, label, exc, NAMESPACES)) from exc


@lru_cache(maxsize=256)
def _prepare(text: str, label: str) -> Query:
    """Compile a query with our prefixes; turn rdflib's errors into QueryError."""
    try:
        return prepareQuery(text, initNs=NAMESPACES)
    except ParseException as exc:
        raise QueryError(syntax_message(text, label, exc, NAMESPACES)) from exc
    except Exception as exc:  # rdflib raises a bare Exception for an unknown prefix
        raise QueryError(compile_message(label, exc, NAMESPACES)) from exc


def _term_str(term: Node | None) -> str:
    """Return a result value as a plain string: IRIs as is, literals by lexical form."""
    return "" if term is None else str(term)


def _rows(result: Result) -> list[dict[str, str]]:
    """Convert an rdflib result to a list of plain-string rows."""
    if result.type == "ASK":
        return [{"ask": "true" if result.askAnswer else "false"}]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph: Graph = result.graph  # type: ignore[assignment]  # set for CONSTRUCT/DESCRIBE
        return [{"subject": str(s), "predicate": str(p), "object": str(o)} for s, p, o in graph]
    names = [str(v) for v in result.vars or []]
    out = []
    for row in result:
        values = row.asdict()  # type: ignore[union-attr]  # SELECT rows are ResultRow
        out.append({name: _term_str(values.get(name)) for name in names})
    return out


def _run_update(kg: Dataset, text: str, bindings: dict[str, Identifier]) -> tuple[int, int]:
    """Run an update with the plain default graph as its default graph.

    rdflib cannot insert into a union default graph (``Dataset.__iadd__`` wants
    quads), so its module-wide union switch is off while the update runs: an
    update reaches documents through ``GRAPH graph:<id> { ... }``, as SPARQL says.

    Returns:
        How many quads the update added and how many it removed.
    """
    before = set(kg.quads((None, None, None, None)))
    with _UPDATE_LOCK:
        union = rdflib_sparql.SPARQL_DEFAULT_GRAPH_UNION
        rdflib_sparql.SPARQL_DEFAULT_GRAPH_UNION = False
        try:
            kg.update(text, initNs=NAMESPACES, initBindings=bindings)
        finally:
            rdflib_sparql.SPARQL_DEFAULT_GRAPH_UNION = union
    after = set(kg.quads((None, None, None, None)))
    return len(after - before), len(before - after)


def run_query(
    kg: Dataset,
    name_or_sparql: str,
    *,
    params: Mapping[str, str] | None = None,
    allow_update: bool = False,
    timeout: float | None = None,
    allow_federation: bool = False,
    limit: int | None = None,
) -> list[dict[str, str]]:
    """Run a named query or SPARQL text over ``kg`` and return plain-string rows.

    A view of an Oxigraph store (:func:`graph.store.open_graph`) is queried in
    Oxigraph's engine (:func:`graph.query.query_store`), which refuses updates.

    Args:
        kg: The dataset (its default graph is the union of the documents).
        name_or_sparql: A named query (``list_queries()``) or SPARQL text.
        params: Values bound to the query's variables as RDF terms (a value in
            angle brackets becomes an IRI, anything else a literal). A named
            query declares its parameters in ``# param`` comment lines.
        allow_update: Run SPARQL Update (INSERT, DELETE, DROP ...) instead of
            refusing it. An update's default graph is the unnamed graph, not
            the union: reach documents with ``GRAPH ?g { ... }``.
        timeout: Seconds a (read) query may run before QueryError; the
            abandoned evaluation finishes in a background thread.
        allow_federation: Let SERVICE, LOAD and FROM/FROM NAMED/USING of other
            IRIs fetch data from other servers or files (refused by default,
            see :mod:`graph.sandbox`).
        limit: At most this many rows, asked of the engine in the query's LIMIT
            (:mod:`graph.query.limit`): a named query's own LIMIT (its default,
            ``who-did-what`` gives 1,000 events) is replaced, SPARQL text's is
            only ever lowered; 0 gives every row of a named query; None runs the
            query as written.

    Returns:
        One dict per row, variable -> value ("" when unbound). ASK gives
        ``[{"ask": "true"|"false"}]``, CONSTRUCT/DESCRIBE subject/predicate/object
        rows and an update ``[]``.

    Raises:
        QueryError: Unknown named query, bad or missing parameter, syntax error,
            unknown prefix, an update without ``allow_update``, a clause that
            would read another server or a file, or a timeout.
    """
    store = store_of(kg)
    if store is not None:
        if allow_update:
            raise QueryError(
                "cannot update store from a query. "
                "Hint: newsgraph serve --read-write, then send the update to its endpoint"
            )
        from .oxigraph import query_store  # it imports this module: late, not at load

        return query_store(
            store, name_or_sparql, params=params, allow_federation=allow_federation, limit=limit
        )
    rows = evaluate(
        kg,
        name_or_sparql,
        _rows,
        params=params,
        allow_update=allow_update,
        timeout=timeout,
        allow_federation=allow_federation,
        limit=limit,
    )
    return rows if isinstance(rows, list) else []


def evaluate(
    kg: Dataset,
    name_or_sparql: str,
    convert: Callable[[Result], _T],
    *,
    params: Mapping[str, str] | None = None,
    allow_update: bool = False,
    timeout: float | None = None,
    allow_federation: bool = False,
    limit: int | None = None,
) -> _T | tuple[int, int]:
    """Run a query as :func:`run_query` does and ``convert`` rdflib's result.

    Returns:
        What ``convert`` makes of the result, or for an update the numbers of
        quads it added and removed.
    """
    params = resolve_place_param(params or {})
    text, label, named = _query_text(name_or_sparql, limit)
    bindings = bind_params(text, label, params, named)
    is_update = _is_update(text, label)
    if not is_update:
        _prepare(text, label)  # syntax errors surface before any lookup runs
    if not allow_federation:
        _check_local_graphs(kg, label, check_sandboxed(text, label, NAMESPACES))
    if is_update:
        if not allow_update:
            raise QueryError(
                f"refused to run query {label}: it is a SPARQL Update and would change the "
                "graph. Hint: add --allow-update if you mean it"
            )
        return _run_update(kg, text, bindings)

    def run() -> _T:
        # Name parameters become IRIs first (see graph.query.lookup), for named queries only.
        filled, iris = (
            (text, {}) if named is None else fill_values(text, params, lookup_select(kg, label))
        )
        terms = {**bindings, **{var: to_term(iri) for var, iri in iris.items()}}
        return convert(kg.query(_prepare(filled, label), initBindings=terms))

    return with_timeout(run, timeout, label)


def _query_text(name_or_sparql: str, limit: int | None) -> tuple[str, str, NamedQuery | None]:
    """Return the query's text (with ``limit`` written in), its label and its named query."""
    named: NamedQuery | None = None
    if QUERY_NAME.fullmatch(name_or_sparql.strip()):
        named = load_named_query(name_or_sparql.strip())
        text, label = named.text, named.name
    else:
        text, label = name_or_sparql, "(inline)"
    if not text.strip():
        raise QueryError("cannot run query (inline): the query is empty")
    return limit_query(text, limit, replace=named is not None), label, named


def _check_local_graphs(kg: Dataset, label: str, iris: list[str]) -> None:
    """Refuse a FROM of one of our graphs that ``kg`` lacks: rdflib would download it."""
    for iri in iris:
        if not len(kg.get_context(URIRef(iri))):
            raise QueryError(
                f"cannot run query {label}: it reads graph <{iri}>, which is not in the graph"
            )


def lookup_select(kg: Dataset, label: str) -> Select:
    """Return a function that runs a lookup query of ``label`` on ``kg``."""

    def select(text: str, params: Mapping[str, str]) -> list[dict[str, str]]:
        bindings = {key: to_term(value) for key, value in params.items()}
        return _rows(kg.query(_prepare(text, f"{label} (lookup)"), initBindings=bindings))

    return select
