"""A count of the victims said aside, or a day glued on, is no part of the target (private).

"killed 18 villagers, seven of them children", "wounded 40 people, among them a doctor":
without its commas the aside runs into the victims' phrase ("18 villagers seven of them",
"several people some of them"). The target is the victims; how many of them were
children is detail an event coder leaves out.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import MONTHS, QUANTITY_NOUNS, TIME_LABELS, WEEKDAYS

# Words that open an aside of "them" after a count: "among them", "six of them".
_AMONG = frozenset({"among", "amongst"})
# Words of the count before "of them": "more than half of them", "most of them".
_COUNT_WORDS = frozenset(
    {"many", "most", "some", "all", "half", "several", "few", "none", "both", "majority"}
    | {"more", "less", "fewer", "than", "at", "least", "about", "around", "nearly", "almost"}
    | {"the", "a", "of"}
)


def without_aside(span: Span) -> Span:
    """Return ``span`` up to an aside about "them": "25 civilians six of them" -> "25 civilians".

    A span that would be left without a noun ("six of them" alone) is kept.
    """
    for tok in span:
        if tok.lower_ != "them" or tok.i == span.start:
            continue
        before = span.doc[tok.i - 1]
        if before.lower_ in _AMONG:
            start = before.i
        elif before.lower_ == "of":
            start = before.i
            while start > span.start and _is_count(span.doc[start - 1]):
                start -= 1
        else:
            continue
        head = span.doc[span.start : start]
        if any(t.pos_ in {"NOUN", "PROPN"} and not _is_count(t) for t in head):
            return head
    return span


def _is_count(tok: Token) -> bool:
    return tok.like_num or tok.lower_ in _COUNT_WORDS | QUANTITY_NOUNS


# Words that say when: "Friday", "Saturday evening", "on Sunday" (a date is an entity).
_DAY_WORDS = WEEKDAYS | MONTHS | frozenset({"morning", "afternoon", "evening", "night", "dawn"})
_TIME_PREPS = frozenset({"on", "in", "at", "during", "since"})


# Words of a date the tagger marks ("last year", "early 2011"); other words it marks
# with a date may name a thing ("the dam a week after": "the dam" is no time).
_DATE_WORDS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours"}
    | {"last", "early", "late", "mid", "next", "this", "past", "ago", "yesterday", "today"}
)


def _is_time(tok: Token) -> bool:
    if tok.lower_ in _DAY_WORDS:
        return True
    if tok.like_num and _is_count_before_day(tok):
        return False
    return tok.ent_type_ in TIME_LABELS and (tok.like_num or tok.lower_ in _DATE_WORDS)


def _is_count_before_day(tok: Token) -> bool:
    # "wounded 30 Friday": the tagger marks "30 Friday" as one date, but no date puts a
    # number before a weekday; the number counts whom the verb hurt.
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and after.lower_ in WEEKDAYS


def without_time(span: Span) -> Span | None:
    """Return ``span`` without the time the parser glued to it, None if it is only a time.

    Without commas a day runs into the target: "Friday 19 people" -> "19 people",
    "regime-held western Aleppo Saturday" -> "regime-held western Aleppo", "29 people on
    Sunday including women" -> "29 people"; "last year" is when, not whom.
    """
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (_is_time(doc[start]) or _opens_time(doc[start], end)):
        if doc[start].like_num and start + 1 < end and not _is_time(doc[start + 1]):
            break  # "Friday 19 people": the number counts the people
        start += 1
    if start == end:
        return None
    for tok in doc[start + 1 : end]:
        if tok.i <= span.root.i:
            continue
        if _is_time(tok) or _opens_time(tok, end):
            end = tok.i
            break
    return doc[start:end]


def _opens_time(tok: Token, end: int) -> bool:
    # "on Sunday", "in March" ("at least 11" opens a count, not a time).
    after = tok.doc[tok.i + 1] if tok.i + 1 < end else None
    return tok.lower_ in _TIME_PREPS and after is not None and _is_time(after)
