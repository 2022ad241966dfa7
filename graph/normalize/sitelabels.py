"""An attacked civilian site or unnamed area is labelled by its place, or its country's civilians.

"Jets bombed a school overnight in Kessa", "strikes hit residential areas on Sunday in
Kessa", "a shell hit a building in a held area of Kessa", "they gained territory in
Kessa": the target names no place and no owner, its sentence does (after a place
preposition, outside the doer's words: :func:`graph.normalize.victimplaces.setting_places`),
and an event coder codes that place: the first named after the target, else the one
named before it. A civilian site (a school, a hospital, a market, a mosque, homes, a
bus) whose sentence names no town stands for the civilians of the country the sentence's
places lie in ("a market in eastern Tarvo": Tarvan civilians), or, with no place in the
sentence, of the country most of the story's places so far lie in (as
:mod:`graph.normalize.victimplaces` places unnamed victims): where the site is, never a
guess from its attacker's country.

Left alone: a military site ("a base", "army positions"), an owned or held one ("their
hospital", "rebel-held areas", "an opposition village": :mod:`ownertargets`), a site
whose own phrase names its place (:mod:`placeheads`), an area, village, building or
territory whose sentence names no town or that lies off it ("took territory to the
south"), places in two countries, a story with no place, and any act but a fight or an
assault ("the hospital said", "the market fell").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..extract.lexicon import word_set
from ..model import Event
from .agents import agent_ref
from .heads import position
from .mentions import Mention
from .nexttowns import named_next
from .phrase import Ref, clean, up_to_head
from .places import get_place
from .placetargets import is_name
from .titlecase import is_title_sentence
from .victimcountry import own_country_victims
from .victimplaces import most_places_country, placed_victims, setting_places, settings_country

if TYPE_CHECKING:
    from .coref import Document

__all__ = ["labelled_site", "placed_target", "site_kind"]

_SITE_CLASSES = frozenset({"FIGHT", "ASSAULT"})
# Civilian sites: hit, they stand for the civilians in them ("shelled a bakery").
CIVILIAN_SITES = word_set(
    "school schools hospital hospitals clinic clinics market markets marketplace marketplaces "
    "mosque mosques church churches bakery bakeries house houses home homes shelter shelters "
    "bus buses"
)
# Unnamed stretches of ground and buildings: labelled only by a town their sentence names.
_AREAS = word_set(
    "area areas village villages neighbourhood neighbourhoods neighborhood neighborhoods "
    "district districts building buildings territory suburb suburbs quarter quarters"
)
# Verbs of taking or holding ground: a site seized is ground, not its civilians.
_TAKING = word_set(
    "seize capture take retake recapture wrest regain conquer grab win overrun besiege "
    "surround enter control"
)
# Words naming an owner or a holder before the head: "their homes", "rebel villages".
_OWNERS = word_set(
    "their his her its our my your whose military army rebel rebels opposition regime "
    "militant militants jihadist jihadists insurgent insurgents police terrorist terrorists "
    "artillery naval"
)
_HOLDS = re.compile(r"(?i)-(?:held|controlled|occupied|run|supported|backed)$")
# "in" and up to three lowercase words before a town: "in rural Kessa", "in the town of Kessa".
_IN_BEFORE = re.compile(r"\b[Ii]n\s+(?:[a-z][\w-]*\s+){0,3}$")
# What puts a site off a town, not in it: "near Kessa", "outside the town of Kessa",
# "50 km east of Kessa"; not a part of it, "in the (rebel-held) east of Kessa".
_OFF = re.compile(
    r"(?i)(?<!the\s)(?<!-held\s)\b(?:near|outside|close\s+to|beyond|(?:north|south|east|west)\w*\s+of)"
    r"\s+(?:[a-z][\w-]*\s+){0,3}$"
)

# A town's region, not the town: "in the Kessa countryside" (placeheads leaves it).
_REGION_AFTER = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:countryside|outskirts|border)\b"
)

# Ground off the place, not in it: "rebels took territory | to the south".
_AWAY = re.compile(r",?\s+to\s+the\s+(?:north|south|east|west)")

# A clause of its own between the site and a place: "... villages and are now in Kessa".
_NEW_CLAUSE = re.compile(
    r"\b(?:and|but|while|whereas)\s+(?:[\w-]+\s+){0,3}?(?:are|is|were|was|have|has|had|will)\b"
)


def placed_target(event: Event, actor: Ref, target: Ref, doc: Document) -> Ref:
    """Return the target placed: a site's place (here), a lead's town, a harm's victims'."""
    site = named_next(event, labelled_site(event, target, doc), doc)
    site = own_country_victims(event, actor, site, doc)  # (victimcountry: never the doer's)
    return placed_victims(event, actor, site, doc)


def site_kind(text: str) -> str:
    """Return "site" for an unowned civilian site, "area" for an unnamed area, else "".

    "a crowded market" -> "site"; "residential areas" -> "area"; "their homes", "an
    opposition village", "army positions", "the entrance of the school" -> "".
    """
    cleaned = clean(text)
    words = up_to_head(text)
    if not words:
        return ""  # "(16) outside the bakery": the head is not the site
    head = words[-1].lower()
    kind = "site" if head in CIVILIAN_SITES else "area" if head in _AREAS else ""
    # a capital on the head alone is a sentence's or a headline's first word ("Hospitals")
    others = cleaned[1:] if cleaned and cleaned[0] == words[-1] else cleaned
    if any(is_name(w) for w in others):
        return ""  # "the Kessa hospital", "a school in west Kessa": its own words name it
    if any(_HOLDS.search(w) or w.lower() in _OWNERS for w in words[:-1]):
        return ""  # "rebel-held areas", "their homes": owned
    return kind


def labelled_site(event: Event, target: Ref, doc: Document) -> Ref:
    """Return the place or the civilians an unlabelled site target stands for, else ``target``.

    "Jets bombed a school on Sunday in Kessa" -> Kessa; "Jets bombed a school" in a
    story of Tarvan places -> tarvo/civilians.
    """
    # a fact too: "the attack damaged the school" is an event once its doer is found (attackers)
    if event.action_class not in _SITE_CLASSES or not event.target:
        return target
    kind = site_kind(event.target) if _is_unlabelled(event.target, target) else ""
    verb = event.action.split()[0] if event.action else ""
    if not kind or (kind == "site" and verb in _TAKING):
        return target  # "rebels seized a school in Kessa": ground taken (placetargets)
    sentence = event.provenance.sentence
    at = position(sentence, event.target)
    places = _near_places(setting_places(event, doc), sentence, at)
    if is_title_sentence(sentence):  # "Hospital in Southern Kessa Tarvan Coalition"
        places = [m for m in places if m.ref is not None and get_place(m.ref.actor_id)]
    away = _AWAY.match(sentence, at + len(event.target)) if at >= 0 else None
    town = None if away else _town(places, sentence, at)
    if town is not None:
        return town
    if kind != "site":
        return target  # "villages" with no town said: no guess
    country = settings_country(places, doc) if places else _story_country(doc)
    found = agent_ref(doc.gaz, ["civilians"], "", (), country=country) if country else None
    return found or target


def _is_unlabelled(text: str, target: Ref) -> bool:
    """Return whether a target has no actor, or only an id made of its words ("bakery")."""
    if not target.actor_id:
        return True
    spelled = set(re.findall(r"[a-z0-9]+", text.lower()))
    return target.actor_type == "other" and set(target.actor_id.split("-")) <= spelled


def _story_country(doc: Document) -> str:
    """Return the country most of the story's places lie in, if the story names it."""
    country = most_places_country(doc)
    return country if country in doc.named_countries[0] else ""


