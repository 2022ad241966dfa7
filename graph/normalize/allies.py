"""Allies named through their partner: "the army and its allies" (issue 14).

"Government forces and their allies besieged the town", "the army and allied fighters",
"the army in cooperation with the supporting forces": the allies are not the
government; they are armed men on its side (in news of a civil war, the militias
fighting with the army). A possessive phrase of allies ("its allies", "their partners")
is read through the pronoun's antecedent: a state's government or army gives its allied
militias (``pro-<id>/gunmen``, as "pro-government militias" are coded); anyone else's
allies are not named (the role stays unresolved rather than being the partner itself).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..model import UNRESOLVED
from .agents import find_agent
from .gazetteer import Gazetteer
from .phrase import POSSESSIVES, Ref
from .qualified import allies_of

if TYPE_CHECKING:
    from .coref import Document

__all__ = ["ALLY_NOUNS", "allied_ref", "partner_allies"]

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


# "allied fighters", "the popular forces", "supporting forces": armed men named by their
# alliance with a partner the sentence names before them
_ALLIED = frozenset({"allied", "popular", "supporting", "auxiliary"})
_STATE = frozenset({"government", "military"})


def partner_allies(doc: Document, words: list[str], sent: int, pos: int) -> Ref | None:
    """Return the allied militias of the state force the sentence names before them, or None.

    "Syrian troops and allied fighters took the town": a government's or army's allies
    (``pro-<id>/gunmen``), not the army itself; with no state force before them in the
    sentence ("the Nusra Front and allied militias") the phrase is left to other steps.
    """
    if len(words) != 2 or words[0].lower() not in _ALLIED:
        return None
    found = find_agent(words[1:])
    if found is None or found.sector not in ("UAF", "MIL", "REB"):
        return None
    state = [
        m.ref
        for m in doc.mentions.window(sent, pos)
        if m.sent == sent and m.ref is not None and m.ref.actor_type in _STATE
        and "/" not in m.ref.actor_id  # a named state force, not "Kurdish forces"
    ]  # fmt: skip
    return allies_of(doc.gaz, state[-1], "UAF") if state else None
