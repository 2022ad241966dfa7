"""Which country an actor or a document belongs to, read from the gazetteer.

An actor's country is itself or the state it governs ("the Iraqi government" ->
Iraq); a modifier names one ("Egyptian", "the Lima government"); a document's
main country is the one it clearly is about, and its countries (as ISO codes)
tell place namesakes apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import pycountry

from .gazetteer import Gazetteer
from .junk import preamble_end
from .phrase import AGENT_SUFFIX


def country_of(gaz: Gazetteer, actor_id: str) -> str:
    """Return the country actor an actor belongs to: itself, or the country it governs."""
    actor = gaz.get(actor_id)
    if actor is None:
        return ""
    if actor.actor_type == "country":
        return actor_id
    if actor.actor_type == "government" and actor.country:
        return _countries_by_code(gaz).get(actor.country, "")
    return ""


def _countries_by_code(gaz: Gazetteer) -> dict[str, str]:
    table = _CODES.get(id(gaz))
    if table is None or table[0] is not gaz:
        codes = {a.country: a.actor_id for a in gaz.actors.values() if a.actor_type == "country"}
        table = _CODES[id(gaz)] = (gaz, codes)
    return table[1]


_CODES: dict[int, tuple[Gazetteer, dict[str, str]]] = {}


def country_by_alpha3(gaz: Gazetteer, alpha3: str) -> str:
    """Return the gazetteer country of an ISO 3166 alpha-3 code ("IRQ" -> "iraq"), or ""."""
    return _countries_by_code(gaz).get(alpha3, "")


def country_by_alpha2(gaz: Gazetteer, alpha2: str) -> str:
    """Return the gazetteer country of an ISO 3166 alpha-2 code ("IQ" -> "iraq"), or ""."""
    record = pycountry.countries.get(alpha_2=alpha2) if alpha2 else None
    return _countries_by_code(gaz).get(str(record.alpha_3), "") if record is not None else ""


def alpha2_of(gaz: Gazetteer, country_id: str) -> str:
    """Return the ISO alpha-2 code of a gazetteer country ("syria" -> "SY"), or ""."""
    actor = gaz.get(country_id) if country_id else None
    record = pycountry.countries.get(alpha_3=actor.country) if actor and actor.country else None
    return str(record.alpha_2) if record is not None else ""


def modifier_country(gaz: Gazetteer, modifiers: list[str]) -> str | None:
    """Return the country a modifier names ("Iraqi", "Syrian regime"); "" when it names none.

    Returns None when the modifier names another kind of actor ("ISIS militants"):
    the phrase is then that actor's, not a generic agent.
    """
    text = " ".join(modifiers)
    found = capital = ""
    for mention in gaz.find_mentions(text):
        if mention.via == "capital":
            # "the Nairobi government", "Lima police": a capital names its state,
            # unless a country is named too.
            capital = capital or country_of(gaz, mention.actor_id)
            continue
        country = country_of(gaz, mention.actor_id)
        if not country:
            return None
        found = found or country
    return found or capital


def main_country(gaz: Gazetteer, texts: Iterable[str]) -> str:
    """Return the country a document is clearly about, or "".

    Clear: named (as a country, its demonym or its government) at least twice and
    in at least half of all such mentions, more often than any other; or the only
    country named at all ("Egyptian police dispersed the crowd"). A capital counts
    only in a document that names no country otherwise ("police in Cairo").
    """
    counts: Counter[str] = Counter()
    capitals: Counter[str] = Counter()
    for text in texts:
        dateline = preamble_end(text)  # "BEIRUT (Reuters) -" says where the reporter is
        counts.update(_clipped_countries(gaz, text))
        for mention in gaz.find_mentions(text):
            if AGENT_SUFFIX.match(text[mention.end :]):
                continue  # "US-backed rebels", "Russian-led talks" are not about that state
            country = _story_country(gaz, mention.actor_id)
            if country and mention.via != "capital":
                counts[country] += 1
            elif country and mention.start >= dateline:
                capitals[country] += 1
    named = counts or capitals
    ranked = named.most_common(2)
    if len(ranked) == 1:
        return ranked[0][0]
    if not ranked:
        return ""
    top, n = ranked[0]
    second = ranked[1][1]
    return top if n >= 2 and n * 2 >= sum(named.values()) and n > second else ""


_CLIPPED = re.compile(r"\b([A-Z][a-z]{3,})s\b")


def _clipped_countries(gaz: Gazetteer, text: str) -> list[str]:
    # "Syrias war", "in Syrias Raqa": possessives whose apostrophe scraping dropped
    found = []
    for match in _CLIPPED.finditer(text):
        named = gaz.lookup(match[1]) if gaz.lookup(match[0]) is None else None
        if named is not None and named[1] == "alias" and named[0].actor_type == "country":
            found.append(named[0].actor_id)
    return found


def _story_country(gaz: Gazetteer, actor_id: str) -> str:
    # A state's own army names its state as much as the state's name does ("the Syrian
    # Arab Army" is a Syrian story); an armed group's home country does not (ISIS is IRQ).
    # A coalition a state leads does not (the US-led coalition's strikes are in Syria).
    # A state's own opposition body does ("the Syrian Coalition condemned ...").
    actor = gaz.get(actor_id)
    if actor is not None and actor.actor_type == "military" and actor.country:
        country = _countries_by_code(gaz).get(actor.country, "")
        return country if gaz.military_actor(country) == actor_id else ""
    if actor is not None and actor.actor_type == "organisation" and actor.sector == "OPP":
        return _countries_by_code(gaz).get(actor.country, "")
    return country_of(gaz, actor_id)


def document_countries(gaz: Gazetteer, texts: Iterable[str]) -> frozenset[str]:
    """Return the ISO alpha-2 codes of the countries a document names (for place namesakes)."""
    codes: set[str] = set()
    by_code = {v: k for k, v in _countries_by_code(gaz).items()}
    for text in texts:
        for mention in gaz.find_mentions(text):
            if mention.via == "capital":
                continue  # "Tripoli" is itself the place in question
            country = country_of(gaz, mention.actor_id)
            alpha3 = by_code.get(country, "")
            record = pycountry.countries.get(alpha_3=alpha3) if alpha3 else None
            if record is not None:
                codes.add(str(record.alpha_2))
    return frozenset(codes)
