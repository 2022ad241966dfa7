"""An armed group the dictionary lacks, named by an Arabic name before its noun (issue 14).

"Nine members of the Jaish al-Islam opposition group", "Jaish al-Fateh fighters",
"Liwa al-Haqq militants": a name of capitalised words joined by an Arabic article
("al-", "Al", "ash-") before an armed noun is the group of that name, an unlisted
armed group with the id the bare name gets ("jaish-al-islam"); not a people called
"Jaish" ("jaish/rebels"), nor the last group named before it. A place name
("Ras al-Ain fighters") or a name with a listed group inside ("Jabhat al-Nusra
fighters") is left to the other steps.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .phrase import DETERMINERS, Ref, slug_of, words_of

__all__ = ["unlisted_group"]

_ARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ul)(?:-[A-Z]|$)", re.IGNORECASE)
# Nouns that say the name is an armed group's: its men, or the group itself.
_ARMED_HEADS = frozenset(
    words_of(
        "group faction militia coalition alliance brigade brigades fighters militants "
        "terrorists rebels insurgents gunmen jihadists extremists"
    )
)
_SO_CALLED = frozenset(words_of("so-called so called"))
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_MAX_REST = 2  # "rebel group", "Islamist faction", "fighters"


def _name_end(words: list[str]) -> int:
    """Return where a name ends: after the word its last article joins ("Faylaq al-Sham")."""
    joined = [
        i
        for i, w in enumerate(words)
        if ("-" in w and _ARTICLE.match(w)) or (i and _ARTICLE.fullmatch(words[i - 1]))
    ]
    return joined[-1] + 1 if joined else 0


def unlisted_group(words: list[str], is_known: Callable[[str], bool]) -> Ref | None:
    """Return the unlisted armed group a name before an armed noun names, or None.

    Args:
        words: The phrase's words ("the", "Jaish", "al-Islam", "rebel", "group").
        is_known: Whether a name is a known place ("Ras al-Ain") or has a dictionary
            actor inside it ("Jabhat al-Nusra").

    Returns:
        ``Ref("jaish-al-islam", "Jaish al-Islam", "armed-group")`` when determiners,
        a capitalised name with an Arabic article inside it (up to the word the article
        joins: "the Faylaq al-Sham Islamist faction" is "Faylaq al-Sham") and one or
        two words ending in a lower-case armed noun make up the phrase; None otherwise.
    """
    lowered = [w.lower() for w in words]
    start = 0
    while start < len(words) and (lowered[start] in DETERMINERS or lowered[start] in _SO_CALLED):
        start += 1
    end = start
    while end < len(words) and (words[end][:1].isupper() or _ARTICLE.match(words[end])):
        end += 1
    cut = _name_end(words[start:end])
    name, rest = words[start : start + cut], words[start + cut :]
    if len(name) < 2 or not 0 < len(rest) <= _MAX_REST or not words[-1].islower():
        return None  # "X president of the Syrian Coalition", "X forces battling rebels"
    if lowered[-1] not in _ARMED_HEADS or not all(_NAME_WORD.fullmatch(w) for w in name):
        return None  # "Slideshow (3 Images) Bashar al-Assads"
    phrase = " ".join(name)
    return None if is_known(phrase) else Ref(slug_of(phrase), phrase, "armed-group")
