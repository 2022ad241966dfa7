"""An unowned attack whose doer the story gives as one of two sides (issue 14).

Monitors often say whose aircraft struck only as alternatives, next to an attack told
through its weapon: "Air raids hit a market in Tarsk. The monitor could not say whether
the raids were carried out by Tarvan or Karvonian jets." The raids are not nobody's: the
story names their doer as "Tarvan or Karvonian jets". Event coders code such an attack
with the alternatives as its doer, as a guess. Here the attack takes that phrase as its
actor (its weapon becomes the instrument, see :mod:`graph.normalize.instruments`), its id
stays unresolved here (:mod:`graph.normalize.uncertain`: the text knows neither side for
sure); :mod:`graph.normalize.eitherowners` then gives it one event per side, each
possible, as for an attack the alternatives did in their own sentence.

The alternatives must name the doer of this attack: an attack of theirs in the attack's
own sentence, the next one (a doubt between two named sides is such a sentence) or one
of the two before, with no sentence in between naming a definite attacker, saying no one
knows who did it, or opening another story ("Meanwhile ..."). Two sentences on, they name
it only when they are told of "the raids" just told and the sentence between tells no
other attack ("Three strikes hit Tarsk. The toll rose to 61. It was unclear whether the
raids were Tarvan or Karvonian"; not past "In Kessa air strikes killed seven").
Aircraft alternatives fire no ground weapon: "a car bomb", "mortar shells", "sniper
fire" stay unowned.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..model import Event
from .agency import head_words, is_attack_head
from .claimants import NEW_STORY, doubts_doer, position_of
from .instruments import AIRCRAFT_WORDS, GROUND_WORDS, told_through
from .notdoers import blames_someone
from .phrase import words_of

__all__ = ["either_doer", "guessed_as_either"]

# Where the alternatives may stand, nearest first: its own sentence, the next (or the one
# after it, see _passes_on), two back.
_GAPS = (0, 1, 2, -1, -2)
# Words that tell an attack as the one just named: "The strikes", "Those raids".
_DEFINITE = frozenset(words_of("the this that these those both"))
# Words that place an attack: "raids on Tarsk", "strikes in Kessa".
_AT = frozenset(words_of("on in at near around against"))
# Words that set an attack before the one told: "since a raid", "after the bombing".
_BEFORE = frozenset(words_of("since after following before previous earlier"))


def either_doer(
    event: Event,
    stated: Sequence[Event],
    uncertain: Sequence[Event],
    texts: Mapping[int, str],
    attacks: Sequence[Event] = (),
) -> Event | None:
    """Return the attack of alternative doers that names an unowned attack's doer, or None.

    "Air raids hit Tarsk. It was unclear whether Tarvan or Karvonian jets carried out
    the raids." -> the second sentence's attack, whose actor is "Tarvan or Karvonian jets".

    Args:
        event: The attack, told through its weapon, no doer found for it.
        stated: The document's stated attacks of a named doer.
        uncertain: The document's attacks whose actor names alternatives.
        texts: The document's sentences by index.
        attacks: The document's attack events and facts (one between ends a look back).
    """
    here, own = event.provenance.sentence_index, event.provenance.sentence
    if _is_earlier(event):
        return None  # "... since an attack on Tuesday that killed 87": another attack
    for gap in _GAPS:
        text = texts.get(here + gap, "")
        if gap and NEW_STORY.match(text if gap > 0 else own):
            return None  # "Meanwhile ...": another story
        if gap < 0 and not _looks_back(event, attacks, gap, text):
            return None  # "raids on X" (not "the raids") is another attack than the last
        if gap > 1 and not _passes_on(event, texts, text):
            continue  # "... In Kessa air strikes killed seven. The raids were X's or Y's"
        at = here + gap
        if any(e.provenance.sentence_index == at for e in stated):
            return None  # a definite attacker is nearer: its rules decide (attackers)
        found = [
            e for e in uncertain if e.provenance.sentence_index == at and e.actor != event.actor
        ]
        if found:
            return _one_phrase(found, event)
        if doubts_doer(text):
            return None  # "It was unclear who fired them": no one is named
    return None


def guessed_as_either(event: Event, alternatives: Event) -> Event:
    """Return the attack with the alternatives as its doer (unresolved until eitherowners)."""
    guess = replace(
        event,
        kind="event",
        actor_id=alternatives.actor_id,  # unresolved: neither side is sure
        actor_label=alternatives.actor_label,
        actor_type=alternatives.actor_type,
        actor_code=alternatives.actor_code,
    )
    return told_through(guess, alternatives.actor)


def _one_phrase(found: Sequence[Event], event: Event) -> Event | None:
    """Return the alternatives' attack when one phrase is meant and may have fired it."""
    if len({e.actor.lower() for e in found}) != 1:
        return None  # "Tarvan or Karvonian jets ... Karvonian or Borduvian drones": open
    either = found[-1]
    if _is_air(either.actor) and _is_ground(event.actor):
        return None  # jets fire no car bomb
    when, their_when = event.time_value[:7], either.time_value[:7]
    if when and their_when and when[: len(their_when)] != their_when[: len(when)]:
        return None  # another month: another attack
    return either


