"""Pipeline: the whole build, ingest -> parse -> extract -> normalize -> RDF -> store."""

from .build import (
    build_graph,
    build_into_store,
    extract_documents,
    process_articles,
    process_documents,
)
from .document import DocumentResult
from .options import BuildOptions, BuildStats
from .run import build

__all__ = [
    "BuildOptions",
    "BuildStats",
    "DocumentResult",
    "build",
    "build_graph",
    "build_into_store",
    "extract_documents",
    "process_articles",
    "process_documents",
]
