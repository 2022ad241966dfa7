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
bound as RDF terms (:mod:`graph.oxquery`), which also gives an rdflib ``Dataset``
view (oxrdflib) for code written against rdflib (view, stats), where per-triple
speed matters less.

The default graph is kept as the RDF merge of the document graphs (every write
updates both), because Oxigraph's "union default graph" is a bag: an actor
described in 40 documents would match 40 times, and rows and counts would differ
from rdflib's. It doubles the disk use and makes default-graph lookups faster.

Bookkeeping: the named graph ``ng:storeIndex`` holds ``graph:<doc_id> ng:contentHash
"<hash>"`` for each document, so an unchanged document is skipped and a changed one
replaced. Exports leave that graph out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from . import __version__
from .errors import GraphFileError
from .model import Article
from .query import NAMESPACES
from .rdf import graph_iri as rdf_graph_iri
from .store import atomic_file
from .vocab import GRAPH, NG

__all__ = [
    "INDEX_GRAPH",
    "bulk_load_nquads",
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
]

INDEX_GRAPH = str(NG.storeIndex)
_HASH = str(NG.contentHash)
_PREFIXES = {name: str(ns) for name, ns in NAMESPACES.items()}
_EXPORT_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
# N-Triples text (see graph.nquads), an rdflib graph, or pyoxigraph triples or quads.
RdfData = str | Graph | Iterable[ox.Triple] | Iterable[ox.Quad]


def graph_iri(doc_id: str) -> str:
    """Return the IRI of the named graph that holds document ``doc_id`` (as ``graph.rdf``)."""
    return str(rdf_graph_iri(doc_id))


def open_store(path: Path | None, *, read_only: bool = False) -> ox.Store:
    """Open (creating it if needed) the on-disk store in directory ``path``.

    Args:
        path: The store directory; None gives a new store in memory.
        read_only: Open without taking the writer lock (other readers allowed).

    Raises:
        GraphFileError: The directory cannot be opened (e.g. another process holds it).
    """
    if path is None:
        return ox.Store()
    try:
        if read_only:
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as exc:
        raise GraphFileError(
            f"cannot open store {path}: {exc}. Hint: is another process (a server?) using it?"
        ) from exc


def to_ntriples(data: RdfData) -> str:
    """Return ``data`` as N-Triples statements (graph names are dropped; also a Turtle body)."""
    if isinstance(data, str):
        return data
    if isinstance(data, Graph):
        return Graph(store=data.store, identifier=data.identifier).serialize(format="nt")
    lines = []
    for item in data:
        triple = item.triple if isinstance(item, ox.Quad) else item
        lines.append(f"{triple} .")
    return "\n".join(lines)


def _literal(text: str) -> str:
    return str(ox.Literal(text))


def _drop_graph(iri: str) -> list[str]:
    """Return the operations that drop graph ``iri``, its hash, and its share of the merge.

    A triple leaves the default graph (the merge of the documents) only when no
    other document graph still holds it.
    """
    return [
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} FILTER NOT EXISTS "
        f"{{ GRAPH ?other {{ ?s ?p ?o }} "
        f"FILTER (?other != <{iri}> && ?other != <{INDEX_GRAPH}>) }} }}",
        f"DROP SILENT GRAPH <{iri}>",
        f"DELETE WHERE {{ GRAPH <{INDEX_GRAPH}> {{ <{iri}> <{_HASH}> ?h }} }}",
    ]


