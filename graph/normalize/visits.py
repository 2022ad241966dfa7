"""An official's trip to another state is a visit (CAMEO 042, PLOVER CONSULT) of its host.

CAMEO codes a visit as 042 "make a visit" (043 for the host), which the CAMEO -> PLOVER
table maps to CONSULT. The dictionary codes "visit" itself, but the verbs of going
somewhere ("travel", "go", "fly", "head", "come", "arrive", "journey") code nothing
alone: only who goes makes the trip a visit. Once the doer is known, a trip is one when

- the doer is a state, its government or an intergovernmental body (CAMEO sector GOV,
  DIP or LEG, or IGO): "the French foreign minister will travel to Moscow", "two U.N.
  envoys went to Damascus";
- the trip goes to a state, its government or a place of another state than the
  doer's: the host is that state (a place's country: "flew to Aleppo" -> Syria), or the
  government the text names ("went to Damascus" -> the Syrian government).

Movements of forces and people are no visits: "fighters travelled to Turkey", "troops
reached the outskirts", "refugees arrived in Greece" keep their class, as does a trip home
("the minister returned to Paris", "the president flew to his own capital").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event
from .countries import country_by_alpha2, country_by_alpha3, country_of
from .gazindex import Gazetteer
from .phrase import words_of
from .places import get_place

__all__ = ["with_visits"]

_VISIT = "042"  # CAMEO: make a visit
_INSPECTION = "090"  # CAMEO: investigate ("INSPECTOR * VISIT [090]")
# Doers whose trip is an inspection: "inspectors went to Iraq to check the sites".
_INSPECTORS = frozenset(words_of("inspector inspectors investigator investigators"))
# Verbs of going somewhere (CAMEO's GO_SOMEWHERE and ARRIVE blocks, less leaving).
_TRIP_VERBS = frozenset(words_of("travel go fly head come arrive journey"))
# Prepositions naming where a trip goes: "travelled to", "arrived in", "headed for"
# ("into" is how forces go: "troops went into Syria").
_GOAL_PREPS = frozenset(words_of("to in at for"))
# CAMEO sectors of a state's civilian officials: government, diplomats, legislators.
_OFFICIAL_SECTORS = frozenset(words_of("GOV DIP LEG"))
# Heads of a doer's phrase naming a state's official, when the phrase resolves to the state
# itself ("Egypt's foreign minister" -> Egypt): no forces, no people.
_OFFICIAL_TITLES = frozenset(
    words_of(
        "minister ministers president premier chancellor envoy envoys ambassador ambassadors "
        "diplomat diplomats delegation delegations secretary king emir officials"
    )
)
# What a trip's goal can be to have a host: a state, its government, a place in it.
_STATE_TYPES = frozenset(words_of("country government"))
_HOST_TYPES = _STATE_TYPES | {"location"}
# Classes a trip's verb gets without a visit: nothing, or CAMEO 040's consultation.
_UNCODED = frozenset(words_of("OTHER RELATION CONSULT"))
# CAMEO's "FLY * TO" 036 (intent to meet): the flight is the visit itself.
_MEETING_INTENT = "036"


def with_visits(events: Iterable[Event], gaz: Gazetteer) -> Iterator[Event]:
    """Yield events, an official's trip to another state becoming CAMEO 042 CONSULT.

    Args:
        events: One document's normalised events.
        gaz: The actor gazetteer (the host state of a place).
    """
    for event in events:
        host = _host(event, gaz) if _is_official_trip(event) else ""
        if not host:
            yield event
            continue
        if _INSPECTORS & set(event.actor.lower().split()):
            visit = replace(event, action_class="INVESTIGATE", cameo_code=_INSPECTION, mode="")
        else:
            visit = replace(event, action_class="CONSULT", cameo_code=_VISIT, mode="visit")
        yield visit if event.target_type in _STATE_TYPES else _hosted_by(visit, host, gaz)


def _is_official_trip(event: Event) -> bool:
    """Return whether the event is a state's official going somewhere."""
    words = event.action.lower().split()
    uncoded = event.action_class in _UNCODED or event.cameo_code == _MEETING_INTENT
    if event.kind != "event" or not uncoded or not words:
        return False
    if words[0] not in _TRIP_VERBS or len(words) > 2:
        return False
    if len(words) == 2 and words[1] not in _GOAL_PREPS:
        return False  # "went on", "came under": no trip
    if len(words) == 1 and event.target:
        return False  # "headed the delegation": the verb's object is no goal
    # a state itself on the move is its forces ("Turkey went into Syria"): officials only
    code = event.actor_code
    if event.actor_type == "country" and len(code) == 3:
        head = event.actor.lower().split()[-1:]
        return bool(head) and head[0] in _OFFICIAL_TITLES  # "Egypt's foreign minister"
    return code.startswith("IGO") or code[3:6] in _OFFICIAL_SECTORS


def _hosted_by(event: Event, host: str, gaz: Gazetteer) -> Event:
    """Return the visit with its place (target or, with none, location) as its host state."""
    state = gaz.get(host)
    label = state.label if state is not None else host
    code = state.country if state is not None else event.target_code[:3]
    target = event.target or event.location
    return replace(
        event,
        target=target,
        target_id=host,
        target_label=label,
        target_type="country",
        target_code=code,
    )


def _host(event: Event, gaz: Gazetteer) -> str:
    """Return the state hosting the trip's goal, "" when it is none or the doer's own."""
    if not event.target:
        return _arrival_host(event, gaz)
    if event.target_type not in _HOST_TYPES or len(event.target_code) < 3:
        return ""
    iso = event.target_code[:3]
    if iso == event.actor_code[:3] or not iso.isalpha() or iso == "IGO":
        return ""  # a trip home or inside the doer's own country
    if event.target_type == "location":
        return country_by_alpha3(gaz, iso)
    return country_of(gaz, event.target_id)


def _arrival_host(event: Event, gaz: Gazetteer) -> str:
    """Return the state of the place a trip with no goal named ends in ("arrived in Kabul")."""
    place = get_place(event.location_id) if event.location_id else None
    host = country_by_alpha2(gaz, place.country_code) if place is not None else ""
    state = gaz.get(host) if host else None
    if state is None or state.country == event.actor_code[:3]:
        return ""
    return host
