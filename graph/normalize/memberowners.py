"""Whose men a possessive names: "the Tarvan Front said one of its fighters ..." (issue 14).

Group statements and wire copy write "the Tarvan Front said three of its fighters
attacked the post", "the Harbi Brigades have advanced and their forces took the
hill": the fighters, commanders or forces are the group's, or a state's army's. The
general pronoun resolver (:mod:`graph.normalize.pronouns`) weighs every mention as a
rival, so a possessive of men often stayed unresolved and became unknown gunmen.
Here only an actor that can have men counts as the owner (an armed group, an army, a
state), and it must be the only one: in the possessive's own sentence before it, else
in the sentence before. Two such actors ("the Front attacked the Brigades, killing
ten of its fighters") leave the phrase to the other steps.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from .anaphora import resolve_description
from .forceowners import forces_of
from .phrase import NOT_PLACES, Ref, words_of

if TYPE_CHECKING:
    from .coref import Document
    from .mentions import Mention

__all__ = ["described_members", "member_owner"]

# Nouns of a group's or an army's men ("its fighters", "their commanders").
_MEMBER_HEADS = frozenset(
    words_of(
        "fighters fighter militants militant members member commanders commander gunmen "
        "militiamen men forces troops soldiers units"
    )
)
# Words between the possessive and the head that still name the group's own men.
_FILLERS = frozenset(words_of("own armed elite special ground"))
# Nouns of a group that may own the men: "a rebel group", "the brigade".
_UNIT_NOUNS = frozenset(
    words_of(
        "group groups brigade brigades battalion battalions faction factions militia militias "
        "front movement unit division"
    )
)
_NAME_TAIL = re.compile(
    r"\)?\s*(?:\([^()]*\)\s*)?(?:(?:militant|terrorist|jihadist)\s+)?(?:group\b)?"
)
_PLACED = re.compile(
    r"\b(?:of|in|into|across|from|to|near|inside|outside|throughout|towards?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
_GROUP_TYPES = frozenset({"armed-group", "military"})
# A state itself, not its army (whose men, like a group's, are any it has).
_GOVERNING_TYPES = frozenset({"country", "government"})
# Only a state's men are "forces", "troops", "soldiers" or "units"; a group's are any.
_STATE_HEADS = frozenset(words_of("forces troops soldiers units"))


def member_owner(doc: Document, words: list[str], sent: int, pos: int) -> Ref | None:
    """Return the group or army whose men "its fighters", "their forces" are, or None.

    Args:
        doc: The document's state (its mentions so far).
        words: The phrase's words ("its", "own", "fighters").
        sent: Sentence index of the phrase.
        pos: Character offset of the phrase in its sentence.
    """
    lowered = [w.lower() for w in words]
    if len(words) < 2 or lowered[0] not in ("its", "their") or lowered[-1] not in _MEMBER_HEADS:
        return None
    if not _FILLERS.issuperset(lowered[1:-1]):
        return None  # "its Russian allies", "their Kurdish fighters" name someone else
    window = doc.mentions.window(sent, pos)
    for index in (sent, sent - 1):
        text = doc.sentence(index)
        owners = [m for m in window if m.sent == index and _may_own(m, text, lowered)]
        if not owners:
            continue
        men = {_men_of(doc, m, lowered[-1]) for m in owners if m.ref is not None}
        if len(men) != 1 or _rival_between(doc, window, owners[-1], (sent, pos)):
            return None  # "the Syrian army ... the regime": one army, however named
        return men.pop()
    return None


# "the group's members", "most of the groups members" (the corpus drops apostrophes)
_DESCRIBED_MEN = re.compile(
    r"^(?:.*\s)?the\s+(?P<owner>group|militia|organi[sz]ation|movement|faction|brigade)"
    r"(?:'s|’s|s'|s)?\s+(?:own\s+)?(?:members|fighters|militants|commanders|gunmen|militiamen)$",
    re.IGNORECASE,
)


def described_members(
    doc: Document, text: str, sent: int, pos: int, *, exclude: str = "", agent: bool = False
) -> Ref | None:
    """Return the group whose men "the group's members" are: what "the group" means, or None.

    ``exclude`` and ``agent`` are the phrase's role, as for "the group" itself (see storydoers).
    """
    match = _DESCRIBED_MEN.match(text.strip())
    if match is None:
        return None
    owner = match["owner"].lower()
    ref = resolve_description(doc, f"the {owner}", [owner], sent, pos, exclude=exclude, agent=agent)
    return ref if ref is not None and ref.actor_type in _GROUP_TYPES else None


def _rival_between(
    doc: Document, window: list[Mention], owner: Mention, at: tuple[int, int]
) -> bool:
    """Return whether a group the resolver has not met stands between owner and possessive.

    "the army hit the so-called Harbi Brigade, killing one of its commanders": the
    Brigade (no mention yet) may be the owner, so the army is not clearly it.
    """
    sent, pos = at
    for index in range(owner.sent, sent + 1):
        text = doc.sentence(index)
        start = max(owner.end, owner.start) if index == owner.sent else 0
        if index == owner.sent:  # "the Islamic State (IS) group": the owner's own tail
            tail = _NAME_TAIL.match(text, start)
            start = tail.end() if tail else start
        stop = pos if index == sent else len(text)
        covered = [(m.start, m.end) for m in window if m.sent == index and m.ref is not None]
        for match in _TOKEN.finditer(text, start, stop):
            if any(a <= match.start() < b for a, b in covered):
                continue
            word = match.group()
            if word.lower() in _UNIT_NOUNS or (word[:1].isupper() and _is_name(word)):
                return True
    return False


def _is_name(word: str) -> bool:
    """Return whether a capitalised word may be part of a name ("Brigade"; not "Monday")."""
    return word.lower() not in STOP_WORDS and word not in NOT_PLACES and len(word) > 1


def _may_own(mention: Mention, text: str, words: list[str]) -> bool:
    """Return whether a mention is an actor whose men the possessive ``words`` may name."""
    ref = mention.ref
    if ref is None or not ref.actor_id or mention.modifier or mention.locative:
        return False
    if ref.actor_id.startswith("unknown/") or ref.code.endswith("MED"):
        return False  # vague gunmen, or the agency that reports the story
    if ref.actor_type in _GOVERNING_TYPES:
        # "Tarvo sent troops ... its forces"; not "the north of the country"
        placed = _PLACED.search(text[: max(mention.start, 0)]) is not None
        return words[-1] in _STATE_HEADS and words[0] == "its" and not placed
    if ref.actor_type not in _GROUP_TYPES:
        return False
    # "its" is one group: a name even when plural in form ("the Tarvan Forces"), not "rebels"
    return words[0] == "their" or not mention.plural or "/" not in ref.actor_id


def _men_of(doc: Document, owner: Mention, head: str) -> Ref | None:
    """Return whose the men are: a group's or army's own, a state's army."""
    assert owner.ref is not None  # checked by the caller
    if owner.ref.actor_type in _GROUP_TYPES:
        return owner.ref
    return forces_of(owner.ref, head, doc.gaz) or _named_state(doc, owner)


def _named_state(doc: Document, owner: Mention) -> Ref | None:
    """Return a country named by its own words, whose army the gazetteer does not list.

    "Iran said its troops ...": Iran's men are Iran, as "Iranian troops" are; not when
    the owner is a description ("the government") whose antecedent was only a guess.
    """
    ref = owner.ref
    if ref is None or ref.actor_type != "country" or owner.end <= owner.start:
        return None
    text = doc.sentence(owner.sent)[owner.start : owner.end]
    named = any(m.actor_id == ref.actor_id for m in doc.gaz.find_mentions(text))
    return ref if named else None
