"""Where an act of firing or breaking in started is no target: "fired from the hills".

"Rockets fired from the hills hit the market", "gunmen entered from the crossing",
"launched a campaign from the north": the hills, the crossing and the north are where
the act came from, not what it was aimed at (the target is the market, or unnamed).
Verbs that move someone out of a place ("withdrew from X", "recaptured X from Y")
keep their "from" (see :mod:`graph.extract.recipients`).
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of firing, attacking and breaking in.
_LAUNCH_VERBS = frozenset(
    {"fire", "launch", "shoot", "shell", "lob", "hurl", "bomb", "strike", "attack", "hit"}
    | {"target", "enter", "storm", "raid", "infiltrate"}
)


def is_origin(verb: Token, prep: Token) -> bool:
    """Return whether ``prep`` (of ``verb`` or of its object) says where the act started."""
    return prep.lower_ == "from" and verb.lemma_.lower() in _LAUNCH_VERBS
