"""An air attack told on after the story has given the last one its doer (issue 14).

Reports tell one air campaign in several sentences, naming its doer only at the start:
"Tarvan government air strikes killed 40 in Kessa. The raids on Sunday killed 19 in
the old town. The province is held by rebels. The strikes outside the old town hit a
shelter." The second sentence's raids take the government from the sentence before
(:mod:`graph.normalize.attackers`); the fourth names no one within reach, but it tells
the strikes on as the ones just owned. An attack given its doer from context lends that
doer on only so:

- both are air attacks ("raids", "air strikes", "sorties", "the bombardment"), the
  doer a state (an armed group has no air force);
- the attack is told as the ones just named, with a definite word or a count ("The
  strikes", "Those raids", "Three raids"), not as new ones ("an air strike", "another
  raid");
- nothing in between names another side (the caller's rule for every look back), and
  the lender may own it (:func:`graph.normalize.namedattacks.may_own`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Event
from .agency import head_words
from .namedattacks import may_own
from .phrase import STATE_TYPES, words_of

__all__ = ["told_on"]

# Heads of an attack from the air: what one air campaign is told as.
_AIR_ATTACKS = frozenset(
    words_of(
        "strike strikes airstrike airstrikes raid raids sortie sorties bombardment "
        "bombardments bombing bombings"
    )
)
# First words of an attack told as the ones just named: "The strikes", "Three raids".
_TOLD_ON = frozenset(
    words_of("the this that these those both two three four five six seven eight nine ten")
)


def told_on(event: Event, owned: Sequence[Event], index: int, day: str) -> Event | None:
    """Return the attack of sentence ``index`` whose context-given doer the event continues.

    Args:
        event: An air attack told without its doer.
        owned: The document's attacks already given a doer from context, in order.
        index: The sentence looked back to.
        day: The document's date (ISO 8601).
    """
    lenders = [e for e in owned if e.provenance.sentence_index == index]
    if not lenders or not _is_air_attack(event.actor) or not _is_told_on(event.actor):
        return None
    lender = lenders[-1]
    if lender.actor_type not in STATE_TYPES or not _is_air_attack(lender.instrument):
        return None
    return lender if may_own(lender, event, day) else None


def _is_air_attack(text: str) -> bool:
    words = head_words(text) if text else []
    return bool(words) and words[-1].lower() in _AIR_ATTACKS


def _is_told_on(text: str) -> bool:
    first = text.split()[0].lower()
    return first in _TOLD_ON or first.isdigit()
