"""Whom a counted "of them" names: the group counted just before it (issue 14).

"Shelling killed 13 civilians, most of them children", "two gunmen stormed the post
before one of them blew himself up": a quantifier "of them" counts
the plural group of people the same sentence named last. The general pronoun
resolver (:mod:`graph.normalize.pronouns`) weighs every mention of two sentences as
a rival, so such a part stayed unresolved. Here only the sentence's last plural noun
before the phrase counts, and only when it names people (a generic agent: "civilians",
"fighters", "rebels"): a plural thing in between ("weapons, some of them new") leaves
the phrase to the other steps. With no group before it in its sentence (or only the
clause's other participant), the phrase counts the last group of the sentence before,
else of the one before that ("Rebels attacked the post. Six of them were killed"),
under the same care, passing over the sources of a report ("activists said").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Literal

from spacy.lang.en.stop_words import STOP_WORDS

from .agents import find_agent
from .phrase import Ref

__all__ = ["counted_group", "is_count"]

# "most of them", "14 of them", "a number of them", "at least five of them" (not "the
# bodies of them", nor "one of those", which a clause after it often makes another group)
_COUNTED = re.compile(
    r"^(?:(?:at least|up to|nearly|about|around|more than|only)\s+)?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|some|many|most|all|none|several|few|a few|both|each|half"
    r"|dozens|scores|hundreds|thousands|a number|a majority|the majority|the rest)"
    r"\s+of\s+(?:them|whom)$",
    re.IGNORECASE,
)
# A bare quantifier standing for a group just named: "shelled the rebels and killed
# dozens", "Hundreds died" after "gassed people in the suburbs".
_BARE = re.compile(
    r"^(?:(?:at least|nearly|about|around|more than)\s+)?"
    r"(?:some|many|most|several|dozens|scores|hundreds|thousands)(?:\s+more)?$",
    re.IGNORECASE,
)
# Plural heads that name the men of a group by the group's name after them: "members of
# Division 30", "units of the Free Syrian Army" (a group head, see heads.GENERIC_HEADS)
_MEMBER_HEADS = frozenset({"members", "units", "elements", "factions", "remnants", "supporters"})
# A place phrase a plural may close ("people in the eastern suburbs"): no thing counted
_PLACE_PREPS = frozenset({"in", "at", "near", "around", "across", "inside", "outside", "on"})
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
# A count that heads a part of a group: "two of its fighters", "one of the groups"
_COUNT = re.compile(
    r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty)$"
)
# Plural people nouns that do not end in "s".
_IRREGULAR = frozenset({"people", "men", "women", "children", "police", "militiamen", "gunmen"})
_MODIFIER = re.compile(r"^(?:[A-Z][\w'’-]*|[\w]+-[\w-]+|\d[\d,.]*)$")
_LOOK_BACK = 12  # words: a counted group further back is no longer "them" for sure
_SENTENCES_BACK = 2  # a group named further back is another part of the story
_REPORTING = frozenset({"said", "say", "says", "told", "reported", "added", "stated"})


def counted_group(
    text: str,
    sentences: Sequence[str],
    pos: int,
    resolve: Callable[[str, int, int], Ref],
    exclude: str = "",
) -> Ref | None:
    """Return the group a counted "N of them" names, or None.

    The group is the last plural noun of people before the phrase in its sentence,
    else in the sentence before, else the one before that ("Gunmen seized 20 workers.
    They freed eight of them."); a plural thing nearer leaves the phrase.

    Args:
        text: The phrase ("most of them").
        sentences: Its sentence, then the sentences before it, nearest first.
        pos: The phrase's offset in its sentence.
        resolve: Resolves a phrase of the sentence so many back at an offset.
        exclude: The clause's other participant, which "them" cannot be ("the gunmen
            stormed the village, killing 15 of them").
    """
    if not sentences:
        return None  # a headline's context: no sentence to look in
    if _BARE.match(text.strip()) is not None:
        return _bare_group(sentences[0][:pos], resolve, exclude)
    if _COUNTED.match(text.strip()) is None:
        return None
    for back, sentence in enumerate(sentences[: _SENTENCES_BACK + 1]):
        before = sentence[:pos] if back == 0 else sentence
        spans = [(m.start(), m.group()) for m in re.finditer(r"\S+", before)]
        found = _group_in(spans[-_LOOK_BACK:] if back == 0 else spans, back > 0)
        subject = back == 0 and bool(found) and _is_subject(before[_end(found) :])
        if subject:
            # "its fighters shot five of them": a verb's object is not its subject
            found = _group_in([s for s in spans[-_LOOK_BACK:] if s[0] < _start(found)], False)
        if found is None and back == 0 and not subject and _has_plural(spans):
            return None  # its own sentence has a plural further back ("evacuees ... one of them")
        if found is None:
            continue
        if found is False:
            return None
        start, end = found
        ref = resolve(before[start:end].strip(",;:."), back, start)
        if ref.actor_id and ref.actor_type != "other" and ref.actor_id != exclude:
            return ref
        if back > 0 or ref.actor_id != exclude:
            return None
    return None


def _bare_group(before: str, resolve: Callable[[str, int, int], Ref], exclude: str) -> Ref | None:
    """Return the one group a bare quantifier's own sentence names before it, or None.

    "attacked the Sunni rebel groups and killed some"; not the clause's doer, not when
    another group competes ("Islamic State terrorists and Kurdish fighters ... left
    dozens dead"), never a group of another sentence (a toll's victims are the
    story's people, see barecounts).
    """
    spans = [(m.start(), m.group()) for m in re.finditer(r"\S+", before)]
    found = _group_in(spans[-_LOOK_BACK:], False)
    if not found or _is_subject(before[found[1] :]) or _opens(before[: found[0]]):
        return None  # the doer of its clause or of the sentence ("Rebels shelled ... dozens")
    rival = _group_in([s for s in spans if s[0] < found[0]], False)
    if before[found[1] :].split() == ["including"]:
        rival = None  # "rebel groups including some": the part is named with its whole
    if rival is False or (
        rival and resolve(_words(before, rival), 0, rival[0]).actor_id != exclude
    ):
        return None  # another group than the doer, or a thing, competes
    ref = resolve(_words(before, found), 0, found[0])
    usable = ref.actor_id and ref.actor_type != "other" and ref.actor_id != exclude
    return ref if usable else None


def _opens(text: str) -> bool:
    return all(word.lower() in STOP_WORDS for word in text.split())


def _words(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]].strip(",;:.")


def is_count(word: str) -> bool:
    """Return whether a word is a count that can head a part ("two" of "two of them")."""
    return _COUNT.match(word.lower()) is not None


def _start(found: tuple[int, int] | Literal[False] | None) -> int:
    return found[0] if found else 0


def _end(found: tuple[int, int] | Literal[False] | None) -> int:
    return found[1] if found else 0


def _group_in(
    spans: list[tuple[int, str]], earlier: bool
) -> tuple[int, int] | Literal[False] | None:
    """Return the span of the last plural group of people in some words.

    False when a plural thing comes first ("weapons, some of them new"), None when
    the words name no plural group; in an earlier sentence a group that reports
    ("activists said") is passed over.
    """
    end = len(spans)  # a report's speaker ends the phrase before it ("workers police said")
    for at in range(len(spans) - 1, -1, -1):
        word = spans[at][1].strip("\"'“”,.;:()")
        lower = word.lower()
        if not word or lower in STOP_WORDS or not _plural(word, lower):
            continue
        last = _group_end(spans, at, lower)
        if last is None and _in_place(spans, at):
            continue  # "people in the eastern suburbs": the place closes the group's phrase
        if last is None:
            return False  # a plural thing is nearer: "weapons, some of them new"
        if earlier and _speaks(spans, at):
            end = at  # "activists said": the sources of a report are not the group counted
            continue
        if not _ends_phrase(spans[:end], at):
            continue  # "police" of "the police post"
        start = at
        while start > 0 and start > at - 3 and _modifies(spans[start - 1][1], lower):
            start -= 1  # "Syrian soldiers", "pro-government fighters", "rebel groups"
        if start > 0 and spans[start - 1][1].lower() in _POSSESSIVES:
            start -= 1  # "its fighters": whose they are decides who they are
        return spans[start][0], spans[last][0] + len(spans[last][1])
    return None


def _group_end(spans: list[tuple[int, str]], at: int, lower: str) -> int | None:
    """Return the last word of the group a plural noun heads, or None for a thing."""
    if find_agent([lower]) is not None:
        return at
    if at > 0 and _agent_start([spans[at - 1][1].lower(), lower]) == 0:
        return at  # "rebel groups", "opposition factions"
    if lower not in _MEMBER_HEADS or at + 2 >= len(spans) or spans[at + 1][1] != "of":
        return None
    last = at + 2 if spans[at + 2][1].lower() != "the" else at + 3
    if last >= len(spans) or not spans[last][1][:1].isupper():
        return None
    while last + 1 < len(spans) and _MODIFIER.match(spans[last + 1][1].strip(",.;:")):
        last += 1  # "members of Division 30", "units of the Free Syrian Army"
    return last


def _modifies(word: str, head: str) -> bool:
    # "Syrian", "pro-government", "30"; or a noun that makes an agent of a head that is
    # none alone: "rebel" of "rebel groups"
    return _MODIFIER.match(word) is not None or (
        word.isalpha()
        and word.islower()
        and find_agent([head]) is None
        and _agent_start([word, head]) == 0
    )


def _agent_start(words: list[str]) -> int:
    found = find_agent(words)
    return -1 if found is None else found.start


def _in_place(spans: list[tuple[int, str]], at: int) -> bool:
    return any(text.lower() in _PLACE_PREPS for _, text in spans[max(0, at - 3) : at])


def _is_subject(between: str) -> bool:
    # one verb between the group and its count, not a report ("rebels said five of them")
    words = between.split()
    return (
        len(words) == 1
        and words[0].isalpha()
        and words[0].lower() not in _REPORTING
        and words[0].lower() not in STOP_WORDS
        and not words[0].endswith("ing")  # "rebel groups including some"
    )


def _has_plural(spans: list[tuple[int, str]]) -> bool:
    words = (text.strip("\"'“”,.;:()") for _, text in spans)
    return any(w and w.lower() not in STOP_WORDS and _plural(w, w.lower()) for w in words)


def _speaks(spans: list[tuple[int, str]], at: int) -> bool:
    return at + 1 < len(spans) and spans[at + 1][1].lower().strip(",.;:") in _REPORTING


def _ends_phrase(spans: list[tuple[int, str]], at: int) -> bool:
    # "civilians in Homs", "gunmen stormed", "rebels, most of": the noun is a head, not
    # a modifier of the next noun ("police post", "terrorists gatherings")
    if at + 2 >= len(spans) or spans[at][1][-1:] in ",;:":
        return True  # the one word left is the verb that counts: "its fighters shot five of"
    after = spans[at + 1][1].strip("\"'“”,.;:()")
    return after.lower() in STOP_WORDS or after[:1].isupper() or after.endswith(("ed", "ing"))


def _plural(word: str, lower: str) -> bool:
    # a plural common noun: "civilians", "people"; a capitalised word only when it is
    # one ("Rebels" opening the sentence), not a name ("Homs", "Hamas")
    if word[:1].isupper() and find_agent([lower]) is None:
        return False
    return lower in _IRREGULAR or (len(lower) > 3 and lower.endswith("s") and lower[-2] not in "su")
