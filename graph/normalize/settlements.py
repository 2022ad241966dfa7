"""A named settlement written with its head noun is that place: "Idlib province".

"Jets bombed Idlib province", "rebels shelled the Waer neighbourhood", "troops took
Kafr Hamra village", "opposition-held Atarib district", "Aleppo's eastern districts":
the name before the head noun (town, city, village, district, neighbourhood, province,
area...) names the place, linked by the places gazetteer when it can be, else kept as
an unlinked place of the story; an unlinked quarter "of" a linked city ("the Midan
district of Damascus") is left to the partitive step, which gives the city. Without
this step the head noun made the phrase an unresolved non-actor ("province", "city")
and the graph had no node for what was hit.

Left alone: a people or creed before the head ("Kurdish villages", "two Shiite
villages", "a Syrian town": see :func:`graph.normalize.modifiers.national_place`), a
group's holding ("IS-held towns"), a headline's capitalised words ("Several Towns"),
and a head with no name ("the town": a description).
"""

from __future__ import annotations

from collections.abc import Callable

from .gazetteer import Gazetteer
from .phrase import Ref, clean, words_of
from .places import link_place
from .titlecase import is_title_sentence

__all__ = ["SETTLEMENT_HEADS", "named_settlement", "settled_part"]

# Head nouns of a place the size of a quarter, a town or a province.
SETTLEMENT_HEADS = frozenset(
    words_of(
        "town towns city village villages district districts neighbourhood neighbourhoods "
        "neighborhood neighborhoods quarter quarters suburb suburbs province governorate "
        "municipality area countryside"
    )
)
# A name's lowercase parts: "Maaret al-Numan", "Deir ez Zor", "Ras al Ain".
_PARTICLES = frozenset(words_of("al el ad ed as es ash az ez ar er an at"))
_COMPASS = frozenset(
    words_of(
        "north south east west northern southern eastern western central northeastern "
        "northwestern southeastern southwestern upper lower greater old new"
    )
)
# Words that put the head in a phrase of its own: "a girl from the Damascus suburb".
_PREPOSITIONS = frozenset(
    words_of(
        "from for in at on to with by near into against between through across toward towards "
        "over under after before during around inside outside within among via about"
    )
)
# Capitalised words that describe a people or a creed, not a place's name ("Kurdish villages").
_PEOPLES = frozenset(
    words_of(
        "kurdish kurd kurds arab arabs arabic shiite shia shi'ite sunni alawite alawi druze "
        "christian christians muslim muslims islamic jewish yazidi turkmen assyrian armenian "
        "circassian bedouin ismaili"
    )
)

# a name -> the place it refers to in the document (linked, else kept unlinked)
PlaceRef = Callable[[str], Ref]


def named_settlement(
    words: list[str], place_ref: PlaceRef, gaz: Gazetteer, sentence: str
) -> Ref | None:
    """Return the place a "NAME town/province/neighbourhood" phrase names, else None.

    Args:
        words: The phrase's cleaned words (no determiner or count).
        place_ref: Gives the place a name refers to (linked, else kept unlinked).
        gaz: The actor gazetteer: a name it knows as no place ("Syrian", a group)
            makes the phrase no place name.
        sentence: The phrase's sentence (a headline's capitalised words are no names).

    Returns:
        The place, or None when the phrase is no named settlement.
    """
    cut = words.index("of") if "of" in words else len(words)
    head_part = words[:cut]
    if len(head_part) < 2 or not _is_head(head_part[-1]):
        return None
    if any(w.lower() in _PREPOSITIONS for w in head_part):
        return None  # "a girl from the Damascus suburb": the girl; "attacks on X district"
    name = _name_before(head_part[:-1])
    if name:
        first = name[0]  # "the Madaya and Zabadani towns": the first (the second has its event)
        after = words[cut + 1 : cut + 2]
        if after and _is_name_word(after[0]):
            if link_place(" ".join(first)) is not None:
                return None  # "the Damascus suburb of Daraya": Daraya (a partitive)
            if link_place(" ".join(words[cut + 1 :])) is not None:
                return None  # "the Midan district of Damascus": the linked city (a partitive)
        if _is_place_name(first, gaz, sentence):
            return place_ref(" ".join(first))
        return None
    owner = _possessive_owner(head_part[0])  # "Aleppo's eastern districts" -> Aleppo
    if owner and all(w.islower() for w in head_part[1:-1]):
        return place_ref(owner) if _is_place_name([owner], gaz, sentence) else None
    return None


