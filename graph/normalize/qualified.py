"""Actors named through another actor, which keep their qualifier.

- "X-led coalition" is X's coalition: the gazetteer's one led by X's country
  (``saudi-led-coalition``), else ``<x>-led-coalition``; a bare "coalition" is the
  one coalition the document names with its leader, else ``unknown/coalition``.
- "the Syrian (National) Coalition" (a country's opposition coalition) is
  ``syrian-national-coalition``, never a military coalition.
- "anti-X forces" are X's opponents (``anti-houthis/military``), not X.
- "pro-X fighters" (non-state armed men on X's side) are ``pro-<x>/<part>``, not X;
  so are "X-backed fighters".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from ..vocab import slugify
from .agents import find_agent
from .agentwords import SECTORS
from .countries import country_of
from .gazetteer import Gazetteer, tokens
from .phrase import Ref

Lookup = Callable[[list[str]], Ref | None]
_LED = re.compile(r"^(?P<leader>.+?)[- ]led$", re.IGNORECASE)
_ANTI = re.compile(r"^anti[- ]?(?P<rest>.*)$", re.IGNORECASE)
_PRO = re.compile(r"^pro[- ](?P<rest>.+)$", re.IGNORECASE)
_BACKED = re.compile(r"^(?P<rest>.+?)-(?:backed|sponsored|supported|funded)$", re.IGNORECASE)
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
    leader = _leader(words, lookup)
    if leader is not None:
        return led_coalition(gaz, leader)
    members = find_agent(words[at + 2 :]) if words[at + 1 : at + 2] == ["of"] else None
    if members is not None and members.sector in ("OPP", "REB", "UAF"):
        # "a coalition of rebel groups" is an armed group, no states' coalition
        part, kind = SECTORS[members.sector]
        return Ref(f"unknown/{part}", f"{part} (unknown)", kind, f"---{members.sector}")
    if any(w[:1].isupper() for w in before if w.lower() not in ("the", "international")):
        return None  # a coalition with a name of its own: the gazetteer or unknown()
    own = find_agent(before[-1:]) if before else None
    if own is not None and own.sector in ("OPP", "REB", "UAF"):
        return None  # "an opposition coalition", "a rebel coalition": the agent says whose
    if len(leaders) == 1:
        return next(iter(leaders.values()))
    # a military coalition whose leader the story does not name: its sector is still known
    return Ref("unknown/coalition", "coalition (unknown leader)", "military", "---MIL")


def _leader(words: list[str], lookup: Lookup) -> Ref | None:
    # "Saudi-led coalition", "US led coalition", "a coalition led by Saudi Arabia"
    for i, word in enumerate(words):
        match = _LED.match(word)
        if match is not None:
            return lookup(tokens(match["leader"]))
        if word.lower() == "led" and words[i + 1 : i + 2] == ["by"]:
            named = [w for w in words[i + 2 :] if w.lower() != "the"]
            return lookup(named) if named else None
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
    return Ref(f"{country}{_COALITION_SUFFIX}", f"{label}-led coalition", "military",
               f"{code}MIL" if code else "")  # fmt: skip


_NAMED_LEADER = re.compile(
    r"(?<![\w-])([A-Z][\w.]*(?:[- ][A-Z][\w.]*)?)[- ]led\s+(?:[A-Za-z-]+\s+)?coalition"
    r"|coalition\s+led\s+by\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
)
# "the Syrian National Coalition", "the Syrian Coalition": a national (opposition) coalition
_NATIONAL = re.compile(r"\b([A-Z][a-z]+)\s+(?:National\s+)?Coalition\b")


def document_coalitions(gaz: Gazetteer, texts: list[str], lookup: Lookup) -> dict[str, Ref]:
    """Return the coalitions a document names with their leader or nation.

    "the Saudi-led coalition", "a coalition led by the United States", "the Syrian
    National Coalition": a later bare "the coalition" means the one the story names.
    """
    found: dict[str, Ref] = {}
    for text in texts:
        for match in _NAMED_LEADER.finditer(text):
            words = tokens(match[1] or match[2])
            leader = lookup(words) or lookup(words[-1:])  # "the US-led", "A Saudi-led"
            if leader is not None:
                ref = led_coalition(gaz, leader)
                found[ref.actor_id] = ref
        for match in _NATIONAL.finditer(text):
            national = national_coalition(gaz, [match[1]])
            if national is not None:
                found[national.actor_id] = national
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
    """Return the allies of X for "pro-X fighters" ("pro-regime militias" are not the regime).

    Non-state armed men on X's side (fighters, militias, gunmen, rebels) are their own
    actor, ``pro-<x>/<part>``. A state's own organs stay the state's ("pro-Assad regime
    forces", "pro-government troops"), and "a pro-regime website" is no ally in arms.
    Allies of a state's government or army are coded with that state's country
    (``pro-assad-regime/gunmen``: SYRUAF); allies of a foreign state are not its own
    (``pro-turkey/rebels``: ---REB).
    """
    match = _PRO.match(words[0]) if words else None
    found = find_agent(words[1:]) if match else None
    if match is None or found is None or found.sector not in _ARMED_SECTORS - {"MIL"}:
        return None
    if any(w.lower() in _STATE_WORDS for w in words[1 : found.start + 1]):
        return None  # "pro-Assad regime militias": the regime's own militias
    ally = lookup(tokens(match["rest"]))
    return allies_of(gaz, ally, found.sector) if ally is not None else None


def backed_ref(
    gaz: Gazetteer, words: list[str], lookup: Lookup, backed: Collection[str] = ()
) -> Ref | None:
    """Return the allies of X for "X-backed fighters" ("Turkey-backed forces" are not Turkey's).

    Armed men a state or a leader backs are its allies (``pro-<x>/<part>``, as "pro-X
    fighters" are); "forces" backed by a state are armed men (gunmen), not its army. A
    state's own organs ("Russian-backed government troops", "a US-backed army") and
    named groups ("the US-backed Syrian Democratic Forces") are left to other steps, and
    so is a backer the story said backs a named group (``backed``: "the US backed the
    SDF ... the US-backed fighters" are the SDF).
    """
    match = _BACKED.match(words[0]) if words else None
    found = find_agent(words[1:]) if match else None
    if match is None or found is None or found.sector not in _ARMED_SECTORS:
        return None
    between = words[1 : found.start + 1]
    if any(w[:1].isupper() or w.lower() in _STATE_WORDS for w in between):
        return None
    if found.sector == "MIL" and found.noun not in ("forces", "force"):
        return None  # "US-backed troops": some state's army
    backer = lookup(tokens(match["rest"]))
    if backer is None or backer.actor_id in backed:
        return None
    return allies_of(gaz, backer, "UAF" if found.sector == "MIL" else found.sector)


def allies_of(gaz: Gazetteer, ally: Ref, sector: str) -> Ref | None:
    """Return the non-state armed men of ``sector`` on an actor's side, or None.

    "pro-regime militias", "gunmen loyal to the general": ``pro-<ally>/<part>``.
    """
    if ally.actor_type not in _ALLY_TYPES or sector not in _ARMED_SECTORS - {"MIL"}:
        return None
    part = SECTORS[sector][0]
    own = ally.actor_type in ("government", "military")
    state = gaz.get(country_of(gaz, ally.actor_id)) if own else None
    code = f"{state.country if state is not None else '---'}{sector}"
    return Ref(f"pro-{ally.actor_id}/{part}", f"pro-{ally.label} {part}", "armed-group", code)


_STATE_WORDS = frozenset({"regime", "government", "army", "state"})
# a state's or a leader's allies; an armed group's own fighters are the group
_ALLY_TYPES = frozenset({"country", "government", "military", "person"})


_COLLECTIVES = frozenset({"alliance", "alliances", "coalition", "front", "umbrella", "bloc"})


def mixed_group(gaz: Gazetteer, words: list[str]) -> Ref | None:
    """Return the armed group two peoples form together, or None.

    "an alliance of Arab and Kurdish militias", "a Kurdish-Arab alliance", "an
    Arab-Kurdish militia alliance" are one group that is neither the Kurds' nor the
    Arabs' (not ``arab/gunmen``): ``arab-kurdish/gunmen``, whatever the order. A
    country among the modifiers codes it ("Syrian Kurdish and Arab fighters"); two
    states ("US and British forces") are coordinated actors, not one group.
    """
    lowered = [w.lower() for w in words]
    at = next((i for i, w in enumerate(lowered) if w in _COLLECTIVES), None)
    if at is None:
        return None
    inner = words[at + 2 :] if lowered[at + 1 : at + 2] == ["of"] else words[:at]
    found = find_agent(inner) or find_agent(words[at + 2 :])
    names = inner[: found.start] if found is not None and inner[: found.start] else inner
    parts = _joined(names)
    countries = {f[0].actor_id for p in parts if (f := gaz.lookup(p)) and f[1] == "demonym"}
    peoples = sorted({p for p in parts if gaz.lookup(p) is None})
    if len(peoples) < 2 or len(countries) > 1:
        return None
    sector = found.sector if found is not None and found.sector in _ARMED_SECTORS else "UAF"
    sector = "UAF" if sector == "MIL" else sector  # no state's army: armed men of both
    state = gaz.get(next(iter(countries))) if countries else None
    part = SECTORS[sector][0]
    label = f"{'-'.join(peoples)} {part}"
    code = f"{state.country if state is not None else '---'}{sector}"
    return Ref(f"{slugify('-'.join(peoples))}/{part}", label, "armed-group", code)


def _joined(names: list[str]) -> list[str]:
    """Return the names a phrase joins: "Kurdish and Arab", "Kurdish-Arab" (not "US-backed")."""
    for at, word in enumerate(names):
        pieces = word.split("-")
        if len(pieces) > 1 and all(p[:1].isupper() for p in pieces):
            return pieces
        if word == "and" and 0 < at < len(names) - 1:
            pair = [names[at - 1], names[at + 1]]
            if all(w[:1].isupper() and "-" not in w for w in pair):
                lead = [w for w in names[: at - 1] if w[:1].isupper() and "-" not in w]
                return [*(w for w in lead if w.lower() not in ("the", "a", "an")), *pair]
    return []
