"""Resolve phrases by their modifiers and qualifiers.

Coalitions and pro/anti sides, generic agents, a state's institutions, places of a
named country, "X-backed" and "loyal to X" groups.
"""

from __future__ import annotations

import re

from ..extract.agentnouns import is_means_noun
from ..parse.commawords import PREPOSITIONS
from .agents import agent_ref, find_agent, is_sector_only
from .coref import Document
from .countries import modifier_country
from .gazetteer import tokens
from .heads import GROUP_NOUNS, LOYAL, PLACE_HEADS, STATE_HEADS
from .phrase import Ref, clean, head_word, slug_of
from .qualified import allies_of, anti_ref, backed_ref, coalition_ref, mixed_group, pro_ref

# "X-backed N", "X-held N": X is an agent, not the head.
_AGENT = re.compile(
    r"^(?P<agent>.*?)[- ](?P<verb>backed|led|held|occupied|controlled|allied|sponsored|supported|"
    r"run|linked|affiliated|aligned|funded|armed|trained|dominated)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


# Heads that name the coalition itself or its war: "a US-led alliance", "the US-led campaign".
_COALITION_NOUNS = frozenset({"alliance", "coalition", "campaign"})

_CONJUNCT = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w.]+)\s+[a-z]+\s+(?:and|or)\s+$")
_PRO = re.compile(r"^pro[- ](?=\w)", re.IGNORECASE)


def qualified_ref(words: list[str], doc: Document) -> Ref | None:
    """Return the side a qualified phrase names: a coalition, pro-X or anti-X, a mix.

    An exact alias with a name in it wins ("Arab coalition", "anti-ISIS coalition"); a
    bare "coalition (forces)" is not assumed to be any one coalition.
    """
    named = any(w[:1].isupper() or "-" in w for w in words[1:]) or "-" in words[0]
    if named and doc.gaz.lookup(" ".join(words)) is not None:
        return None

    def name(ws: list[str]) -> Ref | None:
        return doc.lookup(ws) or state_institution(ws, doc)

    return (
        mixed_group(doc.gaz, words)
        or coalition_ref(doc.gaz, words, name, doc.coalitions)
        or anti_ref(words, name)
        or pro_ref(doc.gaz, words, name)
        or backed_ref(doc.gaz, words, name, doc.backed)
    )


def lookup_ref(words: list[str], doc: Document, place: bool) -> Ref | None:
    """Return the gazetteer actor a phrase names, a sector-only entry as a generic agent.

    A gazetteer entry with only a sector ("civilians": CVL, no country) is a generic
    agent: it gets its country as other agents do ("Iraqi civilians" -> iraq/civilians).
    """
    ref = doc.lookup(words, place=place)
    actor = doc.gaz.get(ref.actor_id) if ref is not None else None
    if actor is not None and is_sector_only(actor.actor_type, actor.country, actor.sector):
        return agent_ref(doc.gaz, words, doc.setting_country, STATE_HEADS) or doc.generic(
            actor.actor_id
        )
    return ref


def state_institution(words: list[str], doc: Document) -> Ref | None:
    """Return "the government", "the authorities" of a story about one country: that state's."""
    if len(words) != 1 or not words[0].islower() or not doc.main_country:
        return None
    if words[0] not in ("government", "regime", "authorities", "administration"):
        return None
    return agent_ref(doc.gaz, words, doc.main_country, STATE_HEADS)


def national_place(words: list[str], doc: Document) -> Ref | None:
    """Return places in a country the phrase names, coded as that country.

    "Ukrainian towns", "a Syrian city", "Chadian border villages" (as CAMEO
    dictionaries code cities).
    """
    if len(words) < 2 or head_word(" ".join(words)) not in PLACE_HEADS:
        return None
    country = modifier_country(doc.gaz, words[:-1])
    actor = doc.gaz.get(country) if country else None
    if actor is None or not actor.country:
        return None
    phrase = " ".join(words)
    return Ref(slug_of(phrase), phrase, "location", actor.country)


def shared_modifier(words: list[str], doc: Document, sent: int, pos: int) -> Ref | None:
    """Return the name a second conjunct shares: "ISIS fighters and vehicles"."""
    if not all(w.isalpha() and w.islower() for w in words):
        return None
    match = _CONJUNCT.search(doc.sentence(sent)[:pos])
    return doc.lookup([match["name"]]) if match else None


def modified_ref(words: list[str], doc: Document, sent: int, pos: int) -> Ref | None:
    """Return the actor of a "pro-X" organ, a group "loyal to X", an "X-backed" group."""
    phrase = " ".join(words)
    stripped = _PRO.sub("", phrase)
    if stripped != phrase:
        # "pro-regime troops", "Pro-Assad regime forces": a state's own organs; "a
        # pro-regime website" is not the regime (pro-X militias are X's allies: qualified_ref)
        organ = any(w.lower() in ("regime", "government", "army") for w in words[1:])
        if head_word(phrase) not in STATE_HEADS and not organ:
            return None
        return doc.lookup(clean(stripped)) or doc.contained(clean(stripped), STATE_HEADS, set())
    loyal = LOYAL.match(phrase)
    if loyal is not None and head_word(loyal["head"]) in GROUP_NOUNS:
        side = clean(loyal["rest"])
        # "fighters loyal to the old warlord": a side not named leaves the fighters as such
        own = agent_ref(doc.gaz, clean(loyal["head"]), "", STATE_HEADS)
        ally = doc.lookup(side) or doc.contained(side, STATE_HEADS, PLACE_HEADS)
        men = find_agent(clean(loyal["head"]))
        # "militiamen loyal to the regime" are its allies; "forces loyal to Assad" its own
        allies = allies_of(doc.gaz, ally, men.sector) if ally and men else None
        return allies or ally or own
    match = _AGENT.match(phrase)
    if match is None or not tokens(match["agent"]):
        return None
    rest = clean(match["rest"])
    led = _led_coalition(match["agent"], rest, doc) if match["verb"].lower() == "led" else None
    found = led or (
        doc.lookup(rest) or modified_ref(rest, doc, sent, pos) or doc.contained(rest, set(), set())
    )
    if found is not None:
        return found
    agent = doc.lookup(clean(match["agent"]))
    if agent is not None and match["verb"].lower() in ("backed", "supported", "sponsored"):
        # "US-backed fighters" -> the group the US was said to back in this document.
        backee = doc.backed.get(agent.actor_id)
        return doc.ref(backee) if backee else None
    return None


def _led_coalition(agent: str, rest: list[str], doc: Document) -> Ref | None:
    """Return the coalition X leads for "X-led strikes", "an X-led air campaign", else None.

    The strikes of a coalition are the coalition's, not its leader's alone; only a
    coalition the dictionary knows by the leader's name is meant ("US-led coalition").
    """
    # the head before a phrase of the attack's target or place: "US-led strikes on Raqqa"
    cut = next((i for i, w in enumerate(rest) if w.lower() in PREPOSITIONS), len(rest))
    head = rest[cut - 1].lower() if cut else ""
    if not (is_means_noun(head.removeprefix("air")) or head in _COALITION_NOUNS):
        return None  # "US-led talks" are the talks, not the coalition's
    return doc.lookup(clean(f"{agent}-led coalition"))
