"""One type per actor across documents: the decision, and its use on events.

Each document types the actors it names from its own evidence: "Governor Jane Doe"
is a person, the bare "Jane Doe" of another story is only a name ("other"); "the
village of X" is a place, a bare "X" elsewhere is a name. The graph then holds one
node with several types. :func:`choose_type` settles them once for the whole graph,
the same way for events (:func:`settle_types`) and for a store
(:mod:`graph.store.settle`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..model import ACTOR_TYPES, UNRESOLVED, Event

__all__ = ["choose_type", "settle_types"]

# "other" says only that a document found no kind for the name, so it is no vote
# against a kind another document found.
_NO_KIND = "other"


def choose_type(votes: Mapping[str, int]) -> str:
    """Return the one type of an actor that documents typed differently.

    The type most documents give wins; "other" wins only when no document gives a
    kind. Ties go to the type listed first in ``model.ACTOR_TYPES`` (a state before
    its organs, a group before a person, a person before a place).

    Args:
        votes: Number of documents that give each type.

    Returns:
        The type; "" when there are no votes.
    """
    kinds = {t: n for t, n in votes.items() if t != _NO_KIND and n > 0} or dict(votes)
    if not kinds:
        return ""
    order = {t: i for i, t in enumerate(ACTOR_TYPES)}
    return min(kinds, key=lambda t: (-kinds[t], order.get(t, len(order)), t))


def settle_types(events: Iterable[Event]) -> list[Event]:
    """Return the events with one type per actor id, as the graph shows them.

    Args:
        events: Normalised events of any number of documents.

    Returns:
        The same events in the same order; a role whose id other documents type
        differently gets the type :func:`choose_type` decides (unresolved roles
        are left alone).
    """
    events = list(events)
    seen: set[tuple[str, str, str]] = set()
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for event in events:
        for actor_id, kind in _roles(event):
            key = (actor_id, kind, event.provenance.doc_id)
            if key not in seen:
                seen.add(key)
                votes[actor_id][kind] += 1
    chosen = {i: choose_type(v) for i, v in votes.items() if len(v) > 1}
    if not chosen:
        return events
    return [_retyped(event, chosen) for event in events]


def _roles(event: Event) -> Iterable[tuple[str, str]]:
    roles = ((event.actor_id, event.actor_type), (event.target_id, event.target_type))
    for actor_id, kind in roles:
        if actor_id and kind and kind != UNRESOLVED:
            yield actor_id, kind


def _retyped(event: Event, chosen: Mapping[str, str]) -> Event:
    actor = chosen.get(event.actor_id) if event.actor_type != UNRESOLVED else None
    target = chosen.get(event.target_id) if event.target_type != UNRESOLVED else None
    if actor is None and target is None:
        return event
    return replace(
        event,
        actor_type=actor or event.actor_type,
        target_type=target or event.target_type,
    )
