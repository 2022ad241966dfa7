"""Pipeline: the whole build, ingest -> parse -> extract -> normalize -> RDF -> store."""

from .build import (
    BuildStats,
    build_graph,
    build_into_store,
    clear_checkpoint,
    extract_documents,
    process_documents,
)
from .document import DocumentResult

__all__ = [
    "BuildStats",
    "DocumentResult",
    "build_graph",
    "build_into_store",
    "clear_checkpoint",
    "extract_documents",
    "process_documents",
]
