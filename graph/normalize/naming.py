"""Names of one document: titled persons, actors named inside a phrase, unknown names.

Each function takes the :class:`graph.normalize.coref.Document` of the article, whose
names, places and gazetteer it reads and whose new actors it keeps.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from .agents import cameo, find_agent, is_sector_only
from .agentwords import SECTORS
from .countries import country_of, modifier_country
from .gazetteer import tokens
from .junk import NON_ACTOR_HEADS
from .national import body_country
from .phrase import (
    AGENT_SUFFIX,
    BODY_WORDS,
    ORG_WORDS,
    PARTICLES,
    PLACE_NAME_WORDS,
    TITLES,
    Ref,
    head_word,
    slug_of,
    words_of,
)
from .places import link_place
from .units import unit_kind

if TYPE_CHECKING:
    from .coref import Document

MILITARY_TITLES = frozenset(
    words_of(
        "General Gen Lt Lieutenant Col Colonel Maj Major Capt Captain Sgt Sergeant Adm Admiral "
        "Cmdr Commander Brig"
    )
)
# Offices held in one's own country: "Judge X" in a Chilean story is a Chilean judge
# ("President X" may be a visitor's).
# Roles written in lower case before a name, as TITLES spells them ("spokeswoman X");
# not "major" or "general", more often adjectives ("a major Kurdish Party").
_ROLE_TITLES = {
    **{w: w.capitalize() for w in words_of(
        "president minister secretary spokesman commander envoy ambassador governor mayor "
        "chancellor premier senator judge")},
    **dict.fromkeys(words_of("spokeswoman spokesperson official"), "Spokesman"),
}  # fmt: skip
DOMESTIC_TITLES = {"Judge": "JUD", "Mayor": "GOV", "Governor": "GOV", "Gov": "GOV"}
_DIRECTION = re.compile(
    r"^(?:far\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+(?=[A-Z])",
    re.IGNORECASE,
)
_STANCE = re.compile(r"(?<![\w-])(?:pro|anti)-$", re.IGNORECASE)
_NAME_OF = re.compile(r"([A-Z][\w'-]*)\s+(?:of|for|on)\s+(?:the\s+)?$")
_STATE_KINDS = frozenset({"government", "military"})
_STATE_NAMES = frozenset(words_of("republic kingdom state emirate sultanate people president"))


def titled_person(doc: Document, words: list[str]) -> Ref | None:
    """Return the person a titled name refers to; see :meth:`Document.titled_person`."""
    # a title word ending the phrase is a surname ("Defence Secretary Tom King")
    titles = [i for i, w in enumerate(words[:-1]) if _title_word(w) in TITLES]
    if not titles:
        return None
    name, country = _name_of_country(doc, words[titles[-1] + 1 :])
    if all(w in BODY_WORDS for w in name):
        return None  # "the Russian General Staff" is a body, not a person named Staff
    if not all(w[:1].isupper() or w.split("-")[0].lower() in PARTICLES for w in name):
        return None
    # "Russian President Boris Yeltsin": the role's country and sector code the person here
    if titles[0] and not country:
        country = modifier_country(doc.gaz, words[: titles[0]]) or ""
    agent = ""
    if words[titles[-1]].islower():
        if not country:
            return None  # "SDF military commander X", "WFP spokeswoman X": the body's, as before
        agent = _non_state_sector(words[: titles[0]])
    person = doc.person(" ".join(name))
    if person.actor_type == "person" and titles[0] and not country:
        # "Amnesty International Director X": an international body's official has its code
        code = _body_code(doc, words[: titles[0]])
        return replace(person, code=code) if code else person
    title = _title_word(words[titles[-1]])
    if not country and title in DOMESTIC_TITLES and doc.gaz.get(person.actor_id) is None:
        # a judge or a mayor not otherwise known serves the story's own country
        country = doc.main_country
    if person.actor_type != "person" or not country:
        return person
    sector = agent or ("MIL" if title in MILITARY_TITLES else DOMESTIC_TITLES.get(title, "GOV"))
    return replace(person, code=cameo(doc.gaz, country, sector))


def _non_state_sector(words: list[str]) -> str:
    """Return the sector of a non-state agent before a role ("Syrian rebel commander"): REB.

    A state's organ names no other sector ("Iraqi government spokesman X" is the state's).
    """
    found = [find_agent([w]) for w in words if w.islower()]
    sectors = [f.sector for f in found if f is not None]
    return next((s for s in reversed(sectors) if SECTORS[s][1] not in _STATE_KINDS), "")


def _body_code(doc: Document, words: list[str]) -> str:
    """Return the code of the international body a title's words name, else ""."""
    body = doc.lookup(words) if words else None
    code = doc.gaz.code_at(body.actor_id, "") if body is not None else ""
    return code if code[:3] in ("IGO", "NGO") else ""


def _title_word(word: str) -> str:
    """Return a role word as a title: "Minister", "minister" -> Minister ("foreign minister X").

    Running text writes a role before a name in lower case ("Kremlin spokesman Ivan
    Petrov", "government spokeswoman X"); a capitalised word stays as written.
    """
    word = word.rstrip(".")
    return _ROLE_TITLES.get(word, word)


