"""On-disk graph store: one named graph per document in a pyoxigraph ``Store``.

Why pyoxigraph directly rather than rdflib: at 1M event triples rdflib's in-memory
graph is slow to load and slower to query, and the rdflib API over Oxigraph
(oxrdflib) pays a Python conversion for every triple and result term. Issue 6's
measurements: load 75 s / 1.2 GB (rdflib), 9.7 s / 0.63 GB (oxrdflib), 4.2 s / 0.32 GB
(pyoxigraph); events of one actor 350, 117 and 23 ms. ``bench/speed.py`` here (2 cores
shared with other jobs, 1M quads): rdflib parses in 34 s, Oxigraph bulk-loads in 21 s
(2M quads, with the merged default graph below); the named aggregations take 6-53 s
in rdflib and 0.16-3.4 s in the store; TriG export takes 9.5 s.

So writes go through one SPARQL Update per document (atomic: the old graph, its
hash and the new graph change together or not at all), shards go through
``bulk_load``, and queries go straight to Oxigraph's engine with the parameters
bound as RDF terms (:mod:`graph.query.oxigraph`), which also gives an rdflib ``Dataset``
view (oxrdflib) for code written against rdflib (view, stats), where per-triple
speed matters less.

The default graph is kept as the RDF merge of the document graphs (every write
updates both), because Oxigraph's "union default graph" is a bag: an actor
described in 40 documents would match 40 times, and rows and counts would differ
from rdflib's. It doubles the disk use and makes default-graph lookups faster.

Bookkeeping: the named graph ``ng:storeIndex`` holds ``graph:<doc_id> ng:contentHash
"<hash>"`` for each document, so an unchanged document is skipped and a changed one
replaced. Exports leave that graph out.

The writes (SPARQL Update text, shard loading) live in :mod:`graph.store.oxwrite`;
this module re-exports their public names.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from .._version import __version__
from ..errors import GraphFileError
from ..model import Article
from ..vocab import ACTOR, ACTOR_GRAPH, GRAPH, NAMESPACES, NG
from .files import atomic_file
from .oxwrite import (
    HASH_IRI,
    INDEX_GRAPH,
    RdfData,
    bulk_load_nquads,
    compact_if_grown,
    graph_iri,
    has_document,
    has_statements,
    merge_graph,
    put_document,
    put_nquads,
    remove_documents,
    to_ntriples,
)
from .servelock import check_not_served

__all__ = [
    "INDEX_GRAPH",
    "RdfData",
    "bulk_load_nquads",
    "compact_if_grown",
    "content_hash",
    "document_ids",
    "export_store",
    "graph_iri",
    "has_document",
    "is_store",
    "merge_graph",
    "open_store",
    "put_document",
    "put_nquads",
    "remove_documents",
    "stored_hashes",
    "to_ntriples",
    "triple_count",
    "undescribed_actor_ids",
]

_PREFIXES = {name: str(ns) for name, ns in NAMESPACES.items()}
_EXPORT_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
}


def open_store(path: Path | None, *, read_only: bool = False) -> ox.Store:
    """Open (creating it if needed) the on-disk store in directory ``path``.

    Args:
        path: The store directory; None gives a new store in memory.
        read_only: Open without taking the writer lock (other readers allowed).

    Raises:
        GraphFileError: The directory cannot be opened (e.g. another process holds
            it), or, to write, ``newsgraph serve`` is serving it.
    """
    if path is None:
        return ox.Store()
    if path.is_dir() and not (path / "CURRENT").exists() and is_store(path):
        raise _damaged(path, OSError("its CURRENT file is missing"))
    try:
        if read_only:
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        store = ox.Store(str(path))
    except RuntimeError as exc:  # pyoxigraph's type for RocksDB "Corruption: ..."
        raise _damaged(path, exc) from exc
    except OSError as exc:
        if "Corruption" in str(exc) or "No such file" in str(exc):
            raise _damaged(path, exc) from exc
        raise GraphFileError(
            f"cannot open store {path}: {exc}. Hint: is another process (a server?) using it?"
        ) from exc
    try:
        check_not_served(path)  # after taking RocksDB's lock: see graph.store.servelock
    except GraphFileError:
        del store
        raise
    return store


def content_hash(article: Article, *, extractor: str = "dep") -> str:
    """Return the hash that decides whether a stored document must be rebuilt.

    It covers what defines the document (id, text and metadata), the extractor
    and the package version, so a new release or another extractor rebuilds
    everything once. Not where it was read: prepending a record to a JSONL corpus
    or renaming a file rebuilds nothing (the stored ``source`` stays as first read).
    """
    fields = [__version__, extractor, article.doc_id, article.text, article.title]
    fields += [article.author, article.publisher, article.date, article.url]
    fields += [f"{key}={value}" for key, value in article.meta]
    joined = "\x1f".join(fields).encode("utf-8", "surrogatepass")
    return hashlib.sha256(joined).hexdigest()


def document_ids(store: ox.Store) -> list[str]:
    """Return the ids of the documents in the store (graphs with a content hash), sorted."""
    found = store.quads_for_pattern(None, ox.NamedNode(HASH_IRI), None, ox.NamedNode(INDEX_GRAPH))
    return sorted(_doc_id(store, quad.subject) for quad in found)


def stored_hashes(store: ox.Store) -> dict[str, str]:
    """Return ``doc_id -> content hash`` of every stored document (``build_shards(known=)``)."""
    found = store.quads_for_pattern(None, ox.NamedNode(HASH_IRI), None, ox.NamedNode(INDEX_GRAPH))
    return {  # as has_document: a graph that lost its statements is not stored
        _doc_id(store, q.subject): q.object.value
        for q in found
        if isinstance(q.object, ox.Literal)
        and isinstance(q.subject, ox.NamedNode)
        and has_statements(store, q.subject.value)
    }


def _doc_id(store: ox.Store, name: object) -> str:
    """Return the document id of graph ``name``: its ``ng:docId``, else the IRI's tail."""
    if not isinstance(name, ox.NamedNode):
        return str(name)
    for quad in store.quads_for_pattern(None, ox.NamedNode(str(NG.docId)), None, name):
        return str(quad.object.value) if isinstance(quad.object, ox.Literal) else name.value
    return name.value[len(str(GRAPH)) :] if name.value.startswith(str(GRAPH)) else name.value


