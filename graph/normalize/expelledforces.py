"""Armed men driven from ground are fought, not deported (issue 14).

The dictionary codes "drove X out", "pushed X out", "ousted", "expelled", "cleared the
area of X" as CAMEO 174 (expel or deport individuals, PLOVER COERCE "deport"), coercion
short of violence. Armed men driven from a town by armed men are beaten in battle, the
class of "push back" (FIGHT); the extractor reads it so when its own sentence tells the
expelled are armed (:mod:`graph.extract.expulsions`: "ousted the jihadists"). A pronoun,
a bare name or a group's name it cannot tell ("pushed them out of the province", "ousted
Daesh from the city", "pushed the Islamic State group out of the town") is known to be
armed only here, once the target is resolved to an armed group or a military.
Civilians, a country's people, diplomats or members expelled stay expulsions ("drove
thousands of villagers from their homes"), and so do deportations and extraditions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event

__all__ = ["with_armed_expelled"]

# Verbs of driving out of a place (not "deported", "extradited": a state's legal acts).
_DRIVING_OUT = frozenset(
    {"expel", "oust", "evict", "drive", "push", "kick", "chase", "flush", "clear", "rout"}
)
# Target types of armed men.
_ARMED = frozenset({"armed-group", "military"})


def with_armed_expelled(events: Iterable[Event]) -> Iterator[Event]:
    """Yield events, an expulsion of armed men becoming the fighting that drove them out.

    Args:
        events: One document's normalised events.
    """
    for event in events:
        if _expels_armed_men(event):
            yield replace(event, action_class="FIGHT", cameo_code="", mode="")
        else:
            yield event


def _expels_armed_men(event: Event) -> bool:
    """Return whether an event is an expulsion (COERCE) whose target is armed men."""
    verb = event.action.split()[0] if event.action else ""
    if event.action_class != "COERCE" or verb not in _DRIVING_OUT:
        return False
    expulsion = event.mode == "deport" or event.cameo_code.startswith("174")
    named = verb in {"expel", "oust", "evict"}  # coded by its verb label alone
    return (expulsion or named) and event.target_type in _ARMED
