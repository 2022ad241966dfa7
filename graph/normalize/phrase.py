"""Phrase helpers and word tables for actor resolution (no spaCy, no rdflib).

Used by :mod:`graph.normalize.coref` and :mod:`graph.normalize`: cleaning a span into its
words, its head, whether it is plural, and the word lists and patterns that
recognise pronouns, definite descriptions, titles, acronyms and place phrases.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..vocab import slugify


def words_of(text: str) -> list[str]:
    """Return the words of a space-separated word list."""
    return text.split()


DETERMINERS = frozenset(
    words_of(
        "the a an this that these those some many several much most all both any each every few "
        "such another one two three four five six seven eight nine ten dozen dozens hundreds "
        "thousands"
    )
)
# Pronouns and possessives -> what they can point to: sg (it), pl (they), person (he, she).
PRONOUNS = {
    "it": "sg", "its": "sg", "itself": "sg", "they": "pl", "them": "pl", "their": "pl",
    "themselves": "pl", "he": "person", "him": "person", "his": "person", "she": "person",
    "her": "person", "himself": "person", "herself": "person",
}  # fmt: skip
POSSESSIVES = frozenset({"its", "their", "his", "her"})
# A state's actor types: the country, its government and its army are one side ("USA"),
# the only owners of an air force and of a state's forces.
STATE_TYPES = frozenset({"country", "government", "military"})
# Who can have done an attack: a state, its organs, an armed group (not a monitor or a paper).
DOER_TYPES = STATE_TYPES | {"armed-group"}
ACCEPTS = {
    "sg": frozenset(
        {"country", "government", "organisation", "armed-group", "military", "location", "other"}
    ),
    "pl": frozenset(
        {"country", "government", "organisation", "armed-group", "military", "civilian", "other"}
    ),
    "person": frozenset({"person"}),
}
# Definite descriptions: "the group" -> the last armed group, "the city" -> the last place ...
DESCRIPTIONS = {
    **dict.fromkeys(words_of("group militants militia rebels insurgents jihadists extremists"),
                    ("armed-group",)),
    **dict.fromkeys(words_of("organisation organization"), ("organisation", "armed-group")),
    **dict.fromkeys(words_of("agency body watchdog charity"), ("organisation",)),
    **dict.fromkeys(words_of("city town village capital"), ("city",)),
    **dict.fromkeys(words_of("province region"), ("location",)),
    **dict.fromkeys(words_of("country nation"), ("country",)),
    **dict.fromkeys(words_of("government regime administration authorities"),
                    ("government", "country")),
    **dict.fromkeys(words_of("army military"), ("military",)),
    **dict.fromkeys(words_of("president minister spokesman spokeswoman commander general colonel"),
                    ("person",)),
}  # fmt: skip
# Modifiers that point at the armed group under discussion: "militant targets".
GROUP_MODIFIERS = frozenset(words_of("militant jihadist insurgent rebel terrorist extremist"))
BARE_ONLY = frozenset(words_of("government regime administration authorities army military"))
TITLES = frozenset(
    words_of(
        "President Minister Secretary General Gen Lt Lieutenant Col Colonel Maj Major Capt Captain "
        "Sgt Sergeant Adm Admiral Cmdr Commander Brig Dr Mr Mrs Ms Sen Senator Rep Gov Governor "
        "Ambassador Sheikh King Prince Queen Pope Ayatollah Chancellor Premier Mayor Spokesman "
        "Envoy Emir Sultan Doctor Prof Professor Judge Cardinal Archbishop Bishop Patriarch"
    )
)
PARTICLES = frozenset(words_of("al al- bin ibn de del van von el abu"))
TITLE_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted(TITLES))
    + r")\.?\s+((?:[A-Z][\w'’-]+\s+(?:(?:al|bin|ibn|de|el)\s+)?)"
    r"{0,3}(?:(?:al|el)-)?[A-Z][\w'’-]+)"
)
ACRONYM_RE = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the)\s+)?){1,6})\(([A-Z]{2,6})\)")
CAPS = r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2}"
# A whole run of capitalised words, so "Middle Euphrates River Valley" is not read as "Valley".
NAME_RUN = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)*")
PLACE_RES = (
    # "fighting in Deir Ezzor", "troops moved into Tal Abyad"; not "to"/"of"/"from", after
    # which a name is as often a paper, a faith or a group ("told Asharq Al-Awsat",
    # "converted to Islam", "a fighter from Jaish al-Nasr"): those count when linked
    re.compile(r"\b(?:in|near|into|toward|towards|outside|around|across)\s+(" + CAPS + ")"),
    # "the village of Kafr Zeta", "a town called X", "the district of Bab Amr"
    re.compile(r"\b(?:city|town|village|district|neighbou?rhood|suburb|province|governorate|"
               r"region|hamlet|camp|road|highway)\s+(?:of|called|named)\s+(" + CAPS + ")"),
    # "Deir Ezzor, a Syrian city on the Euphrates"
    re.compile(r"(?:^|[.;]\s+)(" + CAPS + r"),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
               r"(?:city|town|village|province|region|capital)\b"),
)  # fmt: skip
NOT_PLACES = frozenset(
    words_of(
        "January February March April May June July August September October November December "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Operation"
    )
)
DESC_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?(" + "|".join(DESCRIPTIONS) + r")\b"
)
ORG_WORDS = {
    **dict.fromkeys(words_of("Forces Army Brigade Brigades Front Militia Units Battalion"),
                    "armed-group"),
    **dict.fromkeys(words_of("Command Staff"), "military"),
    **dict.fromkeys(words_of("Party Council Agency Organization Organisation Committee Ministry "
                           "Movement Union Institute"), "organisation"),
}  # fmt: skip
# Words that, after a title, name a body, not a person: "the General Staff", "the
# General Command", "Secretary General Office".
BODY_WORDS = frozenset(
    words_of(
        "Staff Staffs Command Assembly Secretariat Directorate Council Headquarters Office "
        "Committee Court Prosecutor's Authority Administration Department Ministry"
    )
)
# Last words that make a name a place: "Castello Road", "Tishreen Dam", "Yarmouk Camp".
PLACE_NAME_WORDS = frozenset(
    words_of(
        "Road Street Highway Square Bridge Airport Airbase Crossing Dam Valley River Mountain "
        "Mountains Plain Plains Desert Lake Camp Hill Hills District Province Governorate "
        "Neighbourhood Neighborhood Gate Roundabout"
    )
)
PARENS = re.compile(r"\s*\([^)]*\)")  # "Syrian Democratic Forces (SDF)"
AGENT_SUFFIX = re.compile(
    r"^-(?:backed|led|held|occupied|controlled|allied|sponsored|supported|based)"
)  # "a Britain-based monitor" is not Britain


@dataclass(frozen=True, slots=True)
class Ref:
    """A resolved actor: canonical id, label and type."""

    actor_id: str
    label: str
    actor_type: str
    code: str = ""  # CAMEO-style code when the resolver knows it ("IRQCOP"); else the gazetteer's


# "up to 300 prisoners", "at least 12 soldiers", "an estimated 40 insurgents", "a total of
# 54 volunteers": a quantity's lead-in before its number.
_QUANTITY_LEAD = re.compile(
    r"^(?:(?:an?\s+|the\s+)?estimated\s+|(?:a\s+)?total\s+of\s+)?"
    r"(?:(?:up to|as many as|more than|at least|nearly|almost|about|around|over|roughly)\s+)?"
    r"(?=[\d,.]+\s|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)",
    re.IGNORECASE,
)


# "a so-called Free Syrian Army unit", "the self-styled Islamic State": a hedge on the name.
_HEDGES = frozenset({"so-called", "self-styled", "self-proclaimed", "self-declared"})
# "Meanwhile the army", "Earlier Kerry": a sentence connective the comma-less text glues to
# the subject is no part of its name.
_CONNECTIVES = frozenset(
    {"meanwhile", "earlier", "later", "separately", "elsewhere", "moreover", "furthermore"}
    | {"however", "additionally", "also", "yesterday", "today", "tonight", "then"}
)


def drop_connective(name: str) -> str:
    """Return a name without a sentence connective glued before it ("Earlier Kerry")."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in _CONNECTIVES else name


