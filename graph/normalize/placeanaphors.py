"""An attack "in the province", "on the town" takes the place the story named before.

"Rebels hold much of Idlib province. The coalition has also carried out strikes in
the province": :mod:`placetargets` makes a named place of a one-sided attack's own
"in/on/at" phrase its target ("bombed in Idlib"), but a definite place noun with no
name of its own is a place the story named before, and an event coder codes the
coalition's strikes on Idlib province. The place noun takes its antecedent as
:mod:`placedesc` finds it (the nearest place of that kind: "the province" a province,
"the town" a town or a settlement, "the area" a place just named), and becomes the
target only when it resolves.

Never a guess among two: when the nearest sentence naming a place of the noun's kind
(its own before it, or one of the two before) names two different ones ("IS attacked
Kobani and Tal Abyad. Kurdish militias later shelled the town"), an attack's place
noun, as its place or as its target, is left with no place.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Event
from .candidates import Candidate, candidates
from .heads import UNRESOLVED_REF, position
from .phrase import Ref
from .placedesc import fits_head, resolve_place_description
from .placetargets import is_strike

if TYPE_CHECKING:
    from .coref import Document

__all__ = ["with_place_anaphor"]

_PHYSICAL = frozenset({"FIGHT", "ASSAULT"})
# "the province", "the besieged town": a singular place noun, lowercase words before it.
_DEFINITE = re.compile(
    r"^[Tt]he\s+(?:[a-z-]+\s+)?(?P<head>province|governorate|city|town|village|area|region"
    r"|district|neighbou?rhood|quarter)$"
)
# How many sentences before a place noun's own may name a rival place.
_RIVAL_WINDOW = 2
# A name right after the noun: "the strategic city Deir Hafer" is that place.
_NAMED_AFTER = re.compile(r"^\s+[A-Z]")
# A place in whose "in" phrase another stands: "Hatla in | Deir ez-Zor province".
_CONTAINS = re.compile(
    r"(?:[A-Z][\w'’-]*|town|village|city|district|neighbou?rhood|area|region|countryside)"
    r"\s+in\s+(?:the\s+)?$"
)


def with_place_anaphor(event: Event, target: Ref, doc: Document) -> tuple[Event, Ref]:
    """Return an attack with its place noun's place as target, or its guessed one undone.

    "carried out strikes in the province" -> the province named before; "shelled the
    town" after two towns -> no place.
    """
    if event.kind != "event" or event.action_class not in _PHYSICAL:
        return event, target
    if event.target:
        guessed = target.actor_type == "location" and _is_ambiguous(doc, event, event.target)
        return event, UNRESOLVED_REF if guessed else target
    if not event.location or not is_strike(event) or not _own_phrase(event):
        return event, target
    found = _resolved(doc, event, event.location)
    if found is None or _is_ambiguous(doc, event, event.location):
        return event, target
    return replace(event, target=event.location), found


def _own_phrase(event: Event) -> bool:
    """Return whether the place noun stands in its own phrase: "strikes in/across the town"."""
    pattern = r"\b(?:in|on|at|inside|across|throughout|around) " + re.escape(event.location) + r"\b"
    return re.search(pattern, event.provenance.sentence) is not None


def _resolved(doc: Document, event: Event, text: str) -> Ref | None:
    """Return the named place a place noun means, else None."""
    if _DEFINITE.match(" ".join(text.split())) is None:
        return None
    sent, sentence = event.provenance.sentence_index, event.provenance.sentence
    words = text.split()[1:]
    ref = resolve_place_description(doc, text, words, sent, position(sentence, text))
    return ref if ref is not None and ref.actor_id else None


def _is_ambiguous(doc: Document, event: Event, text: str) -> bool:
    """Return whether the nearest sentence naming a place of the noun's kind names two.

    "attacked Kobani and Tal Abyad. Militias later shelled the town": either town; "took
    Homs. ... Damascus ... the city" is Homs, named nearest on its own.
    """
    definite = _DEFINITE.match(" ".join(text.split()))
    sentence = event.provenance.sentence
    at = position(sentence, text)
    if definite is None or _NAMED_AFTER.match(sentence[at + len(text) :]):
        return False  # "the strategic city Deir Hafer" names its place
    head, sent = definite.group("head"), event.provenance.sentence_index
    rivals: set[str] = set()
    nearest = None
    for candidate in candidates(doc, sent, at, window=_RIVAL_WINDOW):
        if nearest is not None and candidate.sent != nearest:
            break
        if not _is_rival(doc, candidate, head):
            continue
        nearest = candidate.sent
        place = doc.link(candidate.name)
        rivals.add(place.id if place is not None else candidate.name.lower())
    return len(rivals) > 1


def _is_rival(doc: Document, candidate: Candidate, head: str) -> bool:
    """Return whether a named place could be the one a place noun means, rather than a frame.

    Not a place named to locate another ("10 km north of Homs", "Hatla in Deir ez-Zor
    province") nor a name of no known kind ("the Rage of Euphrates operation").
    """
    if candidate.landmark or candidate.kind == "place" or not fits_head(candidate, head):
        return False
    text = doc.sentence(candidate.sent)
    return _CONTAINS.search(text[: max(text.find(candidate.name), 0)]) is None
