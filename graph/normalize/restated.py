"""An attack told twice in one sentence, its doer named the second time (issue 14).

A headline glued to its lead (real copy loses the line break and the commas) tells
the attack twice: "Shells kill 12 villagers in Tarvan A shell fired by the militia
killed 12 villagers on Monday". The first telling names only the weapon; the second
names who fired it, after it. :mod:`graph.normalize.attackers` lets an attacker named
later in an attack's own sentence own it only when its event retells that attack:

- the same act done to the same people: the same verb and a target sharing a word
  ("kill 12 villagers" ... "killed at least 12 villagers"), its count, if both give
  one, the same;
- or the weapon itself, used by the named side: "... when the militia set off a bomb"
  retells "Bomb kills 30", "the militia fired the shells" retells "Shells hit X".

Another attack of the same sentence ("a car bomb killed five soldiers while rebels
killed five guards"; any attack told after "while", "as", "whereas" or "but": "a roadside
bomb killed four soldiers while rebels killed four soldiers in an ambush"), a doer left
open ("killed in Syrian or Russian raids") and one of several ("killed in Russian and
Syrian strikes") own nothing.
"""

from __future__ import annotations

import re

from ..extract.attackverbs import ATTACK_ACTS
from ..model import Event
from .agency import head_words
from .claimants import position_of
from .phrase import words_of
from .uncertain import ALTERNATIVE_WORD

__all__ = ["retells", "tells_same_act"]

# Verbs of using a weapon: "fired a missile", "set off a bomb", "carried out the strikes".
_USING = frozenset(
    {"fire", "set", "launch", "drop", "detonate", "carry", "conduct", "plant", "explode"}
)
# Their forms in a relation: "carried out raids", "launching strikes".
_USED = re.compile(
    r"(?i)\b(?:fir|set|launch|drop|detonat|carr|conduct|plant|explod)"
    r"(?:e|es|ed|ing|s|y|ies|ied|ying|ting|ped|ping)?\b"
)
# A clause that tells another attack: "... while rebels killed four soldiers".
_CONTRAST = re.compile(r"\b(?:while|whereas|as|but)\b", re.I)
_FILLER = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "and", "to", "for", "by", "with", "from"}
    | {"least", "more", "than", "some", "about", "nearly", "almost", "over", "up", "others"}
    | {"people", "dozens", "including", "among", "them", "other", "another"}
)
_NUMBERS = {
    word: str(at)
    for at, word in enumerate(
        words_of(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
        )
    )
}


def retells(named: Event, event: Event) -> bool:
    """Return whether a named attack told later in a sentence retells ``event``.

    Args:
        named: An attack whose doer the sentence names, told after ``event``.
        event: An attack told through its weapon ("Missile kills 18 civilians").
    """
    text = event.provenance.sentence
    if position_of(text, named.actor) <= position_of(text, event.actor):
        return False  # the attack itself, or a doer named before it
    if _CONTRAST.search(text[position_of(text, event.actor) : position_of(text, named.actor)]):
        return False  # "a bomb killed four soldiers while rebels killed four soldiers"
    return tells_same_act(named, event)


def tells_same_act(
    named: Event, event: Event, *, by_count: bool = False, by_weapon: bool = True
) -> bool:
    """Return whether an attack of a named side tells the same act as ``event``.

    The same verb done to the same people ("kill 12 villagers" ... "killed at least 12
    villagers"), or the weapon used ("set off a bomb" for "Bomb kills 30"); never a doer
    left open ("killed in Syrian or Russian raids") or one of several ("in Russian and
    Syrian strikes"). ``named`` may stand in the sentence after ``event``'s; there, with
    ``by_count``, the same count of victims is the same people ("Shells kill 12" ...
    "Twelve citizens were killed by the militia"). Without ``by_weapon``, the weapon
    alone ("dropped barrel bombs" for "a car bomb exploded") is not enough.
    """
    if ALTERNATIVE_WORD.search(f"{named.actor} {named.relation}"):
        return False  # "killed in Syrian or Russian raids": the text leaves it open
    text = named.provenance.sentence
    at = position_of(text, named.actor)
    around = text[:at].split()[-1:] + text[at + len(named.actor) :].split()[:1]
    if any(w.lower() in {"and", "&"} for w in around):
        return False  # "killed in Russian and Syrian strikes": one of several doers
    verb = _verb(named.action)
    if _uses(named) and by_weapon:
        # the weapon is the target ("used a bomb") or said in the relation, the place hit
        # being the target ("set off a bomb under a checkpoint", see extract.setoffs)
        weapon = _singular(_head(event.actor))
        said = {_singular(w.lower()) for w in named.relation.split()}
        return _singular(_head(named.target)) == weapon or weapon in said
    if verb != _verb(event.action):
        return False
    ours, theirs = _words(event.target), _words(named.target)
    counts, their_counts = {w for w in ours if w.isdigit()}, {w for w in theirs if w.isdigit()}
    if counts and their_counts and not counts & their_counts:
        return False  # "kill 12" ... "killed 30": two attacks
    shared = {w for w in ours & theirs if not w.isdigit()}
    return bool(shared or (by_count and counts & their_counts))


def _uses(named: Event) -> bool:
    """Return whether an attack is told as using a weapon: "fired shells", "carried out raids".

    "Raids carried out by X" has the action "raid" (see extract.attackverbs); its
    relation still says the verb of using.
    """
    verb = _verb(named.action)
    return verb in _USING or (verb in ATTACK_ACTS and bool(_USED.search(named.relation)))


def _verb(action: str) -> str:
    """Return an action's verb ("be killed" -> killed, "set off" -> set)."""
    words = [w for w in action.split() if w != "be"]
    return words[0] if words else ""


def _head(text: str) -> str:
    words = head_words(text)
    return words[-1].lower() if words else ""


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _words(text: str) -> set[str]:
    """Return a target's content words, counts as digits ("Eleven children" -> 11, child)."""
    words = {w.lower() for w in re.findall(r"[\w-]+", text)}
    return {_singular(_NUMBERS.get(w, w)) for w in words - _FILLER}
