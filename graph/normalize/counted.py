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

__all__ = ["counted_group"]

# "most of them", "14 of them", "a number of them", "at least five of them" (not "the
# bodies of them", nor "one of those", which a clause after it often makes another group)
_COUNTED = re.compile(
    r"^(?:(?:at least|up to|nearly|about|around|more than|only)\s+)?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|some|many|most|all|none|several|few|a few|both|each|half"
    r"|dozens|scores|hundreds|thousands|a number|a majority|the majority|the rest)"
    r"\s+of\s+them$",
    re.IGNORECASE,
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
    if _COUNTED.match(text.strip()) is None:
        return None
    for back, sentence in enumerate(sentences[: _SENTENCES_BACK + 1]):
        before = sentence[:pos] if back == 0 else sentence
        spans = [(m.start(), m.group()) for m in re.finditer(r"\S+", before)]
        found = _group_in(spans[-_LOOK_BACK:] if back == 0 else spans, back > 0)
        if found is None and back == 0 and _has_plural(spans):
            return None  # its own sentence has a plural further back ("evacuees ... one of them")
        if found is None:
            continue
        if found is False:
            return None
        start, end = found
        ref = resolve(before[start:end].strip(",;:"), back, start)
        if ref.actor_id and ref.actor_type != "other" and ref.actor_id != exclude:
            return ref
        if back > 0 or ref.actor_id != exclude:
            return None
    return None


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
        if find_agent([lower]) is None:
            return False  # a plural thing is nearer: "weapons, some of them new"
        if earlier and _speaks(spans, at):
            end = at  # "activists said": the sources of a report are not the group counted
            continue
        if not _ends_phrase(spans[:end], at):
            continue  # "police" of "the police post"
        start = at
        while start > 0 and start > at - 3 and _MODIFIER.match(spans[start - 1][1]):
            start -= 1  # "Syrian soldiers", "pro-government fighters", "ISIS militants"
        return spans[start][0], spans[at][0] + len(spans[at][1])
    return None


def _has_plural(spans: list[tuple[int, str]]) -> bool:
    words = (text.strip("\"'“”,.;:()") for _, text in spans)
    return any(w and w.lower() not in STOP_WORDS and _plural(w, w.lower()) for w in words)


def _speaks(spans: list[tuple[int, str]], at: int) -> bool:
    return at + 1 < len(spans) and spans[at + 1][1].lower().strip(",.;:") in _REPORTING


def _ends_phrase(spans: list[tuple[int, str]], at: int) -> bool:
    # "civilians in Homs", "gunmen stormed", "rebels, most of": the noun is a head, not
    # a modifier of the next noun ("police post", "terrorists gatherings")
    if at + 1 >= len(spans) or spans[at][1][-1:] in ",;:":
        return True
    after = spans[at + 1][1].strip("\"'“”,.;:()")
    return after.lower() in STOP_WORDS or after[:1].isupper() or after.endswith(("ed", "ing"))


def _plural(word: str, lower: str) -> bool:
    # a plural common noun: "civilians", "people"; a capitalised word only when it is
    # one ("Rebels" opening the sentence), not a name ("Homs", "Hamas")
    if word[:1].isupper() and find_agent([lower]) is None:
        return False
    return lower in _IRREGULAR or (len(lower) > 3 and lower.endswith("s") and lower[-2] not in "su")
