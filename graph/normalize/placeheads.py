"""A place target named by a common noun is labelled by the named place it holds or stands in.

"Jets struck the region of Kessa southeast of Hass city": the target's own name, Kessa
(a name the gazetteer lacks is a place of its own); "rebels took three villages south of
Hass", "the army captured a strategic hill in Hass province", "helicopters bombed a
crowded market in the centre of Hass": the target names no place, the phrase it stands
in does, and an event coder codes that place (Hass). :mod:`placetargets` places a
one-sided attack's parts "in/near" a town; this adds the taking and the holding of
ground (capture, besiege, enter, retreat), a place "south of" a town, a part "in the
centre of" it, and a named place the parser glued to its locator.

Left alone: a place noun with no name around it ("villages near the border", "a market
in the morning"), a held or owned part ("rebel-held areas", "their positions":
:mod:`ownertargets`), a country ("cities in Syria": where the war is) and a non-physical
act ("areas of cooperation").
"""

from __future__ import annotations

import re

from ..extract.lexicon import word_set
from ..model import Event
from .heads import UNRESOLVED_REF
from .phrase import Ref, clean, up_to_head
from .placetargets import TOWN_HEADS, is_name, is_town, placed_part, town_phrase

__all__ = ["own_place_part", "place_of_part", "stood_in", "without_place_slug"]

# Action classes of ground fought over, taken, held or left: "captured a hill in X".
_GROUND_CLASSES = frozenset({"FIGHT", "ASSAULT", "MOBILIZE", "RETREAT"})
# Common nouns of a stretch of ground or a settlement: "three villages", "a strategic hill".
_PLACE_NOUNS = TOWN_HEADS | word_set(
    "area region countryside hill hilltop mountain valley plain camp hamlet outskirts "
    "market marketplace square"
)
# Plurals of the above: "villages", "areas", "hills".
_PLACE_NOUNS |= {noun + "s" for noun in _PLACE_NOUNS if not noun.endswith("s")}
_PLACE_NOUNS |= word_set("cities countrysides")
# Ground held or fought over, as common nouns: "a base", "army positions", "the checkpoint".
_GROUND_NOUNS = word_set(
    "base bases airbase airbases airport position positions checkpoint checkpoints post posts"
)
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
# What places a place in another: "in", "near", "south of", "in the centre of".
_LOCATOR = (
    r"(?:(?:in|inside|across|throughout|around)(?:\s+the\s+(?:centre|center|heart|middle|"
    r"outskirts)\s+of)?|near|outside|close\s+to|" + _COMPASS + r"\s+of)"
)
# A target ending in its locator and a named place: "three villages south of Hass".
_LOCATED = re.compile(r"^(?P<part>.+?)\s+" + _LOCATOR + r"\s+(?P<rest>(?:the\s+)?[A-Z].*)$")
# What stands after a target in its sentence: "... three villages | south of Hass".
_AFTER = re.compile(r"^,?\s+" + _LOCATOR + r"\s+")
# A name the target stands in apposition to: "Hass(,) | a town near Kessa".
_APPOSED = re.compile(r"[A-Z][\w'’-]*,?\s+$")
_HOLDS = re.compile(r"(?i)-(?:held|controlled|occupied|run)$")
_POSSESSIVES = word_set("their his her its our my your whose")
# "the region of Kessa", "the al-Kessa area": a place noun with its own name.
_NAMED_OF = re.compile(r"^(?:the\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\s+of\s+(?P<name>\S.*)$")
_NAME_NOUN = re.compile(r"^(?:the\s+)?(?P<name>.*\S)\s+(?P<noun>[a-z]+)$")


def place_of_part(event: Event) -> str:
    """Return the named place a place target is or stands in (placetargets, then here)."""
    return placed_part(event) or own_place_part(event) or stood_in(event)


def own_place_part(event: Event) -> str:
    """Return a target's own named place when a locator was glued to it, else "".

    "the region of Kessa southeast of Hass city" -> "the region of Kessa"; "al-Kessa
    area east of Hass" -> "al-Kessa area". The caller resolves the name.
    """
    if event.kind != "event" or not event.target:
        return ""
    located = _LOCATED.match(event.target)
    own = located.group("part") if located else ""
    return own if own and _names_own_place(own) else ""


def _names_own_place(text: str) -> bool:
    """Return whether a phrase is a place noun with its own name: "the region of Kessa"."""
    if is_town(text):
        return True
    match = _NAMED_OF.match(text) or _NAME_NOUN.match(text)
    if match is None or match.group("noun") not in _PLACE_NOUNS:
        return False
    words = match.group("name").split()
    return 0 < len(words) <= 3 and is_name(words[0]) and words[0] not in ("The", "A", "An")


def stood_in(event: Event) -> str:
    """Return the named town an unnamed place target stands in, else "".

    "took three villages south of Hass", "captured a hill in Hass province", "bombed a
    market in the centre of Hass": the target's own locator phrase, else the words
    right after it in the sentence.
    """
    if event.kind != "event" or event.action_class not in _GROUND_CLASSES or not event.target:
        return ""
    located = _LOCATED.match(event.target)
    part = located.group("part") if located else event.target
    if not _is_unnamed_place(part):
        return ""
    if located:
        return town_phrase(located.group("rest"))
    sentence = event.provenance.sentence
    for match in re.finditer(re.escape(event.target) + r"\b", sentence):
        if _APPOSED.search(sentence[: match.start()]):
            return ""  # "out of Hass, a town near Kessa": the town is Hass, not Kessa
        after = _AFTER.match(sentence[match.end() :])
        if after and (town := town_phrase(sentence[match.end() + after.end() :])):
            return town
    return ""


def _is_unnamed_place(text: str) -> bool:
    """Return whether a phrase is a place common noun naming no place, owner or holder."""
    words = clean(text)
    if not words or words[-1].lower() not in _PLACE_NOUNS:
        return False
    return not any(is_name(w) or _HOLDS.search(w) or w.lower() in _POSSESSIVES for w in words)


def without_place_slug(event: Event, target: Ref) -> Ref:
    """Return no actor for a place or ground common noun made an id of its words, else ``target``.

    "the army captured a strategic hill" -> not ``strategic-hill``; "jets struck an air
    base" -> not ``air-base``: a common noun names no one place. A named one ("the
    Kessa air base") and a place or owner the noun was resolved to are kept.
    """
    if event.kind != "event" or target.actor_type != "other" or re.search(r"[A-Z]", event.target):
        return target
    words = [word.lower() for word in up_to_head(event.target)]
    if not words or words[-1] not in _PLACE_NOUNS | _GROUND_NOUNS:
        return target
    spelled = set(re.findall(r"[a-z0-9]+", event.target.lower()))
    return UNRESOLVED_REF if set(target.actor_id.split("-")) <= spelled else target
