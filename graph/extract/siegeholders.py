"""Whom an attack to break a siege or a line is aimed at: who holds it (private).

An offensive "to break a government siege of the old town" or "to break through
regime lines" is fought against the side that holds the siege or the lines: the
government, the regime. The siege, the lines, the positions are no side, so the
attack's target is their holder, named as the owner of the noun ("government
lines", "the army's positions", "the government forces positions") or after it by
"by" ("a siege of the town by the militia", "the blockade maintained by the militia":
the parser may hang the "by" on the breaking verb); "to break the siege" names no
holder and gives no target, and "by force" names a means, not a holder.
"""

from __future__ import annotations

from spacy.tokens import Token

from .agentnouns import is_someone
from .lexicon import word_set
from .spans import child, join_tokens, verb_group

__all__ = ["BREAK_VERBS", "broken_holder", "held_by"]

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
    return owners[-1] if owners else _holder_by(part, held)


def held_by(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return the holder of what a breaking verb breaks as its target, and the relation.

    "Troops breached the siege of Tarsa by the militia" -> the militia, "breached the
    siege" (the town is whom the siege held, not whom the troops fought); None when no
    holder is named after it ("broke the siege of Tarsa").
    """
    # (an owner before the noun, "broke the army's lines", stays the object's phrase)
    held = child(verb, "dobj")
    if verb.lemma_.lower() not in BREAK_VERBS or held is None or held != obj:
        return None
    if obj.lower_ not in _HELD and obj.lemma_.lower() not in _HELD:
        return None
    holder = _holder_by(verb, obj)
    if holder is None:
        return None
    words = [*verb_group(verb), verb, *obj.doc[obj.left_edge.i : obj.i + 1]]
    return [holder], join_tokens(words)


def _holder_by(part: Token, held: Token) -> Token | None:
    """Return the holder named by "by" after what is held: "a siege of X by the militia"."""
    heads = [held, part]
    # "the blockade around X maintained by the militia": a participle's agent
    heads += [k for k in [*held.children, *part.children] if k.tag_ == "VBN"]
    for head in heads:
        for by in head.children:
            if by.dep_ in {"prep", "agent"} and by.lower_ == "by" and by.i > held.i:
                agent = child(by, "pobj")
                return agent if agent is not None and _names_holder(agent) else None
    return None


def _names_holder(agent: Token) -> bool:
    # "by the army", "by Daesh", "by government forces"; not "by force", "by storm"
    if agent.ent_type_ in {"NORP", "ORG", "GPE"} or agent.pos_ == "PROPN":
        return True
    determined = any(k.dep_ in {"det", "poss", "amod", "compound"} for k in agent.lefts)
    return determined and is_someone(agent)


def _holds(mod: Token) -> bool:
    # "government lines", "the army's positions", "Syrian army positions" (the nearest
    # holder), not "front lines" or "a month-long siege"
    if mod.ent_type_ in {"NORP", "ORG", "GPE"} or mod.pos_ == "PRON":
        return mod.pos_ != "PRON" or mod.dep_ == "poss"
    return mod.pos_ in {"NOUN", "PROPN"} and is_someone(mod)
