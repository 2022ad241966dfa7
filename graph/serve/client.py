"""The client side of a SPARQL 1.1 server: pushing document graphs and running SELECTs.

:func:`push_documents` writes each document's named graph to any SPARQL 1.1
Graph Store HTTP Protocol endpoint (Oxigraph ``/store``, Fuseki ``/<ds>/data``,
GraphDB ``/repositories/<id>/rdf-graphs/service``, Virtuoso ``/sparql-graph-crud``)
with ``PUT ?graph=<iri>``, which replaces that graph and nothing else.
:func:`sparql_select` runs a query over the SPARQL 1.1 Protocol. Both are
re-exported by :mod:`graph.serve.server`. Only the standard library talks HTTP.
"""

from __future__ import annotations

import gc
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Collection, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from ..errors import GraphFileError, QueryError
from ..store.dataset import open_graph, store_of
from ..store.oxigraph import INDEX_GRAPH, to_ntriples
from ..vocab import ACTOR_GRAPH


def _named_graphs(source: ox.Store | Dataset) -> Iterator[tuple[str, str]]:
    """Yield ``(graph IRI, N-Triples)`` for each non-empty named graph but the store index."""
    if isinstance(source, ox.Store):
        for name in source.named_graphs():
            if isinstance(name, ox.NamedNode) and name.value != INDEX_GRAPH:
                yield name.value, to_ntriples(source.quads_for_pattern(None, None, None, name))
        return
    for ctx in source.graphs():
        iri = str(ctx.identifier)
        if len(ctx) and not iri.startswith("urn:x-rdflib:"):
            yield iri, to_ntriples(Graph(store=source.store, identifier=ctx.identifier))


def push_documents(
    source: ox.Store | Dataset,
    endpoint_url: str,
    *,
    timeout: float = 60.0,
    shared: Collection[str] | None = None,
) -> list[str]:
    """Write each named graph of ``source`` to a Graph Store Protocol endpoint.

    A document graph goes in one ``PUT <endpoint>?graph=<iri>`` (Turtle body),
    which replaces that graph on the server and leaves every other graph alone.
    Shared graphs (``ng:actorDescriptions``, which every build adds to) go with ``POST``,
    which merges, so pushing one batch never drops another batch's actors.

    Args:
        source: A store (:func:`graph.store.oxigraph.open_store`) or a dataset.
        endpoint_url: The GSP service URL, e.g. ``http://127.0.0.1:7878/store``.
        timeout: Seconds to wait for each request.
        shared: IRIs of graphs to merge rather than replace
            (default :data:`graph.vocab.ACTOR_GRAPH`).

    Returns:
        The IRIs of the graphs written, in order.

    Raises:
        GraphFileError: The server refused a graph or cannot be reached.
    """
    merged = {str(ACTOR_GRAPH)} if shared is None else set(shared)
    written = []
    for iri, body in _named_graphs(source):
        url = f"{endpoint_url}?{urllib.parse.urlencode({'graph': iri})}"
        request = urllib.request.Request(  # noqa: S310  # the user's endpoint
            url,
            data=body.encode("utf-8"),
            method="POST" if iri in merged else "PUT",
            headers={"Content-Type": "text/turtle; charset=utf-8"},
        )
        _send(request, f"cannot push graph {iri} to {endpoint_url}", timeout)
        written.append(iri)
    return written


def push_graph(source: Path, endpoint: str) -> list[str]:
    """Push a store or graph file to a Graph Store endpoint; return the graphs written."""
    kg = open_graph(source)
    store = store_of(kg)
    try:
        return push_documents(store if store is not None else kg, endpoint)
    finally:
        del kg, store
        gc.collect()  # release a store's lock (rdflib objects refer to it in cycles)


def _send(request: urllib.request.Request, what: str, timeout: float) -> bytes:
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return bytes(response.read())
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        reason = f"HTTP {exc.code} {detail[0] if detail else exc.reason}"
        raise GraphFileError(f"{what}: {reason}") from exc
    except OSError as exc:
        raise GraphFileError(f"{what}: {exc}. Hint: is the server running?") from exc


def sparql_select(query_url: str, sparql: str, *, timeout: float = 60.0) -> list[dict[str, str]]:
    """Run a SELECT over HTTP (SPARQL 1.1 Protocol, POST) and return plain-string rows.

    Returns:
        One dict per solution, variable -> value ("" when unbound).

    Raises:
        QueryError: The server refused the query or cannot be reached.
    """
    request = urllib.request.Request(  # noqa: S310  # the user's endpoint
        query_url,
        data=urllib.parse.urlencode({"query": sparql}).encode("utf-8"),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json",
        },
    )
    try:
        payload = json.loads(_send(request, f"query failed at {query_url}", timeout))
    except GraphFileError as exc:
        raise QueryError(str(exc)) from exc
    names = payload["head"]["vars"]
    return [
        {name: binding.get(name, {}).get("value", "") for name in names}
        for binding in payload["results"]["bindings"]
    ]
