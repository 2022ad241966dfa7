"""Generic agents ("police", "rebels", "Iraqi troops") as sector-coded actors.

The phrases and their CAMEO sector codes come from ``data/agents.tsv``, compiled
by ``tools/build_agents.py`` from Phoenix's agents dictionary. :func:`agent_ref`
finds the agent that ends a phrase and gives it a country. Which country a
modifier names ("Iraqi police", "Russian-led troops") and which one a document is
mainly about is read by :mod:`graph.normalize.countries`; here a people or region
the gazetteer lacks qualifies the agent instead ("Kurdish forces", "Darfur
rebels"), and agents that belong to the place a story is about (police, rebels,
civilians, "the government") take the document's clear main country, which the
caller passes in; otherwise the country stays unknown. Its id joins the two:
``iraq/police``, ``unknown/gunmen``. A state's own organs named with its country
("US warplanes", "Syrian soldiers") are that state's actor, as the gold and the
gazetteer have it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from ..extract.agentnouns import load_agents
from ..vocab import slugify
from .agentowners import (
    after_owner,
    country_people,
    group_owner,
    lead_word,
    plain_modifier,
    region_country,
    unclipped,
)
from .agentwords import (
    AMBIGUOUS_BARE,
    ARMY_NOUNS,
    KIN,
    LOCAL_SECTORS,
    MEMBER_NOUNS,
    SECTORS,
    SIDE_SECTORS,
    STATE_INSTITUTIONS,
    STATE_SECTORS,
    STATE_SERVICES,
    TRANSNATIONAL,
    UNKNOWN,
)
from .countries import modifier_country
from .gazetteer import Gazetteer
from .junk import NON_ACTOR_HEADS
from .phrase import Ref


@dataclass(frozen=True, slots=True)
class AgentPhrase:
    """Where a generic agent starts in a phrase's words, and its sector."""

    start: int
    sector: str
    noun: str


def is_sector_only(actor_type: str, country: str, sector: str) -> bool:
    """Return whether a gazetteer entry is a generic agent: a sector, no country ("civilians").

    Named groups without a country ("al-Qaeda": ---REB) are not.
    """
    return not country and sector in SECTORS and actor_type in ("other", "civilian")


def find_agent(words: list[str]) -> AgentPhrase | None:
    """Return the longest generic agent that ends the phrase ("Iraqi riot police" -> police).

    The agent's words must be lowercase (a name such as "Free Syrian Army" is not
    the agent "army"), except for the phrase's first word ("Police said ...").
    """
    table = load_agents()
    for start in range(len(words)):
        tail = words[start:]
        if any(w[:1].isupper() for w in tail[1:]) or (start and tail[0][:1].isupper()):
            continue
        phrase = " ".join(w.lower() for w in tail)
        code = table.get(phrase)
        if tail[-1].lower() in NON_ACTOR_HEADS:
            return None  # "hospital" is a place, "shells" a thing
        if code is not None and code[:3] in SECTORS:
            return AgentPhrase(start, code[:3], tail[-1].lower())
    return None


def agent_ref(
    gaz: Gazetteer,
    words: list[str],
    document_country: str,
    state_heads: Collection[str],
    *,
    country: str = "",
) -> Ref | None:
    """Return the sector-coded actor a generic-agent phrase names, or None.

    Args:
        gaz: The actor gazetteer (countries, demonyms, governments).
        words: The phrase's cleaned words ("Iraqi", "police").
        document_country: The document's clear main country ("" when none).
        country: The country a PP places the agent in ("police in Baghdad"), "" if none.
        state_heads: Head nouns naming a state's own organs ("soldiers", "warplanes").
    """
    found = find_agent(words)
    member = found is None  # "Syrian opposition groups" (see _member_agent)
    found = found or _member_agent(words)
    if found is None:
        return None
    found, modifiers = _sector_modifier(gaz, words, found)
    if not modifiers and found.start == len(words) - 1 and found.noun in AMBIGUOUS_BARE:
        return None
    if any(w.lower().startswith(("anti", "pro-", "ex-", "former", "non-")) for w in modifiers):
        return None  # "anti-government protesters" are not the government's
    beyond = next((w.lower() for w in modifiers if w.lower() in TRANSNATIONAL), "")
    if beyond:
        part, kind = SECTORS[found.sector]
        return Ref(f"{beyond}/{part}", f"{part} ({beyond})", kind)
    group = group_owner(gaz, modifiers)
    if group is not None:
        return group  # "the UNs envoy", "Isis terrorists": the group's own
    modifiers = after_owner(gaz, [unclipped(gaz, w) for w in modifiers])
    named_country = modifier_country(gaz, [lead_word(w) for w in modifiers])
    if named_country is None or (member and not named_country):
        return None  # "the opposition group" with no country: left to coreference
    people = country_people(gaz, modifiers, named_country, found.sector, found.noun)
    if people and found.noun in KIN:
        people = ""  # "Nohas husband": a name before a kin noun is whose kin, not a people
    if people and _place_forces(gaz, people, found, words):
        named_country, people = region_country(gaz, people), ""  # "Hama army units": Syria's
    if people and find_agent([people.lower()]) is None:
        # "Kurdish forces", "Islamist militants": a people or movement the gazetteer lacks;
        # where they are ("in Aleppo", "Syrian Kurdish forces") or their region ("Darfur
        # rebels") gives the code only
        part, kind = SECTORS[found.sector]
        where = named_country or country or region_country(gaz, people)
        # "Syrian Kurdish forces" are armed men in Syria (SYRUAF), not Syria's army (SYRMIL)
        sector = "UAF" if named_country and found.sector == "MIL" else found.sector
        code = cameo(gaz, where, sector)
        return Ref(f"{slugify(people)}/{part}", f"{people} {part}", kind, code)
    country = named_country or country
    bare = all(plain_modifier(w, opening=not i and w == words[0]) for i, w in enumerate(modifiers))
    if not country and bare and _takes_context(found, words):
        country = document_country
    return _ref(gaz, country, found, state_heads)


