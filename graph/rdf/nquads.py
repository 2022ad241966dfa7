"""Write rdflib triples as N-Quads text, fast, for Oxigraph to load in bulk.

rdflib's own serialiser and its in-memory store cost more than the whole
extraction stage on a big corpus; Oxigraph parses N-Quads in native code. So the
store path turns each document's triples (from :mod:`graph.rdf`, the one place
the RDF shape is defined) straight into N-Quads text and hands that to the
store: no rdflib graph is built on the way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

__all__ = ["in_graph", "nquads", "ntriples", "statements", "term_text"]

# Characters an N-Triples IRIREF may not contain (RDF 1.1 N-Triples, production [8]).
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
# ECHAR escapes for a STRING_LITERAL_QUOTE; everything else is written as UTF-8.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_XSD_STRING = str(XSD.string)


def nquads(triples: Iterable[tuple[Node, Node, Node]], graph: URIRef) -> str:
    """Return ``triples`` as N-Quads lines in the named graph ``graph``.

    Args:
        triples: rdflib triples (IRIs, literals; blank nodes are written as such).
        graph: The graph name of every line.

    Returns:
        One line per triple, each ending in a newline.

    Raises:
        ValueError: An IRI holds a character N-Quads cannot carry.
    """
    g = term_text(graph)
    return "".join(f"{term_text(s)} {term_text(p)} {term_text(o)} {g} .\n" for s, p, o in triples)


def ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> str:
    """Return ``triples`` as N-Triples lines (also valid Turtle and SPARQL ``INSERT DATA``).

    Raises:
        ValueError: An IRI holds a character N-Triples cannot carry.
    """
    return "".join(f"{term_text(s)} {term_text(p)} {term_text(o)} .\n" for s, p, o in triples)


def statements(triples: Iterable[tuple[Node, Node, Node]]) -> list[str]:
    """Return each triple as ``"<s> <p> o"``: an N-Quads line without graph name and dot.

    Raises:
        ValueError: An IRI holds a character N-Quads cannot carry.
    """
    return [f"{term_text(s)} {term_text(p)} {term_text(o)}" for s, p, o in triples]


def in_graph(lines: list[str], graph: str | None) -> str:
    """Return :func:`statements` as N-Quads in graph ``graph`` (an IRI), or N-Triples for None."""
    if not lines:
        return ""
    end = f" <{graph}> .\n" if graph is not None else " .\n"
    return end.join(lines) + end


# Literals longer than this (sentences, mostly unique) are not cached: they would
# fill the cache, and memory, with text that is never asked for again.
_CACHED_LENGTH = 80


def term_text(term: Node) -> str:
    """Return the N-Quads form of one term.

    Raises:
        ValueError: ``term`` is an IRI with a character N-Quads cannot carry, or
            not an IRI, literal or blank node.
    """
    if isinstance(term, Literal) and len(term) > _CACHED_LENGTH:
        return _term_text.__wrapped__(term)
    return _term_text(term)


@lru_cache(maxsize=65536)
def _term_text(term: Node) -> str:
    """Return :func:`term_text` (cached: IRIs, predicates and short values recur)."""
    if isinstance(term, URIRef):
        if _BAD_IRI.search(term):
            raise ValueError(f"cannot write IRI {term!r} as N-Quads")
        return f"<{term}>"
    if isinstance(term, Literal):
        text = f'"{str(term).translate(_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return f"{text}^^{term_text(term.datatype)}"
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    raise ValueError(f"cannot write {term!r} as N-Quads")
