"""Armed men of a named group: "jihadists from the Islamic State group" (issue 14).

A generic armed noun with a "from"/"of" phrase naming an armed group is that
group's men: "terrorists from the Nusra Front" are the Nusra Front, not unknown
gunmen. Only a named group counts: "rebels from Idlib" keeps the generic reading
(a place is where they come from, not whom they belong to), and so does "rebels from
ISIS-held areas" (a name before "-held"/"-controlled" says whose the place is, not
whose the men are: "fighters of the YPG-dominated SDF" are the SDF's).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .phrase import Ref, head_word, words_of

__all__ = ["member_ref"]

# "ISIS-held", "Nusra-controlled": the name is the place's master, not the men's group.
_PLACE_OF = re.compile(r"-(?:held|controlled|run|dominated|besieged|occupied)\b", re.IGNORECASE)
_MEMBER = re.compile(r"^(?P<head>.+?)\s+(?:from|of)\s+(?P<rest>\S.*)$")
# Armed nouns that name men of a group ("fighters", "members" are partitive heads already).
_ARMED_NOUNS = frozenset(
    words_of(
        "jihadist jihadists terrorist terrorists gunman gunmen bomber bombers fighter militant "
        "insurgent insurgents rebel rebels extremist extremists"
    )
)


def member_ref(words: list[str], resolve_rest: Callable[[str], Ref]) -> Ref | None:
    """Return the named armed group whose men a phrase names, or None.

    Args:
        words: The phrase's words ("14", "jihadists", "from", "the", "Islamic", "State", "group").
        resolve_rest: Resolves the words after "from"/"of" to an actor.

    Returns:
        The group ("isis") when the head is an armed noun and the phrase after
        "from"/"of" names a gazetteer armed group; None otherwise.
    """
    match = _MEMBER.match(" ".join(words))
    if match is None or head_word(match["head"]).lower() not in _ARMED_NOUNS:
        return None
    # "rebels from ISIS-held areas" come from a place; "the YPG-dominated SDF" is the SDF
    rest = " ".join(w for w in match["rest"].split() if _PLACE_OF.search(w) is None)
    group = resolve_rest(rest)
    if group.actor_type != "armed-group" or not group.actor_id or "/" in group.actor_id:
        return None  # "gunmen from the town", "rebels of unknown affiliation"
    return group
