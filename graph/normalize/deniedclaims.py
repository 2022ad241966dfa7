"""Whose claim a denial rejects: the accuser the story names (issue 14).

Event coders code a denial of an accusation as a rejection of the accuser: "The
opposition accused the army of shelling Kesh. The army denied the allegations." is the
army rejecting the opposition (PLOVER REJECT). The denial names only the claim ("the
allegations", "those accusations", "the charges", "an accusation dismissed by the
army"), which is no side. :func:`settle_denied_claims` gives it the side the story
told making the accusation:

* the nearest accusation ("X accused Y of ...", "X blamed Y for ...") told before the
  denial, in its own sentence or up to three sentences back,
* made against the denier's own side (a state's organs are one side: "the army denied
  the charges" answers "X accused the government"),
* by one side, or by sides told alike (one denial of each).

A denial that names its claim's author ("denied the claims by the opposition", "the
accounts of the activists") keeps it; one of older claims ("denied previous
accusations") answers no one the story names; an accusation against another side, or
none told just before ("denied reports that its jets hit the town"), leaves the denial
as it was.
The claim's words stay the target's text: only the side it stands for changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event
from .claimants import position_of
from .phrase import STATE_TYPES, words_of

__all__ = ["settle_denied_claims"]

# Verbs that reject a claim (PLOVER REJECT).
_DENYING = frozenset(words_of("deny dismiss reject refute rebuff rebut"))
# Nouns of a claim made against someone.
_CLAIMS = frozenset(
    words_of(
        "allegation allegations accusation accusations claim claims charge charges report "
        "reports account accounts"
    )
)
# Words that make the claim denied an older one than the story's ("previous accusations").
_OLDER = frozenset(words_of("previous past earlier prior former old older similar other"))
# Verbs of accusing someone ("accused the army of", "blamed the army for").
_ACCUSING = frozenset(words_of("accuse blame allege"))
# Target types of a side: a denial whose target is one already names the claim's author.
_SIDES = frozenset(
    words_of("country government armed-group military organisation person police civilians")
)
# How many sentences back the accusation denied is still the one the story told.
_REACH = 3


def settle_denied_claims(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events, a denied claim's accuser the denial's target.

    Args:
        events: A document's normalised events, in document order, roles settled.

    Yields:
        The same events; a denial of a claim naming no side takes the side of the
        accusation against the denier the story has just told (one denial per accuser).
    """
    batch = list(events)
    accusations = [e for e in batch if _accuses(e)]
    for event in batch:
        if not _denies_claim(event):
            yield event
            continue
        accusers = _accusers(event, accusations)
        yield from ([_aimed_at(event, a) for a in accusers] if accusers else [event])


def _denies_claim(event: Event) -> bool:
    """Return whether an event denies a claim that names no side ("denied the allegations")."""
    if event.kind != "event" or event.action_class != "REJECT":
        return False
    if event.action.split()[0] not in _DENYING or event.target_type in _SIDES:
        return False
    words = event.target.lower().split()
    return any(word in _CLAIMS for word in words) and not _OLDER.intersection(words)


def _accuses(event: Event) -> bool:
    """Return whether an event accuses a side ("X accused the army of shelling Kesh")."""
    return (
        event.kind == "event"
        and event.polarity == "pos"
        and event.action.split()[0] in _ACCUSING
        and bool(event.actor_id)
        and bool(event.target_id)
    )


def _accusers(event: Event, accusations: list[Event]) -> list[Event]:
    """Return one accusation per side that made the claim denied, or [] (see the module)."""
    here = event.provenance.sentence_index
    denier = _side(event.actor_code, event.actor_type, event.actor_id)
    for back in range(_REACH + 1):
        told = [a for a in accusations if a.provenance.sentence_index == here - back]
        if back == 0:
            told = [a for a in told if _before(a, event)]
        if not told:
            continue
        against = [a for a in told if _side(a.target_code, a.target_type, a.target_id) == denier]
        against = [a for a in against if _side(a.actor_code, a.actor_type, a.actor_id) != denier]
        return list({a.actor_id: a for a in against}.values())
    return []


def _before(accusation: Event, denial: Event) -> bool:
    """Return whether an accusation is told before the denial in their one sentence."""
    text = denial.provenance.sentence
    return position_of(text, accusation.actor) < position_of(text, denial.target)


def _side(code: str, kind: str, actor_id: str) -> str:
    """Return the side a role stands for: a state's organs are one side ("SYR", "tarvan")."""
    if kind not in STATE_TYPES:
        return actor_id
    country, _, sector = actor_id.partition("/")
    if code[:3].isalpha():
        return code[:3]
    return country if sector and country != "unknown" else actor_id


def _aimed_at(event: Event, accusation: Event) -> Event:
    return replace(
        event,
        target_id=accusation.actor_id,
        target_label=accusation.actor_label,
        target_type=accusation.actor_type,
        target_code=accusation.actor_code,
    )
