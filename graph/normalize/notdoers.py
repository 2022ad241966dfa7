"""Who the story rules out as the doer of an unowned attack (issue 14).

:mod:`graph.normalize.attackers` gives an attack told without its doer ("Mortar shells
fell on X") to the one side the story has just named as attacking. Two things the
attack's own sentence says rule that out:

- the side is named in what was hit ("shells fell on Tarvan positions", "on the
  headquarters of the Wolf Battalion", "hit a Syrian checkpoint"): no side shells its
  own ground;
- the sentence itself names (or blames) a doer ("..., but the army blamed a Borduvian
  militia"): whoever attacked sentences before is no longer the one the story tells of.
"""

from __future__ import annotations

import re

from ..model import Event
from .phrase import STATE_TYPES

__all__ = ["blames_someone", "is_named_in_target"]

# "the army blamed X", "accused X of", "held X responsible", "pointed the finger at X".
_BLAME = re.compile(
    r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|pointed\s+the\s+finger|"
    r"h(?:eld|olds?|olding)\s+(?:[\w'-]+\s+){1,6}?responsible)\b",
    re.IGNORECASE,
)
# Parts of an id that name no one: "unknown/rebels" names the rebels only.
_NAMELESS = frozenset({"unknown", ""})
# Targets coded as a state's organs: its army, its government.
_STATE_ORGANS = frozenset({"government", "military"})
_WORD = re.compile(r"[A-Za-z0-9]+")


def blames_someone(text: str) -> bool:
    """Return whether a sentence blames someone: "..., but the army blamed a militia"."""
    return bool(_BLAME.search(text))


def is_named_in_target(attacker: Event, event: Event) -> bool:
    """Return whether an attack's target names the attacker's side, its own ground.

    By its id ("tarvan/gunmen" in "Tarvan positions"), its name ("the headquarters of the
    Wolf Battalion") or its country ("a Syrian checkpoint": the target coded SYR).

    Args:
        attacker: A stated attack of a named side.
        event: The attack without a doer.
    """
    if attacker.actor_id and attacker.actor_id == event.target_id:
        return True  # "suicide attacks killed 15 of its members": not its own attack
    # a state's own body (not a rebel group coded with the same country: "SYRREB")
    country = attacker.actor_code[:3] if attacker.actor_type in STATE_TYPES else ""
    if country.isalpha() and event.target_code[:3] == country and _is_state_part(event):
        return True
    target = _words(event.target)
    names = [p.replace("-", " ") for p in attacker.actor_id.split("/")]
    names.append(attacker.actor_label.split("(")[0])
    return any(_contains(target, _words(name)) for name in names if name.strip() not in _NAMELESS)


def _is_state_part(event: Event) -> bool:
    """Return whether the target is a state's body or ground ("a Syrian checkpoint").

    Not the state itself ("air strikes across Syria"), a place in it (coded with its
    country too) nor its people ("Syrian civilians").
    """
    words = event.target.split()
    if event.target_type == "country":
        return len(words) > 1 and words[-1].islower()  # "Turkish positions", not "Syria"
    return event.target_type in _STATE_ORGANS


def _words(text: str) -> list[str]:
    """Return a phrase's lowercase words, plural "s" dropped: "Rebels" -> "rebel"."""
    return [w.lower().rstrip("s") or w.lower() for w in _WORD.findall(text)]


def _contains(words: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return n > 0 and any(words[i : i + n] == phrase for i in range(len(words) - n + 1))
