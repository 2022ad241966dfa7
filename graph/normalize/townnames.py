"""The town a text begins with: "Maaret al-Numan killing eight" -> "Maaret al-Numan".

Used by :mod:`placetargets` where the parser hung a town's phrase on the noun it
places ("the market in Ariha", "the main street of Saraqeb"), so the attack has no
location of its own: the words after "in/of/near" are read for the town's name.
A run of capitalised words is cut before a day or a month ("Hama Tuesday"), a word
of a body or a people, or an acronym ("Saraqeb Syrian Observatory said": Saraqeb), and
is no town past three words. Whether the phrase is a town, not a country or a region,
the caller decides (``is_town``).
"""

from __future__ import annotations

import re

from .candidates import ADJECTIVE, NAME
from .phrase import BODY_WORDS, NOT_PLACES, ORG_WORDS

__all__ = ["town_at"]

# "the town of", "the northern city of", "the nearby village of": kept before the name.
_LEAD = re.compile(r"(?i:the\s+(?:[a-z-]+\s+){0,2}?(?:town|city|village)\s+of\s+)?")
# Place nouns after a name that belong to it: "Jayrud town", "Idlib province".
_TAIL = re.compile(r"\s+(?:town|city|village|province|governorate|countryside)\b")
_MAX_WORDS = 3


def town_at(text: str) -> str:
    """Return the town phrase ``text`` begins with ("the town of Kessa", "Hass"), else ""."""
    opening = _LEAD.match(text)  # optional group: matches (maybe empty) at every start
    lead = opening.group(0) if opening else ""
    rest = text[len(lead) :]
    match = NAME.match(rest)
    if match is None:
        return ""
    words = _cut(match.group().split())
    if not words:
        return ""
    name = " ".join(words)
    tail = _TAIL.match(rest[len(name) :]) if rest.startswith(name) else None
    return lead + name + (tail.group() if tail else "")


def _cut(words: list[str]) -> list[str]:
    """Return a name run cut before a day, a month, a body's or a people's word, or an acronym."""
    for end, word in enumerate(words):
        if _ends_name(word):
            words = words[:end]
            break
    return words if len(words) <= _MAX_WORDS else []


def _ends_name(word: str) -> bool:
    """Return whether a word is no part of a town's name: "Monday", "Council", "Syrian", "SANA"."""
    if word in NOT_PLACES or word in ORG_WORDS or word in BODY_WORDS:
        return True
    return (word.isupper() and len(word) > 1) or ADJECTIVE.search(word) is not None
