"""An actor the text is not sure of: "Syrian or Russian warplanes" (issue 14).

Monitors often cannot tell whose aircraft struck and say so: "strikes by Russian or
Syrian jets", "the regime or its ally Moscow". Such a phrase names two possible actors and
states neither; coding it as either would state what the text does not. An actor
phrase whose alternatives, on the two sides of "or", name different sides is left
unresolved (its words stay in the event) while the story is read; an attack of such a
phrase ends as one event per side, each possible (:mod:`graph.normalize.eitherowners`).
Alternatives naming one actor ("ISIL or Daesh") are two names of it.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

__all__ = ["ALTERNATIVE_WORD", "names_alternatives"]

# A word that leaves a doer open between sides: "X or Y", "either", "neither ... nor".
ALTERNATIVE_WORD = re.compile(r"\b(?:or|nor|either)\b", re.IGNORECASE)

_ALTERNATIVES = re.compile(r"^(?:either\s+)?(?P<one>.+?)\s+(?:or|nor)\s+(?P<other>.+)$", re.I)
# Words that name a side without a name: "Russian or regime warplanes".
_SIDE_WORDS = {
    "regime": "government",
    "government": "government",
    "loyalist": "government",
    "rebel": "rebels",
    "rebels": "rebels",
    "opposition": "rebels",
    "insurgent": "rebels",
    "insurgents": "rebels",
    "coalition": "coalition",
}

# Words of an alternative named only as someone else: "the regime or its allies".
_OTHERS = frozenset({"ally", "allies", "allied", "another", "other", "partner", "partners"})
_OTHERS |= {"proxy", "proxies", "backer", "backers"}


def names_alternatives(text: str, gaz: Gazetteer) -> bool:
    """Return whether ``text`` offers two different actors as alternatives.

    "Syrian or Russian warplanes", "jets of the regime or its ally Russia": True;
    "Islamic State (ISIL or Daesh) fighters", "Syrian regime or government forces": False.
    """
    match = _ALTERNATIVES.match(text.strip())
    if match is None:
        return False
    one, other = (
        _sides(_partner_named(match["one"]), gaz),
        _sides(_partner_named(match["other"]), gaz),
    )
    if not one or not other:
        # "the regime or its ally": the other alternative is someone else, unnamed
        bare = match["other"] if one else match["one"]
        return bool(one | other) and any(w in _OTHERS for w in bare.lower().split())
    return bool(one - other) and bool(other - one)


def _partner_named(text: str) -> str:
    """Return the name of a partner set beside its noun, else ``text``.

    "those of Ankara's ally Qatar" -> "Qatar": the possessor is the other side, not this one.
    """
    words = text.split()
    at = next((i for i, w in enumerate(words) if w.lower() in _OTHERS), len(words))
    return " ".join(words[at + 1 :]) if at + 1 < len(words) else text


def _sides(text: str, gaz: Gazetteer) -> set[str]:
    sides = {m.actor_id for m in gaz.find_mentions(text)}
    return sides | {_SIDE_WORDS[w] for w in text.lower().split() if w in _SIDE_WORDS}
