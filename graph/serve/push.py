"""Pushing document graphs to any SPARQL 1.1 Graph Store HTTP Protocol endpoint, checked.

Each graph goes in one ``PUT <endpoint>?graph=<iri>`` (Oxigraph ``/store``, Fuseki
``/<ds>/data``, GraphDB ``/repositories/<id>/rdf-graphs/service``, Virtuoso
``/sparql-graph-crud``), which replaces that graph and nothing else, provided
the URL really carries the graph: a PUT without it replaces the whole dataset.
So the URL is built with :mod:`urllib.parse` (an endpoint with a query string of
its own keeps it), an endpoint that already names ``graph`` or ``default`` is
refused, and after each write the server's SPARQL endpoint must show exactly
the graphs expected, with the pushed graph holding what was sent. A push can
also delete the remote documents the source no longer has (only graphs in our
document namespace, :data:`graph.vocab.GRAPH`), so the remote equals the source.
"""

from __future__ import annotations

import gc
import urllib.parse
import urllib.request
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from ..errors import GraphFileError, QueryError
from ..store.dataset import open_graph, store_of
from ..store.oxigraph import INDEX_GRAPH, to_ntriples
from ..vocab import ACTOR_GRAPH, GRAPH
from .client import send, sparql_select

__all__ = ["PushReport", "graph_store_url", "push_documents", "push_graph"]

# ``GRAPH ?g {}`` lists the graphs without reading them: cheap after every write.
_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
_GRAPH_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { } }"
_GRAPH_SIZE = "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{}> {{ ?s ?p ?o }} }}"


