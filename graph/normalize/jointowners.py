"""An unowned attack told after two doers acting together: it is both sides' (issue 14).

Reports on joint air campaigns name the doers once, as a pair, and then tell the attack
through its weapons: "Tarvan and Karvonian jets bombed Kessa on Monday. The strikes killed
twelve people." The extractor gives one event per doer of the first sentence ("Tarvan"
bombed, "Karvonian jets" bombed); the strikes of the second are the pair's, not one
side's and not no one's. Here the attack takes both doers, one event each, as the first
sentence does (:mod:`graph.normalize.attackers` looks back for them as for one side, with
the same limits: a doubt, another story, a victim or place of one side's, another month).
An air attack told on as the same ("The raids also hit a clinic") takes the pair on, as
one doer is lent on (:mod:`graph.normalize.chains`).

A pair is two sides doing one act, named together ("X and Y", "X and its Y ally", "both
X and Y"): every attack of the sentence the look-back stops at must belong to such a
pair. Two sides told apart ("Rebels shelled X and jets bombed Y"), a third side, or a
pair of foes ("the army and rebels clashed", never an attack of its own) leave the attack
unowned, as before. So do one machine or one strike told with "a" ("a helicopter dropped
...", "an air strike hit ..."), which was one side's (the text does not say whose); a
doer named by no one ("the army and allied forces"); a habit ("Kessa is regularly
bombed by A and B"); an attack told as earlier ("days after some raids on X"); and a
ground weapon after a pair of jets ("Mortar shells hit ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Event
from .agency import head_words
from .chains import told_on
from .claimants import position_of, side_of
from .instruments import AIRCRAFT_WORDS, GROUND_WORDS

__all__ = ["joint_lent", "joint_pair"]

# What joins two doers of one act: "Tarvan and Karvonian jets", "X & Y", and a comma-less
# list ("Tarvan Karvonian jets", split in two by graph.normalize.demonympairs).
_JOINED = re.compile(r"\s*(?:,\s*)?(?:(?:and|&)\s*)?", re.IGNORECASE)
# Ids that name no one: "allied forces" is "unknown/military".
_NAMELESS = "unknown/"
# Words that count one machine or one strike: "a helicopter", "an air strike".
_ONE = frozenset({"a", "an", "one", "single"})
# Words that set an attack before the one told: "days after some raids".
_BEFORE = frozenset({"after", "since", "before", "following"})
# Words that tell a habit, not one attack: "Kessa is regularly bombed by A and B".
_HABIT = re.compile(r"\b(?:regularly|routinely|often|frequently|repeatedly|usually)\b", re.I)


def joint_pair(found: Sequence[Event], event: Event) -> list[Event]:
    """Return one attack per doer when ``found`` tells one act of two doers, else [].

    "Tarvan and Karvonian jets bombed Kessa" -> the attack of "Tarvan" and that of
    "Karvonian jets"; "Rebels shelled Kessa and jets bombed Tobin" -> [].

    Args:
        found: The named attacks of the one sentence the look-back stopped at.
        event: The attack told without its doer.
    """
    if len({side_of(e) for e in found}) != 2 or _is_one(event.actor):
        return []  # "a helicopter", "an air strike": one machine, one side's, but whose?
    if _is_earlier(event):
        return []  # "... days after raids on X killed 30": an earlier attack, another story
    pairs = [(a, b) for a in found for b in found if _joined(a, b)]
    paired = {id(e) for pair in pairs for e in pair}
    if not pairs or any(id(e) not in paired for e in found):
        return []  # an attack of one side alone: two sides told apart
    first, second = pairs[-1]
    if any(not e.actor_id or e.actor_id.startswith(_NAMELESS) for e in (first, second)):
        return []  # "the army and allied forces": one side named, the other no one
    if _HABIT.search(first.provenance.sentence):
        return []  # "X is regularly bombed by A and B": a habit, not this attack's doers
    if _is_ground(event.actor) and any(_is_air(e.actor) for e in (first, second)):
        return []  # "A and B jets bombed X. Artillery hit Y": jets fire no artillery
    return [first, second]


def joint_lent(event: Event, owned: Sequence[Event], index: int, day: str) -> list[Event]:
    """Return the pair an attack of sentence ``index`` was given, when ``event`` tells it on.

    "Tarvan and Karvonian jets bombed Kessa. The strikes killed 12. The raids also hit a
    clinic." -> the strikes' two doers for the raids, under the rules one doer is lent on
    by (:func:`graph.normalize.chains.told_on`: air attacks told as the ones just named).

    Args:
        event: The attack told without its doer.
        owned: The document's attacks already given a doer from context, in order.
        index: The sentence looked back to.
        day: The document's date (ISO 8601).
    """
    there = [e for e in owned if e.provenance.sentence_index == index]
    if len({side_of(e) for e in there}) != 2 or len({e.instrument for e in there}) != 1:
        return []  # two attacks of two sides there, not one attack of a pair
    sides = {side_of(e): e for e in there}
    lent = [told_on(event, [e], index, day) for e in sides.values()]
    return [e for e in lent if e is not None] if all(lent) else []


def _joined(first: Event, second: Event) -> bool:
    """Return whether two attacks are one act of two sides: "Tarvan and Karvonian jets bombed"."""
    if side_of(first) == side_of(second) or first.action != second.action:
        return False
    if first.provenance.sentence_index != second.provenance.sentence_index:
        return False
    if re.search(rf"\s(?:and|&)\s+{re.escape(second.actor)}$", first.actor, re.IGNORECASE):
        return True  # one phrase, the first side's event read from all of it (see firstside)
    text = first.provenance.sentence
    end = position_of(text, first.actor) + len(first.actor)
    return end <= len(text) and bool(_JOINED.fullmatch(text[end : position_of(text, second.actor)]))


def _is_air(text: str) -> bool:
    """Return whether a doer is named by its aircraft: "Karvonian jets"."""
    return any(w.lower() in AIRCRAFT_WORDS for w in text.split())


def _is_ground(text: str) -> bool:
    """Return whether a weapon is one of the ground: "heavy artillery", "mortar shells"."""
    return any(w.lower() in GROUND_WORDS for w in head_words(text))


def _is_one(text: str) -> bool:
    """Return whether a weapon or attack is told as one: "a helicopter", "an air strike"."""
    words = text.split()
    return bool(words) and words[0].lower() in _ONE


def _is_earlier(event: Event) -> bool:
    """Return whether the words just before an attack set it earlier: "after some raids"."""
    text = event.provenance.sentence
    before = text[: position_of(text, event.actor)].split()[-3:]
    return any(w.lower() in _BEFORE for w in before)
