"""Head-word classes and phrase shapes the actor resolver's steps share.

A phrase's head decides how it resolves: a role or part ("a spokesman for X") gives
way to what follows it, a state's organ ("Syrian jets") is that state's, a place head
("a Syrian town") is a place in that country.
"""

from __future__ import annotations

import re

from .junk import UNRESOLVED
from .phrase import Ref, words_of

# "X of/for Y" where X is a role, part or quantity: the actor is Y
# ("a spokesman for the US-led coalition", "a majority of the city", "province of Raqqa").
GENERIC_HEADS = frozenset(
    words_of(
        "group groups spokesman spokeswoman spokesperson member members official officials "
        "commander commanders leader leaders leadership head chief majority part parts much most "
        "some rest number hundreds thousands dozens scores province city town village region "
        "district capital representative representatives envoy ambassador minister ministry "
        "contingent unit units battalion elements remnants supporters allies fighters forces "
        "troops soldiers militants positions stronghold territory areas side wing branch faction "
        "remainder half third many all each president chairman director general"
    )
)
# A side of a place, read as the place: "the rebel-held east of Aleppo", "the west and
# south of Aleppo" -> Aleppo; not a bare "east of Aleppo" (where something lies: "is 20 km
# east of Aleppo") nor a thing placed off it ("an area east of Aleppo").
_SIDE = re.compile(
    r"^(?:the\s+)?(?:[a-z]+-(?:held|controlled)\s+(?:north|south|east|west)|"
    r"(?:north|south|east|west)\s+and\s+(?:north|south|east|west))$"
)


def is_side(head: str) -> bool:
    """Return whether a partitive's head is a side of what follows: "the rebel-held east"."""
    return _SIDE.match(head) is not None


# Heads naming a state's organs: "Syrian jets" -> the Syrian government when it has one.
STATE_HEADS = frozenset(
    words_of(
        "force forces troops soldiers army armies military jet jets warplane warplanes aircraft "
        "plane planes drone drones navy officers official officials government authorities "
        "ministry regime administration commanders submarine submarines warship warships "
        "artillery tanks diplomats envoy president"
    )
)
# Heads that make a phrase a place, not its country: "a major Syrian city".
PLACE_HEADS = frozenset(
    words_of(
        "city cities town towns village villages province provinces region capital stronghold "
        "base border area areas territory airport garrison river valley"
    )
)


TRAILING_PP = re.compile(
    r"^(?P<head>\S.*?)\s+(?:from|in|at|on|along|with|to|into|across|through|over|during|toward|"
    r"towards|against|near|via|inside|outside|around)\s+\S.*$"
)
# "forces allied to the regime", "fighters loyal to Assad": the side they belong to.
LOYAL = re.compile(
    r"^(?P<head>\S+(?:\s+\S+)?)\s+(?:allied|loyal|linked|affiliated|aligned|close)\s+"
    r"(?:to|with)\s+(?P<rest>\S.*)$"
)


GROUP_NOUNS = frozenset(
    words_of("fighters forces troops militia militias militiamen rebels soldiers units groups men")
)


UNRESOLVED_REF = Ref("", "", UNRESOLVED)


def position(sentence: str, span: str) -> int:
    r"""Return the offset of a span's first whole-word occurrence in a sentence, else 0.

    As re.search(r"(?<!\w)SPAN(?!\w)") finds it (re's \w is str.isalnum() or "_"),
    without compiling a pattern per span.
    """
    at = sentence.find(span)
    while at >= 0:
        end = at + len(span)
        if not (at and _is_word(sentence[at - 1])) and not (
            end < len(sentence) and _is_word(sentence[end])
        ):
            return at
        at = sentence.find(span, at + 1)
    return 0


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"
