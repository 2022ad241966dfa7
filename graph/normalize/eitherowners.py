"""A doer given as one of two sides: one event per side, each a possibility (issue 14).

Monitors often cannot say whose aircraft struck and name both candidates: "Karvonian or
Tarvan jets bombed Kessa", "strikes carried out by either the regime or Tarvan
warplanes". Normalisation first leaves such a phrase unresolved (neither side is stated,
:mod:`graph.normalize.uncertain`). An event coder codes the act once per candidate, each
with the modality ``possible``: the text says one of them did it, not which. Here an
attack whose actor phrase (its own, or one lent by the story, see
:mod:`graph.normalize.eitherdoers`) offers two sides becomes two events: "Karvonian" (the
first owner's words, as :mod:`graph.normalize.firstside` names the first of "X and Y
jets") and "Tarvan jets", each resolved on its own, the act ``possible`` (an act already
told as future, hypothetical or negated keeps its own modality and polarity). Sides told
after the noun they own ("warplanes either Karvonian or Tarvan carried out six strikes")
are read alike: "Karvonian" and "Tarvan", the warplanes the instrument.

Only two alternatives that each resolve to a distinct named actor that acts split:
"the regime or its allies" (the other unnamed), "ISIL or Daesh" (one actor, two names),
"X, Y or Z" (also without its commas: "Tarvan Karvonian or Borduvian jets") and "neither X
nor Y" stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event
from .agency import AGENT_TYPES, head_words, is_attack_head
from .agents import find_agent
from .codes import actor_code
from .coref import Document
from .junk import UNRESOLVED
from .phrase import Ref
from .resolver import resolve
from .roles import one_type
from .uncertain import names_alternatives

__all__ = ["split_alternatives"]

# "[either] X or Y <rest>": the first side's words, "or", the other side's phrase.
_PAIR = re.compile(r"^(?:either\s+)?(?P<one>\S+(?:\s+\S+){0,2}?)\s+or\s+(?P<other>\S.*)$", re.I)
# "warplanes either X or Y": alternatives told after the noun they own (capitalised names).
_AFTER = re.compile(
    r"^(?P<head>\S+(?:\s+\S+)?)\s+either\s+(?P<one>[A-Z][\w-]*)\s+or\s+(?P<other>[A-Z][\w-]*)\b"
)
# Words of a list, not a pair of alternatives: "X, Y or Z", "X and Y or Z".
_LISTED = re.compile(r",|\b(?:and|nor|neither)\b", re.I)
# Ids that name no one in particular: "unknown/military" ("warplanes").
_NAMELESS = "unknown/"
# Words of a side named only as someone's partner: "its allies" (a generic ally is no one).
_PARTNERS = frozenset({"ally", "allies", "allied", "partner", "partners", "proxy", "proxies"})
# Words that may open a sentence in capitals and name no one: "Its allies".
_PLAIN = frozenset({"its", "their", "the", "those", "his", "her"})


def split_alternatives(events: Iterable[Event], doc: Document, day: str) -> Iterator[Event]:
    """Yield a document's events, an attack by one of two sides as one event per side.

    Args:
        events: One document's normalised events.
        doc: The document's state, to resolve each side in.
        day: The document's date (ISO 8601), for the actors' codes.
    """
    for event in events:
        sides = _sides(event, doc) if _is_open(event, doc) else _told_after(event, doc)
        if sides is None:
            yield event
            continue
        modality = "possible" if event.modality == "asserted" else event.modality
        for words, ref, instrument in sides:
            yield replace(
                event,
                actor=words,
                actor_id=ref.actor_id,
                actor_label=ref.label,
                actor_type=ref.actor_type,
                actor_code=actor_code(ref, doc.gaz, day),
                modality=modality,
                instrument=event.instrument or instrument,
            )


def _is_open(event: Event, doc: Document) -> bool:
    """Return whether an event's doer was left open between named alternatives."""
    return (
        event.kind == "event"
        and event.actor_type == UNRESOLVED
        and not _LISTED.search(event.actor)
        and names_alternatives(event.actor, doc.gaz)
    )


