"""Generic armed men doing what the one group their sentence names does are that group (issue 14).

Wire copy tells one attack twice in a sentence, once by a generic noun and once with
its doer's name: "Two killed in terrorist rocket attacks on the city. Two people were
killed when terrorists from the Tarvan Front fired rockets on the city" (a headline
glued to its lead), "gunmen shelled the camp ... the Tarvan Front militants fired six
mortar shells". The generic doer ("terrorist", "the gunmen", "terrorist groups",
"militants") resolves to unknown gunmen though the sentence says whose they are. Here
it takes the group when the group is the one armed group the sentence names, the group
does an act of force there itself, named bare or told with the same kind of men
("terrorist" and "terrorists of the Tarvan Front", not "militants" and "Tarvan Front
fighters"), and the
generic doer's own act is not done to the group (never the victim's name), nor a group
:mod:`graph.normalize.onlygroup` would not give a generic noun (a militia on a state's
side, the Kurdish-led foes of the jihadists). A doer with
words of its own ("US-backed fighters", "Kurdish militants") or a sentence that turns to
another story ("Meanwhile ...") keeps the generic reading. A doer whose group is
named before it is read by :mod:`graph.normalize.onlygroup`; this reads the group named
after it (the headline's "terrorist" before the lead's name), which only its act of the
same kind in the sentence can tie to the doer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..extract.lexicon import FORCE_CLASSES
from ..model import Event
from .gazetteer import Gazetteer
from .kinds import description_fits, is_loyalist
from .onlygroup import JIHADISTS_FOES
from .phrase import Ref, clean, words_of

__all__ = ["settle_group_doers"]

_GENERIC_ID = "unknown/gunmen"
# Nouns of armed men that name no group ("terrorists", "a jihadist", "the gunmen").
_ARMED_NOUNS = frozenset(
    words_of(
        "militant militants terrorist terrorists fighter fighters jihadist jihadists "
        "extremist extremists insurgent insurgents gunman gunmen militiaman militiamen"
    )
)
# Nouns of groups that are armed men's only with a kind word before them ("terrorist groups").
_GROUP_NOUNS = frozenset(
    words_of("group groups organization organizations organisation organisations faction factions")
)
# Words of a kind of armed men, not of a side ("terrorist", "armed", "jihadist").
_KIND_WORDS = frozenset(
    words_of("terrorist militant jihadist extremist armed takfiri islamist insurgent")
)
# Words that count or point at the men ("two of the", "some other", "its").
_COUNTING = frozenset(
    words_of(
        "a an the some at least more than over about nearly several many other of its their "
        "these those two three four five six seven eight nine ten dozens scores number"
    )
)
# A sentence that turns to another story part way: "... Meanwhile in Damascus ...".
_OTHER_STORY = re.compile(
    r"\b(?:meanwhile|elsewhere|separately|in other news|in another development|in a separate)\b",
    re.IGNORECASE,
)


def settle_group_doers(events: Iterable[Event], gaz: Gazetteer) -> Iterator[Event]:
    """Yield one document's events, a generic armed doer given the group its sentence names.

    Args:
        events: A document's normalised events, in document order.
        gaz: The actor gazetteer (which names are armed groups).
    """
    batch = list(events)
    for event in batch:
        group = _group_of(event, batch, gaz) if _is_generic_doer(event) else None
        if group is None:
            yield event
            continue
        yield replace(
            event,
            actor_id=group.actor_id,
            actor_label=group.actor_label,
            actor_type=group.actor_type,
            actor_code=group.actor_code,
        )


def _is_generic_doer(event: Event) -> bool:
    """Return whether an event's doer is armed men of no named group or side."""
    if event.kind != "event" or event.actor_id != _GENERIC_ID:
        return False
    words = [w.lower() for w in clean(event.actor)]
    if not words:
        return False
    head, before = words[-1], words[:-1]
    kinds = [w for w in before if w in _KIND_WORDS]
    if head not in _ARMED_NOUNS and not (head in _GROUP_NOUNS and kinds):
        return False
    return all(w in _COUNTING or w in _KIND_WORDS or w.isdigit() for w in before)


def _group_of(event: Event, batch: list[Event], gaz: Gazetteer) -> Event | None:
    """Return the act of force of the one armed group the sentence names, or None."""
    sent, text = event.provenance.sentence_index, event.provenance.sentence
    if _OTHER_STORY.search(text):
        return None
    named = {m.actor_id for m in gaz.find_mentions(text) if _is_group(gaz, m.actor_id)}
    if len(named) != 1 or event.target_id in named:
        return None
    group = named.pop()
    if not _may_mean(gaz, event, group):
        return None
    kinds = _kinds(event.actor)
    acts = [
        other
        for other in batch
        if other.provenance.sentence_index == sent
        and other.kind == "event"
        and other.action_class in FORCE_CLASSES
        and other.actor_id == group
        and _same_kind(kinds, _kinds(other.actor))
    ]
    return acts[0] if acts else None


def _may_mean(gaz: Gazetteer, event: Event, group: str) -> bool:
    """Return whether the generic doer may be the group (as :mod:`onlygroup` reads it).

    Never a militia on a state's side nor the Kurdish-led forces whose stories call their
    foes "terrorists", nor a group of another kind than the doer's words ("jihadists").
    """
    if is_loyalist(group) or group in JIHADISTS_FOES:
        return False
    return description_fits(gaz, clean(event.actor), Ref(group, group, "armed-group"))


def _same_kind(doer: set[str], group: set[str]) -> bool:
    """Return whether the group's men may be the doer's: named bare, or as the same kind.

    "Jaish al-Islam" or "terrorists of Jaish al-Islam" for "terrorist"; never "Hezbollah
    fighters" for "terrorist" (a side the copy calls by another word is another side).
    """
    return not group or bool(doer & group)


def _kinds(phrase: str) -> set[str]:
    """Return the kinds of armed men a phrase's words tell: "terrorists of X" -> {terrorist}."""
    words = {w.lower() for w in clean(phrase)}
    singular = {w[:-2] + "an" if w.endswith("men") else w.removesuffix("s") for w in words}
    return {w for w in singular if w in _ARMED_NOUNS or w in _KIND_WORDS}


def _is_group(gaz: Gazetteer, actor_id: str) -> bool:
    """Return whether an id is an armed group the dictionary names (not "unknown/gunmen")."""
    actor = gaz.get(actor_id) if actor_id and "/" not in actor_id else None
    return actor is not None and actor.actor_type == "armed-group"
