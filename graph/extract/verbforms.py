"""WordNet's irregular verb forms, read from ``graph/data/state_verbs.tsv`` (private).

The tagger sometimes leaves an irregular past it does not know as its own lemma
("retook", "overran"); the table (compiled by ``tools/build_state_verbs.py``) maps such a
form to its verb.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources


@cache
def _table() -> tuple[frozenset[str], dict[str, str]]:
    """Return the state verbs and the irregular forms (form -> lemma) of the data file."""
    text = (resources.files("graph") / "data" / "state_verbs.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    verbs = frozenset(word for word, value in rows if value[:1].isdigit())
    forms = {word: value for word, value in rows if not value[:1].isdigit()}
    return verbs, forms


def state_verbs() -> frozenset[str]:
    """Return the verbs WordNet uses mostly as states, perception or thought."""
    return _table()[0]


def irregular_lemma(form: str) -> str:
    """Return the verb of an irregular form ("retook" -> "retake"), "" if it is none."""
    return _table()[1].get(form.lower(), "").replace("_", " ")


_VOWELS = frozenset("aeiou")


def _doubles(lemma: str) -> bool:
    # a one-syllable verb ending consonant-vowel-consonant doubles it: "wag" -> "wagged"
    if len(lemma) < 3 or lemma[-1] in _VOWELS | {"w", "x", "y"}:
        return False
    starts = [i for i, c in enumerate(lemma) if c in _VOWELS]
    groups = sum(1 for i in starts if not i or lemma[i - 1] not in _VOWELS)
    return groups == 1 and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS


@lru_cache(maxsize=8192)
def verb_lemma(form: str, lemma: str) -> str:
    """Return the verb of a form when the tagger's lemma cannot be it, else ``lemma``.

    "retook" (left as its own lemma) is "retake" (WordNet's irregular forms); "waged" read
    as "wag" is "wage": "wag" would double its consonant ("wagged"). Cached: every rule
    that asks a verb's dictionary lemma asks it again of the same words.
    """
    form, lemma = form.lower(), lemma.lower()
    irregular = irregular_lemma(form)
    if irregular and lemma == form:
        return irregular
    if _doubles(lemma) and form in {lemma + "ed", lemma + "es", lemma + "ing"}:
        return lemma + "e"
    return lemma


def verb_candidates(form: str) -> set[str]:
    """Return the verbs a word may be a form of: itself, its irregular verb, its stems.

    "Kills" -> kill; "shot" -> shoot; "shelled" -> shell; "Pounding" -> pound;
    "carried" -> carry. The stems are guesses ("shelled" also gives "shel"): look them
    up in a word list, never use them as words.
    """
    word = form.lower()
    found = {word}
    irregular = irregular_lemma(word)
    if irregular:
        found.add(irregular.split()[0])
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            found |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                found.add(stem[:-1])  # "hitting" -> hit
            if stem.endswith("i") and ending in {"ed", "es"}:
                found.add(stem[:-1] + "y")  # "carried" -> carry
    return found