def _looks_back(event: Event, attacks: Sequence[Event], gap: int, named_in: str) -> bool:
    """Return whether an attack may take alternatives named ``-gap`` sentences before it.

    Only an attack told as the one just named ("The strikes hit a bakery", "Those raids")
    or told without a place of its own ("Three attacks hit a mosque", "airstrikes
    killed five") does, with no other attack told in between, and not when its own
    sentence blames someone: "Raids on Tarsk killed six" is another attack than the one
    before, unless that one was on Tarsk too.

    Args:
        event: The attack told without its doer.
        attacks: The document's attack events and facts.
        gap: How many sentences before it (negative) the alternatives are named.
        named_in: The sentence naming the alternatives.
    """
    text = event.provenance.sentence
    if blames_someone(text):
        return False
    if event.actor.split()[0].lower() not in _DEFINITE and not _placed_there(event, named_in):
        return False
    here = event.provenance.sentence_index
    between = range(here + gap + 1, here)
    return not any(e.provenance.sentence_index in between for e in attacks)


def _passes_on(event: Event, texts: Mapping[int, str], named_in: str) -> bool:
    """Return whether alternatives named two sentences after an attack may name its doer.

    They must be told of an attack just told ("the raids", "the bombing raids"), and the
    sentence between tells no attack but the same one again ("The raids targeted X"):
    "In Tarsk air strikes killed seven" is another attack, whose doer they may name.
    """
    between = texts.get(event.provenance.sentence_index + 1, "").split()
    return _told_again(named_in.split()) and not any(
        is_attack_head(w.lower()) and not _told_again(between[max(at - 2, 0) : at + 1])
        for at, w in enumerate(between)
    )


def _told_again(words: Sequence[str]) -> bool:
    """Return whether words tell an attack as the one just told: "the raids", "the air raids"."""
    lowered = [w.lower() for w in words]
    return any(
        w in _DEFINITE and any(is_attack_head(h) for h in lowered[at + 1 : at + 3])
        for at, w in enumerate(lowered)
    )


def _placed_there(event: Event, named_in: str) -> bool:
    """Return whether an attack names no place, or one the alternatives' sentence names.

    "Raids on Tarsk killed six" after "... Kessa" is another attack, so is "six were
    killed in raids on Tarsk"; "Three attacks hit a mosque" names none; "Bombs hit the
    camp in Idlib" after "... a camp in Idlib" names its place.
    """
    text = event.provenance.sentence
    after = text[position_of(text, event.actor) + len(event.actor) :].split()[:4]
    own = after[1:] if after[:1] and after[0].lower() in _AT else []  # "raids on Tarsk"
    words = [*event.actor.split()[1:], *own, *event.location.split()]
    names = {w for w in words if w[:1].isupper()}
    return not names or any(re.search(rf"\b{re.escape(n)}\b", named_in) for n in names)


def _is_earlier(event: Event) -> bool:
    """Return whether the words before the attack say it came before: "since a raid"."""
    text = event.provenance.sentence
    before = text[: position_of(text, event.actor)].split()[-1:]
    return bool(before) and before[0].lower() in _BEFORE


def _is_air(text: str) -> bool:
    return any(w.lower() in AIRCRAFT_WORDS for w in text.split())


def _is_ground(text: str) -> bool:
    return any(w.lower() in GROUND_WORDS for w in head_words(text))
