"""Whose attack an owner pronoun means: the doer of the clause holding it (issue 14).

"Tarvan forces returned to their bombardment of Kessa", "The army said its strikes hit a
depot": the attack ("bombardment", "strikes") is told with an owner pronoun and read as its
own clause, whose doer the general resolvers leave unknown ("their", "its strikes"). Its owner
is the doer of the clause the pronoun stands in: the event of the same sentence whose object
(or reported content) spans the pronoun ("Tarvan forces | return to | their bombardment of
Kessa"), when that doer is an actor of the pronoun's number ("its": one; "their": many).
"The rebels whose assault on the base failed": "whose" is the noun it follows. Nearer still,
and taken first, is the subject of a verb whose object the attack is ("Tarvan forces ramped up
their offensive", "the ministry said the air force increased the pace of its raids"), unless
the verb meets an enemy's attack ("soldiers repelled their attack", "withstood their shelling":
then the holding clause is asked). Nothing is guessed when

- the pronoun owns no attack ("their homes", "its hospital": a victim's or a place's);
- the holding clause's doer is no actor (a place, a thing, unresolved) or of the other number;
- two clauses of different doers hold it equally.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..extract.attacknouns import ATTACK_NOUNS
from ..model import Event
from .heads import position
from .phrase import is_plural, words_of

__all__ = ["owned_by_clause"]

_OWNERS = {"its": "sg", "their": "pl", "whose": ""}
_ATTACKS = frozenset(("FIGHT", "ASSAULT"))
_NO_DOERS = frozenset(("", "unresolved", "location", "other"))
# Clauses that carry or tell an act, not ones that meet it ("foiled their attack": theirs)
_CARRIERS = frozenset(("OTHER", "STATEMENT"))
_JOINT = frozenset(words_of("and &"))
_BEFORE_WHOSE = re.compile(r"[\s,]*$")
# Verbs that counter, stop, suffer or judge an attack: its owner is the enemy, not the subject
_MEETING = frozenset(
    words_of(
        "foil thwart repel repulse frustrate fend ward counter resist withstand face survive"
        " endure suffer absorb fear flee escape block stop halt prevent intercept condemn"
        " denounce deplore decry slam criticise criticize report blame accuse protest"
    )
)
# Subject, up to three words told between (an adverb, a time, an auxiliary), the verb, its
# particle, a measure of the attack ("the intensity of"), the pronoun
_OBJECT_GAP = re.compile(
    r"^[\s,]+(?:[\w-]+[\s,]+){0,3}?(?P<verb>[a-z]+)(?:\s+(?:up|down|back|on|off|out|to))?"
    r"(?:\s+the\s+\w+\s+of)?\s+$"
)


def owned_by_clause(events: Iterable[Event]) -> Iterator[Event]:
    """Yield the events, an attack owned by "its"/"their"/"whose" taking its owner's doer."""
    for _, group in itertools.groupby(events, key=_sentence_key):
        told = list(group)
        yield from (_owned(event, told) for event in told)


def _sentence_key(event: Event) -> tuple[str, int]:
    return event.provenance.doc_id, event.provenance.sentence_index


def _owned(event: Event, told: list[Event]) -> Event:
    words = event.actor.split()
    pronoun = words[0].lower() if words else ""
    if event.actor_id or pronoun not in _OWNERS or event.action_class not in _ATTACKS:
        return event
    if len(words) > 1 and not _is_attack(words[-1]):
        return event  # "its hospital was shelled": a victim, not an attack
    text = event.provenance.sentence
    at = _at(text, event.actor)
    if at < 0:
        return event
    # the subject of the verb taking it as object is nearest: no rival is weighed
    owners = _owners(_subjects(text, at, told) if pronoun != "whose" else [], pronoun, told)
    if not owners:
        finder = _follows if pronoun == "whose" else _holds
        owners = _owners(finder(text, at, told), pronoun, told)
        if len(owners) == 1 and pronoun != "whose" and _rivals(text, at, pronoun, owners, told):
            return event
    if len(owners) != 1:
        return event
    node, label, kind, code = owners.pop()
    return replace(event.with_role("actor", node, label, kind, code), kind="event")


