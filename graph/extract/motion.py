"""The goal of a movement on a front: "advanced inside X", "pushed to within 5 km of X".

An advance is aimed at where it goes: "troops advanced inside the rebel bastion of
X", "fighters pushed deeper into the district", "units advanced to within five
kilometres of the airbase" (the airbase, not the distance), "militants tried to
infiltrate into the quarter". Where it comes from is no target: "the army advanced
from three directions". :func:`motion_goal` gives the goal and its preposition;
:func:`graph.extract.patients.prepositional_target` asks it first for these verbs.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import TIME_LABELS
from .recipients import prefer_side

__all__ = ["MOTION_VERBS", "is_distance", "motion_goal"]

# Verbs of moving on a front line whose target is their goal.
MOTION_VERBS = frozenset(
    {"advance", "push", "press", "move", "march", "penetrate", "infiltrate", "sweep"}
    | {"drive", "edge", "creep", "progress", "thrust", "close", "inch"}
)
# Prepositions naming where a movement goes: "into", "inside", "towards", "on".
_GOAL_PREPS = frozenset(
    {"into", "inside", "onto", "on", "upon", "towards", "toward", "to", "within"}
)
# Units a distance covered is counted in: "advanced three kilometres".
_LENGTH_UNITS = frozenset(
    {"kilometre", "kilometer", "km", "mile", "metre", "meter", "yard", "kilometres"}
    | {"kilometers", "miles", "metres", "meters", "yards"}
)
# How near a movement came: "to within five kilometres of X", "within firing range of X".
_DISTANCE_NOUNS = frozenset(
    {"kilometre", "kilometer", "km", "mile", "metre", "meter", "yard", "range", "distance"}
    | {"reach", "sight", "earshot", "outskirt", "outskirts", "edge", "gate", "gates"}
)


def motion_goal(verb: Token) -> tuple[Token | None, Token | None]:
    """Return the goal of a movement verb and its preposition, or ``(None, None)``.

    "advanced to within five kilometres of the airbase" -> (airbase, "within");
    "advanced from three directions" -> (None, None): a source is not aimed at;
    "advanced into the valley against the insurgents": the side is the target.
    """
    found: list[tuple[Token, Token]] = []
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _GOAL_PREPS | {"against"}:
            continue
        pobj = _object(prep)
        if pobj is None or pobj.ent_type_ in TIME_LABELS or pobj.pos_ == "NUM":
            continue  # "advanced on Monday", "pushed on into 2016"
        goal = _past_distance(pobj)
        if goal is not None:
            found.append((goal, prep))
    best = prefer_side(found)
    return best if best is not None else (None, None)


def is_distance(obj: Token) -> bool:
    """Return whether the object of a movement verb is the distance it went: "marched 3 km"."""
    return obj.head.lemma_ in MOTION_VERBS and obj.lemma_.lower() in _LENGTH_UNITS


def _object(prep: Token) -> Token | None:
    pobj = next((k for k in prep.children if k.dep_ == "pobj"), None)
    if pobj is None and prep.lower_ == "to":
        # "advanced to within five kilometres of X": the parser may chain the two.
        inner = next((k for k in prep.children if k.dep_ in {"prep", "pcomp"}), None)
        return _object(inner) if inner is not None else None
    return pobj


def _past_distance(pobj: Token) -> Token | None:
    """Return what a distance is measured to: "five kilometres of the airbase" -> airbase.

    A distance without its "of" phrase is no goal: "advanced to within nine miles on X".
    """
    if pobj.lemma_.lower() not in _DISTANCE_NOUNS:
        return pobj
    of = next((k for k in pobj.children if k.dep_ == "prep" and k.lower_ == "of"), None)
    return next((k for k in of.children if k.dep_ == "pobj"), None) if of is not None else None
