"""One sentence-like stretch of words, as the comma rules read it (private).

The comma rules (:mod:`.commasites`, :mod:`.commaasides`) read words only, before any
parse: whether a word is a word, a name, a verb or a count.
"""

from __future__ import annotations

from .commawords import AUXILIARIES, COUNTS, DETERMINERS, FUNCTION_WORDS, IRREGULAR_PAST

__all__ = ["Sentence", "is_count", "is_word"]


class Sentence:
    """The words of one sentence-like stretch, ``start <= i < end``, final stop left out."""

    def __init__(self, words: list[str], lows: list[str], start: int, end: int) -> None:
        self.words, self.lows, self.start, self.end = words, lows, start, end

    def is_content(self, i: int) -> bool:
        """Return whether word ``i`` can end a phrase: a word, not a function word."""
        return is_word(self.words[i]) and self.lows[i] not in FUNCTION_WORDS

    def is_name(self, i: int) -> bool:
        """Return whether word ``i`` reads as part of a name: a capitalised content word."""
        word = self.words[i]
        return word[:1].isupper() and is_word(word) and self.lows[i] not in FUNCTION_WORDS

    def is_verb(self, i: int) -> bool:
        """Return whether word ``i`` reads as a verb: an auxiliary, a past form, a -ed word."""
        low = self.lows[i]
        if not self.words[i].islower() or (i > 0 and self.lows[i - 1] in DETERMINERS):
            return False  # "a televised speech": an adjective
        return low in AUXILIARIES or low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4)


def is_word(word: str) -> bool:
    """Return whether a token is a word: it ends in a letter or digit, or is "U.N."-like."""
    return word[-1:].isalnum() or (word[-1:] == "." and "." in word[1:-1])


def is_count(low: str) -> bool:
    """Return whether a lower-cased word is a count: a number or a count word."""
    return low.isdigit() or low in COUNTS
