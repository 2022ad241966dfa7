"""A SPARQL 1.1 server over a store, and pushing document graphs to any server.

:func:`serve` runs the ``oxigraph`` server (:mod:`graph.serve.process`) on a store
directory behind a gateway (:mod:`graph.serve.gateway`) that refuses federated
queries, bounds each query's time, the number running at once and the memory
they take, on loopback by default and read-only unless asked.
:func:`push_documents` (write document graphs to any Graph Store Protocol
endpoint, checked; :mod:`graph.serve.push`) and :func:`sparql_select`
(:mod:`graph.serve.client`) are re-exported here. Only the standard library talks HTTP.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import GraphError, GraphFileError
from .client import sparql_select
from .gateway import Gateway
from .process import SparqlServer, find_free_port, has_default_graph
from .push import PushReport, push_documents

__all__ = [
    "Gateway",
    "PushReport",
    "SparqlServer",
    "find_free_port",
    "has_default_graph",
    "push_documents",
    "serve",
    "sparql_select",
]


def serve(
    store_dir: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    read_only: bool = True,
    union_default_graph: bool | None = None,
    timeout: float = 30.0,
    max_queries: int = 4,
    max_memory_mb: int = 2048,
    allow_federation: bool = False,
    start: bool = True,
) -> Gateway:
    """Start a SPARQL 1.1 server on ``store_dir`` and return it once it answers.

    A store written by :mod:`graph.store.oxigraph` keeps its default graph as the merge of
    the document graphs, so queries see every document; a store filled by pushes
    is served with the union of its named graphs as the default graph, so clients
    see the pushed documents. A read-only server can run while other processes
    read the store, never while one writes it.
    Example: ``with serve(Path("kg.store"), port=7878) as srv: print(srv.query_url)``.

    Args:
        store_dir: The store directory (created when serving read-write).
        host: Address to bind: loopback unless you mean to expose it.
        port: TCP port.
        read_only: Refuse updates (SPARQL Update and Graph Store writes).
        union_default_graph: Make the default graph the union (a bag) of all named
            graphs; ``None`` decides by the store: on when its default graph is empty.
        timeout: Seconds a query may run; a query that Oxigraph does not stop by
            then is stopped by restarting the engine.
        max_queries: Requests run at once (others wait up to ``timeout`` s).
        max_memory_mb: Restart the engine (stopping the queries in flight) when it
            grows past this.
        allow_federation: Let queries use SERVICE, LOAD and FROM of other IRIs.
        start: Start the server now; with False, call its ``start()`` yourself
            (inside the ``try`` whose ``finally`` stops it).

    Returns:
        The running server; call ``stop()`` (or use it in a ``with`` block).

    Raises:
        GraphError: The binary is missing, or the server did not start.
    """
    if read_only and not store_dir.is_dir():
        raise GraphFileError(f"cannot serve {store_dir}: no such store directory")
    if max_queries < 1 or timeout <= 0:
        raise GraphError("cannot serve: max_queries and timeout must be positive")
    gateway = Gateway(
        store_dir,
        host=host,
        port=port,
        read_only=read_only,
        union_default_graph=union_default_graph,
        timeout=timeout,
        max_queries=max_queries,
        max_memory_mb=max_memory_mb,
        allow_federation=allow_federation,
    )
    return gateway.start() if start else gateway
