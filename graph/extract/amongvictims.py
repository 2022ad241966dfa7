"""Victims told as some of a toll: "four children were among those killed in X" (private).

News counts a toll's victims out of it: "two medics were among those killed in the
strikes", "among those wounded in the shelling by X were three nurses". The parser
hangs the harm participle on "those", so the harm's victims would be a pronoun; they
are the other side of the copula, whom the harm of the attack fell on (see
:func:`graph.extract.nounframes.fire_agent_frames` and
:mod:`graph.extract.unownedcauses`, which read the attack's phrase).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["among_victims"]

# Words that stand for a toll after "among": "among those killed", "among the ones
# wounded"; a counted toll ("among 22 people killed in X") is itself the victims.
_TOLL_HEADS = frozenset({"those", "ones"})
# Roles of the copula's victims: "X were among ..." or, inverted, "among ... were X".
_VICTIM_DEPS = frozenset({"nsubj", "attr"})


def among_victims(verb: Token) -> Token | None:
    """Return the victims of a harm participle told "among those killed": else None.

    "Four children were among those killed in the strikes" -> children; "Among those
    killed in the raid were two nurses" -> nurses; "He was killed among those fleeing"
    or a harm on any other noun gives None.
    """
    head = verb.head
    among = head.head
    if verb.dep_ != "acl" or head.lower_ not in _TOLL_HEADS or head.dep_ != "pobj":
        return None
    if among.lower_ != "among" or among.dep_ != "prep" or among.head.lemma_ != "be":
        return None
    copula = among.head
    return next(
        (
            k
            for k in copula.children
            if k.dep_ in _VICTIM_DEPS
            and k.i not in range(among.left_edge.i, among.right_edge.i + 1)
        ),
        None,
    )