def clean(text: str) -> list[str]:
    """Return a phrase's words without quotes, trailing possessive and leading determiners."""
    return list(_cleaned(text))


@lru_cache(maxsize=65536)
def _cleaned(text: str) -> tuple[str, ...]:
    text = PARENS.sub("", text.replace("’", "'")).strip(" \t\n\"'“”,.;:()[]")
    text = _QUANTITY_LEAD.sub("", text)
    words = text.split()
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    start = 0
    while start < len(words) - 1 and (
        words[start].lower() in DETERMINERS
        or words[start].lower() in _HEDGES
        or words[start].lower() in _CONNECTIVES
        or words[start].replace(",", "").isdigit()
    ):
        # "many of the fighters", "some of them": the quantifier takes its "of" along.
        start += 2 if words[start + 1].lower() == "of" and start + 2 < len(words) else 1
    return tuple(w for w in words[start:] if w) or tuple(words)


# Where a noun phrase's head has ended: "the last route | into held areas", "a school |
# being used as a shelter", "the hospital | which was hit".
_HEAD_END = re.compile(
    r"\s+(?:of|in|into|to|from|for|near|outside|inside|close|with|at|on|by|directly|being|that|"
    r"which|where|who|used|set)\s"
)


def up_to_head(text: str) -> list[str]:
    """Return a phrase's cleaned words up to its head ("a school in Kessa" -> school)."""
    return _HEAD_END.split(" " + " ".join(clean(text)) + " ", maxsplit=1)[0].split()


