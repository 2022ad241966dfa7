"""The words in front of a generic agent that say whose it is, other than a country.

A country named in front of an agent ("Iraqi police") is read by
:mod:`graph.normalize.countries`; here the rest: a possessive that lost its
apostrophe ("Syrias army"), a person who owns the agent ("the general's troops"),
a people or movement the gazetteer lacks ("Kurdish forces", also after a country:
"Syrian Kurdish forces"), the region such a name belongs to ("Darfur rebels"), and
modifiers that name no side ("Other", "Suspected"). :mod:`graph.normalize.agents` puts
them together.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from .countries import country_by_alpha2, country_of, modifier_country
from .gazetteer import Gazetteer, tokens
from .noside import NO_SIDE_WORDS, is_common_word, is_people_word, names_no_people
from .phrase import NOT_PLACES, TITLES, Ref, words_of
from .places import link_place

__all__ = [
    "after_owner",
    "country_people",
    "group_owner",
    "lead_word",
    "plain_modifier",
    "region_country",
    "unclipped",
    "unlisted_people",
]

# Capitalised words in front of an agent that name no side: "The", "Local", "Two".
_NOT_QUALIFIERS = NO_SIDE_WORDS.union(
    words_of(
        "the a an this that these those local foreign some many several other two three four "
        "five armed unidentified unknown masked senior top former new more most all both"
    )
)


def unlisted_people(modifiers: list[str]) -> str:
    """Return the capitalised word that qualifies the agent as a people or movement, else ""."""
    # "Kurdish and Arab fighters" as a whole is the first conjunct's ("Arab fighters" is
    # the second event): the name before "and" qualifies it
    first = modifiers[: modifiers.index("and")] if "and" in modifiers[1:] else modifiers
    named = [
        lead_word(w) for w in first if lead_word(w)[:1].isupper() and not tokens(lead_word(w))[1:]
    ]
    proper = (
        named
        and named[-1].isalpha()
        and named[-1].lower() not in _NOT_QUALIFIERS | STOP_WORDS
        and named[-1] not in NOT_PLACES  # "Wednesday troops": a day, not a people
        and not any(w.rstrip(".") in TITLES for w in modifiers)  # "President Bashar al-Assads"
        and not names_no_people(named)  # "Suspected", "Saddam Husseins": no people
    )
    return _known_qualifier(named[-1]) if proper else ""


def _known_qualifier(word: str) -> str:
    """Return a word as the people or place it names, else "".

    A common word ("Fierce", "Motorbike": a headline's opening) names none; a place's
    possessive without its apostrophe is the place ("Aleppos" -> "Aleppo"); a people
    ("Kurdish") or a name no dictionary knows ("Tarvan") is kept.
    """
    if is_common_word(word):
        return ""
    clipped = len(word) > 4 and word.endswith("s") and not is_people_word(word)
    if clipped and link_place(word) is None:
        place = link_place(word[:-1])
        if place is not None and place.kind != "country":
            return word[:-1]
    return word


def unclipped(gaz: Gazetteer, word: str) -> str:
    """Return a possessive that lost its apostrophe with it back ("Syrias" -> "Syria's").

    "Syrias army": scraped text often drops the apostrophe.
    """
    if len(word) < 5 or not word[:1].isupper() or not word.endswith("s") or gaz.lookup(word):
        return word
    return word[:-1] + "'s" if gaz.lookup(word[:-1]) is not None else word


def after_owner(gaz: Gazetteer, modifiers: list[str]) -> list[str]:
    """Return the modifiers after a person who owns the agent, or all of them.

    "Ali Hassan's opposition party", "the general's troops": a person who owns the
    agent is no people or place qualifying it; the words after the owner still may.
    """
    owner = [i for i, w in enumerate(modifiers) if w.endswith(("'s", "’s"))]
    if not owner:
        return modifiers
    name = " ".join(modifiers[: owner[-1] + 1])
    if any(country_of(gaz, m.actor_id) for m in gaz.find_mentions(name)):
        return modifiers  # "Iraq's police": a country owns it
    return modifiers[owner[-1] + 1 :]


def region_country(gaz: Gazetteer, name: str) -> str:
    """Return the country of a region or town that qualifies an agent, or "".

    "Darfur rebels", "Idlib residents": a region or town of one country says whose
    they are (its code), while the id keeps the region ("darfur/rebels").
    """
    place = link_place(name)
    if place is None or place.kind == "country":
        return ""
    return country_by_alpha2(gaz, place.country_code)


def lead_word(word: str) -> str:
    """Return the part of a modifier that may name whose the agent is, or "".

    "Russian-led" names Russia; "US-backed" does not make the agent American;
    "Al-Qaeda" is a name, not a compound.
    """
    head, _, verb = word.partition("-")
    if not verb or verb[:1].isupper():
        return word
    return head if verb.lower() == "led" else ""


def plain_modifier(word: str, *, opening: bool = False) -> bool:
    """Return whether a modifier names no side: "other"; "Other", "Suspected" opening a sentence.

    A common word opening the phrase with a capital is a headline's or a sentence's
    first word: "Fierce government shelling", "Desperate residents".
    """
    plain = word.islower() or word.lower() in _NOT_QUALIFIERS or names_no_people([word])
    stray = opening and word[1:].islower() and is_common_word(word)
    return (plain or stray) and not tokens(word)[1:]


# Kinds of actor whose name before an agent makes the agent theirs ("Isis fighters").
_GROUP_TYPES = frozenset(words_of("armed-group organisation"))
# Sectors of armed men whom a people's name makes that people's, not their state's.
_ARMED = frozenset(words_of("MIL UAF"))
# War machines a state's forces fly, named with their make, not a people ("Tupolev bombers").
_MACHINES = frozenset(
    words_of(
        "jet jets warplane warplanes plane planes aircraft helicopter helicopters gunship "
        "gunships drone drones bomber bombers fighter-jets"
    )
)


def country_people(
    gaz: Gazetteer, modifiers: list[str], named_country: str, sector: str, noun: str
) -> str:
    """Return the people the gazetteer lacks that qualifies an agent, after any country.

    "Kurdish forces" -> Kurdish; "Syrian Kurdish forces", "Iraqi Kurdish fighters" ->
    Kurdish too (a people's armed men in that country, never its state's army); "Syrian
    forces" -> "". Rebels and the opposition stay their country's ("Syrian Sunni rebels").
    """
    armed = sector in _ARMED and noun not in _MACHINES  # "Russian Tupolev bombers": planes
    people = unlisted_people(modifiers) if not named_country or armed else ""
    if not named_country or not people:
        return people
    names_country = modifier_country(gaz, [people]) != ""
    last = lead_word(modifiers[-1]) if modifiers else ""
    return "" if names_country or last != people else people


def group_owner(gaz: Gazetteer, modifiers: list[str]) -> Ref | None:
    """Return the group or organisation whose name qualifies the agent, or None.

    Its members or officials are the group in an event ("Isis terrorists", "the UNs
    envoy", a possessive that lost its apostrophe), never a people named after it.
    """
    last = modifiers[-1] if modifiers else ""
    if not last[:1].isupper() or len(modifiers) > 1 and modifiers[-2][:1].isupper():
        return None  # "Jeish Al Fatah": the end of a longer name, not the name
    clipped = last[:-1] if last.endswith("s") and len(last) > 2 else ""
    for name in (last, last.upper(), clipped):
        found = gaz.lookup(name) if name else None
        if found is not None and found[0].actor_type in _GROUP_TYPES:
            actor = found[0]
            return Ref(actor.actor_id, actor.label, actor.actor_type, actor.code_at())
    return None
