"""Who the story says most likely did an attack it told without its doer (issue 14).

A monitor or a correspondent often names the doer of an attack with a hedge, in the
attack's own sentence or the one next to it:

- "Rockets hit the depot. The raid was most likely carried out by the Falcon Brigade."
- "A car bomb hit the bus depot, in an attack blamed on the Falcon Brigade."

Event coders code such an attack as the named side's, as they do a claimed one
(:mod:`graph.normalize.claimants`); the extractor keeps the hedged clause itself as a
guess (modality "possible") or a fact, so it is read here. Nothing is named when the
sentence leaves the doer open ("by Falcon or Wolf Brigade jets", "it was unclear whether
the raid was carried out by ..."), names two sides, names a generic "gunmen", or opens
another story ("Meanwhile ..."). An actor's own guess ("the navy is thought to have
fired it") and a party's accusation ("the opposition blamed the army"; "Russia said the
raid was likely carried out by the coalition": a country, a government, a military or
an armed group reports the hedge) name no one; a monitor, a reporter or a medic does.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence
from dataclasses import replace

from ..model import Event
from .claimants import doubts_doer, position_of, side_of, telling_sentences
from .phrase import DOER_TYPES
from .uncertain import ALTERNATIVE_WORD

__all__ = ["suspected_by"]

# "was (most) likely carried out by", "believed to have been carried out by", "appeared
# to have been conducted by", "thought to be carried out by".
_HEDGED_BY = re.compile(
    r"\b(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:likely|probably)|"
    r"(?:believed|thought|suspected|likely|appeared|appears|seemed|seems)\s+to\s+(?:have\s+)?be"
    r"(?:en)?)\s+(?:carried\s+out|conducted|launched|perpetrated)\s+by\s",
    re.IGNORECASE,
)
# "an attack (which was) blamed on X", "attacks the agency blamed on X".
_BLAMED_ON = re.compile(r"\bblamed\s+on\s", re.IGNORECASE)
# Two doers in one phrase: "by Falcon and Wolf Brigade jets".
_BOTH = re.compile(r"\b(?:and|&)\b", re.IGNORECASE)
_LIST = re.compile(r"(?:and|or|nor)\b|&", re.IGNORECASE)
# Verbs that report a clause: "Russia said the raid was likely carried out by ...".
_REPORTING = frozenset(
    {"say", "claim", "allege", "accuse", "report", "state", "announce", "tell", "insist", "add"}
)


def suspected_by(
    event: Event,
    batch: Sequence[Event],
    texts: Mapping[int, str],
    closed: Container[int] = (),
    *,
    gaps: Sequence[int] = (0, 1),
) -> Event | None:
    """Return the side a hedged statement in or after an unowned attack's sentence names.

    "A car bomb hit the depot. The attack was most likely carried out by the Falcon
    Brigade." -> the brigade (as an event whose actor is that side).

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
    # the hedge stands in the attack's sentence or after it (one before it answers an
    # earlier attack: "... was likely carried out by X. Heavy raids hit Y")
    for gap, text in telling_sentences(event, texts, gaps, closed):
        if doubts_doer(text):
            continue  # "it was unclear whether the raid was carried out by ...": no one
        found = _named_in(text, [e for e in batch if e.provenance.sentence_index == here + gap])
        if gap == 0:
            found = [e for e in found if position_of(text, e.actor) > at]
        if found and len({side_of(e) for e in found}) == 1:
            return found[-1]
    return None


def _named_in(text: str, events: Sequence[Event]) -> list[Event]:
    """Return the doers a sentence names after "likely carried out by" or "blamed on"."""
    found = []
    for match in (*_HEDGED_BY.finditer(text), *_BLAMED_ON.finditer(text)):
        if _party_reports(text, events, match.start()):
            continue  # "Russia said the raid was likely carried out by ...": an accusation
        for e in events:
            doer = _doer_of(e, text, match.end())
            if doer is not None:
                found.append(doer)
    return found


def _party_reports(text: str, events: Sequence[Event], at: int) -> bool:
    """Return whether a party to the war reports the clause that holds ``at``.

    "Russia said the raid was likely carried out by the coalition": a country's (a
    government's, a military's, an armed group's) word; "the monitor said ..." is not.
    """
    for e in events:
        verb = e.action.split()[0] if e.action else ""
        start = text.find(e.target) if e.target else -1
        if verb not in _REPORTING or e.actor_type not in DOER_TYPES or start < 0:
            continue
        if position_of(text, e.actor) < start <= at < start + len(e.target):
            return True
    return False


def _doer_of(event: Event, text: str, after: int) -> Event | None:
    """Return the event's actor (or target) as the doer when it stands right after ``after``.

    "... likely carried out by Falcon jets" is the hedged clause's actor; "an attack
    blamed on the brigade" its target.
    """
    for role in ("actor", "target"):
        span = getattr(event, role)
        if not span or text.find(span, after) != after:
            continue
        rest = text[after + len(span) :].lstrip(" ,")
        if ALTERNATIVE_WORD.search(span) or _BOTH.search(span) or _LIST.match(rest):
            return None  # "by Falcon or Wolf Brigade jets": open; "by X and Y": two
        ref_id = getattr(event, f"{role}_id")
        kind = getattr(event, f"{role}_type")
        if kind not in DOER_TYPES or not ref_id or ref_id.startswith("unknown/"):
            return None
        return replace(
            event,
            actor=span,
            actor_id=ref_id,
            actor_label=getattr(event, f"{role}_label"),
            actor_type=kind,
            actor_code=getattr(event, f"{role}_code"),
        )
    return None
