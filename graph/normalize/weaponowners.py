"""Whose weapon a phrase names in the words before it: "Iraq regime shelling" (private).

Headlines and comma-less copy stack a country, its organ and a weapon: "Iraq army
mortar fire", "Libyan militia rockets". The first name inside such a phrase is the country,
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
        return None  # not one noun phrase: "Turkish drone cover halt a militia assault"
    for end in range(len(words) - 1, 1, -1):  # the longest run first: "Iraq regime air"
        ref = resolve_words(words[:end])
        if _is_organ(ref):
            return ref
    return None


def _is_organ(ref: Ref) -> bool:
    """Return whether a named state's organ or group is meant, not a state or no one named.

    "Iraq army" (a country's entry, coded IRQMIL) is its army; "Huge regime" (---GOV)
    names no country; "Russia regime" (RUSGOV) is a headline's "Russian and regime".
    """
    if not ref.code[:3].strip("-"):
        return False
    return ref.actor_type in _ORGAN_TYPES or ref.code[3:] not in ("", "GOV")
