"""Whose civilians a killing's victims are: where it happened, not whose jets (issue 14).

Bare victims ("12 civilians", "dozens of people") take the country the story is set
in (:attr:`graph.normalize.coref.Document.setting_country`). A story about a foreign
air force names that force's country most often, and one place in the victims'
country does not outweigh it ("Tarvan jets bombed Kessa. Tarvo denied it. Tarvan
jets killed nine civilians in Kessa"): the victims became Tarvan civilians, the
attacker's own. A killing's bare victims who took their doer's country take instead
the country their sentence's places lie in:

- only for events of hurt verbs ("kill", "wound") whose target is a generic agent of
  a civilian kind (civilians, people, medics, teachers, journalists, workers) with the
  story's country, and whose doer is of that country (a state, its army or
  government, "Tarvan jets") or not yet known ("air strikes");
  words of the victims' own naming a country or a place ("Tarvan civilians", "people
  in Kessa") keep theirs;
- the places are the sentence's linked places and countries named as a place, after
  a place preposition ("in Karvonia", "in the town of Kessa"; not "the Karvonian
  border", nor where words were said, "said in Karvonia", nor a name opening a
  clause, which may be a person's namesake), outside the doer's own phrase ("killed
  in US air raids on Kessa": Kessa's), never a description ("the town", whose
  antecedent is a guess), all in one country; places in two countries leave the
  story's;
- bare victims of no country ("unknown/civilians", "unknown/media": told before the
  story named any place, or in a story of many countries; journalists, whose country
  no story assumes) take the one country their sentence's places lie in, read the
  same way, if the story names that country or most of its places so far lie in it
  ("in al-Meridian", a namesake abroad, moves no one); with no such place they stay
  no one's;
- a sentence with no such place: the country most of the document's places lie in,
  one being enough ("Rebels shelled Kessa. Tarvan jets killed 12 civilians"), if the
  story names that country and has no place (nor capital) in its own; a story set in
  the doer's own country, or with no place, keeps its country.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ..extract.lexicon import HURT_VERBS, SPEECH_VERBS
from ..model import Event
from .agents import cameo
from .agentwords import SECTORS
from .countries import country_by_alpha2
from .heads import position
from .mentions import Mention
from .phrase import Ref
from .places import get_place

if TYPE_CHECKING:
    from .coref import Document

__all__ = [
    "most_places_country",
    "placed_victims",
    "setting_places",
    "settings_country",
    "story_places",
]

# A place preposition and up to two lowercase words before a place name: "in rebel-held
# Kessa", "in the town of Kessa" (not a dateline's "at Jan 20 Beirut").
_PLACE_PREFIX = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|of|at|on|outside|from|into|inside|around|across)\s+(?:[a-z][\w-]*\s+){0,2}$"
)

# Past forms of speech verbs that no suffix gives.
_SAID = frozenset({"said", "told", "wrote", "thought", "spoke", "speaking"})
# Generic victims who belong to where they are (civilians, people, medics, teachers,
# workers, journalists: the civilian kinds of agents), and their CAMEO sectors.
_VICTIM_SECTORS = {part: code for code, (part, kind) in SECTORS.items() if kind == "civilian"}


def placed_victims(event: Event, actor: Ref, target: Ref, doc: Document) -> Ref:
    """Return the target, a harm's bare victims moved from their doer's country to their place's.

    "Tarvan jets killed nine civilians in Kessa" (a Karvonian town, in a story most
    about Tarvo) -> karvonia/civilians, not tarvo/civilians.
    """
    verb = event.action.split()[0] if event.action else ""
    if event.kind != "event" or verb not in HURT_VERBS or not event.target:
        return target
    owner, _, part = target.actor_id.partition("/")
    story = doc.setting_country
    if part not in _VICTIM_SECTORS or owner not in ("unknown", story):
        return target  # not bare victims of the story's country nor of none
    if owner == story and not _doer_at_home(actor, story, doc):
        return target  # a doer of another country: the story's country is no guess from it
    sent, sentence = event.provenance.sentence_index, event.provenance.sentence
    at = position(sentence, event.target)
    places = doc.mentions.accepted(_is_place, sent, len(sentence) + 1, window=0)
    if any(at <= m.start < at + len(event.target) for m in places):
        return target  # "Tarvan civilians", "people in Kessa": their own words say
    doer = position(sentence, event.actor), len(event.actor)
    settings = [m for m in places if _is_setting(m, sentence, doer, doc)]
    # a country the sentence names as a side ("Tarvan and Karvonian strikes in X") is no
    # setting: a town linked to it is a namesake the side's mention chose
    sides = {m.ref.actor_id for m in places if m.ref and m not in settings}
    if settings:
        country = _one_country(settings, doc)  # where the sentence says they were hit
    elif owner == story:
        country = story_places(doc, story)
    else:
        return target  # unknown victims of no place said stay unknown
    if not country or country == owner or country in sides:
        return target  # places in two countries, or in none the story names
    if owner == "unknown" and country not in {*doc.named_countries[0], _most_places(doc)[0]}:
        return target  # "in al-Meridian": a namesake abroad the story never names
    place = doc.gaz.get(country)
    label = f"{part} ({place.label if place else country})"
    code = cameo(doc.gaz, country, _VICTIM_SECTORS[part])
    return replace(target, actor_id=f"{country}/{part}", label=label, code=code)


def setting_places(event: Event, doc: Document) -> list[Mention]:
    """Return the places and countries an event's sentence says it happened in (see above)."""
    sent, sentence = event.provenance.sentence_index, event.provenance.sentence
    places = doc.mentions.accepted(_is_place, sent, len(sentence) + 1, window=0)
    doer = position(sentence, event.actor), len(event.actor)
    return [m for m in places if _is_setting(m, sentence, doer, doc)]


