"""In "X and Y blamed each other" each side's target is the other side, never itself.

The extractor gives each of coordinated subjects its own event with the same act and the
target "each other" (or "one another"), which resolves to nothing or, through its words,
to the actor itself. :func:`settle_reciprocal_targets` gives each such event the one other
side that did the same act in the same sentence:

* "The army and the rebels accused each other of breaking the truce." -> the army
  accuses the rebels, the rebels accuse the army.

One side alone ("rival factions fought one another") or more than two keep their target.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event

_RECIPROCALS = frozenset({"each other", "one another"})


def settle_reciprocal_targets(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events with "each other" targets turned to the other side.

    Args:
        events: A document's normalised events, in document order.

    Yields:
        The same events; a reciprocal target takes the actor of the one other event of
        its sentence with the same action and another actor.
    """
    batch = list(events)
    for event in batch:
        other = _other_side(event, batch) if _is_reciprocal(event) else None
        if other is None:
            yield event
            continue
        yield replace(
            event,
            target_id=other.actor_id,
            target_label=other.actor_label,
            target_type=other.actor_type,
            target_code=other.actor_code,
        )


def _is_reciprocal(event: Event) -> bool:
    return event.actor_id != "" and event.target.strip().lower() in _RECIPROCALS


def _other_side(event: Event, batch: list[Event]) -> Event | None:
    """Return the one other actor of the same act in the same sentence, or None."""
    prov = event.provenance
    others = {
        e.actor_id: e
        for e in batch
        if _is_reciprocal(e)
        and e.provenance.sentence_index == prov.sentence_index
        and e.provenance.source == prov.source
        and e.action == event.action
        and e.actor_id != event.actor_id
    }
    return next(iter(others.values())) if len(others) == 1 else None
