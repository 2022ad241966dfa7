"""Where English puts a comma that comma-stripped text left out.

Read from the words alone (before any parse, so it costs next to nothing): closed
word classes (:mod:`.commawords`), capitals, numbers and sentence edges. Each rule
names a construction whose comma the parser needs to bracket it, and is written to
rather miss a comma than put one where edited English would not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .commaasides import according, apposition, elaboration, opening_apposition
from .commasentence import Sentence, is_count, is_word
from .commawords import (
    ASPECT_VERBS,
    CONNECTIVES,
    DETERMINERS,
    EFFECT_PARTICIPLES,
    INTRO_PREPOSITIONS,
    LEADING_CONJUNCTIONS,
    MONTHS,
    PREPOSITIONS,
    SPEAKER_MODIFIERS,
    SPEAKERS,
    SPEAKING_BODIES,
    SPEECH_ADVERBS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    TAIL_CONTINUATIONS,
    TIME_WORDS,
    TITLES,
)

_ENDS = frozenset(".!?")
_QUOTES = frozenset("\"'“”‘’")
_DEMONYM_ENDS = ("i", "an", "ese", "ish", "ch")
# Words of a speaker's title and name: "Norway's foreign minister", "army spokesman Ali Omar".
_IN_NAMES = TITLES | SPEAKER_MODIFIERS | SPEAKING_BODIES | {"'s", "’s", "-"}
_SUBJECTS = DETERMINERS | SUBJECT_PRONOUNS | {"it", "there"}


def comma_sites(words: list[str]) -> Iterator[tuple[int, str]]:
    """Yield ``(token index, rule)``: a comma belongs right after that token.

    Args:
        words: The token texts of a document (whitespace tokens included).
    """
    lows = [word.lower() for word in words]
    found: dict[int, str] = {}
    for start, end in _stretches(words):
        sent = Sentence(words, lows, start, end)
        for name, rule in RULES:
            for i in rule(sent):
                found.setdefault(i, name)
    for i in sorted(found):
        if _takes_comma(words, i):
            yield i, found[i]


def _stretches(words: list[str]) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of sentence-like stretches: split at stops and line breaks."""
    start = 0
    for i, word in enumerate(words):
        if word in _ENDS or "\n" in word:
            yield from _trimmed(words, start, i)
            start = i + 1
    yield from _trimmed(words, start, len(words))


