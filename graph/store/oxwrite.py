"""Writes to the Oxigraph store: document graphs, their content hashes, shards.

Every write is one SPARQL Update that replaces (or merges) named graphs, keeps
the default graph as their RDF merge and records the content hashes in
``ng:storeIndex``; shards of a fresh build go through ``bulk_load`` instead.
Split out of :mod:`graph.store.oxigraph`, which describes the layout and re-exports
the public names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from ..errors import GraphFileError
from ..rdf.triples import graph_iri as rdf_graph_iri
from ..vocab import NG

INDEX_GRAPH = str(NG.storeIndex)
HASH_IRI = str(NG.contentHash)
# N-Triples text (see graph.rdf.nquads), an rdflib graph, or pyoxigraph triples or quads.
RdfData = str | Graph | Iterable[ox.Triple] | Iterable[ox.Quad]


def graph_iri(doc_id: str) -> str:
    """Return the IRI of the named graph that holds document ``doc_id`` (as ``graph.rdf``)."""
    return str(rdf_graph_iri(doc_id))


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
        f"DELETE WHERE {{ GRAPH <{INDEX_GRAPH}> {{ <{iri}> <{HASH_IRI}> ?h }} }}",
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
        f"DELETE WHERE {{ GRAPH <{INDEX_GRAPH}> {{ <{iri}> <{HASH_IRI}> ?h }} }}"
        for iri in hashes
        if iri not in graphs
    ]
    added = {**graphs, **(merge or {})}
    body = [f"GRAPH <{iri}> {{\n{lines}\n}}" for iri, lines in added.items()]
    body += list(added.values())
    index = [f"<{iri}> <{HASH_IRI}> {_literal(value)} ." for iri, value in hashes.items()]
    body.append(f"GRAPH <{INDEX_GRAPH}> {{\n" + "\n".join(index) + "\n}")
    parts.append("INSERT DATA {\n" + "\n".join(body) + "\n}")
    return " ;\n".join(parts)


def put_document(store: ox.Store, doc_id: str, data: RdfData, content_hash: str) -> None:
    """Replace the named graph of ``doc_id`` with ``data`` and record its hash.

    Args:
        store: An open store.
        doc_id: The document id; the graph is :func:`graph_iri` of it.
        data: The document's triples: N-Triples text (:func:`graph.rdf.nquads.ntriples`),
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
        ox.NamedNode(graph_iri(doc_id)), ox.NamedNode(HASH_IRI), None, ox.NamedNode(INDEX_GRAPH)
    )
    values = {quad.object.value for quad in found if isinstance(quad.object, ox.Literal)}
    if content_hash is None:
        return bool(values) or store.contains_named_graph(ox.NamedNode(graph_iri(doc_id)))
    # A hash whose graph lost its statements (a damaged store) is no stored document:
    # the next build must write it again.
    return content_hash in values and has_statements(store, graph_iri(doc_id))


def has_statements(store: ox.Store, iri: str) -> bool:
    """Tell whether the named graph ``iri`` holds any statement (one seek)."""
    quads = store.quads_for_pattern(None, None, None, ox.NamedNode(iri))
    return next(iter(quads), None) is not None


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
    store.optimize()  # see compact_if_grown: the whole store was just loaded


def compact_if_grown(store: ox.Store, written: int, *, minimum: int = 1000) -> bool:
    """Compact the store after a write of ``written`` documents that made up much of it.

    Bulk loads leave RocksDB's files unmerged until its background compaction
    catches up, and lookups pay for it: on a million triples just loaded, the
    named queries took 10-25% longer than after ``optimize()`` (``bench/speed.py``).
    Compaction rewrites the whole store (~1 s per million quads), so it runs only
    when the write was at least ``minimum`` documents (a few megabytes of news,
    where the queries begin to feel it) and a quarter of the documents stored: not
    after ten documents added to a hundred thousand. An in-memory store has
    nothing to compact.

    Returns:
        Whether the store was compacted.
    """
    if written <= 0 or written < minimum:
        return False
    # Counted by the engine: 20 ms for 100,000 documents (0.5 s through Python objects).
    found = store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INDEX_GRAPH}> {{ ?g <{HASH_IRI}> ?h }} }}"
    )
    stored = 0
    if isinstance(found, ox.QuerySolutions):
        for solution in found:
            count = solution["n"]
            stored = int(count.value) if isinstance(count, ox.Literal) else 0
    if written * 4 < stored:
        return False
    store.optimize()
    return True
