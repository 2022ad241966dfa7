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

``near(place, km)`` names the places within ``km`` of the places ``place`` can
name: the lookup reads the centres' coordinates and keeps the places inside a
latitude/longitude box a little larger than the circle (a superset again; the
query's own distance test decides). SPARQL engines scan every place and then
every event otherwise (1.5 s on a million triples).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence

from ..vocab import PLACE

__all__ = ["Select", "fill_values", "name_slots"]

# Runs SPARQL text with {variable: parameter value} bound as terms; returns plain rows.
Select = Callable[[str, Mapping[str, str]], list[dict[str, str]]]

_SLOT = re.compile(
    r"^(?P<indent>[ \t]*)#@values[ \t]+\?(?P<var>\w+)[ \t]*=[ \t]*"
    r"(?P<kind>actors|places|near)\((?P<params>\w+(?:[ \t]*,[ \t]*\w+)*)\)[ \t]*$",
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
_COORDINATES = "SELECT ?lat ?lon WHERE { ?centre geo:lat ?lat ; geo:long ?lon }"
# xsd:double as near.rq reads coordinates; the bounds are Python floats (or +-INF).
_IN_BOX = """SELECT DISTINCT ?iri WHERE {
  ?iri geo:lat ?lat ; geo:long ?lon .
  FILTER (xsd:double(?lat) >= xsd:double(?south) && xsd:double(?lat) <= xsd:double(?north)
          && xsd:double(?lon) >= xsd:double(?west) && xsd:double(?lon) <= xsd:double(?east))
}"""
# near.rq's distance: 111.195 km per degree, longitudes scaled by cos(latitude of
# the centre) from a Taylor polynomial within 3e-5 of the cosine.
_KM_PER_DEGREE = 111.195
_COS_SLACK = 1e-4
_ARITY = {"actors": 1, "places": 1, "near": 2}


def name_slots(text: str) -> list[tuple[str, str]]:
    """Return ``(kind, parameter)`` for each name a query's ``#@values`` lines look up.

    ``kind`` is ``"actor"`` or ``"place"`` (``near(place, km)`` looks up a place);
    each parameter is listed once, in the order of the lines.
    """
    found: dict[str, str] = {}
    for slot in _SLOT.finditer(text):
        param = re.split(r"[ \t]*,[ \t]*", slot["params"])[0]
        found.setdefault(param, "actor" if slot["kind"] == "actors" else "place")
    return [(kind, param) for param, kind in found.items()]


def fill_values(text: str, params: Mapping[str, str], select: Select) -> tuple[str, dict[str, str]]:
    """Resolve each ``#@values`` line of ``text`` to the IRIs its parameters name.

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
    # Lines with the same lookup (near.rq has two) run it once.
    resolved: dict[tuple[str, ...], set[str] | None] = {}

    def replace(slot: re.Match[str]) -> str:
        names = re.split(r"[ \t]*,[ \t]*", slot["params"])
        values = [params.get(name) for name in names]
        if len(names) != _ARITY[slot["kind"]] or any(v is None for v in values):
            return slot[0]
        key = (slot["kind"], *(v or "" for v in values))
        if key not in resolved:
            resolved[key] = _resolve(slot["kind"], key[1:], select)
        iris = resolved[key]
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


def _resolve(kind: str, values: Sequence[str], select: Select) -> set[str] | None:
    """Return every IRI a lookup names (a superset), or None when unsure."""
    if kind == "near":
        return _near(values[0], values[1], select)
    return _candidates(kind, values[0], select)


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


def _near(place: str, km: str, select: Select) -> set[str] | None:
    """Return the places within ``km`` of a centre ``place`` can name (a superset), or None."""
    centres = _candidates("places", place, select)
    radius = _finite(km)
    if centres is None or radius is None:
        return None
    found: set[str] = set()
    for centre in sorted(centres):
        for row in select(_COORDINATES, {"centre": f"<{centre}>"}):
            lat, lon = _finite(row["lat"]), _finite(row["lon"])
            if lat is None or lon is None:
                return None
            for iri in (r["iri"] for r in select(_IN_BOX, _box(lat, lon, abs(radius)))):
                if not _IRI.fullmatch(iri):
                    return None
                found.add(iri)
    return found


def _box(lat: float, lon: float, km: float) -> dict[str, str]:
    """Return bounds (degrees, as text) around a centre that hold every place within ``km``.

    near.rq keeps a place when dy² + dx² <= km², so |dy| <= km and |dx| <= km: the
    latitude is within km / 111.195 degrees, the longitude within that divided by
    the query's cos(latitude), taken a little smaller than the true cosine.
    """
    half_lat = km / _KM_PER_DEGREE * (1 + 1e-9) + 1e-9
    box = {"south": repr(lat - half_lat), "north": repr(lat + half_lat), "west": "-INF"}
    box["east"] = "INF"
    # (near.rq compares longitudes as numbers, without wrapping at 180 degrees)
    cos_lat = math.cos(math.radians(lat)) - _COS_SLACK if abs(lat) <= 90 else 0.0
    if cos_lat > 0:
        half_lon = half_lat / cos_lat
        box.update(west=repr(lon - half_lon), east=repr(lon + half_lon))
    return box


def _finite(text: str) -> float | None:
    """Return a number as Python reads it, or None when it is not a finite one."""
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None
