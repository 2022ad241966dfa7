"""Commas around what a phrase says aside: appositions, who among those counted, sources (private).

"in Northtown, the biggest militia stronghold", "Pakistan, a key US ally, has refused",
"killed 37 villagers, including 9 nurses", "..., according to the monitor". Read from the
words alone, like the rest of :mod:`.commasites`.
"""

from __future__ import annotations

from collections.abc import Iterator

from .commasentence import Sentence, is_count
from .commawords import (
    AUXILIARIES,
    CONNECTIVES,
    DETERMINERS,
    DITRANSITIVES,
    ELABORATIONS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    TITLES,
)

__all__ = ["according", "apposition", "elaboration", "opening_apposition"]


def apposition(sent: Sentence) -> Iterator[int]:
    """A name and what it is: "in Northtown, the biggest militia stronghold"."""
    lows = sent.lows
    for i in range(sent.start, sent.end - 2):
        if not sent.is_name(i + 1) or not (lows[i] in PREPOSITIONS or _takes_one_object(sent, i)):
            continue
        last = i + 1
        while last + 1 < sent.end and sent.is_name(last + 1) and last - i < 4:
            last += 1
        # "on Monday a woman" is no apposition
        if (
            last + 1 < sent.end
            and lows[last + 1] in ("the", "a", "an")
            and lows[last] not in TIME_WORDS
        ):
            yield last


def opening_apposition(sent: Sentence) -> Iterator[int]:
    """A subject's apposition: "Pakistan, a key US ally, has refused"."""
    s, lows = sent.start, sent.lows
    if lows[s] in CONNECTIVES:
        s += 1
    last = s
    while last + 1 < sent.end and sent.is_name(last + 1):
        last += 1
    if not sent.is_name(s) or last - s > 4 or last + 2 >= sent.end:
        return
    start = last + 1
    if (
        lows[start] in ("'s", "’s") and last > s and sent.words[start + 1].islower()
    ):  # "Salaheddine Sidhoum, Algeria's leading ..."
        start, last = last, last - 1
    elif lows[start] not in ("a", "an", "the"):
        return
    end = _apposition_end(sent, start + 1, titled=lows[start] != "the")
    if end is not None:
        yield last
        yield end


def _apposition_end(sent: Sentence, i: int, *, titled: bool) -> int | None:
    """Return the last word of an apposition, before its subject's verb or "and"."""
    lows = sent.lows
    for j in range(i, min(sent.end, i + 10)):
        titled = titled or lows[j] in TITLES
        if lows[j] == "and" and j + 1 < sent.end and sent.is_name(j + 1):
            return j - 1 if titled else None  # "Russia, a Syrian ally, and China"
        if lows[j] in AUXILIARIES or (sent.is_verb(j) and lows[j - 1] not in DETERMINERS):
            return j - 1 if titled and sent.is_content(j - 1) else None
        if lows[j] in SUBJECT_PRONOUNS or lows[j] in ("that", "which", "who"):
            return None
    return None


def _takes_one_object(sent: Sentence, i: int) -> bool:
    """Return whether word ``i`` is a past verb whose object a determiner cannot follow."""
    return sent.is_verb(i) and sent.lows[i] not in DITRANSITIVES


def elaboration(sent: Sentence) -> Iterator[int]:
    """Who among those counted: "killed 37 villagers, including 9 nurses", ", three of them"."""
    lows = sent.lows
    for i in range(sent.start + 2, sent.end - 1):
        low = lows[i]
        nxt = lows[i + 1]
        if low in ELABORATIONS:
            # "mainly the French": an adverb of the clause, not of those counted
            det = low != "including" and nxt in DETERMINERS
            opens = not det and not sent.is_verb(i + 1) and nxt not in PREPOSITIONS
        elif low == "both":
            opens = "and" in lows[i + 2 : i + 5] and not sent.is_verb(i + 1)
        else:
            opens = is_count(low) and lows[i + 1 : i + 3] in (["of", "them"], ["of", "whom"])
        before = lows[i - 1]
        # "are fighting both X and Y": the verb's object, not an aside
        if opens and sent.is_content(i - 1) and not sent.is_verb(i - 1) and before[-3:] != "ing":
            yield i - 1


def according(sent: Sentence) -> Iterator[int]:
    """A source after its clause: "... killed 66 civilians, according to the monitor"."""
    lows = sent.lows
    for i in range(sent.start + 2, sent.end - 2):
        if lows[i] == "according" and lows[i + 1] == "to" and sent.is_content(i - 1):
            yield i - 1
            before_verb = not any(sent.is_verb(j) for j in range(sent.start, i))
            end = _source_end(sent, i + 2) if before_verb else None
            if end is not None:
                yield end  # "The attacks, according to the source, claimed ..."


def _source_end(sent: Sentence, i: int) -> int | None:
    """Return the last word of the source after "according to" when a verb follows it."""
    if i < sent.end and sent.lows[i] in DETERMINERS:
        i += 1
    for j in range(i, min(sent.end - 1, i + 6)):
        if not sent.is_content(j) or sent.is_verb(j):
            return None
        if sent.is_verb(j + 1):
            return j
    return None
