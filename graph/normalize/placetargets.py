"""The town of a one-sided attack is its target when the text names no party.

"Jets carried out air strikes in Idlib province", "planes bombed in the Marjeh
neighbourhood": event coders code the attacked place as the target ("bombed
Idlib": target Idlib). Only a one-sided attack (an assault, or a strike, raid,
shelling or bombing; never a clash or battle between two sides, nor a killing,
whose place is where its victims died), only a place in its own "in/on/at" phrase,
and only a town, city, district, neighbourhood, village or province: a country or
a region-sized area ("in Syria", "in the north", "in northern Syria") is where the
war is, not what was hit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..extract.agentnouns import is_agent_noun, is_generic_agent
from ..extract.lexicon import (
    FACILITY_NOUNS,
    HARM_INTRANSITIVE,
    HURT_VERBS,
    INSTRUMENT_NOUNS,
    SYMMETRIC_VERBS,
    word_set,
)
from ..model import Event
from .phrase import clean
from .places import link_place
from .townnames import town_at

__all__ = [
    "TOWN_HEADS",
    "is_name",
    "is_placed",
    "is_strike",
    "is_town",
    "is_town_side",
    "placed_part",
    "town_phrase",
    "with_place_target",
]

# Verbs that name a one-sided attack on what they hit: "jets bombed in X".
_STRIKE_VERBS = word_set("bomb shell strike raid pound bombard hit target attack storm blast")
# Nouns of one-sided attacks a light verb carries: "carried out air strikes in X".
_STRIKE_NOUNS = word_set(
    "attack assault strike airstrike raid bombing bombardment shelling shellfire barrage "
    "sortie airstrikes"
)
# Acts whose place is not what was attacked: two sides fighting there, victims dying
# there, people taken or ground taken there, an attack warded off there.
_NOT_STRIKES = (
    HURT_VERBS
    | HARM_INTRANSITIVE
    | SYMMETRIC_VERBS
    | word_set("fight battle engage commit massacre execute murder behead kidnap abduct")
    | word_set("decapitate hang slaughter shoot stab seize capture arrest detain")
    | word_set("advance encircle besiege wage foil repel repulse thwart counter prevent stop")
)
_STRIKE_MODES = frozenset({"aerial", "heavy-weapons", "explosives", "suicide-attack"})
# Head nouns of a named place the size of a town or a province: "the Bustan district".
TOWN_HEADS = word_set(
    "town city village district neighbourhood neighborhood quarter suburb province "
    "governorate municipality"
)
# A bare name's lowercase parts: "Maaret al-Numan", "Deir ez-Zor".
_NAME_PARTICLES = word_set("al el ad ed as es ash az ez ar er of")
_COMPASS = re.compile(r"(?i)^(?:the )?(?:north|south|east|west|central)")


def with_place_target(event: Event) -> Event:
    """Return a targetless one-sided attack with its town as target, else the event."""
    if event.kind != "event" or event.target or not event.location:
        return event
    if not is_strike(event) or not _own_phrase(event) or not is_town_side(event.location):
        return event
    return replace(event, target=event.location)


def is_strike(event: Event) -> bool:
    """Return whether the event is one side's attack: "jets struck", "carried out raids"."""
    head = event.action.split()[0] if event.action else ""
    if head in _NOT_STRIKES or event.action_class not in ("ASSAULT", "FIGHT"):
        return False
    if event.action_class == "ASSAULT" or head in _STRIKE_VERBS or event.mode in _STRIKE_MODES:
        return True
    words = {w.rstrip("s") for w in re.findall(r"[a-z]+", event.relation.lower())}
    return bool(words & (_STRIKE_NOUNS | INSTRUMENT_NOUNS))


def _own_phrase(event: Event) -> bool:
    """Return whether the place stands in its own "in/on/at" phrase in the sentence."""
    pattern = r"\b(?:in|on|at) " + re.escape(event.location) + r"\b"
    return re.search(pattern, event.provenance.sentence) is not None


