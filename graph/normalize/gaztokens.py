"""How the gazetteer cuts names into tokens, and the mention it finds in a text.

Split from :mod:`graph.normalize.gazindex`, which builds its lookup keys with these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# Tokens: dotted abbreviations ("U.S.") or runs of letters/digits; hyphens and
# apostrophes separate tokens, so "US-led" and "US led" give the same key.
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+")
_POSSESSIVE = re.compile(r"['’]s\b")


@dataclass(frozen=True, slots=True)
class Mention:
    """A gazetteer actor found in a text: character span, actor id and how it was named."""

    start: int
    end: int
    actor_id: str
    via: str  # "alias", "demonym" or "capital"
    plural: bool = False


def with_bare_possessives(names: Iterable[str]) -> Iterator[str]:
    """Yield each name, and its form without the apostrophe when it has two words or more.

    Scraped text often drops apostrophes: "Peoples Protection Units" is "People's
    Protection Units" (a bare "Assads" stays a possessive for the resolver).
    """
    for name in names:
        yield name
        bare = _POSSESSIVE.sub("s", name)
        if bare != name and len(tokens(bare)) > 1:
            yield bare


def tokens(text: str) -> list[str]:
    """Return the matching tokens of ``text`` ("US-led coalition" -> US, led, coalition)."""
    return TOKEN.findall(text.replace("’", "'"))


def is_case_sensitive(alias: str) -> bool:
    """Return whether an alias matches only as written: all-capital "US", "IS", "UN", "WHO"."""
    return not any(ch.islower() for ch in alias)