def settings_country(places: list[Mention], doc: Document) -> str:
    """Return the one country places lie in, or ""."""
    return _one_country(places, doc)


def most_places_country(doc: Document) -> str:
    """Return the country more than half the document's places so far lie in, or ""."""
    return _most_places(doc)[0]


def story_places(doc: Document, story: str) -> str:
    """Return the country most of the document's places so far lie in, or "".

    One place is enough ("Rebels shelled Kessa. Tarvan jets killed 12 civilians":
    Kessa's country), if the document names that country and no place of the
    story's own, nor its capital ("Tarvan forces killed 40 people near Tarvopol. A
    group in Kessa said"): a story with a place at home may be set at home.
    """
    country, codes = _most_places(doc)
    if not country:
        return ""
    named, capitals = doc.named_countries
    home = capitals | {country_by_alpha2(doc.gaz, code) for code in codes}
    return country if country in named and story not in home else ""


def _most_places(doc: Document) -> tuple[str, Counter[str]]:
    """Return the country more than half the document's places so far lie in ("" if none).

    With the count of places by country code.
    """
    codes: Counter[str] = Counter()
    for place_id in doc.place_kinds:
        place = get_place(place_id)
        if place is not None and place.country_code:
            codes[place.country_code] += 1
    ranked = codes.most_common(1)
    if not ranked or ranked[0][1] * 2 <= sum(codes.values()):
        return "", codes
    return country_by_alpha2(doc.gaz, ranked[0][0]), codes


def _doer_at_home(actor: Ref, story: str, doc: Document) -> bool:
    """Return whether the doer is of the story's country, or not yet known."""
    home = _alpha3(story, doc)
    return bool(home) and (not actor.actor_id or home == _doer_alpha3(actor, doc))


def _alpha3(country: str, doc: Document) -> str:
    actor = doc.gaz.get(country)
    return actor.country if actor is not None and actor.actor_type == "country" else ""


def _doer_alpha3(actor: Ref, doc: Document) -> str:
    """Return the ISO alpha-3 code of the doer's country ("Tarvan jets", its army), or ""."""
    known = doc.gaz.get(actor.actor_id)
    if known is not None:
        return known.country  # a state, its government or army, a group's home
    return _alpha3(actor.actor_id.partition("/")[0], doc)  # "tarvo/military"


def _one_country(places: list[Mention], doc: Document) -> str:
    """Return the one country a sentence's places lie in, or ""."""
    found = {_country(m, doc) for m in places}
    found.discard("")
    return found.pop() if len(found) == 1 else ""


def _is_setting(mention: Mention, sentence: str, doer: tuple[int, int], doc: Document) -> bool:
    """Return whether a place mention says where: after a place preposition, not the doer's.

    "in Idlib", "in the town of Kessa", "in northwest Karvonia"; not a namesake name
    opening a clause ("Sibai added", "Date of publication"), nor the doer's own words
    ("killed in US air attacks on X": the attacks are the United States', not the place).
    """
    if mention.modifier or mention.accepts or doer[0] <= mention.start < doer[0] + doer[1]:
        return False  # ("Tarvan jets"; a description, "the town", is read by guess)
    if mention.ref is not None and mention.ref.actor_type == "country":
        named = doc.gaz.find_mentions(sentence[mention.start : mention.end])
        if any(m.via == "demonym" for m in named):
            return False  # "from Tarvan and Karvonian strikes": a people, not a place
    before = sentence[max(0, mention.start - 60) : mention.start]
    found = _PLACE_PREFIX.search(before)
    return found is not None and not _is_speech(before[: found.start()].split()[-1:])


def _is_speech(words: list[str]) -> bool:
    """Return whether a word is a verb of saying: "said in Tarvo" is where it was said."""
    word = words[0].lower() if words else ""
    stems = {word, word[:-1], word[:-2], word[:-3]}  # says, warned, stated, saying
    return word in _SAID or any(s in SPEECH_VERBS for s in stems if len(s) > 2)


def _is_place(mention: Mention) -> bool:
    # a linked place, or a country or a people ("Tarvan") the sentence names
    ref = mention.ref
    return ref is not None and ref.actor_type in {"location", "country"}


def _country(mention: Mention, doc: Document) -> str:
    ref = mention.ref
    if ref is None:
        return ""
    if ref.actor_type == "country":
        return ref.actor_id
    place = get_place(ref.actor_id)
    return country_by_alpha2(doc.gaz, place.country_code) if place is not None else ""
