"""Common words of a title-case headline read in lower case for actor resolution.

"Turkish Shelling Kills Nine Herders": a headline capitalises its common words, and
a capitalised phrase reads as the name of someone nobody knows ("other", no code),
where the same words in prose ("Turkish shelling") name their owner. In a
title-case sentence an actor is resolved with its common words in lower case; words
the dictionary or the document knows as names keep their capitals ("Turkish", "Kurdish
Red Crescent"), and a phrase that is itself a known name is left as written.
"""

from __future__ import annotations

import re

from ..model import UNRESOLVED
from ..parse.commawords import FUNCTION_WORDS
from .agency import head_words, is_attack_head
from .coref import Document
from .phrase import Ref

__all__ = ["common_cased", "is_prose_reading", "is_title_sentence", "weapon_owner_words"]

_WORD = re.compile(r"[A-Za-z][\w'-]*")
# Share of a sentence's content words that start with a capital in a title-case line.
_TITLE_SHARE = 0.8
_MIN_WORDS = 4
# Words that join a name's parts: a phrase with them is a name, not a headline's noun.
_NAME_LINKS = frozenset({"of", "for"})


def is_title_sentence(sentence: str) -> bool:
    """Return whether a sentence is written in title case, as a headline is.

    "Rebel Rockets Hit Market in Kafr Nour" is; "Rebels hit the Kafr Nour market" is
    not (its verb and common nouns are in lower case).
    """
    words = [w for w in _WORD.findall(sentence) if w.lower() not in FUNCTION_WORDS]
    if len(words) < _MIN_WORDS or all(w.isupper() for w in words):
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals >= _TITLE_SHARE * len(words)


def common_cased(words: list[str], doc: Document) -> list[str] | None:
    """Return a title-case phrase with its common words in lower case, or None.

    "Russian Air Strikes" -> "Russian air strikes"; None when nothing would change or
    the phrase is a name as written ("Syrian Democratic Forces").
    """
    if doc.known_name(words) is not None or doc.lookup(words) is not None:
        return None
    if any(w.lower() in _NAME_LINKS for w in words):
        return None  # "Commission of Inquiry for Lebanon": a name's own complement
    lowered = [w.lower() if _is_capitalised(w) and not _is_name(w, doc) else w for w in words]
    return lowered if lowered != words else None


def is_prose_reading(prose: Ref, lowered: list[str] | None) -> bool:
    """Return whether the lower-case reading of a headline phrase is the one to keep.

    "Turkish bombardment" names Turkey; another unknown name ("other") does not, and
    the phrase keeps what it was read as before. A weapon or an attack is no one's name
    ("Twin Car Bombs Kill 32", "Terrorist Rocket Attacks Kill 10"): read in lower case it
    names no one yet, and its owner ("terrorist") or the story names its doer later, as
    for the same words in prose.
    """
    if lowered is None:
        return False
    if prose.actor_type == UNRESOLVED:
        words = head_words(" ".join(lowered))
        return bool(words) and is_attack_head(words[-1].lower())
    return prose.actor_type != "other"


def weapon_owner_words(lowered: list[str] | None) -> list[list[str]]:
    """Return the runs of words before a headline weapon's head that may name its owner.

    "terrorist rocket attacks" -> [terrorist rocket], [terrorist] (the longest first);
    [] for a phrase that is no weapon or attack ("liberation front").
    """
    words = head_words(" ".join(lowered or []))
    if not words or not is_attack_head(words[-1].lower()):
        return []
    return [words[:end] for end in range(len(words) - 1, 0, -1)]


def _is_name(word: str, doc: Document) -> bool:
    return doc.known_name([word]) is not None or doc.gaz.lookup(word) is not None


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and "-" not in word
