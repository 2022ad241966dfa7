"""Query: SPARQL on rdflib or Oxigraph, named queries (``queries/*.rq``), look-ups, stats."""

from .oxigraph import query_store
from .sparql import NAMESPACES, NamedQuery, graph_stats, list_queries, load_named_query, run_query

__all__ = [
    "NAMESPACES",
    "NamedQuery",
    "graph_stats",
    "list_queries",
    "load_named_query",
    "query_store",
    "run_query",
]
