"""Of two sides named before an unowned attack, the one whose attack was of its kind (issue 14).

"The regime shelled the town after rebels executed a captured pilot. The bombardment hit
the market": the sentence before names two attackers, but only one of them shelled, and
the bombardment goes on with the shelling, not with the execution. An attack told by a
weapon fired from afar ("the bombardment", "the shells", "the air strikes") takes the
one side that the sentence says fired such weapons (shelled, bombed, struck, pounded,
fired or launched rockets, carried out raids), when the other side did no such thing
there (it executed, stormed, captured, killed, launched a campaign). Nothing is chosen
when both sides fired ("Rebels shelled X and jets bombed Y"), or when the attack is told
by a word of no kind ("the attack").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Event
from .agency import head_words
from .claimants import side_of
from .phrase import words_of

__all__ = ["of_same_kind"]

# Nouns of an attack by weapons fired from afar, from the ground or the air.
_FIRE_NOUNS = frozenset(
    words_of(
        "bombardment bombardments shelling shellings shell shells artillery mortar mortars "
        "rocket rockets missile missiles barrage barrages strike strikes airstrike airstrikes "
        "raid raids bombing bombings sortie sorties"
    )
)
# Verbs of firing such weapons ("launched" fires only what its words name: "launched
# rockets", not "launched a campaign").
_FIRE_VERBS = frozenset(
    words_of("shell bombard bomb strike pound raid fire rocket blitz hammer pummel")
)


def of_same_kind(found: Sequence[Event], event: Event) -> list[Event]:
    """Return the attack of the one side in ``found`` that fired as ``event`` was fired, or [].

    Args:
        found: The named attacks of the one sentence the look-back stopped at (two sides).
        event: The attack told by its weapon, without its doer.
    """
    words = head_words(event.actor)
    if not words or words[-1].lower() not in _FIRE_NOUNS:
        return []  # "the attack", "a car bomb": no kind two sides' acts can be told apart by
    firing = [e for e in found if _fires(e)]
    sides = {side_of(e) for e in firing}
    return [firing[-1]] if len(sides) == 1 else []


def _fires(event: Event) -> bool:
    """Return whether an attack is told as firing from afar: "shelled", "launched rockets at"."""
    verb = event.action.split()[0] if event.action else ""
    told = {w.lower() for w in event.relation.split()}
    return verb in _FIRE_VERBS or bool(told & _FIRE_NOUNS)
