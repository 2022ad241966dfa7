"""Actors named through another actor, which keep their qualifier.

- "X-led coalition" is X's coalition: the gazetteer's one led by X's country
  (``saudi-led-coalition``), else ``<x>-led-coalition``; a bare "coalition" is the
  one coalition the document names with its leader, else ``unknown/coalition``.
- "the Syrian (National) Coalition" (a country's opposition coalition) is
  ``syrian-national-coalition``, never a military coalition.
- "anti-X forces" are X's opponents (``anti-houthis/military``), not X.
- "pro-X rebels" (an armed group on X's side, X a foreign state) are ``pro-<x>/rebels``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..vocab import slugify
from .agents import SECTORS, country_of, find_agent
from .gazetteer import Gazetteer, tokens
from .phrase import Ref

Lookup = Callable[[list[str]], Ref | None]
_LED = re.compile(r"^(?P<leader>.+?)[- ]led$", re.IGNORECASE)
_ANTI = re.compile(r"^anti[- ]?(?P<rest>.*)$", re.IGNORECASE)
_PRO = re.compile(r"^pro[- ](?P<rest>.+)$", re.IGNORECASE)
_ARMED_SECTORS = frozenset({"REB", "UAF", "OPP", "MIL"})
_COALITION_SUFFIX = "-led-coalition"


def coalition_ref(
    gaz: Gazetteer, words: list[str], lookup: Lookup, leaders: dict[str, Ref]
) -> Ref | None:
    """Resolve a phrase about a coalition, or return None when it names none.

    Args:
        gaz: The actor gazetteer.
        words: The phrase's cleaned words.
        lookup: Resolves a name to an actor (the document's lookup).
        leaders: The coalitions the document names with their leader, by id.
    """
    lowered = [w.lower() for w in words]
    if not any(w.split("-")[-1] in ("coalition", "coalitions") for w in lowered):
        return None
    at = next(i for i, w in enumerate(lowered) if w.split("-")[-1].startswith("coalition"))
    before = words[:at]
    if words[at][:1].isupper() and before and not _LED.match(before[-1]):
        named = national_coalition(gaz, before)
        if named is not None:
            return named
    leader = _leader(words[: at + 1], lookup)
    if leader is not None:
        return led_coalition(gaz, leader)
    if any(w[:1].isupper() for w in before if w.lower() not in ("the", "international")):
        return None  # a coalition with a name of its own: the gazetteer or unknown()
    if len(leaders) == 1:
        return next(iter(leaders.values()))
    return Ref("unknown/coalition", "coalition (unknown leader)", "military")


def _leader(words: list[str], lookup: Lookup) -> Ref | None:
    # "Saudi-led coalition", "US led coalition", "a coalition led by Saudi Arabia" (not here)
    for i, word in enumerate(words):
        match = _LED.match(word)
        if match is not None:
            return lookup(tokens(match["leader"]))
        if word.lower() == "led" and i:
            return lookup(words[i - 1 : i])
    return None


def led_coalition(gaz: Gazetteer, leader: Ref) -> Ref:
    """Return the coalition a country (or its government) leads."""
    country = country_of(gaz, leader.actor_id) or leader.actor_id
    state = gaz.get(country)
    code = state.country if state is not None else ""
    for actor in gaz.actors.values():
        if actor.actor_id.endswith(_COALITION_SUFFIX) and code and actor.country == code:
            return Ref(actor.actor_id, actor.label, actor.actor_type)
    label = state.label if state is not None else leader.label
    return Ref(f"{country}{_COALITION_SUFFIX}", f"{label}-led coalition", "military")


_NAMED_LEADER = re.compile(r"(?<![\w-])([A-Z][\w.]*(?:[- ][A-Z][\w.]*)?)[- ]led\s+coalition")


def document_coalitions(gaz: Gazetteer, texts: list[str], lookup: Lookup) -> dict[str, Ref]:
    """Return the coalitions a document names with their leader ("the Saudi-led coalition")."""
    found: dict[str, Ref] = {}
    for text in texts:
        for match in _NAMED_LEADER.finditer(text):
            words = tokens(match[1])
            leader = lookup(words) or lookup(words[-1:])  # "the US-led", "A Saudi-led"
            if leader is not None:
                ref = led_coalition(gaz, leader)
                found[ref.actor_id] = ref
    return found


def national_coalition(gaz: Gazetteer, before: list[str]) -> Ref | None:
    """Return a country's national (opposition) coalition: "the Syrian National Coalition"."""
    named = [w for w in before if w.lower() not in ("the",)]
    if not named or named[-1] not in ("National",) and len(named) > 1:
        return None
    demonym = named[0]
    found = gaz.lookup(demonym)
    if found is None or found[1] != "demonym":
        return None
    return Ref(slugify(f"{demonym} National Coalition"), f"{demonym} National Coalition",
               "organisation")  # fmt: skip


def anti_ref(words: list[str], lookup: Lookup) -> Ref | None:
    """Return the opponents of X for "anti-X forces" ("anti-Houthi forces" is not the Houthis)."""
    match = _ANTI.match(words[0]) if words else None
    if match is None or len(words) < 2 or not match["rest"]:
        return None
    opposed = lookup(tokens(match["rest"]))
    if opposed is None:
        return None
    found = find_agent(words[1:])
    part, kind = SECTORS[found.sector] if found else (slugify(" ".join(words[1:])), "other")
    label = f"anti-{opposed.label} {' '.join(words[1:])}"
    sector = found.sector if found else "REB"
    return Ref(f"anti-{opposed.actor_id}/{part}", label, kind if found else "armed-group",
               f"---{sector}")  # fmt: skip


def pro_ref(gaz: Gazetteer, words: list[str], lookup: Lookup) -> Ref | None:
    """Return the allies of a foreign state for "pro-Turkish rebels" (not Turkey itself).

    A state's own forces ("pro-regime troops") stay the state's: that is what they are.
    """
    match = _PRO.match(words[0]) if words else None
    found = find_agent(words[1:]) if match else None
    if match is None or found is None or found.sector not in _ARMED_SECTORS - {"MIL"}:
        return None
    ally = lookup(tokens(match["rest"]))
    if ally is None or ally.actor_type != "country":
        return None  # "pro-regime militias" are the regime's own side
    part = SECTORS[found.sector][0]
    return Ref(f"pro-{ally.actor_id}/{part}", f"pro-{ally.label} {part}", "armed-group")
