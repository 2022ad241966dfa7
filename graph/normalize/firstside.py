"""The first of coordinated owners of one agent noun: "Russian and regime jets" (private).

Extraction gives "Russian and regime warplanes bombed X" one event per owner: the
whole phrase for the first owner (spans stay contiguous) and "regime warplanes" for
the next. The first event's phrase is then read as "Russian warplanes": the organ or
sector the later owner's words name ("regime", "government") is not the first's, so
the Russian jets are coded RUSMIL, not RUSGOV. Once coded, that event's words become
the first owner's own ("Russian", the phrase its instrument if a weapon), so no event
names two sides under one label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event
from .agency import POLITICAL_TYPES, head_words, is_attack_head
from .agents import find_agent
from .coordination import RECIPROCAL
from .phrase import POSSESSIVES, words_of

__all__ = ["first_side", "name_first_sides", "with_next_owners"]

# Words that may open the owners' run: "the Russian and regime jets", "both ...".
_OPENERS = frozenset({"the", "both"})
# Lower-case words that name a side before an agent noun: "regime (jets)".
_SIDE_WORDS = frozenset(
    {"regime", "government", "opposition", "rebel", "coalition", "army", "militia", "police"}
)


def first_side(words: list[str]) -> list[str]:
    """Return the words of the first owner of coordinated owners of an agent noun.

    "Russian and Syrian government aircraft" -> "Russian aircraft"; "Government and
    opposition forces" -> "Government forces". Only a run of owner words joined by
    "and" counts: "clashes between rebels and the Syrian troops", "Russian or Syrian
    jets" (an alternative) and "Russian jets" stay as they are.
    """
    found = find_agent(words)
    if found is None:
        return words
    owners = words[: found.start]
    if owners and owners[0].lower() in _OPENERS:
        owners = owners[1:]
    lowered = [w.lower() for w in owners]
    if "and" not in lowered[1:] or not all(_is_owner_word(w) for w in owners if w != "and"):
        return words
    cut = found.start - len(owners) + lowered.index("and", 1)
    # "Government and opposition forces": the agent phrase opens with the next owner
    head = words[-1:] if lowered[-1] == "and" else words[found.start :]
    return words[:cut] + head


def _is_owner_word(word: str) -> bool:
    # "Russian", "Assad", "regime", "government": a name or a side's own word
    # ("Activists and rights groups": the first is a body of its own, not an owner word)
    if word.lower() in _SIDE_WORDS:
        return True
    return word[:1].isupper() and find_agent([word.lower()]) is None


# Words before the first owner that belong to neither side: "its Russian and Iranian
# allies", "both Russian and regime jets", "three Russian and regime raids".
_LEADS = _OPENERS | POSSESSIVES | frozenset(words_of("a an these those two three four five"))
# "X and Y <rest>": the first owner's words, "and", the next owner's phrase.
_PAIR = re.compile(r"^(?P<lead>(?:\S+\s+)*?)(?P<own>\S+(?:\s+\S+)?)\s+and\s+(?P<next>\S.*)$")


def name_first_sides(events: Iterable[Event]) -> Iterator[Event]:
    """Yield a document's events, the first of two owners' events in its own words only.

    "Russian and regime jets bombed the town" gives one event per owner: the whole
    phrase, read as "Russian jets", and "regime jets". The first event's words named
    both sides under one label; they become the first owner's own words ("Russian"),
    and a weapon or an attack ("Russian and regime air strikes") becomes its
    instrument. Only where the next owner's event stands beside it (same sentence and
    action, its phrase the rest after "and"), so no side is lost; a target is renamed
    alike ("fought the Russian and Iranian invaders" -> "Russian", "Iranian invaders").

    Args:
        events: One document's normalised events.
    """
    batch = list(events)
    actors = {(*_act(e), e.actor): e.actor_id for e in batch}
    targets = {(*_act(e), e.actor, e.target): e.target_id for e in batch}
    for event in batch:
        key, actor = _act(event), event.actor
        own = _own_words(event.target, event.target_id, event.target_type)
        if (
            own is not None
            and targets.get((*key, actor, own[1]), event.target_id) != event.target_id
        ):
            event = replace(event, target=own[0])
        own = _own_words(actor, event.actor_id, event.actor_type)
        if own is not None and actors.get((*key, own[1]), event.actor_id) != event.actor_id:
            event = replace(event, actor=own[0], instrument=_weapon(event))
        yield event


def _weapon(event: Event) -> str:
    """Return the instrument of a first owner's event: its phrase if a weapon or attack."""
    if event.instrument:
        return event.instrument
    words = head_words(event.actor)
    return event.actor if words and is_attack_head(words[-1].lower()) else ""


def _act(event: Event) -> tuple[int, str, str]:
    """Return what makes two owners' events one act: the sentence, action and relation."""
    return event.provenance.sentence_index, event.action, event.relation


def _own_words(text: str, actor_id: str, actor_type: str) -> tuple[str, str] | None:
    """Return the first owner's words of "X and Y <noun>" and the next owner's phrase.

    "the Russian and Syrian regime jets" -> ("Russian", "Syrian regime jets"), when the
    phrase was read as a side's ("Russian jets"); "Oil and gas workers" (no owner words),
    "Homs and Hama cities" (places) and "Russian jets" -> None.
    """
    found = _PAIR.match(text) if actor_id and actor_type in POLITICAL_TYPES else None
    if found is None:
        return None
    lead, own = found.group("lead").split(), found.group("own").split()
    if own[0].lower() in _LEADS:
        lead, own = [*lead, own[0]], own[1:]
    if not own or not all(w.lower() in _LEADS or w.isdigit() for w in lead):
        return None
    if not all(_is_owner_word(w) for w in own) or find_agent(own) is not None:
        return None  # "the army and police" are two doers, not owners
    return " ".join(own), found.group("next")


def with_next_owners(events: Iterable[Event]) -> Iterator[Event]:
    """Yield a document's events and an event of the next owner where extraction gave none.

    Most rules give "Russian and regime jets bombed X" an event per owner; some give
    the phrase one event ("the US and Arab allies resumed raids hitting oil sites",
    "backed an assault by Iraqi and Kurdish forces"). The next owner's phrase ("Arab
    allies") gets its own event, the same act, once. A reciprocal act keeps its one
    joint doer ("American and Russian jets coordinated their raids"); a relation fact
    is left as it is.

    Args:
        events: One document's events, before normalisation.
    """
    batch = list(events)
    have = {(*_act(e), e.actor, e.target) for e in batch}
    for event in batch:
        yield event
        if event.kind != "event" or event.action.split()[0] in RECIPROCAL:
            continue  # a fact ("X and Y fighters were killed") may be a misparse
        actor, target = _next_owner(event.actor), _next_owner(event.target)
        splits = [replace(event, actor=actor)] if actor else []
        splits += [replace(event, target=target)] if target else []
        for split in splits:
            if (*_act(split), split.actor, split.target) not in have:
                have.add((*_act(split), split.actor, split.target))
                yield split


def _next_owner(text: str) -> str:
    """Return the next owner's phrase of "X and Y <agent noun>", else "".

    "the US and Arab allies" -> "Arab allies"; "Russian or Syrian jets", "Oil and gas
    company workers" and "Russian jets" -> "".
    """
    words = text.split()
    if first_side(words) == words:
        return ""
    found = _PAIR.match(text)
    return found.group("next") if found else ""
