"""Victims of a plain passive, "A doctor was killed.", told right after an attack (issue 14).

"Rebels shelled the district. A doctor was killed." The second sentence names no doer,
no attack and no circumstance: a coder codes the rebels killing the doctor, as
:mod:`graph.normalize.tolldoers` does for "a doctor was among the dead". This module
tells which passive facts are that plain: a killing, wounding or injuring stated as
done, the sentence opening on its victims, with no attack of its own, no time, place,
cause or agent after the verb ("in a car accident", "by a sniper", "last year", "in
Homs"), and no words that tell another happening ("when", "after", "since").
"""

from __future__ import annotations

import re

from ..extract.tollnouns import TOLL_RELATION
from ..model import Event

__all__ = ["is_plain_passive", "is_own_target"]

# Harms a plain passive states of its victims.
_HARMS = frozenset({"be killed", "be wounded", "be injured"})
# Classes of an attack the passive's own sentence may tell.
_ATTACKS = frozenset({"ASSAULT", "FIGHT"})
# Words that open a cause, agent, place, time or other happening after the verb.
_CIRCUMSTANCE = frozenset(
    {
        *("in", "at", "on", "near", "by", "from", "of", "during", "after", "before"),
        *("when", "while", "as", "since", "until", "where", "because", "due"),
        *("last", "ago", "yesterday", "today", "earlier", "later", "previously"),
        *("accident", "accidents", "crash", "clash", "clashes", "fighting", "battle", "battles"),
    }
)
_AT_LEAST = re.compile(r"\b(at least|at most)\b", re.IGNORECASE)
_COUNT = re.compile(r"(?:(?:at least|some|about|nearly) )?\d+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")


def is_plain_passive(event: Event, batch: list[Event]) -> bool:
    """Return whether a fact is victims hurt in a passive that tells nothing else."""
    if not (
        event.kind == "relation"
        and event.action in _HARMS
        and not event.relation.startswith(TOLL_RELATION)
        and not event.time
        and not event.location
    ):
        return False
    same = [e for e in batch if e.provenance.sentence_index == event.provenance.sentence_index]
    if any(e.kind == "event" and e.action_class in _ATTACKS for e in same):
        return False
    harms = [e for e in same if e.action in _HARMS]
    return _bare(event.provenance.sentence, harms)


def _bare(text: str, harms: list[Event]) -> bool:
    """Return whether a sentence opens on its victims, then their harm, and nothing else."""
    opening = next((e for e in harms if e.actor and text.startswith(e.actor)), None)
    if opening is None:
        return False
    rest = text[len(opening.actor) :].lstrip()
    if not rest.lower().startswith(opening.relation.lower()):
        return False  # "The child who was killed had been ...": no plain passive
    rest = _AT_LEAST.sub(" ", rest)
    return not any(w.lower() in _CIRCUMSTANCE for w in _WORD.findall(rest))


def is_own_target(event: Event, attack: Event) -> bool:
    """Return whether a passive's victims may be the attack's: civilians or its target."""
    if event.actor_type == "civilian" or _COUNT.fullmatch(event.actor.strip()):
        return True  # "and 30 wounded": a count of the toll's people
    return bool(event.actor_id and event.actor_id == attack.target_id)
