"""Actors a nationality names inside a name: a state's bodies, its peoples, its inhabitants.

- "the Lithuanian Supreme Court", "the Kenyan Electoral Commission": a demonym and a
  generic agent written as a name are that state's body, coded as the agent
  (``lithuania/judiciary``, ``LTUJUD``), not an unknown name.
- "Syrian Kurds", "Bosnian Croats": a demonym before a people written in the plural
  names those of that state (``syria/kurds``, coded with the state's country), not
  the people's own namesake state.
- "residents of Aleppo", "Druze inhabitants of the Syrian Golan": inhabitants of a
  place in a country are that country's civilians.
- "Karim Haddad, Lebanon's foreign minister, said ...": an appositive role with a
  country codes the person it follows (``LBNGOV``) wherever the document names them.
- "Kabul University Medical School", "the Kenya Wildlife Service": a body the
  gazetteer lacks whose name holds a country, demonym or capital is coded with that
  country (its id stays its own name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from ..vocab import slugify
from .agents import agent_ref, find_agent
from .countries import country_of, modifier_country
from .gazetteer import Gazetteer
from .phrase import Ref, words_of

# "Karim Haddad, Lebanon's foreign minister,", "Ana Ruiz, a Chilean judge,"
_APPOSITIVE = re.compile(
    r"(?<![\w'])((?:[A-Z][\w'-]+\s+(?:(?:al|el|bin|ibn|de|van|von)[\s-]+)?){1,3}[A-Z][\w'-]+),"
    r"\s+(?:the\s+|a\s+|an\s+)?((?:[A-Z][\w'-]+(?:'s)?\s+)(?:[a-z-]+\s+){0,3}[a-z]+)[,.;]"
)
_OF = re.compile(r"^(?P<head>\S+(?:\s+\S+)?)\s+of\s+(?P<rest>\S.*)$")
# Agents that are the people of a place rather than a body of it.
_INHABITANTS = frozenset({"CVL", "PPL", "REF"})
# Last words that make a name a body's, not a person's ("Jordan Peterson" is a person).
BODY_HEADS = frozenset(
    words_of(
        "University School College Academy Hospital Clinic Court Commission Forum Association "
        "Society Foundation Center Centre Bank Company Corporation Authority Office Service "
        "Network Radio Television Agency Party Council Organization Organisation Committee "
        "Ministry Movement Union Institute Federation Chamber Assembly Board Bureau Front "
        "League Alliance Coalition Congress Syndicate Tribunal Directorate Department Command Staff"
    )
)


def _demonym_country(gaz: Gazetteer, word: str) -> str:
    found = gaz.lookup(word)
    if found is None or found[1] != "demonym" or word.endswith("s"):
        return ""
    return country_of(gaz, found[0].actor_id)


def national_body(
    gaz: Gazetteer, words: list[str], main_country: str, state_heads: Collection[str]
) -> Ref | None:
    """Return the state body or people a demonym-led name names, or None.

    Args:
        gaz: The actor gazetteer.
        words: The phrase's cleaned words ("Lithuanian", "Supreme", "Court").
        main_country: The document's clear main country ("" when none).
        state_heads: Head nouns naming a state's own organs (passed on to agents).
    """
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    country = _demonym_country(gaz, words[0])
    if not country:
        return None
    rest = words[1:]
    inner = gaz.find_mentions(" ".join(rest))
    if any(m.via != "demonym" or len(rest) > 1 for m in inner):
        return None  # "Syrian Kurdish-majority Syrian Democratic Forces" names the SDF
    lowered = [words[0], *(w.lower() for w in rest)]
    found = find_agent(lowered)
    if found is not None and found.start > 0 and found.sector not in _INHABITANTS:
        return agent_ref(gaz, lowered, main_country, state_heads)
    people = rest[-1]
    if len(rest) != 1 or not people.isalpha() or not people.endswith("s"):
        return None
    named = gaz.lookup(people)
    if named is not None and named[1] != "demonym" or find_agent([people.lower()]) is not None:
        return None  # "Syrian Rebels" is an agent, "Afghan Taliban" a group of its own
    state = gaz.get(country)
    code = state.country if state is not None else ""
    label = f"{people} ({state.label if state is not None else words[0]})"
    return Ref(f"{country}/{slugify(people)}", label, "civilian", code)


def inhabitants(
    gaz: Gazetteer,
    words: list[str],
    main_country: str,
    country_named: Callable[[list[str]], str],
) -> Ref | None:
    """Return the civilians of a country that "inhabitants of PLACE" names, or None.

    Args:
        gaz: The actor gazetteer.
        words: The phrase's cleaned words ("residents", "of", "Aleppo").
        main_country: The document's clear main country ("" when none).
        country_named: The country a place phrase is in ("" when unknown).
    """
    match = _OF.match(" ".join(words))
    if match is None:
        return None
    head = match["head"].split()
    found = find_agent(head)
    if found is None or found.sector not in _INHABITANTS:
        return None
    rest = match["rest"].split()
    country = country_named(rest) or (modifier_country(gaz, rest) or "")
    if not country:
        return None
    return agent_ref(gaz, head, main_country, (), country=country)


def body_country(gaz: Gazetteer, words: list[str]) -> str:
    """Return the ISO code of the country an unknown body's name holds, or "".

    Args:
        gaz: The actor gazetteer.
        words: The name's words ("Kabul", "University", "Medical", "School"); its last
            word must make it a body's name.
    """
    if len(words) < 2 or words[-1] not in BODY_HEADS:
        return ""
    codes = set()
    for mention in gaz.find_mentions(" ".join(words)):
        country = gaz.get(country_of(gaz, mention.actor_id))
        if country is None:
            return ""  # "Hamas Interior Ministry": a named actor's body, not a state's
        codes.add(country.country)
    return codes.pop() if len(codes) == 1 else ""


def appositive_roles(
    gaz: Gazetteer, text: str, state_heads: Collection[str]
) -> Iterator[tuple[str, str]]:
    """Yield (name, CAMEO code) for names followed by a role of a named country.

    Args:
        gaz: The actor gazetteer.
        text: A sentence.
        state_heads: Head nouns naming a state's own organs (passed on to agents).
    """
    for match in _APPOSITIVE.finditer(text):
        role = match[2].replace("'s ", " ").split()
        found = agent_ref(gaz, role, "", state_heads)
        if found is not None and found.code[:3].strip("-"):
            yield match[1], found.code
