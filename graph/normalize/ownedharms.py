"""Killings by an attack whose phrase names its owner stay events (issue 14).

"A reporter was killed in a Daesh-orchestrated car bombing", "a string of IS bombings
left 134 people dead", "rounds of shelling by militants left eleven dead": the
extractor keeps the killing as the attack's fact when it reads no doer in the phrase
(see :mod:`graph.extract.unownedcauses`, :mod:`graph.extract.results`), but the actor
resolves to the side the phrase names (Islamic State, the gunmen), as "IS bombings
killed 134" does. An event coder codes that side killing the victims, as for
:mod:`graph.normalize.unownedharms`, whose doer is unknown. Only a fact

- whose action hurts people and which has its victims, stated and not denied;
- whose actor phrase is a weapon or a one-sided attack ("the bombing", "rounds of
  shelling"), not a clash or a war ("fierce clashes between militants", "the fighting
  between X and Y": two sides), nor the harm's own noun ("the killing of ten");
- whose actor resolved to a side that acts (a state, its army, an armed group, an
  organisation, a person), not a place ("a mortar attack on a district of Deir Ezzor").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..extract.lexicon import HURT_VERBS, RECIPROCAL_NOUNS, WHOLE_CONFLICT_NOUNS
from ..model import Event
from .agency import AGENT_TYPES, head_words, is_attack_head

__all__ = ["kept_owned_harms"]

# Classes of an attack one side makes.
_ATTACKS = frozenset({"ASSAULT", "FIGHT"})
# Sides that act, not the civilians an attack phrase may be read as ("the lives of ...").
_SIDES = AGENT_TYPES - {"civilian"}
# Heads of a fight of two sides or a whole war, lending the harm to no one side.
_NOT_ONE_SIDED = RECIPROCAL_NOUNS | WHOLE_CONFLICT_NOUNS


def kept_owned_harms(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events, a killing by an attack its phrase owns kept as an event.

    Args:
        events: The normalised events of one document, owners already looked for.
    """
    for event in events:
        yield replace(event, kind="event") if _is_owned_harm(event) else event


def _is_owned_harm(event: Event) -> bool:
    """Return whether a fact is people hurt by an attack of the side its phrase names."""
    if not (
        event.kind == "relation"
        and event.action in HURT_VERBS
        and event.action_class in _ATTACKS
        and event.polarity == "pos"
        and event.actor_type in _SIDES
        and bool(event.target)
    ):
        return False
    words = [w.lower() for w in head_words(event.actor)]
    head = words[-1] if words else ""
    if not head or {head, head.rstrip("s")} & _NOT_ONE_SIDED:
        return False  # "fierce clashes between militants": two sides
    return is_attack_head(head) and not head.startswith(tuple(HURT_VERBS))
