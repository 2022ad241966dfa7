"""The doer of an event: its resolved actor, or who an unnamed attack is named after.

"a missile hit the school" has an attack whose doer the text does not name (kept,
unresolved); "Terrorist rocket attacks hit the school" names its owners in the words
before the weapon's head. Split from :mod:`graph.normalize.events` (private).
"""

from __future__ import annotations

from ..model import Event
from .agency import AGENT_TYPES, head_words, is_agentive, is_unnamed_attack
from .coref import Document
from .heads import UNRESOLVED_REF, position
from .junk import UNRESOLVED
from .phrase import Ref
from .resolver import resolve

__all__ = ["event_doer"]

_ARTICLES = frozenset({"a", "an", "the", "this", "that", "these", "those"})


def event_doer(event: Event, doc: Document, actor: Ref, *, uncertain: bool) -> tuple[Ref, bool]:
    """Return the event's doer and whether someone acts (an unnamed attacker does)."""
    # "a missile hit the school": the extractor found an attack whose doer is not named.
    unnamed = event.actor_type == UNRESOLVED
    initial = event.provenance.sentence.lstrip().startswith(event.actor)
    agentive = unnamed or uncertain or is_agentive(actor, event.actor, initial=initial)
    if unnamed or (
        event.kind == "event"
        and not agentive
        and is_unnamed_attack(event.actor, event.action, event.action_class)
    ):
        # "mortar rounds hit the school": a weapon nobody is named for; kept, unresolved,
        # unless a word before it names who used it ("Rebel rocket fire").
        return _owner_ref(event, doc) or UNRESOLVED_REF, True
    return actor, agentive


def _owner_ref(event: Event, doc: Document) -> Ref | None:
    """Return who a weapon or an attack is named after: "Terrorist rocket attacks" -> them.

    Only the words before the phrase's head are read ("the shelling of rebel positions"
    names the rebels as victims, not as owners); the longest run of them that resolves
    to an actor type that acts wins.
    """
    words = head_words(event.actor)
    at = position(event.provenance.sentence, event.actor)
    # the phrase starts at its last article: "Syria A suspected gas attack" (a dateline)
    start = max((i for i, w in enumerate(words[:-1]) if w.lower() in _ARTICLES), default=0)
    for end in range(len(words) - 1, start, -1):
        # a city before a weapon is where it went off, not whose it was ("a Damascus car bomb")
        ref = resolve(
            " ".join(words[start:end]),
            doc,
            event.provenance.sentence_index,
            at,
            agent=True,
            place=True,
        )
        if ref.actor_type in AGENT_TYPES:
            return ref
    return None