def _trimmed(words: list[str], start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and not words[start][:1].isalnum():
        start += 1
    while end > start and not words[end - 1][-1:].isalnum():
        end -= 1
    if end - start >= 4:
        yield start, end


def _takes_comma(words: list[str], i: int) -> bool:
    """Return whether a comma can follow word ``i``: a word followed by a word (or quote)."""
    return (
        i + 1 < len(words)
        and is_word(words[i])
        and (words[i + 1][:1].isalnum() or words[i + 1] in _QUOTES)
    )


def _intro(sent: Sentence) -> Iterator[int]:
    """A sentence-initial phrase: "On Tuesday, Russian jets ...", "Meanwhile, the army ..."."""
    s, lows = sent.start, sent.lows
    if lows[s] in LEADING_CONJUNCTIONS and s + 1 < sent.end:
        s += 1  # "But on Monday, ..."
    if lows[s] in CONNECTIVES and s + 1 < sent.end:
        following = lows[s + 1]
        if following not in PREPOSITIONS and following not in TIME_WORDS:
            yield s
            return
        if following in PREPOSITIONS:  # "Earlier on Monday": the phrase starts again
            s += 1
    word = sent.words[s]
    participle = word[:1].isupper() and word.endswith(("ing", "ed")) and len(word) > 5
    if lows[s] in INTRO_PREPOSITIONS or lows[s] in CONNECTIVES or participle:
        if lows[s : s + 2] == ["at", "least"]:
            return
        end = _phrase_end(sent, s)
        if end is not None:
            yield end


def _phrase_end(sent: Sentence, s: int, limit: int = 12) -> int | None:
    """Return the last word of an opening phrase, where its clause's subject begins."""
    lows = sent.lows
    for j in range(s, min(sent.end - 1, s + limit)):
        if j > s and sent.is_verb(j):
            return None  # a clause ("After the army entered the town ..."): not read here
        if not sent.is_content(j):
            continue
        low, nxt = lows[j], lows[j + 1]
        if _is_time(low, lows[j - 1]):
            if _continues_time(nxt, sent.words[j + 1]):
                continue  # "Earlier this week", "On Tuesday morning"
            return j
        if low.endswith("ing"):
            continue  # "After killing the men, ...": its object follows
        if nxt in _SUBJECTS or (nxt.isdigit() and low not in MONTHS and not low.isdigit()):
            return j
        if sent.words[j].islower() and low not in _IN_NAMES and _named_subject(sent, j + 1):
            return j  # "In a statement, Freedonia said" (not "on state TV Barazi said")
    return None


def _named_subject(sent: Sentence, i: int) -> bool:
    """Return whether a name starting at word ``i`` is followed by a verb (its predicate)."""
    last = i
    while last < sent.end and last - i < 4 and sent.is_name(last):
        last += 1
    return i < last < sent.end and (sent.is_verb(last) or sent.lows[last] in SPEECH_VERBS)


def _is_time(low: str, before: str) -> bool:
    return low in TIME_WORDS or (low.isdigit() and (len(low) == 4 or before in MONTHS))


def _continues_time(low: str, word: str) -> bool:
    """Return whether a word goes on with a time phrase ("Tuesday morning", "in May 2016")."""
    return (
        low in TIME_WORDS
        or low.isdigit()
        or low in PREPOSITIONS
        or low in ("and", "or", "'s")
        or not word[:1].isalnum()
    )


def _report_tail(sent: Sentence) -> Iterator[int]:
    """A speaker closing a sentence: "... killing five, the Observatory said (on Tuesday)."""
    for v in range(sent.end - 1, sent.start + 2, -1):
        if sent.lows[v] in SPEECH_VERBS and sent.words[v].islower():
            break
    else:
        return
    stop = _tail_end(sent, v + 1)
    speaker = None if stop is None else _speaker_start(sent, v)
    if stop is None or speaker is None or speaker < sent.start + 3:
        return
    site = speaker - 1
    if sent.words[site] in _QUOTES:
        site -= 1
    if sent.is_content(site):
        yield site
    if stop < sent.end and sent.is_content(stop - 1):
        yield stop - 1  # "..., the ministry said, adding that ..."


def _tail_end(sent: Sentence, i: int) -> int | None:
    """Return where the words after a closing speech verb stop saying whom, when or how.

    "told AFP on Monday." ends the sentence; "said on Monday, adding that ..." and
    "said, and ..." go on with a clause of their own (its first word is returned);
    anything else (a complement: "said the army left") gives None.
    """
    lows, end = sent.lows, sent.end
    while i < end and (sent.is_name(i) or lows[i] in ("reporters", "journalists")):
        i += 1
    while i < end:
        low = lows[i]
        if low in TIME_WORDS or low.isdigit():
            i += 1
        elif low in PREPOSITIONS and low != "that":
            i += 1
            if i < end and lows[i] in DETERMINERS:
                i += 1
            words = 0
            while i < end and lows[i] not in PREPOSITIONS and sent.is_content(i) and words < 3:
                i, words = i + 1, words + 1
            if words == 0 or (i < end and sent.is_verb(i - 1)):
                return None
        else:
            return i if low in TAIL_CONTINUATIONS and i + 1 < end else None
    return i


def _speaker_start(sent: Sentence, v: int) -> int | None:
    """Return where the subject of a closing speech verb begins."""
    k = v - 1
    while k > sent.start and sent.lows[k] in SPEECH_ADVERBS:
        k -= 1
    start = _phrase_start(sent, k)
    if start is not None and start - 2 > sent.start and sent.lows[start - 1] == "and":
        return _phrase_start(sent, start - 2)  # "the monitor and a medic said"
    return start


def _phrase_start(sent: Sentence, k: int) -> int | None:
    """Return where the speaker's noun phrase ending at word ``k`` begins."""
    lows = sent.lows
    if lows[k] in SUBJECT_PRONOUNS:
        return k
    if lows[k] in SPEAKERS and lows[k - 1] not in ("'s", "’s") and lows[k - 1] not in DETERMINERS:
        while k - 1 > sent.start and lows[k - 1] in SPEAKER_MODIFIERS:
            k -= 1
        # "... from Iraq, witnesses said", but "Thai military sources" are one phrase
        return None if lows[k - 1].endswith(_DEMONYM_ENDS) else k
    first = k
    while first > sent.start and (sent.is_name(first) or lows[first] in _IN_NAMES):
        first -= 1
    if first < k and sent.is_content(first) and not sent.is_name(first):
        if first == sent.start or sent.words[first - 1] in _QUOTES:
            return first  # '..." militia spokesman Redur Xelil said'
        named = any(sent.is_name(i) for i in range(first + 1, k + 1))
        for det in (first - 1, first - 2):  # "a port official", "a senior army officer"
            if not named and lows[det] in DETERMINERS and sent.is_content(det + 1):
                return det
        return first + 1  # "... the deal, chief negotiator Saeb Erakat said"
    for d in range(k, max(sent.start, k - 8), -1):
        if lows[d] in DETERMINERS:
            return d
        if sent.is_verb(d) or (not sent.is_content(d) and lows[d] not in ("of", "for")):
            break
    return None


def _effect_adjunct(sent: Sentence) -> Iterator[int]:
    """A participle of effect after its clause: "shelled the town, killing five"."""
    lows = sent.lows
    for i in range(sent.start + 2, sent.end - 1):
        low, before = lows[i], lows[i - 1]
        effect = low in EFFECT_PARTICIPLES or (
            low == "claiming" and lows[i + 1 : i + 3] in (["the", "life"], ["the", "lives"])
        )
        if (
            effect
            and sent.is_content(i - 1)
            and before not in ASPECT_VERBS
            and not before.endswith("ing")
            and _opens_object(sent, i + 1)
        ):
            yield i - 1


def _opens_object(sent: Sentence, i: int) -> bool:
    """Return whether word ``i`` can begin an object ("five", "at least 20", not "of")."""
    low = sent.lows[i]
    if low in PREPOSITIONS:
        after = sent.lows[i + 1] if i + 1 < sent.end else ""
        return after in ("least", "most") or is_count(after)  # "killing at least 20"
    return sent.words[i][:1].isalnum()


RULES: tuple[tuple[str, Callable[[Sentence], Iterator[int]]], ...] = (
    ("opening phrase", _intro),
    ("closing speaker", _report_tail),
    ("effect participle", _effect_adjunct),
    ("apposition", apposition),
    ("opening apposition", opening_apposition),
    ("elaboration", elaboration),
    ("according to", according),
)
