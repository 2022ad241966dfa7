"""Query: SPARQL on rdflib or Oxigraph, named queries (``queries/*.rq``), look-ups, stats."""

from .oxigraph import bind_terms, open_graph, query_store
from .sparql import NAMESPACES, NamedQuery, graph_stats, list_queries, load_named_query, run_query

__all__ = [
    "NAMESPACES",
    "NamedQuery",
    "bind_terms",
    "graph_stats",
    "list_queries",
    "load_named_query",
    "open_graph",
    "query_store",
    "run_query",
]