def is_town(text: str) -> bool:
    """Return whether a place is a town, city, district or province, not a country or region."""
    if _COMPASS.match(text):
        return False
    place = link_place(text)
    if place is not None:
        return place.kind == "city"
    words = text.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    if "of" in words[1:]:  # "the village of al-Bureij"
        head, name = words[words.index("of") - 1], words[words.index("of") + 1 :]
    else:
        head, name = words[-1], words[:-1]
    if head.lower() in TOWN_HEADS:
        return any(is_name(w) for w in name)
    return is_name(words[0]) and all(is_name(w) or w in _NAME_PARTICLES for w in words)


# A side or kind of a named place: "eastern Homs", "rural Hama", "north-western Idlib".
_TOWN_SIDE = re.compile(r"(?i)^(?:north|south|east|west|central|rural)[a-z-]*\s+(?=[A-Z])")


def is_town_side(text: str) -> bool:
    """Return whether a place is a town, or a side of one: "eastern Homs", "rural Hama".

    The side of a country ("eastern Syria"), a place named with a side ("West Bank",
    "North Korea") and a part a town's possessive names ("eastern Aleppo's Kessa") are not.
    """
    if is_town(text):
        return True
    side = _TOWN_SIDE.match(text)
    if side is None or link_place(text) is not None:
        return False
    rest = text[side.end() :]
    return is_town(rest) and not _possessive_place(rest.split()[0])


def _possessive_place(word: str) -> bool:
    """Return whether a word is a known place's possessive: "Aleppo's", "Aleppos" (its part)."""
    stem = re.sub(r"(?:'s|’s|s)$", "", word)
    return stem != word and link_place(stem) is not None


def is_name(word: str) -> bool:
    """Return whether a word is written as a name: "Hass", "al-Gharbiya", "Ma'arat"."""
    return any(part[:1].isupper() for part in word.split("-"))


# Unnamed parts of a settlement: "residential neighbourhoods", "at least 11 towns".
_PARTS = TOWN_HEADS | word_set("towns villages cities districts neighbourhoods neighborhoods")
_PARTS |= word_set("suburbs quarters area areas")
# Unnamed stretches of a town, placed by "of" too: "the main street of Saraqeb".
_STREETS = word_set("street streets road roads highway highways square squares outskirts")
# Settlements whose nearby town is the area hit: "two villages near Jarablus".
_SETTLEMENTS = word_set("village villages town towns camp camps hamlet hamlets")
# Buildings and sites of a town a coder codes as the town hit: "a market in Sarmin".
_FACILITIES = (FACILITY_NOUNS - word_set("suburb countryside outskirts checkpoint")) | {"camp"}
# ... and a town's public buildings and works: "a power station in Kessa", "a bridge in X".
_FACILITIES |= word_set(
    "station centre center hall office factory plant warehouse prison university college "
    "stadium hotel bridge dam"
)
# A side of a named place: "eastern Ghouta", "western Aleppo province" (the place itself).
_SIDE = re.compile(r"(?i)^(?:the\s+)?(?:north|south|east|west|central)[a-z]*\s+(?=[A-Z])")
_POSSESSIVES = word_set("their his her its our my your whose")
_HOLDS = word_set("held controlled occupied")
_IN = r"in|across|throughout|around|inside"
_OF = _IN + r"|of"
_NEAR = _IN + r"|near|outside|just\s+outside|close\s+to|not\s+far\s+from|on\s+the\s+outskirts\s+of"
# A target that carries its town: "the main street of Saraqeb", "a residential area in Hass".
_CARRIED = re.compile(
    r"^(?P<part>[^A-Z]+?)\s+(?P<link>of|in|near|outside|close\s+to)\s+(?P<town>.*[A-Z].*)$"
)


