"""Victims take their own country, never their attacker's (issue 14).

A generic victim ("three medics", "six teachers", "civilians") with no country in its
own words takes the story's country when it is read; a story that names a foreign air
force most ("Tarvan jets ... Tarvo denied ... Tarvan airstrikes killed three medics")
then gives the victims the attacker's country, the one its adjective names. An event
coder codes the victims by their own words, else by where they were hit, else by where
the story is set; never by the doer's country:

- only events of attack or hurt (a fight, an assault, "kill", "wound") whose target is
  a generic agent of a civilian kind (civilians, people, medics, teachers, workers,
  journalists, clerics, refugees: :data:`graph.normalize.agents.SECTORS` of type
  "civilian") whose country is the doer's own (a state, its army or government,
  "Tarvan jets", "tarvo/military");
- the victims' own words naming any actor, country or people ("Tarvan medics",
  "medics of the Red Crescent") keep them as they are;
- the country is the one the sentence's places lie in, after a place preposition
  outside the doer's words ("killed three medics in Kessa": see
  :func:`graph.normalize.victimplaces.setting_places`); a sentence with no such place:
  the country most of the story's places so far lie in, one being enough, if the story
  names that country and no place nor capital in the doer's own ("Tarvan forces killed
  40 people near Tarvopol": a story with a place at home may be set at home);
  places in two countries, or in the doer's own ("Tarvan troops killed smugglers near
  Tarvopol"), leave the victims as they were.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..extract.lexicon import FORCE_CLASSES, HURT_VERBS
from ..model import Event
from .agents import cameo
from .agentwords import SECTORS
from .phrase import Ref
from .victimplaces import setting_places, settings_country, story_places

if TYPE_CHECKING:
    from .coref import Document

__all__ = ["own_country_victims", "settle_victim_countries"]

# Generic victims of a civilian kind, by id part, with their CAMEO sectors.
_CIVILIAN_PARTS = {part: code for code, (part, kind) in SECTORS.items() if kind == "civilian"}
# A victim phrase of a sentence (its index, its text, its kind) and the node it is placed
# as (id, label, type, code).
_Key = tuple[int, str, str]
_Placed = tuple[str, str, str, str]
# Acts that make a target a victim (a fight, an assault; "killed", "wounded").
_HARM_CLASSES = FORCE_CLASSES - {"COERCE"}


def own_country_victims(event: Event, actor: Ref, target: Ref, doc: Document) -> Ref:
    """Return the target, generic victims moved off their doer's country to their own.

    "Tarvan airstrikes killed three medics in Kessa" (a Karvonian town) ->
    karvonia/health, not tarvo/health.
    """
    owner, _, part = target.actor_id.partition("/")
    if part not in _CIVILIAN_PARTS or not _is_harm(event):
        return target
    home = _alpha3(owner, doc)
    if not home or home != _doer_alpha3(actor, doc) or doc.gaz.find_mentions(event.target):
        return target  # not the doer's country, or the victims' own words say whose
    country = _victims_country(event, doc, owner, home)
    if not country:
        return target  # hit at the doer's home, or places in two countries
    place = doc.gaz.get(country)
    label = f"{part} ({place.label if place else country})"
    code = cameo(doc.gaz, country, _CIVILIAN_PARTS[part])
    return replace(target, actor_id=f"{country}/{part}", label=label, code=code)


def _victims_country(event: Event, doc: Document, owner: str, home: str) -> str:
    """Return where the victims were hit, else the story's country; "" if the doer's own."""
    places = setting_places(event, doc)
    if places:
        country = settings_country(places, doc)  # "" for places in two countries
        return country if _alpha3(country, doc) not in ("", home) else ""
    # where most of the story's places lie, if it names that country and no place (nor
    # capital) at the doer's home
    return story_places(doc, owner)


def _is_harm(event: Event) -> bool:
    verb = event.action.split()[0] if event.action else ""
    harm = verb in HURT_VERBS or event.action_class in _HARM_CLASSES
    return event.kind == "event" and bool(event.target) and harm


def _alpha3(country: str, doc: Document) -> str:
    actor = doc.gaz.get(country) if country else None
    return actor.country if actor is not None and actor.actor_type == "country" else ""


def _doer_alpha3(actor: Ref, doc: Document) -> str:
    """Return the ISO alpha-3 code of the doer's country ("Tarvan jets", its army), or ""."""
    known = doc.gaz.get(actor.actor_id) if actor.actor_id else None
    if known is not None:
        return known.country  # a state, its government or army
    return _alpha3(actor.actor_id.partition("/")[0], doc)  # "tarvo/military"


def settle_victim_countries(events: Iterable[Event]) -> Iterator[Event]:
    """Yield one document's events, each victim phrase with the country its events gave it.

    A generic victim of a civilian kind ("At least 20 civilians") that its sentence's
    events target with one country only takes that country in every row that tells
    it: facts ("were killed by air strikes"), and events that left it unknown.
    """
    batch = list(events)
    placed: dict[_Key, _Placed | None] = {}
    for event in batch:
        key = _victim_key(event, event.target, event.target_id)
        if event.kind == "event" and key and not event.target_id.startswith("unknown/"):
            ref = (event.target_id, event.target_label, event.target_type, event.target_code)
            placed[key] = ref if placed.get(key, ref) == ref else None  # two: no one
    for event in batch:
        yield _settled(_settled(event, "actor", placed), "target", placed)


def _victim_key(event: Event, text: str, actor_id: str) -> _Key | None:
    part = actor_id.partition("/")[2]
    if not text or part not in _CIVILIAN_PARTS:
        return None
    return event.provenance.sentence_index, text, part


def _settled(event: Event, role: str, placed: dict[_Key, _Placed | None]) -> Event:
    """Return the event with its victim role given the country its sentence's events gave."""
    text, actor_id = (
        (event.actor, event.actor_id) if role == "actor" else (event.target, event.target_id)
    )
    key = _victim_key(event, text, actor_id)
    ref = placed.get(key) if key else None
    if ref is None or ref[0] == actor_id:
        return event
    return event.with_role(role, *ref)
