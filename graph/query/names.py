"""Names a user types (actors, places, action classes, documents): known or not, and close ones.

A named query given a name the graph does not hold answers nothing, which reads
as "no such events". :func:`check_names` tells the two apart: it runs after a
named query came back empty and raises :class:`UnknownNameError`, naming what
the graph holds that is closest to what was typed ("did you mean ...").
Everything here runs through a :data:`graph.query.lookup.Select`, so it works in
rdflib and in Oxigraph alike.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping

from ..errors import QueryError
from .lookup import Select, name_slots

__all__ = [
    "UnknownNameError",
    "check_action_class",
    "check_actor",
    "check_documents",
    "check_names",
    "close_names",
    "unknown_name",
]

_KNOWN = {
    "actor": """SELECT ?iri WHERE {
  { ?iri rdfs:label ?label . FILTER (LCASE(STR(?label)) = LCASE(STR(?name))) ?iri ng:actorId ?id }
  UNION
  { ?iri ng:actorId ?id . FILTER (LCASE(STR(?id)) = LCASE(STR(?name))) }
} LIMIT 1""",
    "place": """SELECT ?iri WHERE {
  { ?iri a sem:Place ; rdfs:label ?label . FILTER (LCASE(STR(?label)) = LCASE(STR(?name))) }
  UNION
  { ?iri a sem:Place . FILTER (STRAFTER(STR(?iri), STR(place:)) = LCASE(STR(?name))) }
} LIMIT 1""",
}
_ALL = {
    # an actor's labels, or its id when it has none (not both: one suggestion per actor)
    "actor": """SELECT DISTINCT ?name WHERE {
  ?a ng:actorId ?id . OPTIONAL { ?a rdfs:label ?label } BIND (COALESCE(?label, ?id) AS ?name)
}""",
    "place": """SELECT DISTINCT ?name WHERE {
  { ?p a sem:Place ; rdfs:label ?name } UNION { ?e ng:locationText ?name }
}""",
}
_WORD = re.compile(r"\w+")


class UnknownNameError(QueryError):
    """A name (actor, place, action class, document) that the graph does not hold."""


def close_names(value: str, names: Iterable[str], *, limit: int = 5) -> list[str]:
    """Return up to ``limit`` of ``names`` closest to ``value``: similar spellings first.

    Case is ignored. After the spellings that :mod:`difflib` finds close come
    names holding every word of ``value`` ("Assad" -> "Bashar al-Assad").

    Args:
        value: What the user typed.
        names: What there is.
        limit: How many to return at most.
    """
    by_key: dict[str, str] = {}
    for name in sorted(set(names)):
        by_key.setdefault(name.lower(), name)
    typed = value.strip().lower()
    close = difflib.get_close_matches(typed, list(by_key), n=limit, cutoff=0.75)
    words = set(_WORD.findall(typed))
    holding = sorted(
        (k for k in by_key if words and words <= set(_WORD.findall(k))), key=lambda k: (len(k), k)
    )
    chosen = list(dict.fromkeys([*close, *holding]))[:limit]
    return [by_key[key] for key in chosen]


def unknown_name(
    kind: str, value: str, names: Iterable[str], *, where: str = ""
) -> UnknownNameError:
    """Return the error for a ``kind`` (actor, place, ...) named ``value`` that is not there.

    Args:
        kind: What was looked for, as the user knows it ("actor", "action class").
        value: The name typed.
        names: The names there are, to suggest the closest.
        where: What was searched ("out/graph.trig"), for the message.
    """
    place = f" in {where}" if where else " in the graph"
    suggestions = close_names(value, names)
    hint = f"did you mean {', '.join(suggestions)}?" if suggestions else _listing(kind)
    return UnknownNameError(f"no {kind} {value!r}{place}. Hint: {hint}")


def _listing(kind: str) -> str:
    commands = {"actor": "actors", "document": "documents", "action class": "query --name"}
    command = commands.get(kind)
    if command == "query --name":
        return "newsgraph query GRAPH --name action-classes lists them"
    if command:
        return f"newsgraph {command} GRAPH lists them"
    return "nothing close is there"


def check_names(text: str, params: Mapping[str, str], select: Select) -> None:
    """Raise when a name parameter of a named query matches nothing in the graph.

    Args:
        text: The named query's SPARQL (its ``#@values`` lines say which
            parameters are actor or place names).
        params: Its parameters.
        select: Runs a lookup on the graph the query ran on.

    Raises:
        UnknownNameError: The first parameter naming no actor or place, with the
            closest names the graph holds.
    """
    for kind, param in name_slots(text):
        value = params.get(param, "")
        if not value.strip() or value.strip().startswith("<"):
            continue
        if select(_KNOWN[kind], {"name": value}):
            continue
        names = [row["name"] for row in select(_ALL[kind], {})]
        raise unknown_name(kind, value, names)


_DOCUMENTS = """SELECT ?name ?source WHERE {
  ?d a schema:NewsArticle ; ng:docId ?name . OPTIONAL { ?d ng:sourcePath ?source }
}"""
_ACTION_CLASSES = "SELECT DISTINCT ?cls WHERE { ?event ng:actionClass ?cls }"


def check_documents(ids: Iterable[str], select: Select, *, where: str = "") -> None:
    """Raise when a document id is not in the graph, naming the closest ids.

    A value that is the file a document was read from ("003_b65b.txt") is
    answered with that document's id.

    Raises:
        UnknownNameError: The first id that is not there.
    """
    rows = select(_DOCUMENTS, {})
    known = {row["name"] for row in rows}
    by_source = {row["source"]: row["name"] for row in rows if row.get("source")}
    for doc_id in ids:
        if doc_id in known:
            continue
        if doc_id in by_source:
            place = f" in {where}" if where else " in the graph"
            raise UnknownNameError(
                f"no document {doc_id!r}{place}. Hint: the document read from {doc_id} "
                f"has the id {by_source[doc_id]}"
            )
        raise unknown_name("document", doc_id, known, where=where)


def check_action_class(value: str, select: Select, verbs: Mapping[str, set[str]]) -> None:
    """Raise when no event of the graph has the action class ``value``.

    Args:
        value: The class name the user typed ("ASSAULT").
        select: Runs a lookup on the graph.
        verbs: Class name -> the verbs the ontology files under it; a verb typed
            as a class ("BOMB") is answered with the class it belongs to.

    Raises:
        UnknownNameError: The graph has no event of that class.
    """
    known = {row["cls"].rsplit("/", 1)[-1] for row in select(_ACTION_CLASSES, {})}
    if value in known:
        return
    by_verb = sorted(cls for cls, words in verbs.items() if value.lower() in words)
    suggestions = list(dict.fromkeys([*by_verb, *close_names(value, known | set(verbs))]))
    if value.upper() in known:
        suggestions.insert(0, value.upper())
    hint = (
        f"did you mean {', '.join(suggestions[:5])}?" if suggestions else _listing("action class")
    )
    raise UnknownNameError(f"no event of action class {value!r} in the graph. Hint: {hint}")


def check_actor(value: str, select: Select) -> None:
    """Raise when no actor of the graph has ``value`` as its label or id.

    Raises:
        UnknownNameError: No such actor, with the closest names.
    """
    if (
        not value.strip()
        or value.strip().startswith("<")
        or select(_KNOWN["actor"], {"name": value})
    ):
        return
    raise unknown_name("actor", value, [row["name"] for row in select(_ALL["actor"], {})])
