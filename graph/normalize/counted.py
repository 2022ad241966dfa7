"""Whom a counted "of them" names: the group counted just before it (issue 14).

"Shelling killed 13 civilians, most of them children", "two gunmen stormed the post
before one of them blew himself up": a quantifier "of them" counts
the plural group of people the same sentence named last. The general pronoun
resolver (:mod:`graph.normalize.pronouns`) weighs every mention of two sentences as
a rival, so such a part stayed unresolved. Here only the sentence's last plural noun
before the phrase counts, and only when it names people (a generic agent: "civilians",
"fighters", "rebels"): a plural thing in between ("weapons, some of them new") leaves
the phrase to the other steps.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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


def counted_group(
    text: str, sentence: str, pos: int, resolve: Callable[[str, int], Ref], exclude: str = ""
) -> Ref | None:
    """Return the group a counted "N of them" names in its sentence, or None.

    Args:
        text: The phrase ("most of them").
        sentence: Its sentence.
        pos: The phrase's offset in the sentence.
        resolve: Resolves a phrase of the sentence at an offset.
        exclude: The clause's other participant, which "them" cannot be ("the gunmen
            stormed the village, killing 15 of them").
    """
    if _COUNTED.match(text.strip()) is None:
        return None
    before = sentence[:pos]
    spans = [(m.start(), m.group()) for m in re.finditer(r"\S+", before)][-_LOOK_BACK:]
    for at in range(len(spans) - 1, -1, -1):
        word = spans[at][1].strip("\"'“”,.;:()")
        lower = word.lower()
        if not word or lower in STOP_WORDS or not _plural(word, lower):
            continue
        if find_agent([lower]) is None:
            return None  # a plural thing is nearer: "weapons, some of them new"
        if not _ends_phrase(spans, at):
            continue  # "police" of "the police post"
        start = at
        while start > 0 and start > at - 3 and _MODIFIER.match(spans[start - 1][1]):
            start -= 1  # "Syrian soldiers", "pro-government fighters", "ISIS militants"
        offset = spans[start][0]
        ref = resolve(before[offset : spans[at][0] + len(spans[at][1])].strip(",;:"), offset)
        keep = ref.actor_id and ref.actor_type != "other" and ref.actor_id != exclude
        return ref if keep else None
    return None


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