def _place_forces(gaz: Gazetteer, people: str, found: AgentPhrase, words: list[str]) -> bool:
    """Return whether a town's name qualifies a state's forces ("Aleppo government forces").

    Armed forces are a state's, never a town's: the town says where they are, and its
    country whose they are. A town's residents or rebels keep it ("Idlib residents").
    """
    forces = found.sector in STATE_SECTORS and words[-1].lower() in ARMY_NOUNS
    return forces and bool(region_country(gaz, people))


def _member_agent(words: list[str]) -> AgentPhrase | None:
    """Return a group or its members a side's word and its country name ("Syrian rebel faction").

    "Syrian opposition groups", "three Syrian rebel officers", "a Syrian rebel Islamist
    group" are the rebels (the opposition) of Syria, never the Syrian state. Without a
    country before it ("the opposition group") the caller leaves it to coreference.
    """
    head = words[-1].lower() if words else ""
    if head not in MEMBER_NOUNS:
        return None
    # the side's word before the head, over a movement's name: "rebel Islamist group"
    at = next((i for i in range(len(words) - 2, 0, -1) if words[i].islower()), 0)
    own = find_agent(words[at : at + 1]) if at else None
    if own is None or own.sector not in SIDE_SECTORS:
        return None
    return AgentPhrase(at, own.sector, head)


def _sector_modifier(
    gaz: Gazetteer, words: list[str], found: AgentPhrase
) -> tuple[AgentPhrase, list[str]]:
    """Return the agent widened over a modifier that names its sector, and the modifiers left."""
    modifiers = words[: found.start]
    # "Government forces" opening a sentence is "government forces"
    opening = modifiers == words[:1] and modifiers[0][1:].islower()
    last = modifiers[-1].lower() if opening else modifiers[-1] if modifiers else ""
    if last == "regime":  # "regime forces" are the regime's, not only its army's
        found = AgentPhrase(found.start, "GOV", "regime")
    elif last.islower() and not gaz.find_mentions(last):
        # "government forces", "rebel fighters", "state television": the modifier says whose
        own = find_agent([last])
        if own is not None and own.sector in STATE_SECTORS | {"REB", "OPP"}:
            found = AgentPhrase(found.start - 1, own.sector, own.noun)
            modifiers = modifiers[:-1]
        elif last == "state":
            found = AgentPhrase(found.start - 1, found.sector, "state")
            modifiers = modifiers[:-1]
    return found, modifiers


def _takes_context(found: AgentPhrase, words: list[str]) -> bool:
    """Return whether a bare agent is the story's state's: "army units", "the air force".

    Its words name the state ("state media"), or only a state has it ("the armed forces";
    "an air force" is a kind of force, no one's).
    """
    agent = words[found.start :]
    if found.noun in STATE_INSTITUTIONS or any(w.lower() in STATE_INSTITUTIONS for w in agent[:-1]):
        return True
    if " ".join(agent).lower() in STATE_SERVICES and words[0].lower() not in ("a", "an"):
        return True
    if found.sector in ("GOV", "MIL"):
        return False
    return found.sector in LOCAL_SECTORS


def _ref(gaz: Gazetteer, country: str, found: AgentPhrase, state_heads: Collection[str]) -> Ref:
    military = gaz.military_actor(country) if found.sector == "MIL" else ""
    if military and found.noun in ARMY_NOUNS:
        # "the army", "an army unit", "Syrian troops": the state's armed forces, one actor
        # apart from its government ("Syrian jets" stay the state's, as its air force is)
        actor = gaz.get(military)
        if actor is not None:
            return Ref(military, actor.label, actor.actor_type, cameo(gaz, country, "MIL"))
    # "Syrian state media", "the Syrian governments": a GOV agent of a state whose
    # government the gazetteer names is that government, one node (not "syria/government")
    organ = found.noun in state_heads or found.noun in STATE_INSTITUTIONS
    governed = found.sector == "GOV" and gaz.state_actor(country) != country
    if country and found.sector in ("GOV", "MIL") and (organ or governed):
        state = gaz.state_actor(country)
        actor = gaz.get(state)
        if actor is not None:
            return Ref(state, actor.label, actor.actor_type, cameo(gaz, country, found.sector))
    part, kind = SECTORS[found.sector]
    place = gaz.get(country) if country else None
    label = f"{part} ({place.label if place else UNKNOWN})"
    return Ref(f"{country or UNKNOWN}/{part}", label, kind, cameo(gaz, country, found.sector))


def cameo(gaz: Gazetteer, country: str, sector: str) -> str:
    """Return a CAMEO-style code: the country's ISO alpha-3 (``---`` unknown) and the sector."""
    actor = gaz.get(country) if country else None
    return f"{(actor.country if actor is not None else '') or '---'}{sector}"
