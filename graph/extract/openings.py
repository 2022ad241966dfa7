"""Where a sentence's page opening ends: dateline, tag, byline, wire line, photo credit.

A page's first sentence opens with its dateline ("Wed 05 Apr 2017", "Friday 21 Nov
2014 10:13", "Posted on May 2 2019 by Jane Doe"), a tag ("UPDATED", "URGENT"), a
wire line ("MOSCOW (Sputnik) -") or a photo's credit ("Sputnik Yuri Petrov"); its
words are no one's name and no event's (private to extract, see :mod:`.noise`).
"""

from __future__ import annotations

import re

from ..ingest.header import AGENCY

__all__ = ["DAY", "MONTH", "opening_end", "squash"]

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
# A dateline that opens a page: "Wed 05 Apr 2017", "Sat Nov 18 2017", "17 August 2016",
# "Published July 4 2015", "Date of publication 27 November 2017", "Last updated at ...",
# "Posted on May 2 2019", with its clock time ("at 1130").
_DATELINE = re.compile(
    rf"^\s*(?:(?:published|posted(?:\s+on)?|updated|last\s+updated(?:\s+at)?"
    rf"|date\s+of\s+publication)\s*:?\s*)?"
    rf"(?:(?:{DAY}\s*,?\s*)?(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}})\s*,?\s+\d{{4}}"
    rf"(?:\s+at\s+\d{{1,2}}:?\d{{2}})?"
    # the rest of a date the sentence splitter cut off: "May 2019 army raids killed ..."
    rf"|{MONTH}\s+\d{{4}}(?=\s+[A-Z0-9]))\s*",
    re.IGNORECASE,
)
# A wire-service dateline: "MOSCOW (Sputnik) -", "BEIRUT (Reuters)".
_WIRE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,40}\s*\([A-Za-z][\w .&-]{0,30}\)\s*(?:-|—|–)?\s*")
# A page's tag in capitals before its headline: "UPDATED Jets pound ...", "URGENT 19 killed",
# or the label of the headline, scraped with it: "04-05-2021 title: Jets Pound Town".
_TAG = re.compile(r"(?:UPDATED|URGENT|BREAKING|EXCLUSIVE|title:)\s+(?=[A-Z0-9])")
# A photo's credit before a headline: an agency, then its photographer's name.
_PHOTO_CREDIT = re.compile(rf"\s*(?:©\s*)?{AGENCY}\s*/?\s*(?=[A-Z])")
_NAME_WORD = re.compile(r"[A-Z][\w'-]*")
# A byline after a dateline: "Posted on May 2 2019 by Jane Doe <headline>".
_BYLINE = re.compile(r"by\s+(?=[A-Z])")
_WORD = re.compile(r"[a-z0-9]+")


def squash(text: str) -> list[str]:
    """Return the lower-case words of ``text``, for comparing a headline with its title."""
    return _WORD.findall(text.lower())


def opening_end(text: str, title_words: list[str]) -> int:
    """Return where a sentence's dateline, tag, wire line or photo credit ends (0 if none).

    "Sputnik Yuri Petrov Jets Pound Hama" with the title "Jets Pound Hama": a
    photo's credit (an agency and its photographer) before the headline; a dateline
    ends after its byline when the headline follows ("Posted on May 2 2019 by Jane
    Doe Jets Pound Hama") and after a tag ("Sat 4 May 2019 URGENT Jets Pound Hama").
    """
    dateline = _DATELINE.match(text) or _WIRE.match(text)
    if dateline is not None:
        byline = _BYLINE.match(text, dateline.end())
        named = _title_after_names(text, byline.end(), title_words) if byline else None
        return named or _tag_end(text, dateline.end())
    credit = _PHOTO_CREDIT.match(text)
    named = _title_after_names(text, credit.end(), title_words) if credit else None
    return named or _tag_end(text, 0)


def _tag_end(text: str, at: int) -> int:
    found = _TAG.match(text, at)
    return found.end() if found is not None else at


def _title_after_names(text: str, at: int, title_words: list[str]) -> int | None:
    """Return where the headline starts after the names at ``at`` (a byline, a credit).

    "Posted on May 2 2019 by Jane Doe Jets Pound Hama" with the title "Jets Pound
    Hama": the byline's names run to the headline's first word.
    """
    if len(title_words) < 3:
        return None
    for name in _NAME_WORD.finditer(text, at, at + 60):
        if squash(text[name.end() :])[: len(title_words)] == title_words:
            return name.end() + len(text[name.end() :]) - len(text[name.end() :].lstrip())
    return None
