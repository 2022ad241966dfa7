"""Read a named query's actor parameters as the gazetteer reads names: aliases mean actors.

A named query matches an actor by its label or canonical id. A user types
``actor=US``, ``Moscow``, ``Islamic State`` or ``Obama``: when the graph holds
no actor by that label or id, :func:`resolve_actor_params` asks the gazetteer
(:func:`graph.normalize.find_actors`) which canonical actors the name means and
binds the first one the graph holds, by its id. A name the graph holds is
never changed, and one the gazetteer cannot place is left for the "did you
mean" check of :mod:`graph.query.names`. A country-code parameter
(``actors --country``) reads a country's name, alias, demonym or capital the
same way: ``Russia``, ``Russian`` and ``Moscow`` all mean the code ``RUS``.
"""

from __future__ import annotations

from collections.abc import Mapping

from .lookup import Select, name_slots
from .names import known_slots

__all__ = ["resolve_actor_params"]

# Whether the graph holds an actor with this label or canonical id (case ignored).
_HELD = """SELECT ?iri WHERE {
  { ?iri ng:actorId ?id . FILTER (LCASE(STR(?id)) = LCASE(STR(?name))) }
  UNION
  { ?iri ng:actorId ?id ; rdfs:label ?label . FILTER (LCASE(STR(?label)) = LCASE(STR(?name))) }
} LIMIT 1"""


def resolve_actor_params(text: str, params: Mapping[str, str], select: Select) -> dict[str, str]:
    """Return ``params`` with actor names the graph lacks replaced by the canonical id meant.

    Args:
        text: The named query's SPARQL (its ``#@values`` lines say which
            parameters name actors).
        params: The parameters as the user gave them.
        select: Runs a look-up query on the graph being queried.

    Returns:
        A copy of ``params``; an actor parameter that names no actor of the graph
        but is an alias, demonym or capital of one it holds ("US" ->
        "united-states", "Moscow" -> "russia") holds that actor's id; a
        country-code parameter that is no code of the graph but names a country
        whose code it holds ("Russia" -> "RUS") holds that code.
    """
    resolved = _resolve_country_codes(text, dict(params), select)
    for kind, param in name_slots(text):
        value = resolved.get(param, "").strip()
        if kind != "actor" or not value or value.startswith("<") or _held(value, select):
            continue
        from ..normalize import find_actors  # the gazetteer loads only for names it must read

        for actor in find_actors(value).actors:
            if _held(actor.actor_id, select):
                resolved[param] = actor.actor_id
                break
    return resolved


def _held(name: str, select: Select) -> bool:
    return bool(select(_HELD, {"name": name}))


def _resolve_country_codes(text: str, params: dict[str, str], select: Select) -> dict[str, str]:
    """Replace country names in the query's country-code parameters by the codes they mean."""
    for param, lookup, kind in known_slots(text):
        value = params.get(param, "").strip()
        if kind != "country code" or not value:
            continue
        codes = {row["value"].casefold(): row["value"] for row in select(lookup, {})}
        if value.casefold() in codes:
            continue
        from ..normalize import find_actors  # the gazetteer loads only for names it must read

        for actor in find_actors(value).actors:
            if actor.country.casefold() in codes:
                params[param] = codes[actor.country.casefold()]
                break
    return params
