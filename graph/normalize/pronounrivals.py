"""Words near a pronoun that it could mean instead of a known actor.

An unknown name ("the Syrian Civil Defence"), a person noun for "he" or "she", a
group, thing or event of the pronoun's number ("the victims' families", "a
hospital", "the attack"): where one stands, :mod:`graph.normalize.pronouns` gives
the pronoun no antecedent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from .junk import NON_ACTOR_HEADS
from .phrase import NOT_PLACES, TITLES, words_of

__all__ = ["GROUP_NOUNS", "PERSON_NOUNS", "THING_NOUNS", "competitors"]

_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
PERSON_NOUNS = frozenset(
    words_of(
        "man woman boy girl son daughter father mother brother sister wife husband child baby "
        "official spokesman spokeswoman spokesperson commander leader chief head minister "
        "president soldier fighter resident witness activist journalist reporter correspondent "
        "doctor surgeon nurse source analyst expert director governor general colonel officer "
        "member lawmaker senator diplomat envoy ambassador negotiator prisoner detainee victim "
        "driver pilot cleric imam priest king prince emir mayor judge lawyer friend neighbour "
        "neighbor student teacher farmer worker owner manager founder candidate secretary"
    )
)
# Groups of people "they" may mean: "other tribes", "the families".
GROUP_NOUNS = frozenset(
    words_of("tribe clan family community crowd delegation group team faction household village")
)
# Singular nouns an "it" may mean when no actor is named: "the ministry", "the bill".
THING_NOUNS = frozenset(
    words_of(
        "ministry company party council committee court parliament house agency organisation "
        "organization body group government regime administration army military coalition "
        "alliance state country city town village district province region capital base "
        "airport port bill law treaty plan program programme project system network channel "
        "newspaper station unit brigade division battalion force militia faction movement "
        "front office department embassy consulate team airfield airbase bridge dam crossing "
        "checkpoint prison jail refinery plant church neighbourhood neighborhood suburb quarter "
        "symbol deal accord ceasefire draft text"
    )
)
_PLURAL_PEOPLE = frozenset(words_of("people children men women police militia personnel staff"))


def competitors(
    text: str,
    covered: Sequence[tuple[int, int]],
    kind: str,
    *,
    agent: bool,
    opening: bool,
    things: bool = True,
) -> bool:
    """Return whether ``text`` names something a pronoun of ``kind`` could mean, not a mention.

    Args:
        text: A stretch of the window (a sentence, or part of one).
        covered: Spans of ``text`` that known mentions take (their words are skipped).
        kind: ``sg`` (it), ``pl`` (they), ``person`` (he, she).
        agent: The pronoun is an event's doer (places and weapons cannot act).
        opening: ``text`` starts its sentence (its first word is capitalised anyway).
        things: Plural things and events compete with a plural group ("they").
    """
    for match in _TOKEN.finditer(text):
        at, word = match.start(), match.group().replace("’", "'")
        if any(a <= at < b for a, b in covered):
            continue
        first = opening and not text[:at].strip(" \t\"“'(")
        if word[:1].isupper() and not first:
            if _is_name(word):
                return True
            continue
        if _competes(word.lower(), kind, agent=agent, things=things):
            return True
    return False


def _is_name(word: str) -> bool:
    lowered = word.lower()
    return not (
        lowered in STOP_WORDS or word in NOT_PLACES or word.rstrip(".") in TITLES or len(word) < 2
    )


def _competes(word: str, kind: str, *, agent: bool, things: bool) -> bool:
    word = word.removesuffix("'s").removesuffix("'")
    if kind == "person":
        return word in PERSON_NOUNS
    plural = (word.endswith("s") and not word.endswith("ss")) or word in _PLURAL_PEOPLE
    if plural != (kind == "pl"):
        return False
    stem = word[:-1] if kind == "pl" and word.endswith("s") else word
    if kind == "pl":
        from .agents import find_agent  # agents imports junk, which this module imports

        people = word in _PLURAL_PEOPLE or stem in PERSON_NOUNS | GROUP_NOUNS
        people = people or find_agent([word]) is not None
        return people or (things and word in NON_ACTOR_HEADS)
    thing = word in NON_ACTOR_HEADS or word in THING_NOUNS
    return (things and thing) or (not agent and word in PERSON_NOUNS)
