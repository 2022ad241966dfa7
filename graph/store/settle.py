"""One type per actor node in a built graph (issue 13).

Documents are built one by one (here, in a helper process or on a Dask worker), and
each types the actors it names from its own evidence, so one ``actor:`` node can end
up with several ``ng:actorType`` values (a person in one story, a bare name in
another). After a build, :func:`settle_store_types` (Oxigraph) and
:func:`settle_dataset_types` (rdflib) count the documents behind each type, let
:func:`graph.normalize.settle.choose_type` decide, and rewrite the losing types, with
their ``rdf:type`` classes, in every document graph (and in Oxigraph's default
graph, the merge of the documents).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import Dataset

from ..normalize.settle import choose_type
from ..vocab import ACTOR_CLASSES, NG

__all__ = ["settle_dataset_types", "settle_store_types"]

_TYPE = f"<{NG.actorType}>"
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
# Actors with more than one type, and how many document graphs give each type.
_VOTES = (
    "SELECT ?a ?t (COUNT(DISTINCT ?g) AS ?n) WHERE { "
    f"{{ SELECT ?a WHERE {{ GRAPH ?h {{ ?a {_TYPE} ?x }} }} "
    "GROUP BY ?a HAVING (COUNT(DISTINCT ?x) > 1) } "
    f"GRAPH ?g {{ ?a {_TYPE} ?t }} }} GROUP BY ?a ?t"
)
_CLASSES = " ".join(f'("{name}" <{iri}>)' for name, iri in ACTOR_CLASSES.items())
_BATCH = 400


def settle_store_types(store: ox.Store) -> int:
    """Give every actor of an Oxigraph store one type; return how many were settled."""
    solutions = store.query(_VOTES)
    assert isinstance(solutions, ox.QuerySolutions)  # a SELECT always gives solutions
    winners = _winners((_text(a), _text(t), int(_text(n))) for a, t, n in solutions)
    for values in _values(winners):
        store.update(_update(values, named=True))
        store.update(_update(values, named=False))  # the default graph is their merge
    return len(winners)


def _text(term: object) -> str:
    return str(term.value) if isinstance(term, ox.NamedNode | ox.Literal) else str(term)


def settle_dataset_types(kg: Dataset) -> int:
    """Give every actor of an rdflib dataset (one graph per document) one type."""
    rows = ((str(a), str(t), int(str(n))) for a, t, n in kg.query(_VOTES))  # type: ignore[misc]  # rdflib types a row as any result; a SELECT's is a 3-tuple
    winners = _winners(rows)
    for values in _values(winners):
        kg.update(_update(values, named=True))
    return len(winners)


def _winners(rows: Iterable[tuple[str, str, int]]) -> dict[str, str]:
    votes: dict[str, dict[str, int]] = defaultdict(dict)
    for actor, kind, count in rows:
        votes[actor][kind] = count
    return {actor: choose_type(v) for actor, v in votes.items() if len(v) > 1}


def _values(winners: dict[str, str]) -> Iterator[str]:
    rows = [
        f'(<{actor}> "{kind}" <{ACTOR_CLASSES[kind]}>)'
        for actor, kind in sorted(winners.items())
        if kind in ACTOR_CLASSES
    ]
    for start in range(0, len(rows), _BATCH):
        yield " ".join(rows[start : start + _BATCH])


def _update(values: str, *, named: bool) -> str:
    def where(pattern: str) -> str:
        return f"GRAPH ?g {{ {pattern} }}" if named else pattern

    old = where(f"?a {_TYPE} ?t . ?a {_RDF_TYPE} ?c .")
    new = where(f"?a {_TYPE} ?w . ?a {_RDF_TYPE} ?wc .")
    return (
        f"DELETE {{ {old} }} INSERT {{ {new} }} WHERE {{ "
        f"VALUES (?a ?w ?wc) {{ {values} }} VALUES (?t ?c) {{ {_CLASSES} }} "
        f"{where(f'?a {_TYPE} ?t .')} FILTER (?t != ?w) }}"
    )