def _document_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """Yield the quads of the document graphs, sorted so that exports are reproducible.

    An in-memory store iterates in a different order in every process; sorted by
    graph, then by each triple's N-Triples text, the same graph gives the same file.
    """
    names = sorted(
        name.value
        for name in store.named_graphs()
        if isinstance(name, ox.NamedNode) and name.value != INDEX_GRAPH
    )
    for name in names:
        quads = store.quads_for_pattern(None, None, None, ox.NamedNode(name))
        yield from sorted(quads, key=lambda quad: str(quad.triple))


def export_store(store: ox.Store, path: Path) -> Path:
    """Write every document graph to ``path`` (.trig, .nq or .jsonld), atomically.

    Raises:
        GraphFileError: Unknown extension or the file cannot be written.
    """
    fmt = _EXPORT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphFileError(
            f"cannot export to {path}: unknown format. Hint: use {', '.join(_EXPORT_FORMATS)}"
        )
    with atomic_file(path) as out:
        ox.serialize(_document_quads(store), out, fmt, prefixes=_PREFIXES)
    return path


def undescribed_actor_ids(store: ox.Store) -> list[str]:
    """Return the ids of actors the documents use that the actor graph does not describe.

    A rebuild skips unchanged documents, so it must not rely on them to describe
    their actors: this is how a lost ``ng:actorDescriptions`` graph (a damaged
    store) is restored by rebuilding.
    """
    query = (
        "SELECT DISTINCT ?a WHERE { ?e ng:actor|ng:target ?a "
        f"FILTER NOT EXISTS {{ GRAPH <{ACTOR_GRAPH}> {{ ?a ng:actorId ?id }} }} }}"
    )
    prefixes = {name: str(ns) for name, ns in NAMESPACES.items()}
    rows = store.query(query, prefixes=prefixes)
    assert isinstance(rows, ox.QuerySolutions)  # a SELECT
    base = str(ACTOR)
    return sorted(row[0].value[len(base) :] for row in rows if str(row[0].value).startswith(base))


def triple_count(store: ox.Store) -> int:
    """Return the number of distinct triples in the store's documents (its merged default graph)."""
    rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert isinstance(rows, ox.QuerySolutions)  # a SELECT always gives solutions
    count = next(rows)[0]
    return int(count.value) if isinstance(count, ox.Literal) else 0


def is_store(path: Path) -> bool:
    """Return whether ``path`` looks like an Oxigraph store directory (damaged ones too).

    A store whose ``CURRENT`` file is lost still has its ``MANIFEST-*`` or
    ``IDENTITY``: it is a damaged store (opening it says so), not a folder of seeds.
    """
    if not path.is_dir():
        return False
    return any(any(path.glob(name)) for name in ("CURRENT", "MANIFEST-*", "IDENTITY"))


def _damaged(path: Path, exc: Exception) -> GraphFileError:
    """Return the one-line error for a store RocksDB calls corrupt."""
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    reason = reason.split("  The file")[0]  # RocksDB appends a guess about the MANIFEST
    return GraphFileError(
        f"store {path} is damaged: {reason}. Hint: move it away and rebuild it with "
        f"newsgraph build INPUTS --store {path}"
    )
