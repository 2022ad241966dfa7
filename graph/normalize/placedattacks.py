"""A town named before the attack that hurt people is where it struck, not who (issue 14).

Headlines name an attack by its place: "47 killed in Idleb blast", "Dozens killed in
Ariha market air strikes". The extractor reads the modifier before the attack noun as
its owner, as it must for "Russian strikes" or "US strikes"; normalisation then finds a
town, not a state, and keeps the harm as a fact with the town as doer. An event coder
codes it "? kill dozens, in Ariha": the attack ("Ariha market air strikes") is the doer
phrase, unresolved, and the town its place, so that :mod:`.unownedharms` keeps the
killing as an event by someone the clause does not name. Only a harm told "in/during"
the attack that ends its relation, and only an actor resolved as a location (a country
owns its strikes).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..extract.lexicon import HURT_VERBS
from ..model import UNRESOLVED, Event
from .agency import is_attack_head
from .places import link_place

__all__ = ["with_placed_attacks"]

# The actor type of a place the gazetteer knows as a town, a district or a province.
_PLACE_TYPE = "location"


def with_placed_attacks(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events, a town's harm fact turned into its attack's fact."""
    for event in events:
        attack = _placed_attack(event)
        if attack is None:
            yield event
            continue
        place = link_place(event.actor)
        yield replace(
            event,
            actor=attack,
            actor_id="",
            actor_label="",
            actor_type=UNRESOLVED,
            actor_code="",
            location=event.location or event.actor,
            location_id=event.location_id or (place.id if place is not None else ""),
        )


def _placed_attack(event: Event) -> str | None:
    """Return the attack phrase a town's harm fact ends with: "Idleb Blast", or None.

    "Killed in Idleb Blast" (actor "Idleb") -> "Idleb Blast"; "killed in the Idleb
    countryside" (no attack noun) and "Idleb killed 20" (no phrase) -> None.
    """
    if event.kind != "relation" or event.actor_type != _PLACE_TYPE:
        return None
    if event.action not in HURT_VERBS or not event.target:
        return None
    words, actor = event.relation.split(), event.actor.split()
    for at in range(1, len(words) - len(actor)):
        if words[at - 1].lower() in {"in", "during"} and words[at : at + len(actor)] == actor:
            attack = words[at:]
            return " ".join(attack) if is_attack_head(attack[-1].lower()) else None
    return None