def _near_places(places: list[Mention], sentence: str, at: int) -> list[Mention]:
    """Return the places named after the target, else those named "in" before it.

    "hit a school in Kessa"; "A photographer in Kessa said the strikes hit homes"; not
    "Staff of the Union said jets hit a clinic", nor "Rebels in Kessa and Hass said ...".
    """
    places = [m for m in places if not _REGION_AFTER.match(sentence, m.start)]
    after = [m for m in places if m.start >= at]
    before = [m for m in places if _IN_BEFORE.search(sentence[max(0, m.start - 40) : m.start])]
    if after:
        return after
    return before if len({m.ref.actor_id for m in before if m.ref}) == 1 else []


def _town(places: list[Mention], sentence: str, at: int) -> Ref | None:
    """Return the first place if it is a town the site is in ("a school in Kessa").

    Not a country ("in northern Tarvo": its civilians), nor a town the site is "near"
    or "outside" (it is not in the town), nor one a later clause names ("took ten
    villages and are now in Kessa"), nor a name the gazetteer lacks but after "in".
    """
    first = places[0] if places else None
    if first is None or first.ref is None or first.ref.actor_type != "location":
        return None
    if _NEW_CLAUSE.search(sentence[at : first.start]):
        return None
    before = sentence[max(0, first.start - 40) : first.start]
    if get_place(first.ref.actor_id) is None and not _IN_BEFORE.search(before):
        return None  # a name the gazetteer lacks, not "in" it: "the month of Ramadan"
    return None if _OFF.search(before) else first.ref
