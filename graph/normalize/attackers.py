"""Who fired an unowned weapon: the attacker the story has just named (issue 14).

News names the attacker once and then tells the attack through its weapons: "Terrorists
fired rocket shells at the Midan district. Two rounds hit a school, injuring three
pupils." The second sentence names no one, but its rounds are the terrorists'. An
attack event whose actor the extractor left unresolved (a weapon or an attack with no
owner in its clause) takes the attacker of the last one-sided attack in the same or the
two sentences before, when that attacker is an agent (a state, an army, an armed
group ...). Nothing is guessed across a longer gap, and a clash ("X fought Y") names two
sides, so it lends neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import UNRESOLVED, Event
from .agency import AGENT_TYPES

__all__ = ["owned_by_context"]

# Classes of an attack whose doer an unowned weapon can stand for.
_ATTACKS = frozenset({"ASSAULT", "FIGHT"})
# Verbs of two sides: neither side is the lone attacker the story goes on with.
_MUTUAL = frozenset({"clash", "fight", "battle", "exchange", "skirmish", "engage"})
# How many sentences back an attacker is still the one the story is telling of.
_REACH = 2


def owned_by_context(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events, an unowned attack taking the last attacker named.

    Args:
        events: The normalised events of one document, in document order.
    """
    last: Event | None = None
    for event in events:
        if _is_unowned_attack(event) and last is not None and _near(last, event):
            event = replace(
                event,
                actor_id=last.actor_id,
                actor_label=last.actor_label,
                actor_type=last.actor_type,
                actor_code=last.actor_code,
            )
        elif _is_named_attack(event):
            last = event
        yield event


def _is_unowned_attack(event: Event) -> bool:
    return (
        event.kind == "event"
        and event.actor_type == UNRESOLVED
        and event.action_class in _ATTACKS
        and event.polarity == "pos"
    )


def _is_named_attack(event: Event) -> bool:
    verb = event.action.split()[0]
    return (
        event.kind == "event"
        and event.action_class in _ATTACKS
        and event.actor_type in AGENT_TYPES - {"civilian", "person"}
        and bool(event.actor_id)
        and verb not in _MUTUAL
        and event.polarity == "pos"
        and event.modality == "asserted"
    )


def _near(attacker: Event, event: Event) -> bool:
    gap = event.provenance.sentence_index - attacker.provenance.sentence_index
    return 0 <= gap <= _REACH