def placed_part(event: Event) -> str:
    """Return the town an attack's unnamed settlement part or building lies in, else "".

    "Jets bombed villages across Idlib", "struck 11 towns and villages across Idlib",
    "rebels shelled residential neighbourhoods in Aleppo city", "jets hit a market in
    the town of Sarmin", "the market in Ariha", "the main street of Saraqeb", "two
    villages near Jarablus": the target names no place of its own, its "in/across/
    throughout" phrase does (the event's location or, hung on the target, the words
    after it; "of" for a street, "near/outside" for a settlement): event coders code the
    town as what was hit; a named region inside a country too ("villages in eastern
    Ghouta"). A country or a side of it ("villages in northern Syria"), a
    building near a town ("a clinic near Homs"), a named target, a building with an
    owner ("their home", "police buildings", "the roof of a house") and a non-attack
    are left.
    """
    if event.kind != "event" or not event.target:
        return ""
    carried = _CARRIED.match(event.target)
    part = carried.group("part") if carried else event.target
    words = clean(part)
    if not words or any(w[:1].isupper() or _is_held(w) for w in words) or not is_strike(event):
        return ""
    links = _links(words)
    if carried:
        fits = re.fullmatch(links, carried.group("link")) is not None
        return _town(_town_at(carried.group("town"))) if fits else ""
    return _town_after(event, links) if links else ""


def _is_held(word: str) -> bool:
    """Return whether a word says who holds the part ("rebel-held"): ownertargets' case."""
    return word.lower().split("-")[-1] in _HOLDS


def _links(words: list[str]) -> str:
    """Return the words that may place a part in its town ("in", "of", "near"), else ""."""
    head = words[-1].lower()
    if head in _SETTLEMENTS:
        return _NEAR
    if head in _STREETS:
        return _OF
    return _IN if head in _PARTS or _is_facility(words) else ""


def _town_after(event: Event, links: str) -> str:
    """Return the town in the target's own "in/of/near" phrase: the location, else its words."""
    sentence, location = event.provenance.sentence, event.location
    pattern = (
        re.escape(event.target)
        + r"(?:\s+and\s+[a-z]+)?\s+(?:"
        + links
        + r")\s+(?:and\s+around\s+)?"
    )
    for match in re.finditer(pattern, sentence):
        rest = sentence[match.end() :]
        at_location = location and re.match(re.escape(location) + r"\b", rest)
        if town := (at_location and _town(location)) or _town(_town_at(rest)):
            return town
    return ""


def town_phrase(text: str) -> str:
    """Return the town a text begins with ("the town of Kessa said": Kessa), else ""."""
    return _town(_town_at(text))


def _town_at(text: str) -> str:
    """Return the town phrase a text begins with, past a side's word ("eastern Ghouta")."""
    side = _SIDE.match(text)
    return town_at(text[side.end() :] if side else text)


def _town(text: str) -> str:
    """Return a town phrase without words glued on ("Hass Syrian Observatory": Hass), else "".

    A side's word goes ("western Kessa province": Kessa province); a region the places
    gazetteer knows inside a country ("eastern Ghouta", "the Golan Heights") is a place too.
    """
    side = _SIDE.match(text)
    text = text[side.end() :] if side else text
    if not text or not is_town(text):
        place = link_place(text) if text else None
        return text if place is not None and place.kind == "region" else ""
    cut = town_at(text)
    glued = cut and text.startswith(cut + " ") and is_name(text[len(cut) + 1 :].split()[0])
    return cut if glued and is_town(cut) else text


def _is_facility(words: list[str]) -> bool:
    """Return whether unnamed words are a building no one is said to own: "a public market"."""
    if len(words) > 1 and words[-1].lower() == "place":
        words = words[:-1]  # "the market place": a market
    if _singular(words[-1].lower()) not in _FACILITIES or "of" in words:
        return False
    return not any(_is_owner(w.lower()) for w in words[:-1])


def _is_owner(word: str) -> bool:
    """Return whether a word before a building names whose it is: "their", "citizens", "police"."""
    plural_agent = word.endswith("s") and is_agent_noun(word)
    return word in _POSSESSIVES or plural_agent or is_generic_agent(word)


def _singular(word: str) -> str:
    """Return a plural noun's singular: "bakeries" -> "bakery", "churches" -> "church"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def is_placed(ref_id: str, ref_type: str, town: str) -> bool:
    """Return whether a town resolved to a place: a known one, or a name the gazetteer lacks.

    "the town of Ahsem" -> ahsem (a name of its own words); a resolution into pieces
    of words ("the Syrian city of Aleppo" -> "ty-of-aleppo") is no place.
    """
    if ref_type == "location":
        return True
    words = set(re.findall(r"[a-z]+", town.lower()))
    return ref_type == "other" and all(w in words for w in ref_id.split("-"))
