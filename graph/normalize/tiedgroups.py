"""Generic men tied to named groups are those groups: "operatives tied to the Harbi Front".

Event coders code "the army killed a number of operatives tied to the Harbi Front",
"troops repelled terrorist groups affiliated to the Tarvan Brigades", "jets killed 14
fighters from the Harbi Front" as acts on the group. When the parser leaves the tie out
of the target's span, the generic noun ("operatives", "terrorist groups") became unknown
men. Here a target whose head is a noun of armed men, followed (in its span or right
after it) by a tie ("of", "from", "tied/linked/affiliated/allied to", "belonging to",
"loyal to", ...) and one or two group names the dictionary knows as armed groups, is
those groups: one group relabels the target (:func:`tied_target`); two ("fighters from
the Harbi Front and the Tarvan Brigades") give one event per group, each named by its
name (:func:`split_tied_groups`). A group that is the doer, a name the dictionary does
not know as an armed group, or a tie to a place ("fighters from Kessa") changes nothing.
The doer's side is read the same way: "terrorist groups affiliated to the Harbi Front
shelled the town" is the Harbi Front (:func:`tied_actor`), unless the group is the target.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Event
from .agents import find_agent
from .coref import Document
from .gazetteer import Gazetteer
from .heads import position
from .junk import UNRESOLVED
from .phrase import Ref, words_of

__all__ = ["split_tied_groups", "tied_actor", "tied_target"]

# Nouns of a group's men or units that name no group of their own.
_MEN = frozenset(
    words_of(
        "fighters militants members operatives terrorists jihadists gunmen commanders "
        "militiamen elements cells groups factions insurgents extremists mercenaries "
        "organizations organisations"
    )
)
_TIE = re.compile(
    r"^,?\s+(?:(?:who|which|that)\s+(?:are|were)\s+)?(?:of|from|(?:tied|linked|affiliated|allied|"
    r"attached|connected|aligned|loyal|belonging|associated)\s+(?:to|with))\s+"
    r"(?:the\s+)?(?:so-called\s+)?[\"“]?(?P<names>.+)$",
    re.IGNORECASE,
)
# Where the names end: a comma, a clause, a place or time phrase.
_END = re.compile(
    r"[,;:.()\"”]|\s(?:in|near|at|on|who|which|that|after|during|killing|since|with|from|"
    r"when|while|as|east|west|north|south|to|by|was|were|is|are|has|have|had)\s"
)
_MAX_NAME_WORDS = 4


def tied_target(event: Event, target: Ref, actor: Ref, doc: Document) -> Ref:
    """Return the one armed group generic men of a target are tied to, else ``target``."""
    if "/" not in target.actor_id and target.actor_type not in (UNRESOLVED, "other"):
        return target  # a named actor already ("members of the Front")
    groups = _tied(event, event.target, doc.gaz)
    if len(groups) != 1 or groups[0][1] == actor.actor_id:
        return target
    return doc.ref(groups[0][1])


def tied_actor(event: Event, actor: Ref, target: Ref, doc: Document) -> Ref:
    """Return the one armed group generic men of the doer are tied to, else ``actor``."""
    if "/" not in actor.actor_id and actor.actor_type not in (UNRESOLVED, "other"):
        return actor  # a named doer already ("fighters loyal to the Front")
    groups = _tied(event, event.actor, doc.gaz)
    if len(groups) != 1 or groups[0][1] == target.actor_id:
        return actor  # "the Front's men clashed with the Front": not one side twice
    return doc.ref(groups[0][1])


def split_tied_groups(events: Iterable[Event], gaz: Gazetteer) -> Iterator[Event]:
    """Yield ``events`` with a target of men tied to two named groups split, one per group."""
    for event in events:
        groups = _tied(event, event.target, gaz)
        if len(groups) < 2:
            yield event
            continue
        for name, _ in groups:
            yield replace(event, target=name)


def _tied(event: Event, role: str, gaz: Gazetteer) -> list[tuple[str, str]]:
    """Return (name, actor id) of each armed group a role's generic men are tied to."""
    if event.kind != "event" or not role:
        return []
    words = role.split()
    head = next((i for i, w in enumerate(words) if w.lower() in _MEN), -1)
    sentence = event.provenance.sentence
    at = position(sentence, role)
    # "Harbi Front fighters": the resolver reads the name before the men; a capital
    # that starts the sentence, or on a generic agent's word (a headline glued before:
    # "... damage Terrorist groups tied to X"), names nothing
    names = words[1:head] if at == 0 else words[:head]
    if head < 0 or any(_is_name(w) for w in names):
        return []
    inside = "".join(" " + w for w in words[head + 1 :])  # "14 fighters from X": in the span
    tie = _TIE.match(inside + sentence[at + len(role) :])
    if tie is None:
        return []
    return _groups(_END.split(tie["names"] + " ", maxsplit=1)[0].split(), gaz)


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word.lower() != "the" and find_agent([word.lower()]) is None


def _groups(words: list[str], gaz: Gazetteer) -> list[tuple[str, str]]:
    """Return the groups a run of names lists ("X and the Y", "X Y" without its comma).

    A named conjunct that is no known armed group ("X and Kessa") leaves the whole
    run unread; other words after the last name ("X terrorist organization", "X
    Islamic Movement", "X and other groups") are its tail.
    """
    found: list[tuple[str, str]] = []
    while words:
        conjunct = words[0].lower() == "and"
        if conjunct:
            words = words[2:] if len(words) > 1 and words[1].lower() == "the" else words[1:]
        group = _group(words, gaz)
        if group is None:
            named = bool(words) and words[0][:1].isupper()  # "X and Kessa", not "X and other"
            return [] if conjunct and named else found
        found.append(group)
        words = words[len(group[0].split()) :]
    return found if len({g[1] for g in found}) == len(found) else []


def _group(words: list[str], gaz: Gazetteer) -> tuple[str, str] | None:
    """Return (name, id) of the armed group words open with, longest name first, else None."""
    if not words or not (words[0][:1].isupper() or words[0].startswith("al-")):
        return None
    for end in range(min(len(words), _MAX_NAME_WORDS), 0, -1):
        name = " ".join(words[:end])
        found = gaz.lookup(name)
        if found is not None and found[0].actor_type == "armed-group":
            return name, found[0].actor_id
    return None
