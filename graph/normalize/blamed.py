"""Whom the story blames for an attack it told without its doer (issue 14).

An attack told through its weapon ("A car bomb killed ten people in Marsa") often has
its doer blamed in the same sentence or the next, by someone who names the side:

- "The army blamed the Falcon Brigade for the attack.";
- "Residents accused the navy of the strikes." / "... of being behind the bombing",
  "... of carrying out the raid".

A blame is enough for the label, not for a fact: the attack takes the blamed side as
its doer and the blamer as its attribution; its modality stays its own (the car bomb did
kill ten: only who set it is the blamer's word).
Nothing is blamed when the sentence names two sides ("blamed Tarvan and Karvonian
jets", two blames of two sides, "blamed each other"), no one ("any group"), a generic
"gunmen", says no one knows who did it, or opens another story ("Meanwhile ...").
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence
from dataclasses import replace

from ..model import Event
from .claimants import doubts_doer, position_of, telling_sentences
from .namedattacks import ATTACKS
from .phrase import DOER_TYPES, STATE_TYPES

__all__ = ["blamed_for", "charged_with"]

_BLAMING = frozenset({"blame", "accuse"})
_ATTACK_NOUN = (
    r"(?:attacks?|bombings?|blasts?|explosions?|strikes?|airstrikes?|raids?|assaults?|"
    r"shelling|bombardment|massacre)"
)
# What follows the blamed side: "for the attack", "of (being behind) the bombing".
_FOR_THE_ATTACK = re.compile(
    r"\s+(?:for|of)\s+(?:being\s+behind\s+|carrying\s+out\s+|launching\s+|(?:the\s+)?"
    r"responsibility\s+for\s+)?(?:the|this|that|these|those|both|its|their)\s+"
    rf"(?:[\w\"'-]+\s+){{0,3}}?{_ATTACK_NOUN}\b",
    re.IGNORECASE,
)
_LIST = re.compile(r"\b(?:and|or|nor|either|each|any|no)\b", re.IGNORECASE)


def blamed_for(
    event: Event,
    batch: Sequence[Event],
    texts: Mapping[int, str],
    closed: Container[int] = (),
    *,
    gaps: Sequence[int] = (0, 1),
) -> Event | None:
    """Return the blame that names an unowned attack's doer, in its sentence or the next.

    "A car bomb hit the depot. The army blamed the Falcon Brigade for the attack." ->
    the army's blame, whose target is the brigade.

    Args:
        event: The attack, told without its doer.
        batch: The document's normalised events.
        texts: The document's sentences by index.
        closed: Sentences a look two sentences on does not pass (see
            :func:`graph.normalize.claimants.telling_sentences`).
        gaps: How many sentences after the attack's it is looked for in.
    """
    here = event.provenance.sentence_index
    at = position_of(event.provenance.sentence, event.actor)
    for gap, text in telling_sentences(event, texts, gaps, closed):
        if doubts_doer(text):
            continue  # "it was unclear who fired": no one
        told = [e for e in batch if e.provenance.sentence_index == here + gap]
        blames = [
            e
            for e in told
            if (gap or position_of(text, e.actor) > at)
            and _blames_for_attack(e, text)
            and not _after_another_attack(e, told, event, text)
        ]
        if blames and len({_side_of(e) for e in blames}) == 1:
            return blames[0] if all(_is_doer(e, event) for e in blames) else None
    return None


def charged_with(event: Event, blame: Event) -> Event:
    """Return the attack with the blamed side as its doer, credited to the blamer."""
    return replace(
        event,
        kind="event",
        actor_id=blame.target_id,
        actor_label=blame.target_label,
        actor_type=blame.target_type,
        actor_code=blame.target_code,
        attribution=blame.actor,  # the blamer's word, not the attack's reporter
    )


def _blames_for_attack(blame: Event, text: str) -> bool:
    """Return whether an event blames its target "for the attack" (or accuses it "of")."""
    if blame.action not in _BLAMING or blame.polarity != "pos" or not blame.target:
        return False
    start = text.find(blame.target)
    return start >= 0 and bool(_FOR_THE_ATTACK.match(text, start + len(blame.target)))


def _after_another_attack(blame: Event, told: Sequence[Event], event: Event, text: str) -> bool:
    """Return whether another attack is told between the attack and its blame.

    "Rockets hit X. The army said rebels also used gas in Y but activists accused the army
    of the attack": "the attack" is the one in Y, not the rockets'.
    """
    at, start = position_of(text, event.actor), position_of(text, blame.target)
    return any(
        e.action_class in ATTACKS
        and e.actor != event.actor
        and (text != event.provenance.sentence or at < position_of(text, e.actor))
        and position_of(text, e.actor) < start
        for e in told
    )


def _is_doer(blame: Event, event: Event) -> bool:
    """Return whether a blamed side names one doer, not the attack's own victim."""
    if _LIST.search(blame.target) or blame.target_type not in DOER_TYPES:
        return False  # "blamed Tarvan and Karvonian jets", "blamed each other", "any group"
    ref = blame.target_id
    return bool(ref) and not ref.startswith("unknown/") and ref != event.target_id


def _side_of(blame: Event) -> str:
    """Return the blamed side: a state's organs are one side ("USA")."""
    country = blame.target_code[:3]
    return country if blame.target_type in STATE_TYPES and country.isalpha() else blame.target_id
