"""Find the canonical actors a typed name means, with close matches when it means none.

For everything a user types as an actor: a query's ``actor=`` parameter,
``view --actor``, ``newsgraph actors``. Running text is matched with case rules
(``US`` only in capitals, ``Turkey`` only capitalised); a typed name is read more
leniently (``us``, ``isis``, ``the kremlin``), since nobody types "us" meaning "we".
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..vocab import slugify
from .actordict import Actor
from .gazetteer import Gazetteer, load_gazetteer, tokens

__all__ = ["ActorMatch", "find_actors", "suggest_actors"]

# How close a name must be to be suggested (difflib's ratio, 0-1).
_CUTOFF = 0.72


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """What a typed name resolves to.

    Attributes:
        actors: The canonical actors the name means (its id, label, an alias, a
            demonym or, for a capital, the state's government and the country), best
            first; empty when it means none.
        via: How it matched: "id", "alias", "demonym", "capital" or "" when it did not.
        suggestions: Actors whose names are close to it (for "did you mean ...?"),
            best first; filled only when ``actors`` is empty.
    """

    actors: tuple[Actor, ...]
    via: str = ""
    suggestions: tuple[Actor, ...] = ()


def find_actors(name: str, *, gazetteer: Gazetteer | None = None, limit: int = 5) -> ActorMatch:
    """Resolve a typed actor name to canonical actors, or suggest close ones.

    Tries the name as a canonical id ("united-states"), then as an alias, demonym
    or capital as typed, then with the case rules of running text relaxed
    ("us" -> US, "isis" -> ISIS, "the kremlin" -> the Kremlin). When nothing
    matches, the suggestions are the actors whose id, label or alias is closest
    ("Untied States" -> United States).

    Args:
        name: The name as the user typed it.
        gazetteer: The actor gazetteer (default: the packaged one).
        limit: Most suggestions to return.

    Returns:
        The match (see :class:`ActorMatch`).

    Example:
        >>> [a.actor_id for a in find_actors("Moscow").actors]
        ['russia']
    """
    gaz = gazetteer or load_gazetteer()
    words = tokens(name)
    if not words:
        return ActorMatch(())
    by_id = gaz.get(name.strip()) or gaz.get(slugify(name))
    if by_id is not None:
        return ActorMatch((by_id,), "id")
    for variant in _variants(name):
        found = gaz.lookup(variant)
        if found is None:
            continue
        actor, via = found
        if via == "capital":
            state = gaz.get(gaz.state_actor(actor.actor_id))
            both = (state, actor) if state is not None and state != actor else (actor,)
            return ActorMatch(both, via)
        return ActorMatch((actor,), via)
    return ActorMatch((), "", suggest_actors(name, gazetteer=gaz, limit=limit))


def _variants(name: str) -> list[str]:
    """Return the spellings to try: as typed, in capitals (short names), capitalised."""
    text = " ".join(name.split())
    out = [text]
    if len(text.replace(".", "")) <= 5:
        out.append(text.upper())  # "us", "isis", "un"
    out.append(" ".join(w[:1].upper() + w[1:] for w in text.split()))  # "the kremlin"
    return list(dict.fromkeys(out))


def suggest_actors(
    name: str, *, gazetteer: Gazetteer | None = None, limit: int = 5
) -> tuple[Actor, ...]:
    """Return the actors whose id, label or alias is closest to ``name``, best first.

    Args:
        name: The name as typed.
        gazetteer: The actor gazetteer (default: the packaged one).
        limit: Most actors to return.
    """
    gaz = gazetteer or load_gazetteer()
    table = gaz.names()
    query = " ".join(w.casefold() for w in tokens(name))
    close = difflib.get_close_matches(query, table, n=limit * 4, cutoff=_CUTOFF)
    found: list[Actor] = []
    for key in close:
        actor = gaz.get(table[key])
        if actor is not None and actor not in found:
            found.append(actor)
    return tuple(found[:limit])