def _sides(event: Event, doc: Document) -> list[tuple[str, Ref, str]] | None:
    """Return each alternative's own words, actor and instrument, or None unless two sides.

    "Karvonian or Tarvan jets" -> ("Karvonian", Karvonia's jets), ("Tarvan jets", ...):
    the first owner is read with the noun the two share.
    """
    found = _PAIR.match(event.actor.strip())
    if found is None:
        return None
    one, other = found["one"].split(), found["other"].split()
    if len({m.actor_id for m in doc.gaz.find_mentions(found["one"])}) > 1:
        return None  # "Syrian Russian or coalition jets": a list that lost its commas
    agent = find_agent(other)
    shared = other[agent.start :] if agent is not None and find_agent(one) is None else []
    first, second = _resolve([*one, *shared], event, doc), _resolve(other, event, doc)
    if first is None or second is None or first.actor_id == second.actor_id:
        return None
    weapon = event.actor if _is_weapon(event) else ""
    return [(" ".join(one), first, weapon), (" ".join(other), second, "")]


def _told_after(event: Event, doc: Document) -> list[tuple[str, Ref, str]] | None:
    """Return each side of alternatives told after the noun they own, or None.

    "Warplanes either Karvonian or Tarvan struck X": the warplanes are one side's, the
    text does not say whose; each side's word is its actor, the warplanes the instrument.
    """
    text, actor = event.provenance.sentence, event.actor
    at = text.find(actor) if event.kind == "event" and actor else -1
    found = _AFTER.match(text[at:]) if at >= 0 else None
    if found is None or at + found.end("head") > at + len(actor) or "," in found["head"]:
        return None
    head = found["head"].split()
    agent = find_agent(head)
    if agent is None or any(w[:1].isupper() for w in head[1:]):
        return None  # "Tarvan jets either ...": owned already; "the talks either ...": no one's
    shared = [w.lower() for w in head[agent.start :]]  # "Warplanes either X or Y ..."
    first = _resolve([found["one"], *shared], event, doc)
    second = _resolve([found["other"], *shared], event, doc)
    if first is None or second is None or first.actor_id == second.actor_id:
        return None
    return [(found["one"], first, found["head"]), (found["other"], second, found["head"])]


def _resolve(words: list[str], event: Event, doc: Document) -> Ref | None:
    """Return the named actor that acts a side's words name, trying shorter runs too.

    "Tarvan air strikes" -> Tarvan (a weapon is its owner's); "its allies" -> None.
    """
    sent, text = event.provenance.sentence_index, event.provenance.sentence
    # where the side is written ("Tarvan", read with the noun it shares: "Tarvan jets")
    pos = text.find(" ".join(words))
    pos = pos if pos >= 0 else max(text.find(words[0]), 0)
    for end in range(len(words), 0, -1):
        ref = one_type(resolve(" ".join(words[:end]), doc, sent, pos, agent=True), doc.gaz)
        if ref.actor_id and not ref.actor_id.startswith(_NAMELESS):
            return ref if ref.actor_type in AGENT_TYPES and not _is_unnamed(words) else None
    return None


def _is_unnamed(words: list[str]) -> bool:
    """Return whether a side is told only as a partner: "its allies", "those of its ally".

    "its ally Moscow", "their Russian allies" name the ally.
    """
    partner = any(w.lower() in _PARTNERS for w in words)
    return partner and not any(w[:1].isupper() and w.lower() not in _PLAIN for w in words)


def _is_weapon(event: Event) -> bool:
    """Return whether the alternatives' phrase names a weapon or an attack: "X or Y strikes"."""
    words = head_words(event.actor)
    return bool(words) and is_attack_head(words[-1].lower())
