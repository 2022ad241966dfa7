"""One answer to a query, from a graph file (rdflib) or a store (Oxigraph), as the CLI shows it.

:func:`answer_query` keeps what plain-string rows lose: numbers and booleans
stay typed, a CONSTRUCT or DESCRIBE comes back as Turtle, an update says how
many quads it added and removed, and a named query that found nothing because
a name is not in the graph raises :class:`graph.query.names.UnknownNameError`.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset
from rdflib.namespace import RDF, SKOS

from ..errors import QueryError
from ..store import open_graph, store_of
from ..vocab import NG, load_ontology
from .aliases import resolve_actor_params
from .lookup import Select
from .mentions import add_mentions
from .named import list_queries, load_named_query
from .names import check_action_class, check_actor, check_documents, check_names
from .oxigraph import evaluate_store, query_store
from .results import Answer, Value, from_rdflib, from_store
from .sparql import evaluate, lookup_select

__all__ = [
    "Answer",
    "Value",
    "action_class_labels",
    "action_class_verbs",
    "answer_query",
    "check_known",
]


def answer_query(
    source: Path | Dataset | ox.Store,
    name_or_sparql: str,
    *,
    params: Mapping[str, str] | None = None,
    allow_update: bool = False,
    timeout: float | None = None,
    limit: int | None = None,
    allow_federation: bool = False,
) -> Answer:
    """Run a named query or SPARQL text on a graph and keep the result's types.

    Args:
        source: A graph file or store directory, an rdflib dataset or an Oxigraph store.
        name_or_sparql: As :func:`graph.query.run_query`.
        params: As :func:`graph.query.run_query`; a named query's actor parameter
            may also be an alias, demonym or capital of an actor the graph holds
            ("US", "Moscow"): see :mod:`graph.query.aliases`.
        allow_update: Run SPARQL Update on a graph file (never saved); refused for a store.
        timeout: Seconds before QueryError, in both engines.
        limit: At most this many rows, asked of the engine in the query's LIMIT
            (one more, so that ``more`` can say whether there were others). It
            replaces a named query's own LIMIT, its default (``who-did-what``
            lists 1,000 events); 0 gives every row; SPARQL text's own LIMIT is
            only ever lowered.
        allow_federation: As :func:`graph.query.run_query`.

    Raises:
        QueryError: As :func:`graph.query.run_query`; UnknownNameError when a named
            query found nothing and one of its names is not in the graph.
    """
    source = _engine_of(source)
    params = dict(params or {})
    if params and name_or_sparql.strip() in list_queries():
        text = load_named_query(name_or_sparql.strip()).text
        params = resolve_actor_params(text, params, _selector(source))
    limit, engine_limit = _limits(name_or_sparql, limit)
    answer = _evaluate(
        source,
        name_or_sparql,
        params,
        allow_update=allow_update,
        timeout=timeout,
        allow_federation=allow_federation,
        limits=(limit, engine_limit),
    )
    return _finish(answer, source, name_or_sparql, params)


def _engine_of(source: Path | Dataset | ox.Store) -> Dataset | ox.Store:
    """Return what answers queries on ``source``: a store's view gives its store."""
    if isinstance(source, Path):
        source = open_graph(source)  # the one file-or-store decision
    if isinstance(source, Dataset) and (store := store_of(source)) is not None:
        source = store  # a store's view: its own engine answers
    return source


def _evaluate(
    source: Dataset | ox.Store,
    name_or_sparql: str,
    params: Mapping[str, str],
    *,
    allow_update: bool,
    timeout: float | None,
    allow_federation: bool,
    limits: tuple[int | None, int | None],
) -> Answer:
    """Run the query in ``source``'s own engine (see :func:`answer_query`)."""
    limit, engine_limit = limits
    if isinstance(source, ox.Store):
        if allow_update:
            raise QueryError(
                "cannot update a store from a query. Hint: newsgraph serve STORE "
                "--read-write, then send the update to its endpoint"
            )
        return evaluate_store(
            source,
            name_or_sparql,
            lambda r: from_store(r, limit),
            params=params,
            timeout=timeout,
            allow_federation=allow_federation,
            limit=engine_limit,
        )
    outcome = evaluate(
        source,
        name_or_sparql,
        lambda r: from_rdflib(r, limit),
        params=params,
        allow_update=allow_update,
        timeout=timeout,
        allow_federation=allow_federation,
        limit=engine_limit,
    )
    if isinstance(outcome, Answer):
        return outcome
    return Answer("update", added=outcome[0], removed=outcome[1])


