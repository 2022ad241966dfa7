"""Where a page's tag list ends and its story starts (private to ingest).

A page lists its tags before the story: "Tags Yemen Taiz airstrikes Saudi coalition".
Scraped without line breaks, the list runs into the story's first sentence, and
nothing marks where it ends: "Tags Yemen Taiz airstrikes Five fishermen were
killed ...", "Tags Yemen Taiz civilians Airstrikes on the port killed ...". The
story opens with a count ("Five", "Dozens of"), an article ("A Saudi jet ...") or a
capitalised common word followed by its phrase ("Airstrikes on the port"); tags are
names and bare keywords. :func:`tag_list_end` finds that opener.
"""

from __future__ import annotations

import re

__all__ = ["tag_list_end"]

_WORD = re.compile(r"[^\s]+")
# Longest tag list looked at, in words.
_MAX_WORDS = 40
# Words that open a story's sentence whatever follows them ("A Saudi jet", "Five men").
_OPENERS = frozenset(
    {"The", "A", "An", "Dozens", "Hundreds", "Thousands", "Scores", "Several", "Many"}
    | {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"}
    | {"Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen"}
    | {"Eighteen", "Nineteen", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy"}
    | {"Eighty", "Ninety"}
)
# Two-word openers: "At least five ...", "More than 20 ...".
_PAIRS = frozenset({("At", "least"), ("More", "than"), ("According", "to")})
# Finite verbs that end a story's subject: an auxiliary, "said", a past form in -ed.
_FINITE = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can"}
    | {"say", "says", "said", "struck", "hit", "fled", "fell", "left", "took", "held"}
)


def tag_list_end(text: str, start: int) -> int | None:
    """Return where the story starts after a tag list that opens at ``start``, or None.

    The first opener of a sentence after the tags ("Five", "A", "More than"); else
    the last capitalised common word before the story's first finite verb, when the
    word is followed by one in lower case and the text writes it in lower case too
    ("... Taiz civilians Airstrikes on the port killed": "airstrikes" is a common
    word, "Taiz" a name). None when neither is found.

    Args:
        text: The page's text.
        start: Where the tag list's first tag starts (after "Tags").
    """
    words = [m for _, m in zip(range(_MAX_WORDS), _WORD.finditer(text, start), strict=False)]
    # the story's subject comes before its first finite verb, in its first sentence.
    verb = next((i for i, w in enumerate(words) if _is_finite(w.group())), None)
    stop = next((i for i, w in enumerate(words) if w.group()[-1] in ".!?"), len(words) - 1)
    pairs = list(zip(words[1:], words[2:], strict=False))[: min(stop, verb or stop)]
    for word, nxt in pairs:
        if word.group() in _OPENERS or (word.group(), nxt.group()) in _PAIRS:
            return word.start()
    if verb is None or verb > stop:
        return None
    lower = set(re.findall(r"\b[a-z][a-z-]+\b", text))
    for word, nxt in reversed(pairs):
        bare = word.group()
        if bare[:1].isupper() and bare.lower() in lower and nxt.group()[:1].islower():
            return word.start()
    return None


def _is_finite(word: str) -> bool:
    if word in _FINITE:
        return True
    return word.islower() and word.isalpha() and len(word) > 4 and word.endswith("ed")
