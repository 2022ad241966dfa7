"""Find the canonical actors a typed name means, and the names closest to a typed one.

For everything a user types as an actor: a query's ``actor=`` parameter,
``view --actor``, ``newsgraph actors``. Running text is matched with case rules
(``US`` only in capitals, ``Turkey`` only capitalised); a typed name is read more
leniently (``us``, ``isis``, ``the kremlin``), since nobody types "us" meaning "we".

:func:`close_names` is the one "did you mean ...?" ranking of the package: the
gazetteer's suggestions and every name a command checks against a graph (actors,
places, action classes, documents, actor types, named queries) go through it.
"""

from __future__ import annotations

import difflib
import heapq
from collections.abc import Iterable
from dataclasses import dataclass

from ..vocab import slugify
from .actordict import Actor
from .gazetteer import Gazetteer, load_gazetteer, tokens

__all__ = ["ActorMatch", "close_names", "find_actors", "suggest_actors"]

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
    found: list[Actor] = []
    # several names may mean one actor: ask for more names than actors wanted
    for key in close_names(name, table, limit=limit * 4):
        actor = gaz.get(table[key])
        if actor is not None and actor not in found:
            found.append(actor)
    return tuple(found[:limit])


def close_names(typed: str, names: Iterable[str], *, limit: int = 5) -> list[str]:
    """Return up to ``limit`` of ``names`` closest to ``typed``, best first.

    Names are compared by their words with case ignored ("untied states" is close
    to "United States"). First come the spellings :mod:`difflib` finds close,
    then the names holding every word typed, shortest first ("Assad" ->
    "Bashar al-Assad").

    Args:
        typed: What the user typed.
        names: What there is.
        limit: How many to return at most.

    Returns:
        Names from ``names``, as given; empty when none is close.

    Example:
        >>> close_names("Hezbolah", ["Hezbollah", "Hamas"])
        ['Hezbollah']
    """
    by_key: dict[str, str] = {}
    for known in sorted(set(names)):
        by_key.setdefault(_key(known), known)
    by_key.pop("", None)
    key = _key(typed)
    if not key:
        return []
    close = difflib.get_close_matches(key, list(by_key), n=limit, cutoff=_CUTOFF)
    words = set(key.split())
    holding = heapq.nsmallest(
        limit, (k for k in by_key if words <= set(k.split())), key=lambda k: (len(k), k)
    )
    return [by_key[k] for k in list(dict.fromkeys([*close, *holding]))[:limit]]


def _key(name: str) -> str:
    """Return a name as compared: its words, casefolded ("US-led" -> "us led")."""
    return " ".join(word.casefold() for word in tokens(name))
