"""Names a user types (actors, places, action classes, documents): known or not, and close ones.

A named query given a name the graph does not hold answers nothing, which reads
as "no such events". :func:`check_names` tells the two apart: it runs after a
named query came back empty and raises :class:`UnknownNameError`, naming what
the graph holds that is closest to what was typed ("did you mean ...").
A query's ``#@values`` lines say which parameters name actors or places, and its
``#@known`` lines which must be a value of some property (``newsgraph actors
--type``). Everything here runs through a :data:`graph.query.lookup.Select`, so
it works in rdflib and in Oxigraph alike; the ranking of close names is
:func:`graph.normalize.close_names`, the one every command uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..errors import QueryError
from ..normalize.search import close_names
from .lookup import Select, name_slots

__all__ = [
    "UnknownNameError",
    "check_action_class",
    "check_actor",
    "check_documents",
    "check_names",
    "close_names",
    "known_slots",
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
# "#@known type = ng:actorType of ng:actorId (actor type)": the parameter must be
# a value the graph has for ng:actorType on a node with an ng:actorId (case
# ignored), or an empty answer is a mistake.
_NAME = r"[a-z]+:[A-Za-z]\w*"
_KNOWN_LINE = re.compile(
    rf"^[ \t]*#@known[ \t]+(?P<param>\w+)[ \t]*=[ \t]*(?P<prop>{_NAME})"
    rf"(?:[ \t]+of[ \t]+(?P<having>{_NAME}))?[ \t]*\((?P<kind>[\w -]+)\)[ \t]*$",
    re.MULTILINE,
)
# The command listing every name of a kind, for a hint when nothing typed is close.
_LISTED_BY = {
    "actor": "actors GRAPH",
    "actor type": "actors GRAPH",
    "country code": "actors GRAPH",
    "document": "documents GRAPH",
    "action class": "query GRAPH --name action-classes",
}
# Values of one property listed in full when nothing typed is close (more: a command lists them).
_LIST_AT_MOST = 15


class UnknownNameError(QueryError):
    """A name (actor, place, action class, document) that the graph does not hold."""


def unknown_name(
    kind: str, value: str, names: Iterable[str], *, where: str = ""
) -> UnknownNameError:
    """Return the error for a ``kind`` (actor, place, ...) named ``value`` that is not there.

    The hint names the closest names there are (:func:`graph.normalize.close_names`);
    when there are only a few, it lists them all, else it names the command that does.

    Args:
        kind: What was looked for, as the user knows it ("actor", "action class").
        value: The name typed.
        names: The names there are, to suggest the closest.
        where: What was searched ("out/graph.trig"), for the message.
    """
    place = f" in {where}" if where else " in the graph"
    known = sorted(set(names))
    suggestions = close_names(value, known)
    hints = [f"did you mean {', '.join(suggestions)}?"] if suggestions else []
    if not known:
        hints.append(f"the graph has no {kind}s")
    elif len(known) <= _LIST_AT_MOST:
        there = f"the {kind}s there are: {', '.join(known)}"
        hints.append(there[0].upper() + there[1:] if hints else there)
    elif not suggestions:
        hints.append(_listing(kind))
    return UnknownNameError(f"no {kind} {value!r}{place}. Hint: {' '.join(hints)}")


def _listing(kind: str) -> str:
    """Return the hint naming the command that lists every ``kind`` of a graph."""
    command = _LISTED_BY.get(kind)
    return f"newsgraph {command} lists them" if command else "nothing close is there"


def known_slots(text: str) -> list[tuple[str, str, str]]:
    """Return ``(parameter, look-up query, kind)`` for each ``#@known`` line of a named query.

    ``#@known type = ng:actorType of ng:actorId (actor type)`` says that the
    parameter ``type`` must be a value the graph has for ``ng:actorType`` on a
    node that has an ``ng:actorId`` (``of ...`` may be left out; case is
    ignored): an empty answer to any other value is a mistake, answered with the
    values there are. The look-up query selects those values as ``?value``.
    """
    found = []
    for line in _KNOWN_LINE.finditer(text):
        having = f"?s {line['having']} ?any . " if line["having"] else ""
        lookup = f"SELECT DISTINCT ?value WHERE {{ {having}?s {line['prop']} ?value }}"
        found.append((line["param"], lookup, line["kind"].strip()))
    return found


def _check_known_values(text: str, params: Mapping[str, str], select: Select) -> None:
    for param, lookup, kind in known_slots(text):
        value = params.get(param, "").strip()
        if not value:
            continue
        rows = select(lookup, {})
        values = {row["value"] for row in rows}
        if value.casefold() not in {v.casefold() for v in values}:
            raise unknown_name(kind, value, values)


def check_names(text: str, params: Mapping[str, str], select: Select) -> None:
    """Raise when a name parameter of a named query matches nothing in the graph.

    Args:
        text: The named query's SPARQL (its ``#@values`` lines say which
            parameters are actor or place names).
        params: Its parameters.
        select: Runs a lookup on the graph the query ran on.

    Raises:
        UnknownNameError: The first parameter naming no actor or place (or no
            value of a ``#@known`` line), with the closest names the graph holds.
    """
    _check_known_values(text, params, select)
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
