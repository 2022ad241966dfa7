"""Place descriptions: "the town", "the provincial capital", "the area" -> the place meant.

A description names a kind of place, and only a place of that kind can be its
antecedent: "the town" a settlement the story does not call a city of a million,
"the province" a governorate ("Idlib province", never the city Idlib), "the
district" a quarter named as one ("the Zahra district"), "the capital" a national
capital. The nearest compatible place wins (the phrase's own sentence first, then
backwards); a description with none stays unresolved rather than taking the last
place named. A description that names its place ("the Manbij area", "the Syrian
capital", "the strategic city Deir Hafer") is that place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from .candidates import (
    ADJECTIVE,
    DESCRIPTIVE,
    NAME,
    Candidate,
    candidates,
    national_capitals,
    place_kind,
)
from .countries import alpha2_of
from .heads import UNRESOLVED_REF
from .phrase import Ref, slug_of
from .places import get_place, link_place

if TYPE_CHECKING:
    from .coref import Document

# The kinds of place each description head can mean.
_HEAD_KINDS = {
    **dict.fromkeys(("town", "village", "hamlet"), frozenset({"town"})),
    "city": frozenset({"town", "city"}),
    "capital": frozenset({"capital"}),
    **dict.fromkeys(("province", "governorate"), frozenset({"province"})),
    "region": frozenset({"region", "province"}),
    "area": frozenset({"region", "province", "quarter", "town"}),
    **dict.fromkeys(
        ("district", "neighbourhood", "neighborhood", "quarter", "suburb"), frozenset({"quarter"})
    ),
}
# How many sentences back each head looks ("the area" means a place just named; a
# city it means only in its own sentence: "the bombing of the area" of east Aleppo).
_WINDOWS = {"area": 1, "region": 3} | dict.fromkeys(
    ("district", "neighbourhood", "neighborhood", "quarter", "suburb"), 3
)
# Words after a description that make it a new place, not an anaphor ("the area around X").
_POSTMODIFIED = re.compile(
    r"^\s+(?:of|surrounding|around|near|between|adjacent|close|outside|along|where|east|west"
    r"|north|south|northeast|northwest|southeast|southwest|called|named|known)\b"
)
# A "town" is no city of this many people unless the story calls it a town.
TOWN_MAX_POPULATION = 600_000
# Words before the head that make a description generic, not anaphoric:
# "a residential area", "the rural areas", "the largest populated area".
_GENERIC = frozenset(
    ("residential", "rural", "industrial", "populated", "largest", "biggest", "main")
    + ("surrounding", "nearby", "neighbouring", "neighboring", "border", "agricultural")
    + ("coastal", "desert", "mountainous", "urban", "last", "only", "whole", "entire")
    + ("tribal", "farming", "frontline", "front-line", "de-escalation", "buffer", "safe")
)
_FOLLOWING_NAME = re.compile(r"^\s+(" + NAME.pattern + ")")


def resolve_place_description(
    doc: Document, text: str, words: list[str], sent: int, pos: int
) -> Ref | None:
    """Return the place a place description means, UNRESOLVED_REF, or None if it is none.

    "Rebels held the town of Kafr Zeta. Jets bombed the town" -> Kafr Zeta;
    "Rebels held Kafr Zeta in Hama province. Jets bombed the province" -> Hama province.

    Args:
        doc: The document's state.
        text: The phrase as written ("the besieged town").
        words: Its cleaned words (no leading determiner).
        sent: Sentence index of the phrase.
        pos: Character offset of the phrase in its sentence.
    """
    head = words[-1] if words else ""
    kinds = _HEAD_KINDS.get(head)  # "the Old City" is a name, not a description
    first = text.strip().split()[0].lower() if text.strip() else ""
    if kinds is None or first not in ("the", "this", "that") or len(words) > 4:
        return None
    modifiers = words[:-1]
    if any(w.lower() in _GENERIC for w in modifiers):
        return None
    named = _named(doc, modifiers, head)
    if named is not None:
        return named
    pos = _own_position(doc.sentence(sent), text, pos)
    if _POSTMODIFIED.match(doc.sentence(sent)[pos + len(text) :]):
        return None  # "the area surrounding the airport", "the town of X": not anaphoric
    named = _following(doc, text, sent, pos, kinds)
    if named is not None:
        return named
    if head == "capital":
        return _capital(doc, modifiers, sent, pos)
    landmark: Candidate | None = None
    for candidate in candidates(doc, sent, pos, window=_WINDOWS.get(head)):
        here = kinds | {"city"} if head == "area" and candidate.sent == sent else kinds
        if not _fits(candidate, here):
            continue
        if not _second_choice(candidate, kinds):
            return _ref(doc, candidate)
        landmark = landmark or candidate  # "the city of Douma 10 km from Damascus"
    return _ref(doc, landmark) if landmark is not None else UNRESOLVED_REF


def _own_position(sentence: str, text: str, pos: int) -> int:
    """Return where the description is when ``pos`` is an earlier "the town of X".

    "He died in the town of Nawa before rebels stormed the town": a span's offset is
    its text's first place in the sentence, which may be the named phrase.
    """
    while _POSTMODIFIED.match(sentence[pos + len(text) :]):
        later = sentence.find(text, pos + 1)
        if later < 0:
            return pos
        pos = later
    return pos


def _second_choice(candidate: Candidate, kinds: frozenset[str]) -> bool:
    """Return whether a fitting place is taken only when no other one fits.

    A landmark ("10 km north of Homs") and, for "the city", a name of no known kind
    (more often a village or a quarter: "a car bomb in Zahraa ... another district of
    the city" means Homs named before).
    """
    return candidate.landmark or (candidate.kind == "place" and "city" in kinds)


def fits_head(candidate: Candidate, head: str) -> bool:
    """Return whether a named place can be what a place noun ("the town") means."""
    kinds = _HEAD_KINDS.get(head)
    return kinds is not None and _fits(candidate, kinds) and not _second_choice(candidate, kinds)


def _fits(candidate: Candidate, kinds: frozenset[str]) -> bool:
    """Return whether a named place can be a description of these kinds."""
    if candidate.kind == "city" and "town" in kinds and "city" not in kinds:
        return False  # "the town" is not a place the story calls a city
    if candidate.kind == "place":
        return "town" in kinds  # "fighting in Kafr Zeta ... the town"
    if candidate.kind == "settlement":
        big = candidate.population >= TOWN_MAX_POPULATION
        return bool(kinds & {"city", "capital"}) or ("town" in kinds and not big)
    return candidate.kind in kinds or (candidate.kind == "town" and "city" in kinds)


def _ref(doc: Document, candidate: Candidate) -> Ref:
    """Return the Ref of a candidate place: a province by its own id, others as named."""
    if candidate.kind == "province":
        return province_ref(doc, candidate.name)
    return doc.place_ref(candidate.name)


def province_ref(doc: Document, name: str) -> Ref:
    """Return the province a name names ("Idlib" of "Idlib province" -> idlib-province)."""
    linked = link_place(f"{name} province")
    if linked is not None and linked.kind == "province":
        return doc.keep(Ref(linked.id, linked.label, "location"))
    city = link_place(name)
    label = f"{city.label if city is not None else name} province"
    ident = slug_of(label)
    if get_place(ident) is not None:
        ident = f"{ident}-unlinked"
    return doc.keep(Ref(ident, label, "location"))


def _named(doc: Document, modifiers: list[str], head: str) -> Ref | None:
    """Return the place a description names itself: "the Manbij area", "the Idlib province"."""
    words = [w for w in modifiers if not w.lower().endswith(_STANCES)]
    match = NAME.search(" ".join(words))
    if match is None or head == "capital" or match.group() in DESCRIPTIVE:
        return None
    phrase = match.group()
    linked = link_place(phrase)
    if linked is None and (doc.gaz.lookup(phrase) is not None or ADJECTIVE.search(phrase)):
        return None  # "the Kurdish town", "the Russian-run district": whose, not which
    if head in ("province", "governorate"):
        return province_ref(doc, phrase)
    return doc.place_ref(phrase)


_STANCES = ("-held", "-controlled", "-run", "-led", "-backed", "-besieged", "-occupied")


def _following(doc: Document, text: str, sent: int, pos: int, kinds: frozenset[str]) -> Ref | None:
    """Return the place named right after a description: "the strategic city Deir Hafer"."""
    after = doc.sentence(sent)[pos + len(text) :]
    match = _FOLLOWING_NAME.match(after)
    if match is None:
        return None
    name = _trim(match[1])
    if not name or name.split()[0].lower() in STOP_WORDS:
        return None
    kind = place_kind(doc, name, sent, pos + len(text) + match.start(1))
    if kind is None or kind.kind == "country":
        return None
    return province_ref(doc, name) if "province" in kinds else doc.place_ref(name)


def _trim(name: str) -> str:
    """Drop a trailing lowercase word the name pattern took ("Deir Hafer which")."""
    words = name.split()
    while words and not words[-1][:1].isupper() and "-" not in words[-1]:
        words.pop()
    return " ".join(words)


def _capital(doc: Document, modifiers: list[str], sent: int, pos: int) -> Ref:
    """Return the capital a description means.

    "the Syrian capital": Syria's; "the provincial capital": the namesake city of the
    province just named ("Raqqa province ... the provincial capital" -> Raqqa); "the
    capital": the national capital named last, else the one of the country of the story.
    """
    lowered = [w.lower() for w in modifiers]
    country = _demonym_country(doc, modifiers)
    if country:
        capital = national_capitals().get(country)
        return doc.place_ref(capital.label) if capital is not None else UNRESOLVED_REF
    provincial = "provincial" in lowered
    for candidate in candidates(doc, sent, pos, window=3 if not modifiers else None):
        if provincial and candidate.kind == "province":
            return doc.place_ref(candidate.name)
        if (provincial or modifiers) and candidate.kind in ("city", "settlement", "town"):
            return doc.place_ref(candidate.name)
        if not modifiers and candidate.capital:
            return doc.place_ref(candidate.name)
    if modifiers:
        return UNRESOLVED_REF
    setting = alpha2_of(doc.gaz, doc.setting_country)
    capital = national_capitals().get(setting) if setting else None
    return doc.place_ref(capital.label) if capital is not None else UNRESOLVED_REF


def _demonym_country(doc: Document, modifiers: list[str]) -> str:
    """Return the ISO alpha-2 code of a country named by an adjective ("Syrian"), or ""."""
    for word in modifiers:
        found = doc.gaz.lookup(word) if word[:1].isupper() else None
        if found is not None and found[0].actor_type == "country":
            return alpha2_of(doc.gaz, found[0].actor_id)
    return ""
