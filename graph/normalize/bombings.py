"""Attacks the story tells as planted bombings: PLOVER's ASSAULT, not FIGHT (issue 14).

The codebook's ASSAULT covers "suicide, car, or other non-military bombing" (CAMEO 183,
modes "suicide-attack" and "explosives": "any explosive not incorporated in a heavy
weapon"); bombing from the air stays FIGHT. Once the doer is known, three tellings are
such a bombing, whatever the clause's verb:

- a bombing or a bomber of an armed group, which has no air force: "the group has carried
  out several bombings in the region", "the group's bombers targeted two posts" (not
  "Tupolev bombers", "the regime's bombing", "the coalition's bombing campaign");
- a clause whose own words name a suicide attack or a vehicle bomb, whoever did it:
  "20 were killed due to a car bomb attack", "three were killed in a suicide bombing",
  "two suicide bombers penetrated the police station" (coded as coercion)
  (the extractor reads the means of most such clauses; this also reaches the ones whose
  phrase it missed);
- a bomb that names no owner, in a sentence that names no aircraft: "a bomb exploded
  aboard a bus, killing a woman" ("a bomb dropped by a helicopter" is an air raid; "sites
  hit by bombs and shells" are bombardment).

A countering act ("destroyed two car bombs", "foiled a suicide attack") is no bombing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event
from .instruments import AIR_FORCE_WORDS, AIRCRAFT_WORDS
from .phrase import words_of

__all__ = ["with_planted_bombings"]

# Classes a bombing is miscoded as: conventional force, or coercion ("two suicide
# bombers stormed the station" read as a raid).
_FORCE = frozenset({"FIGHT", "COERCE"})
_SUICIDE = re.compile(r"\bsuicide\b", re.I)
_VEHICLE_BOMB = re.compile(
    r"\b(?:car|truck|lorry)[- ]?bomb(?:s|ing|ings|er|ers)?\b|\b(?:vb)?ieds?\b", re.I
)
# Nouns of a bombing or a bomber, and of a bare bomb; words before a bomb that make it
# an air-dropped one ("barrel bombs", "an aerial bomb").
_BOMBING_NOUNS = re.compile(
    r"\bbomb(?:ings?|ers?)\b|\bbomb (?:attacks?|blasts?|explosions?)\b", re.I
)
# One bomb: "bombs and shells" that hit sites are the air force's and the artillery's.
_BARE_BOMB = re.compile(r"^(?:a|an|the|one|another)? ?bomb$", re.I)
_DROPPED = frozenset(
    words_of("barrel aerial cluster vacuum incendiary phosphorus dropped dropping")
)
# A bomber may be a plane, but a group's bombers are not: its aircraft are named otherwise.
_AIR = (AIR_FORCE_WORDS | AIRCRAFT_WORDS | _DROPPED) - {"bomber", "bombers"}
# Verbs that counter a bomb or a bombing rather than set it off.
_COUNTERING = frozenset(
    words_of("foil thwart destroy defuse dismantle intercept repel repulse prevent stop seize find")
)
_WORD = re.compile(r"[a-z][a-z-]*")


def with_planted_bombings(events: Iterable[Event]) -> Iterator[Event]:
    """Yield events, an attack the story tells as a planted bombing becoming ASSAULT.

    Args:
        events: One document's normalised events.
    """
    for event in events:
        mode = _planted_mode(event)
        yield replace(event, action_class="ASSAULT", mode=mode) if mode else event


def _planted_mode(event: Event) -> str:
    """Return the ASSAULT mode of an attack told as a planted bombing, else ""."""
    if event.kind != "event" or event.action_class not in _FORCE:
        return ""
    if event.action.split()[0].lower() in _COUNTERING:
        return ""  # "destroyed five car bombs", "foiled a suicide attack"
    told = " ".join((event.actor, _own_words(event), event.instrument))
    if _air_words(told):
        return ""  # "the group's bombers" may be aircraft only when the text says so
    if _SUICIDE.search(told):
        return "suicide-attack"
    if _VEHICLE_BOMB.search(told):
        return "explosives"
    if event.action_class != "FIGHT":
        return ""  # a bomber's coercion is a bombing only when named a suicide or car bomber
    if event.actor_type == "armed-group" and _BOMBING_NOUNS.search(told):
        return "explosives"  # "the group has carried out several bombings"
    if event.actor_type == "unresolved" and _BARE_BOMB.match(event.actor.strip()):
        return "" if _air_words(event.provenance.sentence) else "explosives"
    return ""


def _own_words(event: Event) -> str:
    """Return the clause's relation without its target ("were killed in a car bomb attack")."""
    relation = event.relation
    if event.target and event.target in relation:
        relation = relation.replace(event.target, " ")
    return relation


def _air_words(text: str) -> bool:
    """Return whether a text names aircraft or an air-dropped bomb ("barrel bombs", "jets")."""
    return any(w in _AIR for w in _WORD.findall(text.lower()))
