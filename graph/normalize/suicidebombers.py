"""A bomber who blows himself up is no state's military: gunmen, or his group (issue 14).

"Bomber" names a plane ("Tupolev bombers", "the bombers took off from their base") or a
man who carries his bomb: "a suicide bomber", "a motorcycle bomber", "the bomber blew
himself up". The agent table reads a bare "bomber" as a plane (a state's military, no
country); a bomber is a man when

- his phrase says so: "a motorcycle bomber", "the car bomber", "a would-be bomber";
- his sentence tells his blast: "blew himself up", "detonated his explosive belt";
- the story named such bombers before ("Two suicide bombers struck ... The second bomber
  ...") and no state's bombers ("Tarvan strategic bombers").

Such a bomber is the group the story names for him ("Falcon Brigade suicide bombers"),
else gunmen of no known country ("unknown/gunmen"), as for "a suicide bomber".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .agents import agent_ref
from .agentwords import SECTORS
from .gazetteer import Gazetteer
from .heads import STATE_HEADS
from .phrase import Ref

__all__ = ["bomber_ref", "carries_bomb", "is_bomber", "names_bombers"]

_BOMBER = re.compile(r"\bbombers?\b", re.I)
# Words before "bomber" that make him a man carrying his bomb.
_CARRIED = (
    r"(?:suicide|car|truck|lorry|motorcycle|motorbike|bicycle|vehicle|would-be|belt|vest)"
    r"(?:\s+|-)bombers?\b"
)
_PERSON = re.compile(_CARRIED, re.I)
# A man's own blast told in the sentence: "blew himself up", "detonated his explosive vest".
_OWN_BLAST = re.compile(
    r"\b(?:blew|blow|blows|blowing)\s+(?:himself|herself|themselves)\b"
    r"|\bdetonat\w*\s+(?:his|her|their)\b|\bexplosive\s+(?:vest|belt)s?\b",
    re.I,
)
# A person bomber named with the group he fights for: "Falcon Brigade suicide bombers".
_NAMED = re.compile(r"((?:\S+\s+){1,3})" + _CARRIED, re.I)


def is_bomber(phrase: str) -> bool:
    """Return whether a phrase's head is "bomber" or "bombers"."""
    return bool(phrase.split()) and _BOMBER.fullmatch(phrase.split()[-1]) is not None


def carries_bomb(text: str) -> bool:
    """Return whether a text ends with a bomber who carries his bomb ("... a car bomber")."""
    return re.search(_CARRIED + r"$", text, re.I) is not None


def names_bombers(text: str) -> bool:
    """Return whether a text names bombers who carry their bombs ("a suicide bomber")."""
    return _PERSON.search(text) is not None or _OWN_BLAST.search(text) is not None


def bomber_ref(
    phrase: str,
    sentence: str,
    before: list[str],
    gaz: Gazetteer,
    owned: Callable[[str], bool],
) -> Ref | None:
    """Return who a bomber phrase is when he carries his bomb, else None (a plane).

    Args:
        phrase: The bomber phrase ("the second bomber").
        sentence: Its sentence.
        before: The texts of the story before the phrase (headline first).
        gaz: The actor gazetteer.
        owned: Whether a text names a state's aircraft (its "Tarvan bombers").
    """
    told = _PERSON.search(phrase) or _OWN_BLAST.search(sentence)
    if not told and (not any(map(names_bombers, before)) or any(map(owned, before))):
        return None
    for text in reversed([*before, phrase]):
        group = _group(text, gaz)
        if group is not None:
            return group
    part, kind = SECTORS["UAF"]
    return Ref(f"unknown/{part}", f"{part} (unknown)", kind, "---UAF")


def _group(text: str, gaz: Gazetteer) -> Ref | None:
    """Return the one armed group a text names person bombers of, or None."""
    groups = set()
    for match in _NAMED.finditer(text):
        ref = agent_ref(gaz, match.group().split(), "", STATE_HEADS)
        if ref is not None and ref.actor_type == "armed-group" and "/" not in ref.actor_id:
            groups.add(ref)
    return groups.pop() if len(groups) == 1 else None
