"""Allies nobody can name ride with the group they are listed with (issue 14).

"Government forces and their allies besieged the town" gives one event per conjunct.
When the pronoun's owner is a state's government or army, "their allies" are its
militias and get an id of their own (:mod:`graph.normalize.allies`); anyone else's allies
stay unresolved, and such an event says nothing the partner's own event in the same
sentence does not: the same act on the same target by a role nobody can look up. Such
an event is dropped; so is a target "its allies" next to the same act on a named target
("rebels ambushed the army and its allies"). Allies with a name ("its ally Borduria",
"its allies including Kelm") resolve or keep their words, and stay.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Event
from .allies import ALLY_NOUNS
from .phrase import POSSESSIVES

__all__ = ["without_unnamed_allies"]

# "its allies", "their local partners", "its powerful regional allies": no more words.
_MAX_WORDS = 4


def without_unnamed_allies(events: Iterable[Event]) -> Iterator[Event]:
    """Yield a document's events but those of unnamed allies their partner's event covers.

    Args:
        events: One document's normalised events.
    """
    batch = list(events)
    by_actor = {
        (*_mood(e), e.action, e.target) for e in batch if not is_unnamed_ally(e.actor, e.actor_id)
    }
    by_target = {
        (*_mood(e), e.actor, e.action)
        for e in batch
        if e.target and not is_unnamed_ally(e.target, e.target_id)
    }
    for event in batch:
        if event.kind == "event" and _is_covered(event, by_actor, by_target):
            continue
        yield event


_Key = tuple[int, str, str, str, str]


def _mood(event: Event) -> tuple[int, str, str]:
    """Return where and how an event is said: its sentence, polarity and modality."""
    return event.provenance.sentence_index, event.polarity, event.modality


def _is_covered(event: Event, by_actor: set[_Key], by_target: set[_Key]) -> bool:
    """Return whether a partner's event says what an unnamed ally's event says.

    Only a partner's event with the same polarity and modality does: "the militants did not
    shell the garrison, but their allies shelled it" keeps the allies' shelling.
    """
    if is_unnamed_ally(event.actor, event.actor_id):
        # "the army and its allies captured X": the army's event says it
        return (*_mood(event), event.action, event.target) in by_actor
    # "ambushed the army and its allies": the army is the target
    return (
        is_unnamed_ally(event.target, event.target_id)
        and (*_mood(event), event.actor, event.action) in by_target
    )


def is_unnamed_ally(text: str, canonical: str) -> bool:
    """Return whether a role is someone's allies that resolved to no one: "their allies"."""
    words = text.lower().split()
    if canonical or not 2 <= len(words) <= _MAX_WORDS:
        return False
    return words[0] in POSSESSIVES and words[-1] in ALLY_NOUNS
