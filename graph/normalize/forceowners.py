"""Whose forces a possessive names: "the army's air force", "President Tarvo's troops" (issue 14).

State media write "the army's air force struck ..." and wire copy "President Tarvo's
forces shelled ...": the force belongs to the army, or to the state whose leader or
government is named before the possessive: its army for "forces", "troops" and
"soldiers", the state itself for its aircraft ("Tarvo's air force", as "Tarvan jets"
are the state's). Real copy often drops the apostrophe ("the armys air force", "Tarvos
forces"); a word ending in "s" is read as a possessive only when it is no agent noun
itself ("Democratic Forces fighters" is a name) and, without its "s", names a state,
its government or its army, and the force's head is a state's ("air force", "troops",
"warplanes"; not "militia" nor "fighters"). A leader's rule is read the same way:
"President Tarvos regime" is Tarvo's state's government, not a people "Tarvos".
"""

from __future__ import annotations

from collections.abc import Callable

from .agents import ARMY_NOUNS, find_agent
from .countries import country_of
from .gazetteer import Gazetteer
from .phrase import STATE_TYPES, Ref

__all__ = ["forces_of", "possessed_force"]

# A force ("President Tarvos troops") or a rule ("Tarvos regime") a state's leader owns.
_OWNED_SECTORS = frozenset({"MIL", "GOV"})


def possessed_force(
    words: list[str], gaz: Gazetteer, resolve_words: Callable[[list[str]], Ref]
) -> Ref | None:
    """Return the armed forces of the state a possessive before a force head names, or None.

    "the armys air force" -> the army's state's armed forces; "Tarvos forces" -> Tarvo's.

    Args:
        words: The phrase's cleaned words ("armys", "air", "force").
        gaz: The actor gazetteer.
        resolve_words: Resolves a shorter run of the phrase's words in its sentence.
    """
    head = words[-1].lower() if words else ""
    for at in range(len(words) - 1, 0, -1):
        owner = _stem(words[at - 1])
        if not owner or find_agent(words[at - 1 : at]) is not None:
            continue  # "Syrian Democratic Forces fighting position": a name, no possessive
        found = find_agent(words[at:])
        # "Russia and Tarvos regime": two owners, the first one's event (see jointdoers)
        joint = "and" in words[: at - 1] and found is not None and found.sector == "GOV"
        owned = found is not None and found.sector in _OWNED_SECTORS and not joint
        if owned and found is not None and found.start == 0 and found.noun == head:
            return forces_of(resolve_words([*words[: at - 1], owner]), head, gaz)
    return None


def _stem(word: str) -> str:
    """Return a possessive's owner ("army's", "armys" -> "army"), "" for another word."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else ""


def forces_of(owner: Ref, head: str, gaz: Gazetteer) -> Ref | None:
    """Return whose forces an owner's are: an army's own, else its state's army or state.

    "Tarvos troops" are Tarvo's state's army; "Tarvos air force" is the state's, as
    "Tarvan jets" are.
    """
    if owner.actor_type not in STATE_TYPES or not owner.actor_id:
        return None
    if owner.actor_type == "military":
        return owner if owner.code[:3].isalpha() else None
    country = country_of(gaz, owner.actor_id)  # a leader is an alias of the government
    if not country:
        return None
    actor_id = gaz.military_actor(country) if head in ARMY_NOUNS else gaz.state_actor(country)
    actor = gaz.get(actor_id) if actor_id else None
    if actor is None:
        return None
    return Ref(actor.actor_id, actor.label, actor.actor_type, gaz.code_at(actor.actor_id))
