"""Pointing the finger at someone blames them: "pointed the finger at X" -> X (private).

"World leaders pointed the finger at the regime", "many pointed their fingers at the
militia for the attack" accuse the side in the "at" phrase (CAMEO 112 "accuse", PLOVER
DISAPPROVE), as "blamed the regime" does; the finger is no target. The "at" phrase may
hang on the verb or on "finger". Not: "pointed at the map" (no finger), "pointed the
finger" with no one named (a blame of no one: no target).
:mod:`graph.extract.ownsenses` asks for the class, :mod:`graph.extract.clausetargets`
for the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cameo import Code
from .spans import child, conjuncts, join_tokens, verb_group

__all__ = ["finger_sense", "finger_target"]

_ACCUSE = Code("112", "DISAPPROVE", "")
_FINGERS = frozenset({"finger", "fingers"})


def finger_sense(verb: Token) -> Code | None:
    """Return the code of "pointed the finger at X" (an accusation), else None."""
    return _ACCUSE if _finger(verb) is not None else None


def finger_target(verb: Token, obj: Token) -> tuple[list[Token], str] | None:
    """Return whom a pointed finger accuses and the relation, else None.

    "World leaders pointed the finger at the regime" -> ([regime], "pointed the finger at").
    """
    finger = _finger(verb)
    if finger is None or finger.i != obj.i:
        return None
    said = [*verb_group(verb), verb, *verb.doc[obj.left_edge.i : obj.i + 1]]
    for head in (obj, verb):
        for prep in head.rights:
            pobj = child(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ == "at" else None
            if pobj is not None:
                return list(conjuncts(pobj)), join_tokens([*said, prep])
    return [], join_tokens(said)


def _finger(verb: Token) -> Token | None:
    obj = child(verb, "dobj")
    if verb.lemma_.lower() != "point" or obj is None or obj.lower_ not in _FINGERS:
        return None
    return obj
