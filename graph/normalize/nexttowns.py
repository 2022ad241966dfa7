"""An attacked town the lead leaves unnamed is the one town the next sentence names.

"Jets killed 12 people on Monday in strikes on a rebel-held town in northern Tarvo, a
monitor said. The raids on Kessa came as ...": a story's lead often withholds the
town's name and gives it in the sentence after; an event coder codes that town as
what was attacked. Only an indefinite town or village ("a town", "a mainly Kurdish
village") that names no place of its own, that no earlier rule placed in a town its
own sentence names (:mod:`placetargets`, :mod:`sitelabels`) and that its sentence does
not put off one ("a village near Hass"), and only when the next sentence names exactly
one place that can be a town (not a country, a province, a region or a city of a
million; not a list of tags naming several).

Left alone: "the town" (a description: :mod:`placedesc`), a town put off another, a
next sentence naming no town or two, and any act but a fight or an assault.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Event
from .candidates import ADJECTIVE, NAME, Candidate, candidates
from .heads import position
from .phrase import Ref
from .placedesc import TOWN_MAX_POPULATION
from .places import link_place
from .placetargets import is_name

if TYPE_CHECKING:
    from .coref import Document

__all__ = ["named_next"]

_ATTACK_CLASSES = frozenset({"FIGHT", "ASSAULT"})
# An unnamed town or village: "a town", "an extremist-held town", "a mainly Kurdish village".
_UNNAMED_TOWN = re.compile(r"^(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:town|village)$")
# What puts the town off a place, not in it: "a village | near Hass", "| 10 km east of Hass".
_OFF = re.compile(
    r"^,?\s+(?:near|outside|close\s+to|bordering|on\s+the\s+outskirts|[\w.]+\s+(?:km|kilometres|"
    r"kilometers|miles)|(?:north|south|east|west)\w*\s+of)\b",
    re.IGNORECASE,
)
# A name the gazetteer may lack, placed in a province: "raids on Kessa in Hass province".
_IN_PROVINCE = re.compile(
    r"(?<![\w-])(?P<name>" + NAME.pattern + r")\s+in\s+(?:the\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:" + NAME.pattern + r"\s+)?(?:province|countryside)\b"
)
# Kinds of named place that can be a town: named as one, a town-sized city, a bare name.
_TOWN_KINDS = frozenset({"town", "place"})


def named_next(event: Event, target: Ref, doc: Document) -> Ref:
    """Return the one town the next sentence names for an unnamed attacked town, else ``target``.

    "strikes on a rebel-held town in northern Tarvo. The raids on Kessa ..." -> Kessa.
    """
    # a fact too: "air raids on a town" is an event once its doer is found (attackers)
    if event.action_class not in _ATTACK_CLASSES or target.actor_id:
        return target
    words = event.target.split()
    if not _UNNAMED_TOWN.match(event.target) or any(_names(doc, w) for w in words[1:]):
        return target
    sentence, sent = event.provenance.sentence, event.provenance.sentence_index
    end = position(sentence, event.target) + len(event.target)
    if _OFF.match(sentence[end:]):
        return target  # "a village near Hass": not Hass, nor the next sentence's town
    nxt = doc.sentence(sent + 1)
    towns = {c.name for c in _places(doc, sent + 1) if _is_town(c)}
    towns |= {m["name"] for m in _IN_PROVINCE.finditer(nxt) if doc.gaz.lookup(m["name"]) is None}
    return doc.place_ref(towns.pop()) if len(towns) == 1 else target


def _names(doc: Document, word: str) -> bool:
    """Return whether a word names a place, not a people or a faith ("a Kurdish town")."""
    if not is_name(word) or link_place(word) is not None:
        return is_name(word)
    return not ADJECTIVE.search(word) and doc.gaz.lookup(word) is None


def _places(doc: Document, sent: int) -> list[Candidate]:
    """Return the places (not countries) a sentence names."""
    text = doc.sentence(sent)
    return [c for c in candidates(doc, sent, len(text), window=0) if c.sent == sent] if text else []


def _is_town(candidate: Candidate) -> bool:
    """Return whether a named place can be a town: not a province, a region or a big city."""
    if candidate.landmark:
        return False
    if candidate.kind == "settlement":
        return candidate.population < TOWN_MAX_POPULATION
    return candidate.kind in _TOWN_KINDS
