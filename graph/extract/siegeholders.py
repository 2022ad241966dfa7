"""Whom an attack to break a siege or a line is aimed at: who holds it (private).

An offensive "to break a government siege of the old town" or "to break through
regime lines" is fought against the side that holds the siege or the lines: the
government, the regime. The siege, the lines, the positions are no side, so the
attack's target is their holder, named as the owner of the noun ("government
lines", "the army's positions", "the government forces positions"); "to break the
siege" names no holder and gives no target.
"""

from __future__ import annotations

from spacy.tokens import Token

from .agentnouns import is_someone
from .lexicon import word_set
from .spans import child

__all__ = ["BREAK_VERBS", "broken_holder"]

# Verbs of breaking through what the other side holds: "break (through)", "breach".
BREAK_VERBS = word_set("break breach pierce")
# What a side holds and an attack breaks: "the siege", "their lines", "army positions".
_HELD = word_set(
    "siege blockade encirclement line lines frontline frontlines front position positions "
    "defence defences defense defenses cordon"
)
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def broken_holder(part: Token) -> Token | None:
    """Return who holds what the purpose verb ``part`` breaks, else None.

    "to break a regime siege of the town" -> "regime"; "to break through government
    lines" -> "government"; "to breach the army's defences" -> "army"; "to break the
    siege" -> None (no holder named); "to break the record" -> None (nothing held).
    """
    if part.lemma_.lower() not in BREAK_VERBS:
        return None
    held = child(part, "dobj")
    through = next((k for k in part.children if k.lower_ == "through"), None)
    if held is None and through is not None:
        held = child(through, "pobj")
    if held is None or held.lower_ not in _HELD and held.lemma_.lower() not in _HELD:
        return None
    owners = [m for m in held.lefts if m.dep_ in _OWNER_DEPS and _holds(m)]
    return owners[-1] if owners else None


def _holds(mod: Token) -> bool:
    # "government lines", "the army's positions", "Syrian army positions" (the nearest
    # holder), not "front lines" or "a month-long siege"
    if mod.ent_type_ in {"NORP", "ORG", "GPE"} or mod.pos_ == "PRON":
        return mod.pos_ != "PRON" or mod.dep_ == "poss"
    return mod.pos_ in {"NOUN", "PROPN"} and is_someone(mod)
