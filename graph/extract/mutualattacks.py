"""Attacks two sides make on each other, named by a noun "between" them (private).

"A wave of tit-for-tat attacks between government troops and the fighters holding the
district", "shelling between the army and the militants went on": each side attacks the
other, as each side of "clashes between X and Y" fights the other (see
:func:`graph.extract.nounframes.between_frames`), with the attack noun's own verb. Only
sides that can act: "the attack between the two neighbourhoods" (places), "strikes
between May 3 and May 9" (dates) and "the cease-fire between X and Y" (no attack) give
nothing; nor an attack not stated as done ("fears of attacks between X and Y").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .attacknouns import is_attack_noun
from .attackverbs import attack_action
from .eventtargets import between_sides
from .frames import Frame
from .lexicon import ACTOR_LABELS, AGENT_NOUNS
from .misfires import is_armed
from .ownedattacks import is_misread
from .recipients import is_place
from .sides import side_pairs
from .stated import is_stated


def mutual_attack_frames(prep: Token) -> Iterator[Frame]:
    """Yield each side's attack on the other: "attacks between X and Y" -> X attack Y, Y attack X.

    Args:
        prep: A "between" that hangs on an attack noun.
    """
    noun = prep.head
    if not is_attack_noun(noun) or is_misread(noun) or not is_stated(noun):
        return
    sides = between_sides(noun)
    if len(sides) < 2 or not all(_can_act(side) for side in sides):
        return
    action = attack_action(noun)
    relation = f"{noun.text} between"
    for one, other in side_pairs(sides, noun.sent, prep.i):
        yield Frame(one, noun, other, "active", None, "event", relation, action)


def _can_act(side: Span) -> bool:
    """Return whether a side of "between" can attack: a group or a named party, no place."""
    head = side.root
    if is_place(head) and head.ent_type_ not in ACTOR_LABELS - {"GPE"}:
        return False  # "between the neighbourhoods of X and Y", "between Aleppo and Homs"
    if head.ent_type_ in ACTOR_LABELS - {"GPE"}:
        return True  # "between the SDF and ISIS"
    return head.lemma_.lower() in AGENT_NOUNS or head.lower_ in AGENT_NOUNS or is_armed(head)
