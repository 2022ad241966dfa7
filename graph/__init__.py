"""newsgraph: turn news articles into an event knowledge graph.

Data flows one way: documents -> sentences -> events -> normalised events -> RDF
-> SPARQL rows / HTML network. Typical use::

    from pathlib import Path
    from graph import build_graph, run_query, render_html, save_graph

    kg = build_graph([Path("seeds")])
    save_graph(kg, Path("out/graph.trig"))
    rows = run_query(kg, "actions-by", params={"actor": "Russia"})
    render_html(kg, Path("out/graph.html"))

Importing the package loads no model, and no stage either: each public name is
imported on first use (PEP 562), so ``newsgraph --version`` does not wait for
spaCy and rdflib. spaCy's pipeline loads on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import GraphError

if TYPE_CHECKING:
    from .extract.rules import extract_events, get_extractor
    from .model import Article, Event, Provenance
    from .pipeline import BuildOptions, BuildStats, build, build_graph, extract_documents
    from .query.answer import Answer, answer_query, check_known
    from .query.named import NamedQuery, list_queries, load_named_query
    from .query.names import UnknownNameError
    from .query.sparql import run_query
    from .store.files import load_graph, save_graph
    from .view.render import render_html
    from .vocab import shorten_iri

# public name -> the module that defines it
_LAZY = {
    "Answer": ".query.answer",
    "Article": ".model",
    "BuildOptions": ".pipeline",
    "BuildStats": ".pipeline",
    "Event": ".model",
    "NamedQuery": ".query.named",
    "Provenance": ".model",
    "UnknownNameError": ".query.names",
    "answer_query": ".query.answer",
    "build": ".pipeline",
    "build_graph": ".pipeline",
    "check_known": ".query.answer",
    "extract_documents": ".pipeline",
    "extract_events": ".extract.rules",
    "get_extractor": ".extract.rules",
    "list_queries": ".query.named",
    "load_graph": ".store.files",
    "load_named_query": ".query.named",
    "render_html": ".view.render",
    "run_query": ".query.sparql",
    "save_graph": ".store.files",
    "shorten_iri": ".vocab",
}

__all__ = [
    "Answer",
    "Article",
    "BuildOptions",
    "BuildStats",
    "Event",
    "GraphError",
    "NamedQuery",
    "Provenance",
    "UnknownNameError",
    "__version__",
    "answer_query",
    "build",
    "build_graph",
    "check_known",
    "extract_documents",
    "extract_events",
    "get_extractor",
    "list_queries",
    "load_graph",
    "load_named_query",
    "render_html",
    "run_query",
    "save_graph",
    "shorten_iri",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use and keep the name."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
