"""A pointing adverb after a role ("the people there", "the gunmen here") names no one.

The phrase is read without it when that names an actor or no one ("the terrorists
there" -> the terrorists; "no one there" -> no one); a thing stays as written ("a large
presence there"), as no reading of it names a side.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .phrase import Ref, clean

_TRAILING_DEIXIS = re.compile(r"(?<=\w)\s+(?:there|here)\s*$", re.IGNORECASE)


def without_deixis(text: str) -> str:
    """Return a span without a trailing "there" or "here" ("the gunmen there": the gunmen)."""
    return _TRAILING_DEIXIS.sub("", text)  # only the end: offsets from the start hold


def pointed(text: str, read: Callable[[str], Ref]) -> Ref | None:
    """Return what ``read`` makes of ``text`` without its trailing adverb, unless a thing.

    Args:
        text: A role's phrase.
        read: Resolves a phrase at the same place (the resolver's chain of steps).
    """
    bare = without_deixis(text)
    if bare == text or not clean(bare):
        return None
    ref = read(bare)
    return ref if ref.actor_type != "other" else None
