"""Old import path of the store queries the README documented; use :mod:`graph.query`."""

from .query import query_store
from .store import open_graph

__all__ = ["open_graph", "query_store"]
