"""A named place under words that only describe it is that place: "rebel-held eastern Kessa".

Event coders code "jets bombed regime-controlled Kessa", "shells hit the besieged
eastern part ... of Kessa", "raids on rural Kessa", "the northern outskirts of Kessa",
"the whole of Kessa", "Tarvania's Kessa" as attacks on Kessa. The resolver knows the
bare name but not the phrase, so such a target became a node of its own words
("regime-controlled-kessa") or, for "Tarvania's Kessa", the country. Here a target
that is a town's or a region's name after only such words takes the place:

* who holds or besieges it ("rebel-held", "ISIS-controlled", "besieged", "contested");
* its side or kind ("eastern", "southwest", "north-eastern", "rural", "strategic"); a
  capitalised side the resolver took for a place of its own ("Southwest Aleppo") too,
  when the name under it is a known place;
* a country's possessive, with or without its apostrophe ("Tarvania's", "Tarvanias");
* a part of it named by "of": "the (northern) outskirts of", "the whole of", "the
  centre of" (not a bare side: "east of Kessa" is outside it).

Anything else in the phrase ("the Kessa opera house", "the governor of Kessa",
"rebel-held areas of Kessa": ownertargets' case) leaves the target alone. The
target's words stay; only its node changes.
"""

from __future__ import annotations

import re

from ..extract.lexicon import word_set
from ..model import Event
from .coref import Document
from .heads import position
from .junk import UNRESOLVED
from .phrase import Ref
from .places import link_place
from .placetargets import is_placed, is_town
from .resolver import resolve

__all__ = ["modified_place"]

_COMPASS = (
    r"(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)"
)
# Parts of a place its "of" names: "the northern outskirts of X", "the whole of X" (never
# a bare side, "east of X", "to the east of X": a place outside X).
_PART_OF = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:" + _COMPASS + r"\s+)?(?:outskirts|suburbs|countryside|environs|"
    r"fringes|edges?|heart|centre|center|whole|rest|surroundings))\s+of\s+"
)
# Words that describe a place without naming another thing: its side, state or kind.
_DESCRIBING = word_set(
    "besieged contested embattled beleaguered divided war-torn war-ravaged strategic key "
    "rural important strategically ancient northern southern eastern western central north "
    "south east west northeastern northwestern southeastern southwestern"
)
# Who holds it: "rebel-held", "ISIS-controlled", "regime-besieged".
_HOLDER = re.compile(r"(?i)^\S+-(?:held|controlled|occupied|besieged|dominated|run)$")
_POSSESSIVE = re.compile(r"^(?P<stem>[A-Z][\w.-]*?)(?:'s|’s|s)$")
_MAX_NAME_WORDS = 4


def modified_place(event: Event, target: Ref, doc: Document) -> Ref:
    """Return the place a target names under describing words, else ``target``.

    Args:
        event: The event, with its target text.
        target: The target as resolved from its own words.
        doc: The document's state, to resolve the place's name.
    """
    if not event.target or target.actor_type not in (UNRESOLVED, "other", "country", "location"):
        return target
    name, owned = _named_place(event.target)
    if target.actor_type == "location" and not _glued_side(event.target, name):
        return target  # a place of its own, not a side's word glued to one
    if not name or (target.actor_type == "country" and not owned):
        return target  # a country is kept unless a possessive made it ("Tarvania's Kessa")
    if link_place(name) is not None:
        return doc.place_ref(name)  # a known place, not a name the story glued to it
    at = max(0, position(event.provenance.sentence, event.target))
    saved = doc.mentions.saved()
    placed = resolve(name, doc, event.provenance.sentence_index, at, place=True)
    if is_placed(placed.actor_id, placed.actor_type, name):
        return placed
    doc.mentions.restore(saved)  # a reading tried and left: no mention for later pronouns
    return target


def _glued_side(text: str, name: str) -> bool:
    """Return whether a capitalised side made an unknown place of a known one: "Southwest Aleppo".

    A place named with a side ("West Bank", "Eastern Ghouta") is known and kept.
    """
    return bool(name) and link_place(text) is None and link_place(name) is not None


def _named_place(text: str) -> tuple[str, bool]:
    """Return the place name under describing words and whether a possessive led it, else ""."""
    rest = text.replace("’", "'").strip()
    part = _PART_OF.match(rest)
    rest = rest[part.end() :] if part else rest
    words = rest.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    start, owned = 0, False
    while start < len(words) - 1 and (kind := _describing(words[start])):
        owned = owned or kind == "possessive"
        start += 1
    name = " ".join(words[start:])
    if not (part or start) or not name or len(words) - start > _MAX_NAME_WORDS:
        return "", False
    if not name[:1].isupper() or not _is_place_name(name):
        return "", False
    return name, owned


def _describing(word: str) -> str:
    """Return what kind of describing word a word is ("state", "possessive"), else ""."""
    compass = re.fullmatch(_COMPASS, word, re.IGNORECASE)  # "southwest", "north-eastern"
    if word.lower() in _DESCRIBING or compass or _HOLDER.match(word):
        return "state"
    possessive = _POSSESSIVE.match(word)
    place = link_place(possessive["stem"]) if possessive else None
    return "possessive" if place is not None and place.kind == "country" else ""


def _is_place_name(name: str) -> bool:
    """Return whether a name is a town's or a region's: "Kessa", "Kessa city", "Ghouta"."""
    place = link_place(name)
    if place is not None:
        return place.kind in ("city", "region")
    return is_town(name)
