"""An attack told through its weapon, with its doer named elsewhere: the doer is its actor.

"Rebels shelled the airport on Monday. The rockets hit a school": once
:mod:`graph.normalize.attackers` finds the rockets are the rebels', the event is the rebels'
act, written as the story names them ("Rebels"), and "The rockets" is its instrument
(``Event.instrument``): a weapon or an attack noun is not an actor (issue 14). An owner the
phrase names itself ("Rebel rockets hit a school") keeps the phrase as the actor.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Event
from .agency import head_words, is_attack_head
from .phrase import PRONOUNS, words_of

__all__ = ["AIRCRAFT_WORDS", "AIR_FORCE_WORDS", "GROUND_WORDS", "told_through"]

# Words of a weapon or an attack from the air that only a state's air force has ("barrel
# bombs", "air raids", "warplanes", "sorties"): an armed group fires none of them. Not
# "drones" or "planes", which an armed group may fly, as AIRCRAFT_WORDS has them.
AIR_FORCE_WORDS = frozenset(
    words_of(
        "air airstrike airstrikes airpower aerial warplane warplanes jet jets fighter-jets "
        "aircraft helicopter helicopters gunship gunships barrel barrel-bomb barrel-bombs "
        "sortie sorties bomber bombers"
    )
)
# Words of anything that flies, a state's or a group's ("jets", "drones", "planes",
# "aviation"): an aircraft fires no ground weapon ("a car bomb").
AIRCRAFT_WORDS = frozenset(
    words_of(
        "jets jet warplanes warplane planes plane aircraft helicopters helicopter drones drone "
        "bombers air airstrikes aviation"
    )
)
# Weapons of the ground, which no aircraft fires: "mortar shells", "a car bomb".
GROUND_WORDS = frozenset(
    words_of(
        "car truck suicide motorcycle motorbike roadside booby mortar mortars mine mines "
        "landmine landmines ied ieds sniper gunfire gunmen shell shells shelling artillery "
        "rocket rockets blast blasts explosion explosions gunshots bullets"
    )
)

# A bomber is a plane ("six long-range bombers") or a person: "a suicide bomber", "a
# motorcycle bomber" is the one who did it, never a weapon of someone else's.
_BOMBERS = frozenset({"bomber", "bombers"})
_PERSON_MARKS = frozenset({"suicide", "motorcycle", "motorbike", "car", "truck", "would-be"})


def told_through(event: Event, doer: str) -> Event:
    """Return the attack with ``doer`` (a mention of who did it) as its actor.

    The weapon span moves to ``instrument``. Nothing changes when the actor is no weapon
    or attack noun, or when the doer is written with a pronoun ("they", "its forces" of
    another sentence say nothing next to this one), or in the actor's own words.

    Args:
        event: An attack given its doer from the story or a claim.
        doer: The doer's words where the story names it ("the US-led coalition").
    """
    words = head_words(event.actor)
    weapon = bool(words) and is_attack_head(words[-1].lower()) and not _is_person(words)
    said = doer.split()
    if event.instrument or not weapon or not said:
        return event
    if said[0].lower() in PRONOUNS or doer.lower() == event.actor.lower():
        # "they", "its forces" of another sentence say nothing here; nor "warplanes" again
        return event
    return replace(event, actor=doer, instrument=event.actor)


def _is_person(words: list[str]) -> bool:
    """Return whether a bomber phrase names a person: "A motorcycle bomber", "suicide bombers"."""
    lowered = [w.lower() for w in words]
    return lowered[-1] in _BOMBERS and any(w in _PERSON_MARKS for w in lowered[:-1])