def _name_of_country(doc: Document, name: list[str]) -> tuple[list[str], str]:
    """Split "Hassan of Morocco" into the name and the country it rules or serves."""
    if "of" not in name[1:-1]:
        return name, ""
    at = name.index("of", 1)
    found = doc.gaz.lookup(" ".join(name[at + 1 :]))
    country = country_of(doc.gaz, found[0].actor_id) if found is not None else ""
    return (name[:at], country) if country else (name, "")


def contained_actor(
    doc: Document, words: list[str], state_heads: Collection[str], place_heads: Collection[str]
) -> Ref | None:
    """Return the first actor named inside a phrase; see :meth:`Document.contained`."""
    phrase = " ".join(words)
    head = head_word(phrase)
    if head in place_heads:
        return None
    found = [
        m
        for m in doc.gaz.find_mentions(phrase)
        if m.via != "capital"
        and not AGENT_SUFFIX.match(phrase[m.end :])
        and not _opens_name(m.via, phrase[m.end :], state_heads)
        and not _in_name_complement(phrase[: m.start], state_heads)
        and not _STANCE.search(phrase[: m.start])  # "a pro-regime website" is no regime
    ]
    # A name that ends at the head is the referent ("Syrian Kurdish-majority Syrian
    # Democratic Forces" is the SDF); else the first one ("Russian and coalition officers").
    for m in sorted(found, key=lambda m: m.end < len(phrase.rstrip())):
        actor = doc.gaz.get(m.actor_id)
        if actor and actor.actor_type == "country" and head in state_heads:
            return doc.ref(doc.gaz.state_actor(m.actor_id))
        if actor and is_sector_only(actor.actor_type, actor.country, actor.sector):
            # "civilian casualties", "civilian homes": things; "20 civilians including
            # children": the civilians, coded as a generic agent
            return None if head in NON_ACTOR_HEADS else doc.generic(m.actor_id)
        return doc.ref(m.actor_id)
    named = [doc.names[w.casefold()] for w in words if w.isupper() and w.casefold() in doc.names]
    return named[0] if named else None


def unknown_actor(doc: Document, words: list[str], text: str) -> Ref:
    """Return an id made from the phrase's own name; see :meth:`Document.unknown`."""
    phrase = " ".join(words) or text.strip() or "unknown"
    if phrase in doc.surname_of:
        return doc.person(doc.surname_of[phrase])  # "Mitchell": the person named before
    bare = words[0][:-1] if len(words) == 1 and words[0].endswith("s") else ""
    known = doc.lookup([bare]) if bare[:1].isupper() and len(bare) > 3 else None
    if known is not None:
        return known  # "Syrias", "Assads": a possessive that lost its apostrophe
    core = _DIRECTION.sub("", phrase)
    if core != phrase and link_place(core) is not None:
        return doc.place_ref(core)  # "eastern Aleppo" is (part of) Aleppo
    if phrase in doc.places:
        return doc.places[phrase]
    # names ("al-Bab" too), not "us"
    place = link_place(phrase) if any(w[:1].isupper() for w in tokens(phrase)) else None
    if place is not None:
        return doc.place_ref(phrase)
    return _named_by_form(doc, words, phrase)


def _named_by_form(doc: Document, words: list[str], phrase: str) -> Ref:
    """Return a person, place or unknown actor typed by the words of its name."""
    kinds = [ORG_WORDS[w] for w in words if w in ORG_WORDS]
    named = all(w[:1].isupper() for w in words)
    ends = tokens(phrase)
    capitalised = len(ends) > 1 and ends[0][:1].isupper() and ends[-1][:1].isupper()
    if capitalised and not kinds and doc.gaz.person_named(phrase) is not None:
        return doc.person(phrase)  # a person the dictionary knows by another spelling
    if named and not kinds and len(words) > 1 and words[-1] in PLACE_NAME_WORDS:
        return doc.place_ref(phrase)  # "Castello Road", "Tishreen Dam": a place by its name
    kind = kinds[-1] if kinds and named else unit_kind(words) or "other"  # "Division 30"
    code = body_country(doc.gaz, words) if named else ""
    code = f"{code}MIL" if code and kind == "military" else code  # "Russian General Staff"
    return doc.keep(Ref(slug_of(phrase), phrase, kind, code))


def _in_name_complement(before: str, state_heads: Collection[str]) -> bool:
    """Return whether a mention completes another name ("Commission of Inquiry for Syria").

    A state's own name or organ keeps it ("Republic of Turkey", "Government of Syria").
    """
    match = _NAME_OF.search(before)
    if match is None:
        return False
    word = match[1].lower()
    return word not in state_heads and word not in _STATE_NAMES and word != "ministry"


def _opens_name(via: str, after: str, state_heads: Collection[str]) -> bool:
    """Return whether a demonym begins another name ("Syrian Institute of Justice").

    A state's own organ keeps its country ("Russian Defense Ministry").
    """
    name = re.match(r"(?:\s+[A-Z][\w'-]*)+", after)
    if via != "demonym" or name is None:
        return False
    return not any(w.lower() in state_heads or w == "Ministry" for w in name.group().split())
