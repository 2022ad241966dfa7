"""Serve: a SPARQL server over a store, and a Graph Store Protocol client (push)."""

from .client import query_endpoint
from .push import PushReport, push_graph
from .server import Gateway, SparqlServer, find_free_port, push_documents, serve, sparql_select

__all__ = [
    "Gateway",
    "PushReport",
    "SparqlServer",
    "find_free_port",
    "push_documents",
    "push_graph",
    "query_endpoint",
    "serve",
    "sparql_select",
]