def is_plural(words: list[str]) -> bool:
    """Return whether a phrase's head is a plural common noun ("pro-regime troops", not "ISIS")."""
    head = words[-1] if words else ""
    return head.islower() and head.endswith("s") and not head.endswith("ss")


def head_word(text: str) -> str:
    """Return the lowercased last word of a phrase, after its last hyphen ("then-commander")."""
    words = text.split()
    return words[-1].rsplit("-", 1)[-1].lower() if words else ""


def slug_of(name: str) -> str:
    """Return the id of a name: its slug, or a hash for names with no ASCII letters."""
    slug = slugify(name)
    return slug or "x-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]


# Words that open a place's or a body's name, not a person's ("New Aleppo", "The Hague").
_NOT_GIVEN_NAMES = frozenset(
    words_of(
        "The A An In On At But And Of For From To By With As This That New Old North South "
        "East West Upper Lower Greater Great Central Eastern Western Northern Southern Al El Jabal"
    )
)


def surnames(texts: Iterable[str], is_named: Callable[[str], bool]) -> dict[str, str]:
    """Return the last words of the unknown full names in a document, with the name.

    "Jennifer Mitchell ... Mitchell said": the bare surname is that person, not a
    namesake town. Names that ``is_named`` knows (actors, places), names with a body
    word or a title ("Aleppo Media Center"), and surnames two names share are left out.

    Args:
        texts: The document's sentences.
        is_named: Whether a name is a known actor or place.
    """
    found: dict[str, str] = {}
    for text in texts:
        for match in NAME_RUN.finditer(text):
            name = match.group()
            words = name.split()
            if not 2 <= len(words) <= 3 or len(words[-1]) < 4 or words[0] in _NOT_GIVEN_NAMES:
                continue
            if any(w in ORG_WORDS or w.rstrip(".") in TITLES for w in words):
                continue
            if is_named(name) or is_named(words[0]):
                continue
            found[words[-1]] = name if found.get(words[-1], name) == name else ""
    return {last: name for last, name in found.items() if name}
