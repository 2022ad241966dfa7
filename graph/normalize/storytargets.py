"""An attack the story already told, told again without its target, takes that target.

A story names what an attack hit once, then refers back to the attack: "Tarvan jets
bombed Kessa on Monday. The strikes continued on Tuesday"; "Rebels attacked army
posts near Tobin. The rebels later expanded their attacks"; "Militants shelled the
airport. They struck it again at dawn". Such an attack (FIGHT or ASSAULT) left with
no target takes the target of the attack it refers back to when:

- it is told as one already told: a definite, demonstrative or possessive attack or
  weapon noun ("the strikes", "these raids", "its attacks", "the missiles"; never "the
  first strike", "a new raid", "other attacks"), or its target is a bare "it"/"them"
  that agrees with the earlier target;
- an earlier attack of the same doer (the same node: a lent doer counts) with a known
  target stands in the three sentences before, else in the headline or the lead (a
  killing or a wounding is the attack's toll, not the attack);
- every such attack hit the same target (an attack noun after one attack on a list of
  places, "shelled A and B ... the attacks", takes each), and no attack of another doer
  is told between them.

Anything else leaves the target empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..extract.agentnouns import is_means_noun
from ..extract.attacknouns import ATTACK_NOUNS
from ..extract.lexicon import HURT_VERBS, word_set
from ..model import TITLE_INDEX, Event
from .pronountargets import Role, agrees

__all__ = ["with_story_targets"]

_ATTACKS = frozenset({"FIGHT", "ASSAULT"})
_WINDOW = 3
# How far into a story an attack may refer back to the headline or the lead.
_LEAD_REACH = 6
# "the strikes", "these raids", "its attacks", "the Russian air strikes" (two words at most
# before the head); the head is checked against the attack and weapon nouns.
_TOLD = re.compile(
    r"\b(?:the|this|these|those|its|their)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE
)
# Words that tell a new attack, not the one told: "the first strike", "the latest raids".
_NEW = word_set(
    "first second third new latest fresh another other last recent further next previous "
    "earlier such"
)
_PRONOUNS = {"it": "sg", "them": "pl"}


def with_story_targets(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events, an anaphoric attack with no target given its story's.

    Args:
        events: A document's normalised events, in document order (headline first).

    Yields:
        The same events; an attack told again with no target carries the target of the
        attack it refers back to (one event per target after an attack on a list).
    """
    batch = list(events)
    by_sentence: dict[int, list[Event]] = {}
    for event in batch:
        if _is_attack(event):
            by_sentence.setdefault(event.provenance.sentence_index, []).append(event)
    for event in batch:
        told = _anaphor(event) if _is_attack(event) and not event.target_id else ""
        found = _antecedents(event, by_sentence, told) if told else []
        if not found:
            yield event
            continue
        for earlier in found:
            target = event.target if told in _PRONOUNS else earlier.target
            yield replace(event, target=target).with_role(
                "target", earlier.target_id, earlier.target_label, earlier.target_type,
                earlier.target_code,
            )  # fmt: skip


def _is_attack(event: Event) -> bool:
    return event.kind == "event" and event.action_class in _ATTACKS


def _anaphor(event: Event) -> str:
    """Return how an attack refers back: "it"/"them", "sg"/"pl" for a told noun, else ""."""
    word = event.target.strip().lower()
    if word in _PRONOUNS:
        return word
    if event.target:
        return ""
    for text in (event.instrument, event.relation):
        for match in _TOLD.finditer(text):
            for word in match.group(1).lower().split():
                if word in _NEW:
                    break  # "the first strike", "their latest raids": a new attack
                if _is_attack_noun(word):
                    return "pl" if word.endswith("s") else "sg"
    return ""


def _is_attack_noun(word: str) -> bool:
    """Return whether a word names an attack or its weapon ("raids", "the missiles")."""
    one = word[:-1] if word.endswith("s") else word
    return bool({word, one} & ATTACK_NOUNS) or is_means_noun(word)


def _antecedents(event: Event, by_sentence: dict[int, list[Event]], told: str) -> list[Event]:
    """Return the earlier attacks whose target the anaphoric ``event`` takes (none: [])."""
    here = event.provenance.sentence_index
    if not event.actor_id or here < 0:
        return []
    reach = here <= _LEAD_REACH  # the headline and the lead are near a story's start
    scan = [*range(here - 1, -1 if reach else max(-1, here - 1 - _WINDOW), -1), TITLE_INDEX]
    found: list[Event] = []
    for sent in scan[: None if reach else -1]:
        near = here - sent <= _WINDOW or sent in (0, TITLE_INDEX)
        if found and not near:
            break
        told_here = by_sentence.get(sent, [])
        if any(e.actor_id and e.actor_id != event.actor_id for e in told_here):
            return found  # another doer's attack told between: "the strikes" may be theirs
        found += [e for e in told_here if near and _told_before(e, event)]
    targets = {e.target_id: e for e in found}
    if told in _PRONOUNS:
        one = next(iter(targets.values())) if len(targets) == 1 else None
        role = Role(one.target, ("", "", one.target_type, ""), 0, 0) if one else None
        return [one] if one and role and agrees(role, _PRONOUNS[told]) else []
    if len(targets) == 1:
        return list(targets.values())[:1]
    same_act = len({(e.provenance.sentence_index, e.action, e.relation) for e in found}) == 1
    return list(targets.values()) if same_act else []


def _told_before(earlier: Event, event: Event) -> bool:
    """Return whether an earlier attack of the same doer with a known target may be meant."""
    return (
        earlier.actor_id == event.actor_id
        and bool(earlier.target_id)
        and earlier.target_type not in {"", "unresolved"}
        and earlier.action.split()[0] not in HURT_VERBS
        # "bombed X ... continued their advance in Y": told elsewhere, another attack
        and (not event.location_id or event.location_id in _places(earlier))
    )


def _places(event: Event) -> set[str]:
    return {event.target_id, event.location_id}
