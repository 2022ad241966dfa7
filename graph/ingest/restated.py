"""A sentence told twice in a row: a duplicated lead or a subheading (private to ingest).

Some pages print their lead twice ("Rebels shelled the depot on Friday Rebels shelled
the depot on Friday a source said"), and a subheading runs into the paragraph that tells
it again ("Gunmen storm a clinic in Tarsk Gunmen stormed a clinic at dawn ..."). With
no full stop between them the parser reads one sentence and glues the end of the first
copy onto the subject of the second ("on Friday Rebels", "in Tarsk Gunmen").
:func:`restated_start` finds where the second copy starts: where the sentence's opening
words come back, capitalised as they opened it.
"""

from __future__ import annotations

import re

__all__ = ["has_clause", "restated_start"]

_WORD = re.compile(r"\S+")
# Words the first copy has before its repeat, at the least.
_MIN_WORDS = 4
# A subheading is short; a longer sentence repeating two words is no copy of itself.
_MAX_HEADING_WORDS = 15
# Word endings of the same verb or noun in another form: "detonate"/"detonated".
_ENDINGS = frozenset({"s", "es", "d", "ed", "ing"})
# Words no subheading has: a finite verb of a clause or of saying ("He added The ...").
_CLAUSE_WORDS = (
    frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does"})
    | {"did", "will", "would", "could", "should", "can", "may", "must"}
    | {"said", "says", "added", "told", "stated", "noted", "asked", "explained"}
)
# Words no copy ends on: "... and Rebels shelled", "... by the Rebels".
_OPEN_ENDS = frozenset(
    {"and", "or", "but", "of", "the", "a", "an", "in", "on", "at", "to", "by", "for"}
    | {"with", "from", "that", "as", "while", "when", "its", "their", "his", "her"}
)


def restated_start(text: str, start: int, end: int) -> int | None:
    """Return where the sentence at ``text[start:end]`` starts again, or None.

    The second copy opens with the first's opening word as written and goes on with
    its words: three or more ("Rebels shelled the depot ... Rebels shelled the depot"),
    or two after a short heading with no clause, whose verb the lead may put in
    another tense ("Gunmen storm a clinic in Tarsk Gunmen stormed ..."). A copy never
    starts after a function word ("... and Rebels shelled").

    Args:
        text: The text.
        start: Where the sentence starts.
        end: Where it ends (its full stop, or the text's end).
    """
    words = [found.group() for found in _WORD.finditer(text, start, end)]
    offsets = [found.start() for found in _WORD.finditer(text, start, end)]
    if not words or not words[0][:1].isupper():
        return None
    for i in range(_MIN_WORDS, len(words) - 1):
        if words[i] != words[0] or words[i - 1].lower() in _OPEN_ENDS:
            continue
        same = _same_words(words, i)
        heading = text[start : offsets[i]]
        if same >= 3 or (same == 2 and _is_heading(heading, i)):
            return offsets[i]
    return None


def _same_words(words: list[str], at: int) -> int:
    """Return how many words from ``at`` on repeat the sentence's opening words."""
    count = 0
    while at + count < len(words) and count < at and _same(words[count], words[at + count]):
        count += 1
    return count


def _same(one: str, other: str) -> bool:
    """Return whether two words are one word, maybe in another form ("storm", "stormed")."""
    one, other = one.lower().strip("\"'“”‘’()"), other.lower().strip("\"'“”‘’()")
    short, long = sorted((one, other), key=len)
    if not short or not long.startswith(short):
        return False
    return long == short or long[len(short) :] in _ENDINGS


def _is_heading(heading: str, words: int) -> bool:
    """Return whether the words before a two-word repeat are a subheading in prose.

    "Two guards hurt in blast near Tarsk": short, with words in lower case and no
    finite verb; a page's furniture ("Site World Apps Careers About") has no prose.
    """
    prose = any(word.isalpha() and word.islower() for word in heading.split())
    return words <= _MAX_HEADING_WORDS and prose and not has_clause(heading)


def has_clause(phrase: str) -> bool:
    """Return whether a phrase has a finite verb or a verb of saying: no heading has."""
    return any(word.lower() in _CLAUSE_WORDS for word in phrase.split())
