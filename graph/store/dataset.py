"""Open a graph file or a store as one rdflib ``Dataset``: the one file-or-store decision.

A GRAPH is either a graph file (TriG, N-Quads, Turtle, JSON-LD) or an Oxigraph
store directory (``newsgraph build --store DIR``). :func:`open_graph` takes
either and gives an rdflib ``Dataset``: the parsed file, or a view of the store
through oxrdflib whose SPARQL runs in Oxigraph (``initBindings`` substituted as
terms by :func:`bind_terms`). :func:`store_of` gives the store behind a view, for
the code paths that use Oxigraph directly (queries, export, removal).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from oxrdflib._converter import to_ox
from rdflib import Dataset
from rdflib.query import Result
from rdflib.term import Identifier

from ..errors import GraphError
from ..rdf.triples import remove_document
from ..vocab import NG, PREFIXES
from .files import load_graph, save_graph
from .oxigraph import document_ids, export_store, is_store, open_store, remove_documents

__all__ = [
    "bind_terms",
    "convert_graph",
    "is_push_filled",
    "open_graph",
    "remove_from_graph",
    "store_of",
]

# Comments, strings and IRIs are skipped whole; only the variables are rewritten.
_TOKENS = re.compile(
    r"#[^\n]*"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|[?$](?P<var>[A-Za-z0-9_]+)"
)


def bind_terms(sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """Return ``sparql`` with each bound variable replaced by its RDF term.

    This is SEP-0007 substitution done on the token stream: every ``?name`` or
    ``$name`` outside comments, strings and IRIs becomes the term as pyoxigraph
    serialises it (escaped N-Triples syntax), so a value can only ever be one
    term, never query text. Oxigraph's own ``substitutions`` argument refuses
    variables that are not projected (our parameters are used in FILTERs), and a
    trailing ``VALUES`` would be joined after those FILTERs had run.
    """
    if not bindings:
        return sparql

    def replace(match: re.Match[str]) -> str:
        name = match.group("var")
        term = bindings.get(name) if name else None
        return str(term) if term is not None else match.group(0)

    return _TOKENS.sub(replace, sparql)


class _BindingStore(OxigraphStore):
    """oxrdflib's store with ``initBindings`` substituted into the text (see bind_terms)."""

    def query(  # type: ignore[override]  # same call, narrower hints than rdflib's
        self,
        query: str,
        initNs: Mapping[str, Any],  # noqa: N803  # rdflib's parameter names
        initBindings: Mapping[str, Identifier],  # noqa: N803
        queryGraph: str,  # noqa: N803
        **kwargs: object,
    ) -> Result:
        """Run ``query`` in Oxigraph with ``initBindings`` pre-bound."""
        bound = {str(k): to_ox(v) for k, v in initBindings.items()}
        text = bind_terms(query, bound)  # type: ignore[arg-type]  # IRIs and literals only
        return super().query(text, initNs, {}, queryGraph, **kwargs)


def open_graph(source: Path | ox.Store, *, read_only: bool = True) -> Dataset:
    """Return a graph file, a store directory or an open store as an rdflib ``Dataset``.

    This is the one place that tells a graph file from a store: a file is parsed
    (:func:`graph.store.files.load_graph`); a store becomes a view of it (below).

    Args:
        source: A graph file, a store directory, or a store already open in this
            process (never open one directory twice: a read-only view of a
            directory that another handle writes to can fail).
        read_only: Open a store directory without the writer lock.

    Raises:
        GraphFileError: The file or store cannot be read (the message says why).
    """
    if isinstance(source, Path) and not is_store(source):
        return load_graph(source)
    return _store_view(source, read_only=read_only)


def is_push_filled(store: ox.Store) -> bool:
    """Tell whether a store holds named graphs only (filled by Graph Store pushes).

    A store ``build`` wrote keeps the merge of its documents in the default graph;
    one that ``push`` filled has none, so its queries read the union of the
    named graphs (a bag: counts should use DISTINCT).
    """
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None


def remove_from_graph(source: Path, doc_ids: Sequence[str]) -> None:
    """Delete documents (their named graphs and events) from a store or a graph file.

    A file is rewritten atomically; nothing is removed if any id is unknown.

    Raises:
        GraphError: An id names no document of ``source``.
    """
    kg = open_graph(source, read_only=False)
    store = store_of(kg)
    try:
        if store is not None:
            _check_known(source, doc_ids, set(document_ids(store)))
            remove_documents(store, doc_ids)
            return
        _check_known(source, doc_ids, {str(o) for o in kg.objects(None, NG.docId)})
        for doc_id in doc_ids:
            remove_document(kg, doc_id)
        save_graph(kg, source)
    finally:
        del kg, store
        gc.collect()  # release a store's lock (rdflib objects refer to it in cycles)


def _check_known(source: Path, doc_ids: Sequence[str], known: set[str]) -> None:
    unknown = [d for d in doc_ids if d not in known]
    if unknown:
        raise GraphError(
            f"cannot remove from {source}: no document {', '.join(map(repr, unknown))}"
        )


def convert_graph(source: Path, output: Path) -> Path:
    """Write a store or graph file to ``output``, in the format of its extension.

    A store goes straight to TriG, N-Quads or JSON-LD (named graphs kept);
    everything else passes through rdflib (``.ttl`` merges the graphs).

    Returns:
        The file written.
    """
    kg = open_graph(source)
    store = store_of(kg)
    try:
        if store is not None and output.suffix.lower() in (".trig", ".nq", ".jsonld"):
            return export_store(store, output)
        return save_graph(kg, output)
    finally:
        del kg, store
        gc.collect()  # release a store's lock (rdflib objects refer to it in cycles)


def store_of(kg: Dataset) -> ox.Store | None:
    """Return the Oxigraph store behind a view from :func:`open_graph`, else None."""
    backend = kg.store
    return backend._inner if isinstance(backend, _BindingStore) else None


def _store_view(source: Path | ox.Store, *, read_only: bool) -> Dataset:
    """Return an rdflib ``Dataset`` view of a store (via oxrdflib).

    rdflib's triple API and ``Dataset.query`` with SPARQL text (``initBindings``
    substituted as terms) run on the store, so triple-based code such as
    ``graph_stats`` and the view works on a store unchanged. ``run_query`` does
    not: it hands rdflib a pre-parsed query, which oxrdflib refuses; use
    :func:`graph.query.query_store` for queries.
    """
    store = source if isinstance(source, ox.Store) else open_store(source, read_only=read_only)
    kg = Dataset(store=_BindingStore(store=store))
    # A built store's default graph already is the merge; a pushed one has none.
    kg.default_union = is_push_filled(store)
    for name, ns in PREFIXES.items():
        kg.bind(name, ns, replace=True)  # rdflib binds geo: to GeoSPARQL by default
    return kg
