"""A span of time or a manner is no target: "fought for the first time", "a second day".

The parser can hang an adverbial noun phrase on a verb as its object: "this is not the
first time rebels fought" (the antecedent of "that"), "evacuated the day before",
"vowed to devote equal energy to fighting X". Such a phrase names no party and no
place; an event coder leaves the target empty (so a place the attack hit may still be
found, see :mod:`graph.normalize.placetargets`). Only coded events: a copular fact
("the strike was the first time ...") keeps its complement, an uncoded everyday act
("they eat on alternate days") its object.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Event
from .phrase import clean, words_of

__all__ = ["without_measure_target"]

# Nouns of a span of time or of a manner, which measure an act and never undergo it.
_MEASURE_NOUNS = frozenset(
    words_of(
        "time times day days week weeks month months year years night nights hour hours "
        "minute minutes weekend weekends morning mornings evening evenings afternoon "
        "afternoons decade decades energy vigour vigor zeal"
    )
)
# Longer spans are clauses or descriptions whose last word is not their head.
_MAX_WORDS = 4


def without_measure_target(event: Event) -> Event:
    """Return an event whose target is a span of time or a manner without it, else the event."""
    if event.kind != "event" or not event.target or event.action_class in ("", "OTHER"):
        return event  # an everyday act's object stays: "they eat on alternate days"
    words = clean(event.target)
    if not words or len(words) > _MAX_WORDS or words[-1].lower() not in _MEASURE_NOUNS:
        return event
    if any(word[:1].isupper() for word in words):
        return event  # a name: "Operation Dawn", "the Sunday Times"
    return replace(event, target="")
