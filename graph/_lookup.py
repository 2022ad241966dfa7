"""Resolve a named query's name parameters to IRIs before the query runs.

A named query matches an actor or a place by name with a FILTER (``LCASE(label)
= LCASE(?actorName) || ...``). Query engines do not look such a FILTER up in an
index: Oxigraph scanned and joined every event first (1-2 s on a million
triples). So a query marks the variable the name selects with a comment line

    #@values ?a = actors(actor)

and, before it runs, a small lookup query (run by the caller's engine, rdflib or
Oxigraph) finds the IRIs the parameter can name; the line becomes ``VALUES ?a {
<iri> ... }``. The IRIs found are a superset of the matches and the query keeps
its FILTER, so the rows are the same as without the line (an engine that leaves
the comment alone, such as the oxrdflib view, gets the same rows, only slower).
Only IRIs read from the graph (or the parameter's own IRI, checked to be one)
are written into the text: the parameter itself is still bound as a term.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .vocab import PLACE

__all__ = ["Select", "fill_values"]

# Runs SPARQL text with {variable: parameter value} bound as terms; returns plain rows.
Select = Callable[[str, Mapping[str, str]], list[dict[str, str]]]

_SLOT = re.compile(
    r"^(?P<indent>[ \t]*)#@values[ \t]+\?(?P<var>\w+)[ \t]*=[ \t]*"
    r"(?P<kind>actors|places)\((?P<param>\w+)\)[ \t]*$",
    re.MULTILINE,
)
# An absolute IRI as N-Triples can write it between angle brackets.
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\x00-\x20]*")
_BRACKETED = re.compile(r"<([^<>\"{}|^`\\\s]+)>")

# Actors whose label or canonical id equals the name, ignoring case (the named
# queries' own test); each branch scans one property, which engines do fast.
_ACTORS = """SELECT DISTINCT ?iri WHERE {
  { ?iri rdfs:label ?label . FILTER (LCASE(STR(?label)) = LCASE(STR(?name))) }
  UNION
  { ?iri ng:actorId ?id . FILTER (LCASE(STR(?id)) = LCASE(STR(?name))) }
}"""
_PLACES = """SELECT DISTINCT ?iri WHERE {
  ?iri rdfs:label ?label . FILTER (LCASE(STR(?label)) = LCASE(STR(?name)))
}"""


def fill_values(text: str, params: Mapping[str, str], select: Select) -> tuple[str, dict[str, str]]:
    """Resolve each ``#@values`` line of ``text`` to the IRIs its parameter names.

    Args:
        text: A named query's SPARQL.
        params: Its parameters (name -> value as the user gave it).
        select: Runs a lookup query on the same graph.

    Returns:
        The text with each line that names several IRIs replaced by ``VALUES``
        (``FILTER (false)`` when none), and ``{variable: "<iri>"}`` for lines that
        name exactly one, to be bound as a term like a parameter (the text, and
        rdflib's parsed copy of it, stay the same). A line whose parameter is
        missing, or whose value could name an IRI that cannot be written safely,
        is left as the comment it is.
    """
    single: dict[str, str] = {}

    def replace(slot: re.Match[str]) -> str:
        value = params.get(slot["param"])
        iris = None if value is None else _candidates(slot["kind"], value, select)
        if iris is None:
            return slot[0]
        if len(iris) == 1:
            single[slot["var"]] = f"<{next(iter(iris))}>"
            return slot[0]
        if not iris:
            # Nothing to match, so the group is empty (rdflib fails on an empty VALUES).
            return f"{slot['indent']}FILTER (false)"
        terms = " ".join(f"<{iri}>" for iri in sorted(iris))
        return f"{slot['indent']}VALUES ?{slot['var']} {{ {terms} }}"

    return _SLOT.sub(replace, text), single


def _candidates(kind: str, value: str, select: Select) -> set[str] | None:
    """Return every IRI ``value`` can name (a superset), or None when unsure."""
    bracketed = _BRACKETED.fullmatch(value.strip())
    # The queries also compare STR(?x) with the parameter: as an IRI it names
    # itself, and a literal spelling an IRI names that IRI too.
    own = bracketed[1] if bracketed else value
    found = {own} if _IRI.fullmatch(own) else set()
    if kind == "places":
        # events-at and near also match a place by its local name, as given or lowercased.
        # (Graph IRIs are valid IRIs: a name that is not one names none.)
        found.update(
            iri for local in (own, own.lower()) if _IRI.fullmatch(iri := f"{PLACE}{local}")
        )
    rows = select(_ACTORS if kind == "actors" else _PLACES, {"name": value})
    for row in rows:
        if not _IRI.fullmatch(row["iri"]):
            return None
        found.add(row["iri"])
    return found
