"""Armed men an attack hits beside a named group's positions are that group's (issue 14).

Wire copy writes "Army units shelled Tarvan Front positions near the town, killing
30 militants", "jets struck a Harbi Brigades convoy and killed a number of
terrorists": the militants or terrorists are the group's own men, though the noun
alone names no group and resolves to the generic unknown gunmen. Here such a generic
target takes the group when the sentence shows it on the same side: the same doer
acts on the group (named in that target's own words) earlier in the sentence, and
the group is the only armed group the sentence names besides the doer itself.
The doer never gives its own men ("ISIS positions killed 20 militants" is a misread
doer, not ISIS killing its men), and a group on the doer's side or a second group
named anywhere in the sentence leaves the generic reading. Only the event's target
changes: coreference has already run, so later pronouns mean what they meant.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..extract.lexicon import FORCE_CLASSES
from ..model import Event
from .gazetteer import Gazetteer
from .heads import position
from .kinds import description_fits, named_inside
from .phrase import Ref, clean, words_of

__all__ = ["settle_group_generics"]

_GENERIC_ID = "unknown/gunmen"
# Plural nouns of armed men that name no group ("30 militants", "a number of terrorists").
_ARMED_NOUNS = frozenset(
    words_of(
        "militants terrorists fighters jihadists extremists insurgents gunmen militiamen "
        "mercenaries"
    )
)
# Words that may count or qualify the men before the noun ("at least 30 other militants").
_COUNTING = frozenset(
    words_of(
        "a an the some at least more than over around about nearly almost up to of number "
        "large small dozens scores tens hundreds several many other more new dozen score"
    )
)
# A place or time after the noun still leaves the men generic ("30 militants in the town").
_AFTER = frozenset(words_of("in on near at around inside during"))


def settle_group_generics(events: Iterable[Event], gaz: Gazetteer) -> Iterator[Event]:
    """Yield one document's events, generic armed men hit beside a group given the group.

    Args:
        events: A document's normalised events, in document order.
        gaz: The actor gazetteer (which names are armed groups).

    Yields:
        The same events; "killing 30 militants" after the same doer hit "ISIS sites" in
        the same sentence has ISIS as its target.
    """
    batch = list(events)
    for event in batch:
        group = _group_of(event, batch, gaz) if _is_generic_target(event) else None
        if group is None:
            yield event
            continue
        yield replace(
            event,
            target_id=group.target_id,
            target_label=group.target_label,
            target_type=group.target_type,
            target_code=group.target_code,
        )


def _is_generic_target(event: Event) -> bool:
    """Return whether an attack's target is plural armed men of no named group.

    "30 militants", "a large number of terrorists", "scores of fighters in the town";
    not "its fighters" (whose owner coreference reads) nor "Kurdish fighters".
    """
    if event.kind != "event" or event.action_class not in FORCE_CLASSES:
        return False
    if event.target_id != _GENERIC_ID:
        return False
    words = clean(event.target)
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _AFTER), len(words))
    head, before = words[cut - 1].lower() if cut else "", words[: cut - 1]
    if head not in _ARMED_NOUNS:
        return False
    return all(w.lower() in _COUNTING or w.replace(",", "").isdigit() for w in before)


def _group_of(event: Event, batch: list[Event], gaz: Gazetteer) -> Event | None:
    """Return an event of the same doer hitting the one group the sentence names, or None.

    The group's event comes earlier in the sentence ("targeted ISIS sites, killing 71
    terrorists"), names the group in its target's words, and no other armed group is
    named in the sentence except the doer: "the army repelled an attack by Tarvan
    fighters and Harbi gunmen, killing 30 militants" keeps its militants generic.
    """
    sent, text = event.provenance.sentence_index, event.provenance.sentence
    at = position(text, event.target)
    found = [
        other
        for other in batch
        if other.provenance.sentence_index == sent
        and other is not event
        and _hits_group_first(other, event, at, gaz)
    ]
    groups = {other.target_id for other in found}
    if len(groups) != 1:
        return None
    group = groups.pop()
    named = {m.actor_id for m in gaz.find_mentions(text) if _is_group(gaz, m.actor_id)}
    if named - {event.actor_id} != {group}:
        return None
    ref = Ref(group, found[0].target_label, found[0].target_type)
    return found[0] if description_fits(gaz, clean(event.target), ref) else None


def _hits_group_first(other: Event, event: Event, at: int, gaz: Gazetteer) -> bool:
    """Return whether ``other`` is the same doer's attack on a named group before ``at``."""
    if other.kind != "event" or other.action_class not in FORCE_CLASSES:
        return False
    same_doer = (other.actor_id, other.actor) == (event.actor_id, event.actor) or (
        bool(event.actor_id) and other.actor_id == event.actor_id
    )
    group = other.target_id
    if not same_doer or not _is_group(gaz, group) or group == event.actor_id:
        return False
    if position(other.provenance.sentence, other.target) >= at:
        return False  # "killed 30 militants in A and shelled ISIS sites in B": two acts
    # "Qaeda-linked terrorists" are not al-Qaeda's own (kinds.named_inside skips the sponsor)
    return named_inside(gaz, clean(other.target)) == group


def _is_group(gaz: Gazetteer, actor_id: str) -> bool:
    """Return whether an id is an armed group the dictionary names (not "unknown/gunmen")."""
    actor = gaz.get(actor_id) if actor_id and "/" not in actor_id else None
    return actor is not None and actor.actor_type == "armed-group"