def _replace_update(
    graphs: Mapping[str, str], hashes: Mapping[str, str], merge: Mapping[str, str] | None = None
) -> str:
    """Return one SPARQL Update replacing ``graphs`` (IRI -> N-Triples) and their hashes.

    Every triple also goes into the default graph, which is kept as the RDF merge
    (a set) of the document graphs. Graphs in ``merge`` get their triples added,
    not replaced (shared graphs such as ``ng:actorDescriptions``).
    """
    parts = [op for iri in graphs for op in _drop_graph(iri)]
    parts += [
        f"DELETE WHERE {{ GRAPH <{INDEX_GRAPH}> {{ <{iri}> <{_HASH}> ?h }} }}"
        for iri in hashes
        if iri not in graphs
    ]
    added = {**graphs, **(merge or {})}
    body = [f"GRAPH <{iri}> {{\n{lines}\n}}" for iri, lines in added.items()]
    body += list(added.values())
    index = [f"<{iri}> <{_HASH}> {_literal(value)} ." for iri, value in hashes.items()]
    body.append(f"GRAPH <{INDEX_GRAPH}> {{\n" + "\n".join(index) + "\n}")
    parts.append("INSERT DATA {\n" + "\n".join(body) + "\n}")
    return " ;\n".join(parts)


def content_hash(article: Article, *, extractor: str = "dep") -> str:
    """Return the hash that decides whether a stored document must be rebuilt.

    It covers the text and metadata, the extractor and the package version, so a
    new release or another extractor rebuilds everything once.
    """
    fields = [__version__, extractor, article.doc_id, article.source, article.text, article.title]
    fields += [article.author, article.publisher, article.date, article.url]
    joined = "\x1f".join(fields).encode("utf-8", "surrogatepass")
    return hashlib.sha256(joined).hexdigest()


def put_document(store: ox.Store, doc_id: str, data: RdfData, content_hash: str) -> None:
    """Replace the named graph of ``doc_id`` with ``data`` and record its hash.

    Args:
        store: An open store.
        doc_id: The document id; the graph is :func:`graph_iri` of it.
        data: The document's triples: N-Triples text (:func:`graph.nquads.ntriples`),
            an rdflib graph (e.g. ``kg.graph(iri)``) or pyoxigraph triples or quads
            (their graph names are ignored).
        content_hash: Hash of what the graph was built from (see :func:`has_document`).

    Raises:
        GraphFileError: The store refused the write.
    """
    iri = graph_iri(doc_id)
    _update(store, _replace_update({iri: to_ntriples(data)}, {iri: content_hash}), doc_id)


def put_nquads(store: ox.Store, nquads: str, hashes: Mapping[str, str]) -> list[str]:
    """Write a build shard (N-Quads) in one transaction.

    The graphs of the documents in ``hashes`` are replaced; any other graph in the
    shard (the shared ``ng:actorDescriptions``) gets its triples added.

    Args:
        store: An open store.
        nquads: N-Quads whose graph names are document graphs (or shared graphs).
        hashes: ``doc_id -> content hash`` for the documents of the shard.

    Returns:
        The ids of the documents replaced, sorted.

    Raises:
        GraphFileError: The text is not N-Quads or the store refused the write.
    """
    grouped: dict[str, list[str]] = {graph_iri(doc_id): [] for doc_id in hashes}
    try:
        for quad in ox.parse(nquads, ox.RdfFormat.N_QUADS):
            if isinstance(quad.graph_name, ox.NamedNode):
                grouped.setdefault(quad.graph_name.value, []).append(f"{quad.triple} .")
    except SyntaxError as exc:
        raise GraphFileError(f"cannot read N-Quads shard: {exc}") from exc
    index = {graph_iri(doc_id): value for doc_id, value in hashes.items()}
    graphs = {iri: "\n".join(lines) for iri, lines in grouped.items() if iri in index}
    merge = {iri: "\n".join(lines) for iri, lines in grouped.items() if iri not in index}
    _update(store, _replace_update(graphs, index, merge), "shard")
    return sorted(hashes)


def _update(store: ox.Store, update: str, what: str) -> None:
    try:
        store.update(update)
    except (OSError, SyntaxError) as exc:
        raise GraphFileError(f"cannot write {what} to the store: {exc}") from exc


