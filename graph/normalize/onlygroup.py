"""A generic armed noun is the one armed group the story names close by (issue 14).

Copy names a group once and then calls its men by a generic noun: "Ahrar al-Sham
fighters stormed Kafr Nabl. Terrorists then burned the school", "dozens of terrorists
were killed" after a lead about the Tarvan Front, "the army killed 17 militants at a
Harbi Brigades camp". The noun ("terrorists", "militants", "jihadists", "Takfiris"),
bare, counted ("17", "dozens of", "a number of") or definite ("the terrorists"), is
that group when the story names exactly one armed group the noun can mean: in its own
sentence when that names any, else in the two sentences before. Nothing is guessed when
it names two (rivals, or a group and its victims: one of several is a wrong guess),
none close enough, or only one that fights on a state's side ("Army units and Hezbollah
fighters"). "Rebels" and "insurgents" are left alone: a story naming the Islamic State
and calling the enemy "rebels" means other groups. A doer looks only at what is written
before it ("Tarvan Front positions" after "terrorists shelled" are the terrorists'
target, not their name); a target looks at its whole sentence ("killed 17 militants at
a Harbi camp", not "... in Kessa and shelled Harbi posts": another clause), never at
the clause's doer ("the Harbi Brigades killed 17 militants": the sentence names a group,
the doer, so nothing is looked for before it). Only names count: an acronym whose
possessive lost its apostrophe ("ISILs positions") does, a phrase read as a group
through its kind ("a terrorist mortar attack") does not. An earlier
sentence is left behind when a later one opens another setting ("In Kessa ...",
"Meanwhile ...", a round-up's place heading "Hama Army units ..."), a word in
quotation marks ("blamed 'terrorists'") is someone's label, not a reference, and a name
that only modifies ("Qaeda-linked", "Hamas countryside" for Hama's) or the Kurdish-led
forces that fight the jihadists (whose stories call their enemy "terrorists") are no
candidates. A counted noun is first read by its count (:mod:`graph.normalize.samecount`:
"more than 30 terrorists" are the "30 Tarvan Front terrorists" of the headline).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .junk import preamble_end
from .kinds import description_fits, is_loyalist
from .mentions import Mention
from .phrase import Ref, clean, words_of
from .places import link_place
from .samecount import same_count_group

if TYPE_CHECKING:
    from .coref import Document

__all__ = ["JIHADISTS_FOES", "only_group"]

# Plural nouns of armed men that name no group of their own.
_GENERIC_NOUNS = frozenset(words_of("terrorists militants jihadists takfiris"))
_WINDOW = 2
# Words that say a group's kind, not its name ("Terrorist", "Militants" opening a sentence).
_KIND_WORDS = _GENERIC_NOUNS | frozenset(
    words_of("terrorist militant jihadist takfiri extremist extremists islamist islamists")
)
# A group named right after a state force, acting with it: "Army units and Hezbollah fighters".
_BESIDE_STATE = re.compile(
    r"\b(?:army|armed\s+forces|forces|troops|soldiers|units|military|police)\s+"
    r"(?:and|alongside|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A name read off a place's possessive ("Hamas northern countryside": Hama's), not a group;
# a name before a hyphen modifies another noun ("Qaeda-linked", "ISIS-held").
_NOT_THE_GROUP = re.compile(
    r"-\w|(?:\s+[a-z-]+){0,2}\s+(?:countryside|province|governorate|city|outskirts|suburbs)\b"
)
# The Kurdish-led forces that fight the jihadists: never the "terrorists" of their stories.
JIHADISTS_FOES = frozenset({"sdf", "ypg"})
# A sentence that opens another setting: "In Kessa ...", "Meanwhile ...", "Elsewhere ...".
_NEW_SETTING = re.compile(r"(?:In|Elsewhere|Meanwhile|Separately)\b")
_QUOTES = "\"“”'‘’"
# Between a target and a group named after it: another clause ("... and shelled X posts").
_CLAUSE_BREAK = re.compile(r"\b(?:and|while|but|as)\b|[,;]")
# An acronym whose possessive lost its apostrophe in copy without punctuation: "ISILs".
_ACRONYM_S = re.compile(r"\b([A-Z]{2,})s\b")
_LISTED = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?")


def only_group(
    doc: Document, words: list[str], sent: int, pos: int, *, exclude: str = "", agent: bool
) -> Ref | None:
    """Return the one armed group a generic armed noun means, or None.

    Args:
        doc: The document's state (its mentions).
        words: The phrase's cleaned words (["terrorists"] for "Dozens of terrorists").
        sent: Sentence index of the phrase.
        pos: Character offset of the phrase in its sentence.
        exclude: The clause's other participant, never the group meant.
        agent: The phrase is a doer (only groups written before it count).

    Returns:
        "Ahrar al-Sham fighters stormed the village. Terrorists burned the school" ->
        Ahrar al-Sham for "Terrorists"; None with two groups or none in reach.
    """
    text = doc.sentence(sent)
    if pos and text[pos - 1 : pos] in _QUOTES:
        return None  # the government blamed "terrorists": a label, not a reference
    fits = lambda actor_id: _fits_generic(doc, words, actor_id)  # noqa: E731
    counted = same_count_group(doc, sent, pos, exclude=exclude, fits=fits)
    if counted is not None or len(words) != 1 or words[0].lower() not in _GENERIC_NOUNS:
        return counted  # "more than 30 terrorists" of the "30 Tarvan Front terrorists"
    end = pos if agent else len(text) + 1
    own = _groups(doc, words, sent, end, window=0)
    glued = _acronym_possessives(doc, text[:end])
    if own or glued:
        # "killed 17 militants at a Harbi camp", not "... in Kessa and shelled Harbi posts"
        reach = _in_reach(own, text, pos)
        refs = {m.ref.actor_id: m.ref for m in reach if m.ref} | glued
        refs.pop(exclude, None)
        return next(iter(refs.values())) if len(refs) == 1 else None
    return _earlier_group(doc, words, sent, exclude)


def _earlier_group(doc: Document, words: list[str], sent: int, exclude: str) -> Ref | None:
    """Return the one group the two sentences before name, in the same setting, or None."""
    earlier = _groups(doc, words, sent, 0, window=_WINDOW)
    refs = {m.ref.actor_id: m.ref for m in earlier if m.ref}
    named = {m.sent for m in earlier}
    for before in range(max(0, sent - _WINDOW), sent):
        glued = _acronym_possessives(doc, doc.sentence(before))
        refs |= glued
        named |= {before} if glued else set()
    if exclude in refs or not all(_same_setting(doc, index, sent) for index in named):
        return None  # the doer's own group, or a group of another setting, is in reach
    return next(iter(refs.values())) if len(refs) == 1 else None


def _acronym_possessives(doc: Document, text: str) -> dict[str, Ref]:
    """Return the armed groups an acronym names with its apostrophe lost ("ISILs positions")."""
    found: dict[str, Ref] = {}
    for match in _ACRONYM_S.finditer(text):
        names = [m.actor_id for m in doc.gaz.find_mentions(match[1])]
        actor = doc.gaz.get(names[0]) if names else None
        if actor is not None and actor.actor_type == "armed-group":
            found[actor.actor_id] = doc.ref(actor.actor_id)
    return found


def _in_reach(own: list[Mention], text: str, pos: int) -> list[Mention]:
    """Return the groups before ``pos`` and those after it in the same clause.

    A list counts whole: "35 terrorists from the Tarvan Front and Harbi Brigades" names two.
    """
    reach: list[Mention] = []
    for m in sorted(own, key=lambda m: m.start):
        listed = bool(reach) and _LISTED.fullmatch(text, reach[-1].end, m.start) is not None
        if m.start < pos or listed or not _CLAUSE_BREAK.search(text, pos, m.start):
            reach.append(m)
    return reach


def _groups(doc: Document, words: list[str], sent: int, end: int, *, window: int) -> list[Mention]:
    """Return the written names of armed groups the noun may mean before ``(sent, end)``."""
    return doc.mentions.accepted(
        lambda m: _is_written(doc, m) and _may_mean(doc, words, m), sent, end, window=window
    )


def _is_written(doc: Document, m: Mention) -> bool:
    """Return whether a mention writes its group's name ("Tarvan Front fighters", "ISILs posts").

    A phrase resolved to a group through its kind ("a terrorist mortar attack", "Terrorists"
    read as the group just named) is no new evidence of which group the story means.
    """
    assert m.ref is not None  # checked by the caller
    span = doc.sentence(m.sent)[m.start : m.end] if m.end > m.start else ""
    if any(found.actor_id == m.ref.actor_id for found in doc.gaz.find_mentions(span)):
        return True
    return any(w[:1].isupper() and w.lower() not in _KIND_WORDS for w in clean(span))


def _may_mean(doc: Document, words: list[str], m: Mention) -> bool:
    """Return whether a mention is an armed group the generic noun may mean."""
    assert m.ref is not None  # checked by the caller
    actor = doc.gaz.get(m.ref.actor_id)
    if actor is None or actor.actor_type != "armed-group" or is_loyalist(m.ref.actor_id):
        return False  # a name the dictionary lacks may be a misread body; militias of a state
    if m.ref.actor_id in JIHADISTS_FOES:
        return False
    text = doc.sentence(m.sent)
    if _BESIDE_STATE.search(text[: m.start]):
        return False
    if m.end > 0 and _NOT_THE_GROUP.match(text, m.end):
        return False
    return description_fits(doc.gaz, words, m.ref)


def _fits_generic(doc: Document, words: list[str], actor_id: str) -> bool:
    """Return whether an armed group may be what the phrase's generic noun means."""
    return actor_id not in JIHADISTS_FOES and description_fits(doc.gaz, words, doc.ref(actor_id))


def _same_setting(doc: Document, named: int, sent: int) -> bool:
    """Return whether no sentence after the group's up to ``sent`` opens another setting."""
    return not any(_opens_setting(doc.sentence(i)) for i in range(named + 1, sent + 1))


def _opens_setting(text: str) -> bool:
    """Return whether a sentence opens another place or story ("In Kessa", "Hama Army units")."""
    text = text[preamble_end(text) :]
    if _NEW_SETTING.match(text):
        return True
    first = text.split(None, 2)
    return len(first) > 1 and first[1][:1].isupper() and link_place(first[0]) is not None