def _owners(found: list[Event], pronoun: str, told: list[Event]) -> set[tuple[str, str, str, str]]:
    owners = {(o.actor_id, o.actor_label, o.actor_type, o.actor_code) for o in found}
    return {o for o in owners if _agrees(_OWNERS[pronoun], o, told)}


def _at(text: str, span: str) -> int:
    """Return where a span stands in the sentence, -1 when it is not there."""
    start = position(text, span) if span else -1
    return start if start >= 0 and text.startswith(span, start) else -1


def _is_attack(word: str) -> bool:
    word = word.lower()
    return word in ATTACK_NOUNS or word.endswith("s") and word[:-1] in ATTACK_NOUNS


def _holds(text: str, at: int, told: list[Event]) -> list[Event]:
    """Return the events whose target spans the pronoun at ``at``, the innermost first."""
    spans = []
    for other in told:
        start = _at(text, other.target)
        if (
            other.actor_id
            and other.action_class in _CARRIERS
            and 0 <= start <= at
            and at < start + len(other.target)
        ):
            spans.append((len(other.target), other))
    inner = min((size for size, _ in spans), default=0)
    return [other for size, other in spans if size == inner]


def _subjects(text: str, at: int, told: list[Event]) -> list[Event]:
    """Return the events whose verb takes the attack of the pronoun at ``at`` as object."""
    found = []
    for other in told:
        verb = other.action.split()[0].lower() if other.action else ""
        start = _at(text, other.actor) if other.actor_id and verb not in _MEETING else -1
        gap = text[start + len(other.actor) : at] if start >= 0 else ""
        match = _OBJECT_GAP.match(gap) if gap else None
        if match and len(verb) > 2 and match["verb"].lower().startswith(verb[:3]):
            found.append(other)
    return found


def _follows(text: str, at: int, told: list[Event]) -> list[Event]:
    """Return the events whose actor or target is the phrase right before "whose"."""
    end = len(_BEFORE_WHOSE.sub("", text[:at]))
    found = []
    for other in told:
        for span, node in ((other.actor, other.actor_id), (other.target, other.target_id)):
            start = _at(text, span) if node else -1
            if start >= 0 and start + len(span) == end:
                found.append(_as_doer(other, span == other.target))
    return found


def _as_doer(event: Event, target: bool) -> Event:
    if not target:
        return event
    return replace(
        event,
        actor=event.target,
        actor_id=event.target_id,
        actor_label=event.target_label,
        actor_type=event.target_type,
        actor_code=event.target_code,
    )


def _rivals(
    text: str, at: int, pronoun: str, owners: set[tuple[str, str, str, str]], told: list[Event]
) -> bool:
    """Return whether another party of the pronoun's number is named before it.

    "Obama sought force against Syria for its use of gas", "the government denied its
    forces use the weapons rights groups say kill in their battle": two fit, none is taken.
    """
    (owner,) = owners
    for other in told:
        for span, node in ((other.actor, other.actor_id), (other.target, other.target_id)):
            start = _at(text, span) if node and node != owner[0] else -1
            if 0 <= start < at and _plural(span) == (_OWNERS[pronoun] == "pl"):
                return True
    return False


def _plural(span: str) -> bool:
    return is_plural(words_of(span)) or bool(_JOINT & set(span.lower().split()))


def _agrees(number: str, owner: tuple[str, str, str, str], told: list[Event]) -> bool:
    """Return whether an owner can act and has the pronoun's number ("" for "whose")."""
    if owner[2] in _NO_DOERS:
        return False
    if not number:
        return True
    spans = {e.actor for e in told if e.actor_id == owner[0]}
    plural = any(_plural(s) for s in spans)
    return plural == (number == "pl")
