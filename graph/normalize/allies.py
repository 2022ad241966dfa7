"""Allies named through their partner: "the army and its allies" (issue 14).

"Government forces and their allies besieged the town": the allies are not the
government; they are armed men on its side (in news of a civil war, the militias
fighting with the army). A possessive phrase of allies ("its allies", "their partners")
is read through the pronoun's antecedent: a state's government or army gives its allied
militias (``pro-<id>/gunmen``, as "pro-government militias" are coded); anyone else's
allies are not named (the role stays unresolved rather than being the partner itself).
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import UNRESOLVED
from .gazetteer import Gazetteer
from .phrase import POSSESSIVES, Ref
from .qualified import allies_of

__all__ = ["ALLY_NOUNS", "allied_ref"]

ALLY_NOUNS = frozenset({"ally", "allies", "partner", "partners", "proxies", "proxy"})
# The modifiers allies may carry and stay allies: "its close allies", "their local allies".
_ALLY_MODIFIERS = frozenset({"close", "local", "regional", "foreign", "main", "key", "militia"})


def allied_ref(
    words: list[str], owner_of: Callable[[list[str]], Ref | None], gaz: Gazetteer
) -> Ref | None:
    """Return the allies a possessive phrase names, an unresolved role, or None (no such phrase).

    Args:
        words: The phrase's words ("their", "allies").
        owner_of: Resolves the possessive pronoun to its antecedent.
        gaz: The actor gazetteer.
    """
    if len(words) < 2 or words[0].lower() not in POSSESSIVES:
        return None
    if words[-1].lower() not in ALLY_NOUNS:
        return None
    if any(w.lower() not in _ALLY_MODIFIERS for w in words[1:-1]):
        return None  # "their Kenyan partners" names whom it means
    owner = owner_of(words)
    if owner is None or owner.actor_type not in ("government", "military"):
        return Ref("", "", UNRESOLVED)  # someone's allies, not that someone
    return allies_of(gaz, owner, "UAF") or Ref("", "", UNRESOLVED)