def _is_single_name(words: list[str]) -> bool:
    """Return whether words are one name: "al-Mazraa", "Bab Touma", not "A and B" or "it"."""
    names = _name_before(words)
    return len(names) == 1 and len(names[0]) == len(words)


def _is_head(word: str) -> bool:
    """Return whether a word is a settlement head in lower case ("Old City" is a name)."""
    return word.islower() and word in SETTLEMENT_HEADS


def _name_before(words: list[str]) -> list[list[str]]:
    """Return the names right before a head, conjuncts apart ("A and B"), first first."""
    names: list[list[str]] = [[]]
    for word in reversed(words):
        if word.lower() == "and" and names[0]:
            names.insert(0, [])
        elif _is_name_word(word) or (word.lower() in _PARTICLES and names[0]):
            names[0].insert(0, word)
        else:
            break
    names = [name for name in names if name and _is_name_word(name[0])]
    owner = _possessive_owner(names[0][0]) if names else ""
    if owner:
        # "Aleppo's Marjeh district": the district; "Aleppo's districts": Aleppo
        names[0] = names[0][1:] or [owner]
    return names


def _is_name_word(word: str) -> bool:
    """Return whether a word is written as a name: "Hass", "al-Gharbiya", not "IS-held"."""
    parts = word.split("-")
    last = parts[-1]
    return bool(last[:1].isupper()) or (len(parts) > 1 and parts[0] in _PARTICLES and bool(last))


def _possessive_owner(word: str) -> str:
    """Return the owner of a possessive word ("Aleppo's" -> "Aleppo"), else "".

    A known place's apostrophe may be lost ("Aleppos Marjeh district").
    """
    for mark in ("'s", "’s"):
        if word.endswith(mark) and word[:1].isupper():
            return word[: -len(mark)]
    if len(word) > 4 and word.endswith("s") and link_place(word[:-1]) is not None:
        return word[:-1]
    return ""


def _is_place_name(name: list[str], gaz: Gazetteer, sentence: str) -> bool:
    """Return whether a name may be a place's: no people, creed, group or headline word."""
    if any(w.lower().strip("'’") in _PEOPLES for w in name):
        return False
    if all(w.lower() in _COMPASS for w in name):
        return False  # "the Western countryside": a side of somewhere
    found = gaz.lookup(" ".join(name))  # "Syrian", "Hezbollah": no place
    if found is not None:
        return found[1] == "capital" or found[0].actor_type == "location"
    return not is_title_sentence(sentence) or link_place(" ".join(name)) is not None


def settled_part(
    joiner: str, rest: str, resolve_place: Callable[[str], Ref], place_ref: PlaceRef
) -> Ref | None:
    """Return the place of a settlement's part: "suburbs of Damascus" -> Damascus.

    Args:
        joiner: The word between head and rest: only "of" ("an area for X" is no part).
        rest: The words after it ("Damascus", "al-Mazraa", "960 square kilometers").
        resolve_place: Resolves the rest, read as a place.
        place_ref: Gives the place a name refers to (linked, else kept unlinked).

    Returns:
        The place; an unknown single name ("the neighbourhood of al-Mazraa") is kept as
        an unlinked place; None when the rest is no place (a measure, a list of names).
    """
    if joiner != "of":
        return None
    ref = resolve_place(rest)
    if ref.actor_type == "other" and _is_single_name(clean(rest)):
        return place_ref(" ".join(clean(rest)))
    return ref if ref.actor_type == "location" else None
