"""CAMEO-style codes of resolved actors, and the countries places name."""

from __future__ import annotations

import re

from ..model import Event
from .actordict import cameo_code, country_alpha3
from .agentwords import SECTORS
from .coref import Document
from .countries import country_by_alpha2, country_of
from .gazetteer import Gazetteer
from .heads import position
from .phrase import Ref, clean
from .places import SMALL_CITY, Place, get_place, link_place

# Generic agents' id parts -> their CAMEO sector ("iraq/police" -> COP).
_SECTOR_OF_PART = {part: sector for sector, (part, _) in SECTORS.items()}


def actor_code(ref: Ref, gaz: Gazetteer, day: str = "") -> str:
    """Return the CAMEO-style code of a resolved actor on the document's date.

    The resolver's own code wins; a generic agent is coded by its country and
    sector (``iraq/police`` -> ``IRQCOP``, ``unknown/gunmen`` -> ``---UAF``); else the
    gazetteer's role valid on ``day`` (:meth:`Gazetteer.code_at`); a linked place
    is coded as its country, as CAMEO dictionaries code cities ("Aleppo" -> "SYR").

    Args:
        ref: The resolved actor.
        gaz: The actor gazetteer.
        day: The document's date (ISO 8601), "" when undated (then the latest role).

    Returns:
        The code, "" when unknown.
    """
    if ref.code or not ref.actor_id:
        return ref.code
    qualifier, _, part = ref.actor_id.partition("/")
    if part in _SECTOR_OF_PART:
        country = gaz.get(qualifier)
        code = country.country if country is not None and country.actor_type == "country" else ""
        return cameo_code(code, _SECTOR_OF_PART[part])
    code = gaz.code_at(ref.actor_id, day)
    if code or ref.actor_type != "location":
        return code
    place = get_place(ref.actor_id)
    return country_alpha3(place.country_code) if place is not None else ""


# "Soldiers in Niger", "rebels in eastern Congo", "militias in north-west Syria"
_IN_PLACE = re.compile(
    r"^\s+(?:in|inside)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|"
    r"northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
    r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)


def target_code(event: Event, target: Ref, doc: Document, day: str) -> str:
    """Return the target's code; one of no country placed "in X" right after takes X's.

    "extended the mandate of the peacekeeping force in Lebanon": the extractor keeps
    the place as the event's location; the force it names is the one in Lebanon.
    """
    code = actor_code(target, doc.gaz, day)
    if not target.actor_id or code[:3].strip("-") or target.actor_type == "location":
        return code
    text = event.provenance.sentence
    country = located(doc, event.provenance.sentence_index, position(text, event.target),
                       event.target)  # fmt: skip
    actor = doc.gaz.get(country) if country else None
    if actor is None or not actor.country:
        return code
    return actor.country + code[3:]


def located(doc: Document, sent: int, pos: int, text: str) -> str:
    """Return the country of a place written right after a phrase, "" when none is.

    "Soldiers in Niger detained ...": the extractor leaves the place out of
    the span (it is where the event is), but it also says whose forces they are.
    """
    match = _IN_PLACE.match(doc.sentence(sent)[pos + len(text) :])
    return country_named(clean(match[1]), doc) if match else ""


def country_named(words: list[str], doc: Document) -> str:
    """Return the country a place phrase is in ("Baghdad", "southern Iraq"), or ""."""
    found = doc.lookup(words)
    if found is not None:
        return country_of(doc.gaz, found.actor_id)
    name = " ".join(words)
    place = link_place(name) if words and words[0][:1].isupper() else None
    if place is None:
        return ""
    country = country_by_alpha2(doc.gaz, place.country_code)
    return "" if _is_stray_town(place, country, name, doc) else country


def _is_stray_town(place: Place, country: str, name: str, doc: Document) -> bool:
    # "insurgents in Zahra" in a story set in Syria: a small namesake town abroad, in a
    # country the story never names, says nothing of whose the insurgents are (a big
    # city such as Mosul does)
    setting = doc.setting_country
    if not setting or country == setting or not 0 < place.population < SMALL_CITY:
        return False
    return not doc.is_home_place(name)