def _finish(
    answer: Answer, source: Dataset | ox.Store, name_or_sparql: str, params: Mapping[str, str]
) -> Answer:
    """Check the names of an empty answer; add action class labels and actor mentions."""
    if answer.kind == "rows" and not answer.rows:
        _check_names(source, name_or_sparql, params)
    if {"actionClass", "label"} <= set(answer.columns):
        answer = replace(answer, rows=tuple(_label_action_class(row) for row in answer.rows))
    if {"actorId", "label", "aliases"} <= set(answer.columns) and answer.rows:
        answer = replace(answer, rows=tuple(add_mentions(answer.rows, _selector(source))))
    return answer


def _label_action_class(row: dict[str, Value]) -> dict[str, Value]:
    """Fill an empty ``label`` with the action class's definition from the ontology.

    A graph holds the action classes' IRIs, not their descriptions (the ontology
    is not copied into every graph), so ``action-classes`` reads them here.
    """
    if row.get("label") or not row.get("actionClass"):
        return row
    return {**row, "label": action_class_labels().get(str(row["actionClass"]), "")}


@cache
def action_class_verbs() -> dict[str, set[str]]:
    """Return action class name -> the verbs (``skos:altLabel``) ``ontology.ttl`` files under it."""
    onto = load_ontology()
    return {
        str(cls).rsplit("/", 1)[-1]: {str(v).lower() for v in onto.objects(cls, SKOS.altLabel)}
        for cls in onto.subjects(RDF.type, NG.ActionClass)
    }


@cache
def action_class_labels() -> dict[str, str]:
    """Return action class name (``ASSAULT``) -> a short description from ``ontology.ttl``.

    The description is the ``skos:definition`` up to its first colon or full stop
    ("Use of force against a target"), else the ``skos:prefLabel``.
    """
    onto = load_ontology()
    labels: dict[str, str] = {}
    for cls in onto.subjects(RDF.type, NG.ActionClass):
        name = str(cls).rsplit("/", 1)[-1]
        definition = str(onto.value(cls, SKOS.definition) or "")
        short = re.split(r"[:.;]", definition, maxsplit=1)[0]
        if short.count("(") > short.count(")"):  # cut inside "(PLOVER: ...)": drop the aside
            short = short[: short.rindex("(")]
        short = short.strip()
        labels[name] = short or str(onto.value(cls, SKOS.prefLabel) or "")
    return labels


def _check_names(source: Dataset | ox.Store, name: str, params: Mapping[str, str]) -> None:
    """Raise UnknownNameError when a named query's name parameter names nothing."""
    if name.strip() not in list_queries() or not params:
        return
    check_names(load_named_query(name.strip()).text, params, _selector(source))


def _selector(source: Dataset | ox.Store) -> Select:
    """Return a function running look-up queries on ``source`` in its own engine."""
    store = source if isinstance(source, ox.Store) else store_of(source)
    if store is not None:
        return lambda sparql, p: query_store(store, sparql, params=p)
    return lookup_select(source, "(look-up)")  # type: ignore[arg-type]  # not a store: a Dataset


def check_known(
    source: Path | Dataset | ox.Store,
    *,
    actor: str | None = None,
    action_class: str | None = None,
    documents: Sequence[str] = (),
) -> None:
    """Raise when a name given to a command is not in the graph, with close names.

    Args:
        source: A graph file or store directory, a dataset (views of stores too) or a store.
        actor: An actor's label or id.
        action_class: An action class name ("ASSAULT").
        documents: Document ids.

    Raises:
        UnknownNameError: The first name that is not there.
    """
    where = str(source) if isinstance(source, Path) else ""
    source = _engine_of(source)
    select = _selector(source)
    try:
        if actor:
            check_actor(actor, select)
        if action_class:
            check_action_class(action_class, select, action_class_verbs())
        if documents:
            check_documents(documents, select, where=where)
    finally:
        if where:
            # a store opened here stays locked while rdflib's cycles refer to it,
            # and the caller may open it for writing next
            del source, select
            gc.collect()


def _limits(name_or_sparql: str, limit: int | None) -> tuple[int | None, int | None]:
    """Return the most rows the caller gets and the limit to write into the query.

    The engine is asked for one row more than the caller gets, so that ``more``
    tells "there were others" from "that was all".
    """
    name = name_or_sparql.strip()
    if name in list_queries():
        wanted = load_named_query(name).limit if limit is None else (limit or None)
        return wanted, 0 if wanted is None else wanted + 1  # 0: drop the query's LIMIT
    wanted = limit or None  # SPARQL text: its own LIMIT stands
    return wanted, None if wanted is None else wanted + 1
