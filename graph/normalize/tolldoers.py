"""Victims told among a toll, hurt by the attack of the sentence just before (issue 14).

"Russian jets struck the town on Monday. Three children were among the dead." The
second sentence names no harm verb and no attack, but the dead are those of the attack
just told: an event coder codes "Russia kill three children". The extractor keeps such
victims as a fact ("three children be killed", see :mod:`graph.extract.tollnouns`);
this module makes it the harm of the one side whose attack or killing the sentence just
before states, or, when that attack's doer is unnamed ("A car bomb exploded in the
market"), the same unnamed doer's harm, as such kills are kept
(:mod:`graph.normalize.unownedharms`). The fact is dropped (it says no more than the
toll did, and may be only a first report: "the groom was among the dead, but he was
found safe") and nothing taken when the sentence before tells
no attack, attacks of two sides or a fight between sides ("clashes"), an attack denied
or not stated as done, or when the victims are the attacker's own men ("Rebels stormed
the base. Among the dead were six rebels").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..extract.tollcounts import TOLL_COUNT
from ..extract.tollnouns import TOLL_RELATION
from ..model import UNRESOLVED, Event
from .plainpassives import is_own_target, is_plain_passive

__all__ = ["with_toll_doers"]

# The victims' facts of a toll, with the harm done to them.
_HARMS = {"be killed": "kill", "be wounded": "wound", "be injured": "injure"}
# Classes of an attack one side makes.
_ATTACKS = frozenset({"ASSAULT", "FIGHT"})
# Verbs of a fight of two sides: "where the army is battling the group" kills on no one side.
_FIGHTS = frozenset({"battle", "fight", "clash", "clash with", "fight with", "battle with"})
# Types of the victims an attack of their own country's side may still hurt.
_NONCOMBATANTS = frozenset({"civilian"})


def with_toll_doers(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events, a toll's victims hurt by the attack just before.

    Args:
        events: The normalised events of one document, owners already looked for.
    """
    batch = list(events)
    attacked = {e.provenance.sentence_index for e in batch if _is_attack(e)}
    for event in batch:
        if _is_count_toll(event) and event.provenance.sentence_index in attacked:
            yield event  # "X shelled Y claiming the lives of 9": the toll of its own attack
        elif _is_toll_fact(event):
            attack = _attack_before(event, batch)
            if attack is not None and not _own_side(event, attack):
                yield _hurt_by(event, attack)
            elif _is_count_toll(event):
                yield event  # "32 are dead" after no attack: "? kill 32" all the same
        elif is_plain_passive(event, batch):
            # "Rebels shelled X. A doctor was killed.": kept as it was unless hurt by them
            attack = _attack_before(event, batch)
            if attack is None or _own_side(event, attack) or not is_own_target(event, attack):
                yield event
            else:
                yield _hurt_by(event, attack)
        else:
            yield event


def _is_toll_fact(event: Event) -> bool:
    """Return whether an event is the fact of victims told among a toll."""
    return (
        event.kind == "relation"
        and event.action in _HARMS
        and event.relation.startswith((TOLL_RELATION, TOLL_COUNT))
    )


def _is_count_toll(event: Event) -> bool:
    """Return whether an event is the fact of a toll told with no harm verb ("32 dead")."""
    return event.kind == "relation" and event.relation.startswith(TOLL_COUNT)


def _is_attack(event: Event) -> bool:
    """Return whether an event is one side's attack stated as done."""
    return (
        event.kind == "event"
        and event.action_class in _ATTACKS
        and event.polarity == "pos"
        and event.modality == "asserted"
    )


def _attack_before(event: Event, batch: list[Event]) -> Event | None:
    """Return the one side's attack the sentence before the toll states, else None."""
    if event.polarity != "pos" or event.modality != "asserted":
        return None
    before = event.provenance.sentence_index - 1
    attacks = [e for e in batch if e.provenance.sentence_index == before and _is_attack(e)]
    named = [e for e in attacks if e.actor_type != UNRESOLVED and e.actor_id]
    if _two_sided(named, attacks):
        return None  # "X clashed with Y", "where X is battling Y"
    if named:
        # "rebels shelled X and the army bombed Y": whose dead the toll counts is open
        return named[0] if len({e.actor_id for e in named}) == 1 else None
    unnamed = {e.actor for e in attacks}
    return attacks[0] if len(unnamed) == 1 else None  # "a car bomb exploded"


def _two_sided(named: list[Event], attacks: list[Event]) -> bool:
    """Return whether the sentence tells a fight: "X battled Y", X and Y attack each other."""
    if any(e.action in _FIGHTS for e in attacks):
        return True
    pairs = {(e.actor_id, e.target_id) for e in named}
    return any((target, actor) in pairs for actor, target in pairs if target)


def _own_side(event: Event, attack: Event) -> bool:
    """Return whether the victims are the attacker's own: "six rebels" of the rebels' raid."""
    victims, doer = event.actor_id, attack.actor_id
    if not victims or not doer:
        return False
    if victims == doer or victims.split("/")[-1] == doer.split("/")[-1] and "/" in doer:
        return True
    return victims.startswith(doer + "/") and event.actor_type not in _NONCOMBATANTS


def _hurt_by(event: Event, attack: Event) -> Event:
    """Return the victims' fact as the attacker's harm of them."""
    return replace(
        event,
        kind="event",
        actor=attack.actor,
        action=_HARMS[event.action],
        target=event.actor,
        actor_id=attack.actor_id,
        actor_label=attack.actor_label,
        actor_type=attack.actor_type,
        actor_code=attack.actor_code,
        target_id=event.actor_id,
        target_label=event.actor_label,
        target_type=event.actor_type,
        target_code=event.actor_code,
        action_class=attack.action_class,
        cameo_code=attack.cameo_code,
        instrument=attack.instrument,
    )