@dataclass
class PushReport:
    """What a push did: graph IRIs added (new there), replaced, merged and deleted."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """Return e.g. ``3 added, 1 replaced, 1 merged, 2 deleted``."""
        parts = [(len(self.added), "added"), (len(self.replaced), "replaced")]
        parts += [(len(self.merged), "merged"), (len(self.deleted), "deleted")]
        return ", ".join(f"{n} {what}" for n, what in parts)


def graph_store_url(endpoint_url: str, graph_iri: str) -> str:
    """Return the Graph Store URL of one graph: ``endpoint_url`` plus ``graph=<iri>``.

    Raises:
        GraphFileError: The endpoint is not http(s) or already names a graph.
    """
    parts = urllib.parse.urlsplit(endpoint_url)
    _refuse_credentials(endpoint_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise GraphFileError(
            f"cannot push to {endpoint_url}: not an http(s) URL. "
            "Hint: e.g. --endpoint http://127.0.0.1:7878/store"
        )
    params = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    named = sorted({key for key, _ in params if key in ("graph", "default")})
    if named:
        raise GraphFileError(
            f"cannot push to {endpoint_url}: the endpoint already names a graph "
            f"({named[0]}=...), and each document needs its own. "
            "Hint: give the Graph Store endpoint without graph= or default"
        )
    query = urllib.parse.urlencode([*params, ("graph", graph_iri)])
    return urllib.parse.urlunsplit(parts._replace(query=query))


def _refuse_credentials(url: str) -> None:
    """Refuse a URL carrying ``user:password@``, naming it without the secret.

    urllib would not send them as HTTP authentication: the request failed with a
    resolver error that echoed the password.
    """
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return
    host = parts.netloc.rsplit("@", 1)[1]
    shown = urllib.parse.urlunsplit(parts._replace(netloc=f"***@{host}", query="", fragment=""))
    raise GraphFileError(
        f"cannot push to {shown}: credentials in the URL are not supported. "
        "Hint: give the endpoint without user:password@ (push to a server reachable without them)"
    )


def default_query_url(endpoint_url: str) -> str:
    """Guess the SPARQL query endpoint beside a Graph Store endpoint (``/store`` -> ``/query``)."""
    parts = urllib.parse.urlsplit(endpoint_url)
    path = parts.path.rsplit("/", 1)[0] + "/query"
    return urllib.parse.urlunsplit(parts._replace(path=path, query="", fragment=""))


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


class _Remote:
    """The server pushed to: its Graph Store and query endpoints, and what it should hold."""

    def __init__(self, endpoint_url: str, query_url: str, timeout: float) -> None:
        self.endpoint_url, self.query_url, self.timeout = endpoint_url, query_url, timeout
        self.before = {row["g"] for row in self._select(_GRAPHS)}
        self.graphs = set(self.before)

    def _select(self, sparql: str) -> list[dict[str, str]]:
        try:
            return sparql_select(self.query_url, sparql, timeout=self.timeout)
        except QueryError as exc:
            reason = str(exc).split(". Hint:")[0]
            raise GraphFileError(
                f"cannot check the push to {self.endpoint_url}: {reason}. Hint: is the server "
                "running? Name its SPARQL query endpoint with --query-endpoint"
            ) from exc

    def write(self, method: str, iri: str, body: str | None) -> None:
        """Send one Graph Store request for ``iri`` and check its effect."""
        request = urllib.request.Request(  # noqa: S310  # the user's endpoint, http(s) only
            graph_store_url(self.endpoint_url, iri),
            data=None if body is None else body.encode("utf-8"),
            method=method,
            headers={"Content-Type": "application/n-triples; charset=utf-8"},
        )
        send(request, f"cannot push graph {iri} to {self.endpoint_url}", self.timeout)
        if method == "DELETE":
            self.graphs.discard(iri)
        else:
            self.graphs.add(iri)
        sent = None if body is None else sum(1 for line in body.splitlines() if line.strip())
        self._verify(iri, sent, method)

    def _verify(self, iri: str, sent: int | None, method: str) -> None:
        graphs = int(self._select(_GRAPH_COUNT)[0]["n"])
        size = int(self._select(_GRAPH_SIZE.format(iri))[0]["n"])
        expected = 0 if sent is None else sent
        size_ok = size >= expected if method == "POST" else size == expected
        if graphs != len(self.graphs) or not size_ok:
            raise GraphFileError(
                f"push to {self.endpoint_url} stopped after {method} of graph {iri}: the "
                f"server now holds {graphs} graphs (expected {len(self.graphs)}) and that "
                f"graph {size} triples (sent {expected}); it did not treat the request as "
                "a write of that one graph. Hint: check --endpoint"
            )


def push_documents(
    source: ox.Store | Dataset,
    endpoint_url: str,
    *,
    query_url: str | None = None,
    timeout: float = 60.0,
    shared: Collection[str] | None = None,
    delete_missing: bool = False,
) -> PushReport:
    """Write each named graph of ``source`` to a Graph Store Protocol endpoint, checked.

    A document graph goes in one ``PUT`` (replacing that graph and no other);
    shared graphs (``ng:actorDescriptions``, which every build adds to) go with
    ``POST``, which merges, so pushing one batch never drops another batch's actors.
    After each request the server's query endpoint must show the graphs expected.

    Args:
        source: A store (:func:`graph.store.oxigraph.open_store`) or a dataset.
        endpoint_url: The GSP service URL, e.g. ``http://127.0.0.1:7878/store``.
        query_url: The server's SPARQL query endpoint (default: ``query`` beside
            the endpoint's last path segment, as on Oxigraph).
        timeout: Seconds to wait for each request.
        shared: IRIs of graphs to merge rather than replace
            (default :data:`graph.vocab.ACTOR_GRAPH`).
        delete_missing: Delete the server's document graphs (IRIs under
            :data:`graph.vocab.GRAPH`) that ``source`` does not have.

    Returns:
        The graphs added, replaced, merged and deleted.

    Raises:
        GraphFileError: A bad endpoint, a refused request, an unreachable server, or
            a server that changed other graphs than the one written.
    """
    merged = {str(ACTOR_GRAPH)} if shared is None else set(shared)
    graph_store_url(endpoint_url, str(GRAPH))  # refuse a bad endpoint before any request
    if query_url is not None:
        _refuse_credentials(query_url)
    remote = _Remote(endpoint_url, query_url or default_query_url(endpoint_url), timeout)
    report, local = PushReport(), set()
    for iri, body in _named_graphs(source):
        local.add(iri)
        method = "POST" if iri in merged else "PUT"
        remote.write(method, iri, body)
        kind = report.merged if method == "POST" else report.replaced
        (kind if iri in remote.before else report.added).append(iri)
    if delete_missing:
        for iri in sorted(remote.before - local):
            if iri.startswith(str(GRAPH)):
                remote.write("DELETE", iri, None)
                report.deleted.append(iri)
    return report


def push_graph(
    source: Path, endpoint: str, *, query_url: str | None = None, delete_missing: bool = True
) -> PushReport:
    """Push a store or graph file to a Graph Store endpoint (see :func:`push_documents`).

    Unlike :func:`push_documents`, the server's documents that ``source`` lacks are
    deleted unless ``delete_missing`` is False: the server ends up equal to ``source``.
    """
    kg = open_graph(source)
    store = store_of(kg)
    try:
        return push_documents(
            store if store is not None else kg,
            endpoint,
            query_url=query_url,
            delete_missing=delete_missing,
        )
    finally:
        del kg, store
        gc.collect()  # release a store's lock (rdflib objects refer to it in cycles)
