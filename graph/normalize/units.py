"""A military unit named by its noun and a number, which the dictionary lacks (issue 14).

"Division 30", "the regiment 137", "the 13th Division", "the 4th Armoured Division",
"the Fifth Corps": a unit noun a coder would list with a number or an ordinal names an
armed unit, a party to the war (its acts are events, it owns what it holds), typed as an
armed group when the text does not say whose it is. Not a thing the unit holds ("the
Division 17 base"), nor another numbered name ("Highway 5", "Resolution 2254", "Room 30"),
nor a spelled ordinal before a lower-case noun ("a second front", "the first battalion").
"""

from __future__ import annotations

import re

from .phrase import DETERMINERS, words_of

__all__ = ["unit_kind"]

_UNIT_NOUNS = frozenset(
    words_of("division brigade battalion regiment corps legion squadron army front")
)
_NUMBER = re.compile(r"\d{1,4}")
_NUMBERED_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)", re.IGNORECASE)
_SPELLED_ORDINALS = frozenset(
    words_of("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth")
)
_MAX_MODIFIERS = 2  # "the 4th Armoured Division", "the 1st Special Forces Division"


def _numbered(name: list[str]) -> bool:
    # "Division 30", "regiment 137": the noun, then its number
    return len(name) == 2 and name[0].lower() in _UNIT_NOUNS and bool(_NUMBER.fullmatch(name[1]))


def _ordinal(name: list[str]) -> bool:
    # "13th Division", "4th Armoured Division", "Fifth Corps"; not "a second front"
    first, modifiers, noun = name[0], name[1:-1], name[-1]
    if len(name) < 2 or len(modifiers) > _MAX_MODIFIERS or noun.lower() not in _UNIT_NOUNS:
        return False
    if not all(w[:1].isupper() and w.isalpha() for w in modifiers):
        return False
    if _NUMBERED_ORDINAL.fullmatch(first):
        return True
    return first in _SPELLED_ORDINALS and noun[:1].isupper()


def unit_kind(words: list[str]) -> str | None:
    """Return "armed-group" when a phrase is a numbered military unit's name, else None.

    Args:
        words: The phrase's words ("the", "4th", "Armoured", "Division").
    """
    start = 0
    while start < len(words) and words[start].lower() in DETERMINERS:
        start += 1
    name = words[start:]
    return "armed-group" if name and (_numbered(name) or _ordinal(name)) else None
