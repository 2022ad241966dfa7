"""Where an act of firing or breaking in started is no target: "fired from the hills".

"Rockets fired from the hills hit the market", "gunmen entered from the crossing",
"launched a campaign from the north": the hills, the crossing and the north are where
the act came from, not what it was aimed at (the target is the market, or unnamed).
Verbs that move someone out of a place ("withdrew from X", "recaptured X from Y")
keep their "from" (see :mod:`graph.extract.recipients`). The parser may hang the goal
under the place fired from ("fired from a roof on the crowd"): it is still the goal.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import FACILITY_NOUNS, GROUND_NOUNS, PLACE_LABELS, PLACE_NOUNS

# Verbs of firing, attacking and breaking in.
_LAUNCH_VERBS = frozenset(
    {"fire", "launch", "shoot", "shell", "lob", "hurl", "bomb", "strike", "attack", "hit"}
    | {"target", "enter", "storm", "raid", "infiltrate"}
)
# Prepositions of a goal; "on" and "at" only before no place ("at the airport" may
# say where the place fired from is).
_GOAL_PREPS = frozenset({"into", "onto", "against"})
_NEAR_PREPS = frozenset({"on", "upon", "at"})
_PLACES = PLACE_NOUNS | FACILITY_NOUNS | GROUND_NOUNS


def is_origin(verb: Token, prep: Token) -> bool:
    """Return whether ``prep`` (of ``verb`` or of its object) says where the act started."""
    return prep.lower_ == "from" and verb.lemma_.lower() in _LAUNCH_VERBS


def origin_goal(verb: Token, prep: Token) -> Token | None:
    """Return the goal preposition hung under the place ``prep`` names as the origin.

    "Gunmen fired from a roof on the crowd" -> "on" (the crowd); "fired from a roof on
    the main street", "fired from the hills" -> None.
    """
    if not is_origin(verb, prep):
        return None
    for place in (kid for kid in prep.children if kid.dep_ == "pobj"):
        for kid in place.rights:
            goal = next((k for k in kid.children if k.dep_ == "pobj"), None)
            if kid.dep_ != "prep" or goal is None:
                continue
            if kid.lower_ in _GOAL_PREPS or (kid.lower_ in _NEAR_PREPS and not _is_place(goal)):
                return kid
    return None


def _is_place(noun: Token) -> bool:
    return noun.lemma_.lower() in _PLACES or noun.ent_type_ in PLACE_LABELS