def has_document(store: ox.Store, doc_id: str, content_hash: str | None = None) -> bool:
    """Return whether ``doc_id`` is stored (and, given a hash, stored from that content)."""
    found = store.quads_for_pattern(
        ox.NamedNode(graph_iri(doc_id)), ox.NamedNode(_HASH), None, ox.NamedNode(INDEX_GRAPH)
    )
    values = {quad.object.value for quad in found if isinstance(quad.object, ox.Literal)}
    if content_hash is None:
        return bool(values) or store.contains_named_graph(ox.NamedNode(graph_iri(doc_id)))
    return content_hash in values


def document_ids(store: ox.Store) -> list[str]:
    """Return the ids of the documents in the store (graphs with a content hash), sorted."""
    found = store.quads_for_pattern(None, ox.NamedNode(_HASH), None, ox.NamedNode(INDEX_GRAPH))
    return sorted(_doc_id(store, quad.subject) for quad in found)


def stored_hashes(store: ox.Store) -> dict[str, str]:
    """Return ``doc_id -> content hash`` of every stored document (``build_shards(known=)``)."""
    found = store.quads_for_pattern(None, ox.NamedNode(_HASH), None, ox.NamedNode(INDEX_GRAPH))
    return {
        _doc_id(store, q.subject): q.object.value for q in found if isinstance(q.object, ox.Literal)
    }


def _doc_id(store: ox.Store, name: object) -> str:
    """Return the document id of graph ``name``: its ``ng:docId``, else the IRI's tail."""
    if not isinstance(name, ox.NamedNode):
        return str(name)
    for quad in store.quads_for_pattern(None, ox.NamedNode(str(NG.docId)), None, name):
        return str(quad.object.value) if isinstance(quad.object, ox.Literal) else name.value
    return name.value[len(str(GRAPH)) :] if name.value.startswith(str(GRAPH)) else name.value


def merge_graph(store: ox.Store, name: str, data: RdfData) -> None:
    """Add ``data`` to the named graph ``name`` without replacing it (a shared graph).

    Raises:
        GraphFileError: The store refused the write.
    """
    lines = to_ntriples(data)
    body = f"INSERT DATA {{ GRAPH <{name}> {{\n{lines}\n}}\n{lines}\n}}"
    _update(store, body, name)


def remove_documents(store: ox.Store, doc_ids: Iterable[str]) -> list[str]:
    """Delete the named graphs (and hashes) of ``doc_ids`` and nothing else.

    Returns:
        The ids that were present and are now removed, in the order given.
    """
    present = [d for d in doc_ids if has_document(store, d)]
    if present:
        parts = [op for d in present for op in _drop_graph(graph_iri(d))]
        _update(store, " ;\n".join(parts), "removal")
    return present


def _as_default_graph(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    for quad in quads:
        yield ox.Quad(quad.subject, quad.predicate, quad.object)


def bulk_load_nquads(
    store: ox.Store, paths: Sequence[Path], *, hashes: Mapping[str, str] | None = None
) -> None:
    """Load N-Quads shard files fast, without a transaction (meant for an empty store).

    Args:
        store: An open store.
        paths: N-Quads files whose graph names are document graphs.
        hashes: ``doc_id -> content hash`` of the documents in the shards.

    Raises:
        GraphFileError: A file is missing or is not N-Quads.
    """
    for path in paths:
        try:
            store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
            store.bulk_extend(
                _as_default_graph(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
            )
        except (OSError, SyntaxError) as exc:
            raise GraphFileError(f"cannot load shard {path}: {exc}") from exc
    if hashes:
        index = {graph_iri(doc_id): value for doc_id, value in hashes.items()}
        _update(store, _replace_update({}, index), "content hashes")
    store.flush()


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


def triple_count(store: ox.Store) -> int:
    """Return the number of distinct triples in the store's documents (its merged default graph)."""
    rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert isinstance(rows, ox.QuerySolutions)  # a SELECT always gives solutions
    count = next(rows)[0]
    return int(count.value) if isinstance(count, ox.Literal) else 0


def is_store(path: Path) -> bool:
    """Return whether ``path`` looks like an Oxigraph store directory."""
    return path.is_dir() and any(path.glob("CURRENT"))
