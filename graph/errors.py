"""Errors the library raises; the CLI turns every ``GraphError`` into a one-line message."""

from __future__ import annotations


class GraphError(Exception):
    """Base class of every error newsgraph reports to a user."""


class SeedError(GraphError):
    """An input document cannot be read or decoded."""


class ModelNotInstalled(GraphError):
    """No usable spaCy English model is installed."""


class QueryError(GraphError):
    """A SPARQL query is malformed, refused or failed."""


class OntologyError(GraphError):
    """The ontology or an actor gazetteer cannot be read."""


class GraphFileError(GraphError):
    """A graph file or store cannot be read or written."""


class ExtractorError(GraphError):
    """An extractor name is unknown or its plugin fails to load."""
