"""A toll's count the parser hung on the next word: whom a harm verb hurt (private).

Agency copy tells a toll as a bare count right after the harm verb, and without commas
the small model hangs the count on whatever follows it: a time ("a car bomb killed nine
and wounded 30 Friday": "30" becomes a modifier of "Friday"), or the subject of the
attribution ("... and injured at least 40 a monitor said": "40" modifies "monitor").
The verb is then left with no object and the event with no target, though the count is
whom it hurt, as in "wounded 30 people". The count is the target; a noun the count
plainly belongs to ("killed 12 soldiers") stays in its phrase, a time or a word after a
determiner does not.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import HURT_VERBS, TIME_LABELS, WEEKDAYS, word_set
from .spans import child, np_span

__all__ = ["stray_count"]

# Words that hedge a count before it: "at least 40", "more than 200", "nearly 90".
_HEDGES = word_set(
    "at least more than over nearly almost about around some roughly approximately up to "
    "another further"
)
_MAX_HEDGES = 2
# Entity labels of numbers that are no head count: "killed 90 minutes later", "40%".
_NO_COUNT = TIME_LABELS | word_set("PERCENT MONEY ORDINAL QUANTITY")
# Words of a time the count may be hung on: "wounded 30 Friday", "hours after".
_TIME_NOUNS = WEEKDAYS | word_set(
    "minute minutes hour hours day days week weeks month months year years night morning "
    "evening afternoon today yesterday"
)
# How the words between a count and its own noun hang: "12 Syrian army soldiers".
_NOUN_PARTS = frozenset({"compound", "amod", "nmod", "nummod", "quantmod"})


def stray_count(verb: Token) -> list[Span]:
    """Return the count right after an active harm verb that has no object, else ``[]``.

    "Bombers killed nine and wounded 30 Friday" -> "30" for "wounded"; "shelling injured
    at least 40 a monitor said" -> "at least 40"; not "was killed 3 days ago" (a passive
    and a time), nor "killed 12 soldiers" (the object is read already).
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HURT_VERBS:
        return []
    if child(verb, "dobj") is not None or _is_passive(verb):
        return []
    count = _count_after(verb)
    if count is None or count.ent_type_ in _NO_COUNT and not _is_hung_on_time(count):
        return []
    start = verb.i + 1
    return [verb.doc[start : _count_end(count)]]


def _is_passive(verb: Token) -> bool:
    # "nine were killed 3 days ago", "people wounded 2 days ago": the count is no object.
    if any(k.dep_ in {"auxpass", "nsubjpass"} for k in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod", "relcl"}


def _count_after(verb: Token) -> Token | None:
    """Return the number just after ``verb`` past at most two hedge words, else None."""
    end = min(verb.i + 2 + _MAX_HEDGES, verb.sent.end)
    for tok in verb.doc[verb.i + 1 : end]:
        if tok.like_num and tok.pos_ == "NUM":
            return tok
        if tok.lower_ not in _HEDGES:
            return None
    return None


def _is_hung_on_time(count: Token) -> bool:
    # "wounded 30 Friday" is read as one date: the count is no part of the time.
    return count.head.i > count.i and count.head.lower_ in _TIME_NOUNS


def _count_end(count: Token) -> int:
    """Return where the count's phrase ends: after its own noun, else after the number."""
    noun = count.head
    if noun.i <= count.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return count.i + 1
    if noun.lower_ in _TIME_NOUNS or noun.ent_type_ in TIME_LABELS:
        return count.i + 1  # "wounded 30 Friday", "wounding 90 hours after the deal"
    between = count.doc[count.i + 1 : noun.i]
    if any(tok.dep_ not in _NOUN_PARTS for tok in between):
        return count.i + 1  # "injured 40 a monitor said": a determiner starts a new phrase
    of = next((k for k in noun.rights if k.dep_ == "prep" and k.lower_ == "of"), None)
    whole = child(of, "pobj") if of is not None and of.i == noun.i + 1 else None
    # "killing at least 30 members of the garrison" -> the members of the garrison
    return np_span(whole).end if whole is not None else noun.i + 1
