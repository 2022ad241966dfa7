"""An attack told through its weapon, told again in the next sentence with its doer (issue 14).

A headline or a lead often tells an attack through its weapon, and the next sentence
tells the same attack again, naming who did it: "Mortar fire kills 12 in Kessa. Twelve
people were killed by militiamen who shelled the market" or "Air raids kill 31 fighters
in Tarvan. The air force carried out 13 raids, killing 31 fighters". The second telling's
doer owns the first when it tells the same act
(:func:`graph.normalize.restated.tells_same_act`: the same verb done to the same people,
the same count of them, or the weapon used) and names one side only. It is looked for
only when no attacker named before the attack owns it (:mod:`graph.normalize.attackers`
looks back first). Nothing is given when:

- the next sentence tells another attack: another count ("... killed 36. Most died in
  Kessa, where rebels killed 23"), another place or day ("Shells kill 12 in Kessa.
  Rebels killed 12 soldiers in Tobin");
- it opens another story ("Meanwhile ...") or says no one knows who did it;
- the attack is told as one more ("Another raid hit Tobin", "Two other shells");
- its doer says no more than the weapon ("jets struck the clinic": no state named) or
  may not own this attack (its own people hit, another month:
  :func:`graph.normalize.namedattacks.may_own`).
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping, Sequence

from ..model import Event
from .claimants import doubts_doer, side_of, telling_sentences
from .guessedowners import is_new_attack
from .namedattacks import NAMELESS_MILITARY, attack_sentences, may_own
from .restated import tells_same_act

__all__ = ["retold_by"]

# An attack told as one more: "Two other shells", "other raids".
_OTHER = re.compile(r"\bother\b", re.IGNORECASE)


def retold_by(
    event: Event,
    named: Sequence[Event],
    texts: Mapping[int, str],
    day: str,
    closed: Container[int] | None = None,
) -> Event | None:
    """Return the named attack of the next sentence that tells ``event`` again, or None.

    "Shells kill 12 in Kessa. Twelve people were killed by the militia" -> the militia's
    killing (an event whose actor is the doer).

    Args:
        event: An attack told through its weapon, without its doer.
        named: The document's stated attacks of a named doer.
        texts: The document's sentences by index.
        day: The document's date (ISO 8601).
        closed: Sentences a retelling two sentences on is not looked for past (those
            of ``named`` attacks unless given; see :func:`telling_sentences`).
    """
    if is_new_attack(event) or _OTHER.search(event.actor):
        return None  # "Another raid", "Two other shells": not the attack told next
    here = event.provenance.sentence_index
    closed = attack_sentences(named) if closed is None else closed
    for gap, text in telling_sentences(event, texts, (1, 2), closed):
        if doubts_doer(text):
            return None  # "... It was not clear who fired the shells"
        found = [
            e
            for e in named
            if e.provenance.sentence_index == here + gap
            and e.actor_id != NAMELESS_MILITARY
            # two sentences on, the same weapon may be another attack's: the same victims
            and tells_same_act(e, event, by_count=True, by_weapon=gap == 1)
            and not _told_apart(e, event)
            and may_own(e, event, day)
        ]
        if len({side_of(e) for e in found}) == 1:
            return found[-1]
    return None


def _told_apart(named: Event, event: Event) -> bool:
    """Return whether two tellings name different places or days: "in Kessa" ... "in Tobin"."""
    for ours, theirs in ((event.location, named.location), (event.time, named.time)):
        if ours and theirs and not set(ours.lower().split()) & set(theirs.lower().split()):
            return True
    return False
