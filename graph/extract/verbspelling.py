"""Verbs read off a word's spelling where the tagger gives no verb lemma.

Two spellings hide a verb: an "-ing" form the tagger read as a noun ("the fighting",
"the shelling of the town" -> fight, shell) and a phrasal verb written as one word
("rebels may takeover the base" -> take over). Spelling rules only: no lemmatizer
reaches a parsed Doc's nouns.
"""

from __future__ import annotations

from .lexicon import LIGHT_VERBS, PARTICLES

__all__ = ["gerund_lemma", "split_compound"]

_VOWELS = frozenset("aeiou")


def gerund_lemma(word: str) -> str:
    """Return the verb of an "-ing" form the tagger read as a noun ("fighting" -> "fight").

    Spelling rules only (no lemmatizer reaches a parsed Doc): a doubled final consonant
    is undone ("running"), a silent "e" restored after endings no English verb has
    ("capturing", "negotiating", "using") and on one-syllable stems ("making").
    """
    stem = word.lower()[:-3] if word.lower().endswith("ing") else word.lower()
    if len(stem) < 2:
        return word.lower()
    groups = sum(
        1 for i, ch in enumerate(stem) if ch in _VOWELS and (i == 0 or stem[i - 1] not in _VOWELS)
    )
    if stem[-1] == stem[-2] and stem[-1] not in "lsfz" and stem[-1] not in _VOWELS:
        return stem[:-1]
    if groups >= 2 and stem.endswith(("oll", "ell")):
        # "controlling", "expelling" (but "shelling", "rolling" keep their "ll").
        return stem[:-1]
    silent_e = stem.endswith(("v", "z", "c", "ur", "at", "ir", "dg")) or (
        stem[-1] == "g" and not stem.endswith("ng")
    )
    if stem[-1] == "s" and len(stem) > 1 and stem[-2] in _VOWELS:
        silent_e = True
    if groups == 1 and len(stem) >= 3 and stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
        silent_e = silent_e or stem[-1] not in "wxy"
    return stem + "e" if silent_e else stem


def split_compound(lemma: str) -> str:
    """Split a phrasal verb written as one word: "takeover" -> "take over"."""
    # phrasal verb written as one word: "rebels may takeover the base" -> "take over".
    for particle in PARTICLES:
        base = lemma[: -len(particle)].rstrip("-")
        if lemma.endswith(particle) and base in LIGHT_VERBS:
            return f"{base} {particle}"
    return lemma
