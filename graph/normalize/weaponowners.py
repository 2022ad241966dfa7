"""Whose weapon a phrase names in the words before it: "Syria regime bombing" (private).

Headlines and comma-less copy stack a country, its organ and a weapon: "Syria army
shelling", "Syrian rebel rockets". The first name inside such a phrase is the country,
but the weapon belongs to the organ the words before it name (the army, the rebels, the
regime), as "the Syrian army's shelling" would say. A country named alone before its
weapon ("US air strikes") stays the country's.
"""

from __future__ import annotations

from collections.abc import Callable

from ..extract.agentnouns import is_means_noun
from ..parse.commawords import FUNCTION_WORDS
from .phrase import Ref

__all__ = ["weapon_owner"]

# What the words before a weapon must name to own it: an organ or a group, not a country.
_ORGAN_TYPES = frozenset({"government", "military", "armed-group"})
_CONJUNCTIONS = frozenset({"and", "or", "&"})


def weapon_owner(words: list[str], resolve_words: Callable[[list[str]], Ref]) -> Ref | None:
    """Return the organ or group named by the words before a weapon or attack head, or None.

    Args:
        words: The phrase's cleaned words ("Syria", "regime", "air", "strikes").
        resolve_words: Resolves a shorter run of the phrase's words in its sentence.
    """
    if len(words) < 3 or not words[-1].islower() or not is_means_noun(words[-1]):
        return None
    if not any(w[:1].isupper() for w in words[:-1]):
        return None  # "rebel rocket fire": no name to mistake for the owner
    if any(w.lower() in _CONJUNCTIONS for w in words):
        return None  # "Russian and regime strikes": two owners, read as a list elsewhere
    if any(w.lower() in FUNCTION_WORDS for w in words):
        return None  # not one noun phrase: "Russian air support repel a rebel offensive"
    for end in range(len(words) - 1, 1, -1):  # the longest run first: "Syria regime air"
        ref = resolve_words(words[:end])
        if ref.actor_type in _ORGAN_TYPES and ref.code[:3].strip("-"):
            return ref  # a named state's or group's, not "Huge regime" (no country)
    return None
