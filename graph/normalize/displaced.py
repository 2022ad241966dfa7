"""Civilians' flight: the displaced, not a side that withdraws (private to normalize).

PLOVER's RETREAT is a party's de-escalation: a force withdraws from a town, a group
surrenders. Civilians who flee the fighting are displaced by it; an analyst codes the
attack or the expulsion that drove them out, never the refugees' RETREAT:

- "nearly half the villagers have fled their houses", "thousands of villagers fled
  into the hills", "families were killed as they fled the valley" (the pronoun is
  the families), "residents were prevented from leaving the district", "evacuees
  driven out of the town".

The extractor already keeps a clause whose subject it reads as civilians out of the
event count (:mod:`graph.extract.everyday`); who "they", "the population" or a subject
the parse lost is, is known only here, once the actor has been resolved. Flight by a
force stays an event ("the militants fled the town", "troops left the base"), and so
does what civilians do to someone ("the men surrendered to the army" is no flight).
"""

from __future__ import annotations

from ..model import Event
from .phrase import Ref

__all__ = ["is_civilian_flight"]

# Verbs of going away from a place: the flight of the displaced when civilians go.
_GOING = frozenset({"leave", "evacuate", "abandon", "desert", "depart"})
# Verbs of flight, whatever class they were given ("refugees fled across the border").
_FLEEING = frozenset({"flee", "escape"})


def is_civilian_flight(event: Event, actor: Ref) -> bool:
    """Return whether an event is civilians fleeing, coded as the RETREAT of a side.

    Args:
        event: The event, classed ("residents fled the town": RETREAT).
        actor: Its resolved doer ("residents": civilians).
    """
    verb = event.action.split()[0] if event.action else ""
    if event.kind != "event" or actor.actor_type != "civilian":
        return False
    return verb in _FLEEING or verb in _GOING and event.action_class == "RETREAT"
