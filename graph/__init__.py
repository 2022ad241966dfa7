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
spaCy and rdflib. spaCy's pipeline loads on first use. The modules of the package
never import this one (tests/test_layout.py); the CLI uses only the names listed here.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import GraphError

if TYPE_CHECKING:
    from .evaluate import (
        extract_carb_lines,
        extract_line_events,
        format_carb,
        load_gold,
        score_events,
    )
    from .extract.rules import extract_events, get_extractor
    from .ingest import read_lines
    from .model import Article, Event, Provenance
    from .normalize import ActorMatch, find_actors
    from .pipeline import (
        BuildOptions,
        BuildStats,
        build,
        build_graph,
        extract_documents,
        process_documents,
    )
    from .query.answer import Answer, answer_query, check_known
    from .query.named import NamedQuery, list_queries, load_named_query
    from .query.names import UnknownNameError
    from .query.sparql import run_query
    from .query.stats import graph_stats
    from .serve import push_graph
    from .serve import serve as serve_store
    from .store import convert_graph, open_graph, remove_from_graph
    from .store.files import load_graph, save_graph
    from .validate import validate_graph
    from .view.render import export_graph, render_html
    from .vocab import shorten_iri

# public name -> the module that defines it
_LAZY = {
    "ActorMatch": ".normalize",
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
    "convert_graph": ".store",
    "export_graph": ".view.render",
    "extract_carb_lines": ".evaluate",
    "extract_documents": ".pipeline",
    "extract_events": ".extract.rules",
    "extract_line_events": ".evaluate",
    "find_actors": ".normalize",
    "format_carb": ".evaluate",
    "get_extractor": ".extract.rules",
    "graph_stats": ".query.stats",
    "list_queries": ".query.named",
    "load_gold": ".evaluate",
    "load_graph": ".store.files",
    "load_named_query": ".query.named",
    "open_graph": ".store",
    "push_graph": ".serve",
    "read_lines": ".ingest",
    "remove_from_graph": ".store",
    "process_documents": ".pipeline",
    "render_html": ".view.render",
    "run_query": ".query.sparql",
    "save_graph": ".store.files",
    "score_events": ".evaluate",
    "serve_store": ".serve",
    "shorten_iri": ".vocab",
    "validate_graph": ".validate",
}

__all__ = [
    "ActorMatch",
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
    "convert_graph",
    "export_graph",
    "extract_carb_lines",
    "extract_documents",
    "extract_events",
    "extract_line_events",
    "find_actors",
    "format_carb",
    "get_extractor",
    "graph_stats",
    "list_queries",
    "load_gold",
    "load_graph",
    "load_named_query",
    "open_graph",
    "push_graph",
    "read_lines",
    "remove_from_graph",
    "process_documents",
    "render_html",
    "run_query",
    "save_graph",
    "score_events",
    "serve_store",
    "shorten_iri",
    "validate_graph",
]

_RENAMED = {"serve_store": "serve"}


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use and keep the name."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # serve_store is graph.serve's serve(): "serve" is the subpackage's own name.
    value = getattr(import_module(module, __name__), _RENAMED.get(name, name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
