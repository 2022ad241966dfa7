"""A counted generic armed noun is the group the story counts with the same number (issue 14).

A headline counts a group's dead ("Army kills 30 Tarvan Front terrorists in Kessa") and
the body counts them again with the generic noun alone ("... killing more than 30
terrorists"), often paragraphs later, after a lead that lists every group the army
fights. The same count of armed men is the same men: "30 terrorists" is the Tarvan
Front when another sentence of the story counts 30 of that group's men ("30 Tarvan Front
militants", "30 members of the Tarvan Front"), and no other group with that count; one
of the two is in the headline or the lead, which state the story's toll (two paragraphs
of a round-up may count alike by chance).
Nothing is read when the phrase's own sentence names another armed group (that is
nearer evidence: see :mod:`graph.normalize.onlygroup`), when the count says the men are others
("20 other terrorists"), when the count is small (a few men can be counted twice by
chance), when the group counted is one of a list ("35 members of the Tarvan Front and
Harbi Brigades"), or when it is the clause's other participant.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .kinds import is_loyalist
from .phrase import Ref

if TYPE_CHECKING:
    from .coref import Document

__all__ = ["same_count_group"]

_UNITS = {
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_NUMBER = r"\b(?P<n>\d[\d,]*|(?:a|one)\s+hundred|" + "|".join(_UNITS) + r")\b"
_MIN_COUNT = 5  # "two terrorists" and "two Tarvan fighters" may well be other men
_LEAD = 3  # sentences: the headline (with its dateline) and the lead
# The phrase: "more than 30 terrorists", "about a hundred of militants", "a confirmed 33
# Takfiri militants" (never "20 other terrorists", "30 more militants").
_COUNTED = re.compile(
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|up\s+to|a\s+total\s+of"
    r"|an?\s+\w+ed|the)\s+){0,2}"
    + _NUMBER
    + r"\s+(?:of\s+(?:the\s+)?)?(?:(?:takfiri|armed|foreign|jihadist|islamist)\s+)?"
    r"(?:terrorists|militants|jihadists|takfiris)\b",
    re.IGNORECASE,
)
_MEN = r"(?:terrorists?|militants?|members|fighters|jihadists|gunmen|elements|mercenaries)"
# Another sentence's count of a group's men: "30 Tarvan Front terrorists" (the name
# between), "30 members of the Tarvan Front" (the name after).
_NAME_WORD = r"(?:[A-Z(][\w'()-]*|al-[\w'-]+|al|of|the|so-called|takfiri|terrorist|jihadist)"
_NAME_BETWEEN = re.compile(
    _NUMBER + r"\s+(?P<name>(?:" + _NAME_WORD + r"\s+){1,5}?)(?i:" + _MEN + r")\b"
)
_NAME_AFTER = re.compile(
    _NUMBER + r"\s+" + _MEN + r"\s+(?:of|from)\s+(?:the\s+)?(?:so-called\s+)?"
    r"(?P<name>(?:[\w'()-]+\s*){1,6})",
    re.IGNORECASE,
)
_LIST = re.compile(r",|&|\band\b")
# A list after the group's name: "X and Y terrorist groups", "X terrorist organization and
# the so-called Free Army", "X, Y and Z" (not "X and destroyed ...", "X, the monitor said").
_LISTED_NAME = re.compile(
    r"(?:\s+(?:terrorist|militant|armed|jihadist)?\s*(?:groups?|organi[sz]ations?|movement))?"
    r"\s*(?:&|and\s+(?:the\s+)?(?:so-called\s+\w|[A-Z])|,\s*(?!the\b)[A-Z])"
)


def same_count_group(
    doc: Document, sent: int, pos: int, *, exclude: str, fits: Callable[[str], bool]
) -> Ref | None:
    """Return the one group another sentence counts as many men of as a generic noun counts.

    Args:
        doc: The document's state (its sentences, its gazetteer).
        sent: Sentence index of the phrase.
        pos: Character offset of the phrase in its sentence.
        exclude: The clause's other participant, never the group meant.
        fits: Whether an armed group's id may be meant by a generic noun at all.

    Returns:
        "Army kills 30 Tarvan Front terrorists" (title) ... "killing more than 30
        terrorists" -> the Tarvan Front for the latter; None when no sentence, or two
        groups, have that count.
    """
    text = doc.sentence(sent)
    match = _COUNTED.match(text, pos)
    count = _value(match["n"]) if match else 0
    if count < _MIN_COUNT:
        return None
    # the headline and the lead state the story's toll; two paragraphs of a round-up
    # ("12 ISIS members in Homs", "12 terrorists in Daraa") may count alike by chance
    others = doc.texts() if sent < _LEAD else [doc.sentence(i) for i in range(_LEAD)]
    found = {
        ref.actor_id: ref
        for other in others
        if other != text
        for ref in _counted_groups(doc, other, count, fits)
    }
    own = set(_armed(doc, text, fits))
    if len(found) != 1 or exclude in found or not own <= set(found):
        return None  # another group named in the phrase's own sentence is nearer evidence
    return next(iter(found.values()))


def _counted_groups(doc: Document, text: str, count: int, fits: Callable[[str], bool]) -> list[Ref]:
    """Return the groups a sentence counts ``count`` men of (a listed group counts as none)."""
    refs: list[Ref] = []
    for pattern in (_NAME_BETWEEN, _NAME_AFTER):
        for match in pattern.finditer(text):
            name = match["name"]
            if _value(match["n"]) != count:
                continue
            if pattern is _NAME_BETWEEN and _LIST.search(name):
                continue  # "30 Tarvan Front and Harbi fighters": two groups' men
            groups = _armed(doc, name, fits)
            if len(groups) == 1 and not _LISTED_NAME.match(text, _name_end(doc, match, groups[0])):
                refs.append(doc.ref(groups[0]))
    return refs


def _name_end(doc: Document, match: re.Match[str], actor_id: str) -> int:
    """Return where the group's name ends in its sentence ("members of X and Y": after X)."""
    ends = [m.end for m in doc.gaz.find_mentions(match["name"]) if m.actor_id == actor_id]
    return match.start("name") + ends[-1]


def _armed(doc: Document, text: str, fits: Callable[[str], bool]) -> list[str]:
    """Return the armed groups a text names that a generic noun may mean, in order, once each."""
    found: list[str] = []
    for mention in doc.gaz.find_mentions(text):
        actor = doc.gaz.get(mention.actor_id)
        if actor is None or actor.actor_type != "armed-group" or is_loyalist(actor.actor_id):
            continue
        if fits(actor.actor_id) and actor.actor_id not in found:
            found.append(actor.actor_id)
    return found


def _value(number: str) -> int:
    """Return a count's value: "30", "1,200", "thirty", "a hundred"."""
    number = number.lower()
    if number[0].isdigit():
        return int(number.replace(",", ""))
    return 100 if number.endswith("hundred") else _UNITS[number]
