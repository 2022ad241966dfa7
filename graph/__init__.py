"""newsgraph: turn news articles into an event knowledge graph.

Data flows one way: documents -> sentences -> events -> normalised events -> RDF
-> SPARQL rows / HTML network. Typical use::

    from pathlib import Path
    from graph import build_graph, run_query, render_html, save_graph

    kg = build_graph([Path("seeds")])
    save_graph(kg, Path("out/graph.trig"))
    rows = run_query(kg, "actions-by", params={"actor": "Russia"})
    render_html(kg, Path("out/graph.html"))

Importing the package loads no model; spaCy's pipeline loads on first use.
"""

from __future__ import annotations

from ._version import __version__
from .errors import GraphError
from .extract.rules import extract_events, get_extractor
from .model import Article, Event, Provenance
from .pipeline import BuildOptions, BuildStats, build, build_graph, extract_documents
from .query.sparql import run_query
from .store.files import load_graph, save_graph
from .view.render import render_html

__all__ = [
    "Article",
    "BuildOptions",
    "BuildStats",
    "Event",
    "GraphError",
    "Provenance",
    "__version__",
    "build",
    "build_graph",
    "extract_documents",
    "extract_events",
    "get_extractor",
    "load_graph",
    "render_html",
    "run_query",
    "save_graph",
]
