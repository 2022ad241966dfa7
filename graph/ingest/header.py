"""Where a news page's story starts after its header: dateline, headline, credit, share bar.

Scraped pages run their header into the story's first sentence, with no line break
and often no full stop: "Published March 2 2019 Shelling of ... killed 12",
"Rebels shell the airport Beirut AFP Monday 3 May 2021 Rebels shelled ...",
"02.03.2019(updated 1108 02.03.2019) Get short URL 0 12 Militia forces seized ...".
Parsed as one sentence, the header's words become the lead's subject or object
("Mar 022019 Tunis Army strike ..."). :func:`lead_start` finds where
the lead begins so that the parser can read it as a sentence of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cards import card_breaks
from .restated import has_clause, restated_start
from .taglists import tag_list_end

__all__ = ["AGENCY", "DAY", "MONTH", "header_breaks", "lead_start", "tags_end", "title_end"]

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
AGENCY = r"(?:AFP|AP|Reuters|SANA|NNA|TASS|Sputnik|Anadolu|DPA|Xinhua|UPI|IRNA|KUNA|WAM|Agencies)"
# A date: "Wednesday 10 Aug 2016", "Sat Nov 12 2016", "Feb 022015" (a comma-less
# "Feb 02,2015"), "16.04.2017", "05-09-2013", with a clock time ("21:09", "at 1130",
# "1130"; a number of three digits is a count: "Apr 15 2016 150 Gunmen Killed").
_DATE = (
    rf"(?:{DAY}\s*,?\s*)?(?:\d{{1,2}}\s+{MONTH}\s*,?\s*\d{{4}}|{MONTH}\s+\d{{1,2}}\s*,?\s*\d{{4}}"
    rf"|\d{{1,2}}[.-]\d{{1,2}}[.-]\d{{4}})(?:\s+(?:at\s+\d{{1,2}}:?\d{{2}}|\d{{1,2}}:\d{{2}}|\d{{4}})(?!\d)(?:\s+(?:UTC|GMT)(?:[+-]\d{{1,2}})?)?)?"
)
# A dateline opening the page, with its label and what the site prints after it:
# "Date of publication 4 March 2019", "Posted on May 9 2018 by Jane Doe",
# "Last updated at Mar 042019 TUNIS", "04.03.2019) Get short URL 512",
# "04.03.2019(updated 0815 04.03.2019) Get short URL 77".
_DATELINE = re.compile(
    rf"\s*(?:(?:published|posted(?:\s+on)?|updated|last\s+updated(?:\s+at)?"
    rf"|date\s+of\s+publication)\s*:?\s*)?{_DATE}"
    rf"(?:\s*\(updated[^()]{{0,40}}\))?\)?"
    # the label of the page's video or pictures: "Date of publication 4 May 2021 Video ...",
    # or of its headline, scraped with it: "04-05-2021 title: Jets Pound ..."
    rf"(?:\s+(?-i:(?:Video|VIDEO|Photos|PHOTOS|Gallery|Watch|Audio)\b(?=\s+[A-Z0-9]))"
    rf"|\s+(?-i:title):(?=\s+[A-Z0-9]))?",
    re.IGNORECASE,
)
# A site's link line: "Get short URL 0 87", "Get short URL Topic Violence Erupts (1881) 0 25".
_SHORT_URL = re.compile(
    r"\s*get\s+short\s+url(?:\s+topic\s[^()]{1,80}\(\d+\))?(?:\s+\d+)*", re.IGNORECASE
)
_SHORT_URL_ANYWHERE = re.compile(_SHORT_URL.pattern.removeprefix(r"\s*"), re.IGNORECASE)
# A byline after the dateline: "by Youssef Diab"; the headline after it shows where it ends.
_BYLINE = re.compile(r"\s+by((?:\s+[A-Z][\w.'-]*){1,4})")
# An agency credit after a headline: "AFP", "Tunis AFP Monday 4 Mar 2019", "Reuters 3 May 2021".
# After the date, the agency may come, with the place it writes from: "... 3 May 2021 Kano
# AFP - Gunmen ...", "... 3 May 2021 AFP Gunmen ..." ("... 3 May 2021 AFP reporters said":
# the agency is the lead's own word).
_DATED_AGENCY = rf"(?:[A-Z][\w-]*\s+)?{AGENCY}(?:\s*[-–—]\s*(?=[A-Z])|(?=\s+[A-Z]))"
# An agency's credit right after the dateline, with the site's section or the place it
# writes from, and a dash: "Mon 3 May 2021 at 1130 Regional AFP - Gunmen stormed ...".
_SECTION_CREDIT = re.compile(rf"\s+(?:[A-Z][\w-]*\s+)?{AGENCY}\s*[-–—](?=\s*[A-Z])")
_CREDIT = re.compile(
    rf"\s*,?\s+(?:(?:[A-Z][\w-]*\s+)?{AGENCY}(?:\s+(?i:{_DATE}))?(?=\s)"
    rf"|(?i:{_DATE})(?:\s*,?\s+{_DATED_AGENCY}|(?=\s)))"
)
# A share bar and its list of other stories' headlines, up to the lead's opener.
_SHARE_BAR = re.compile(r"\s+print\s+tweet(?:\s+views\s+\d+)?(\s+related\b)?", re.IGNORECASE)
_LEAD_OPENER = re.compile(
    r"(?<![\w-])(?:A|An|The|At\s+least|Nearly|More\s+than|Some|About|Around|Dozens|Hundreds)\s"
)
# A wire-service place line in capitals: "BEIRUT", "DEIR EZ-ZOR (Syria)", "MOSCOW (Sputnik) -".
_PLACE_LINE = re.compile(
    r"\s+[A-Z][A-Z'-]{2,}(?:\s+[A-Z][A-Z'-]+)*(?:\s*\([\w .]{1,30}\))?(?:\s+[-—–])?"
)
# A credit with its full date, wherever the headline before it ends: "... AFP Sunday 29 Jun 2014".
_DATED_CREDIT = re.compile(rf"\b{AGENCY}\s+(?i:{_DATE})(?=\s)")
_WORD = re.compile(r"[a-z0-9]+")
# Words of a headline, and the small words title case keeps in lower case.
_TITLE_WORD = re.compile(r"[A-Za-z][\w'-]*")
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "to", "in", "on", "of", "at", "for", "by", "with", "from"}
    | {"as", "after", "over", "near", "despite", "against", "into"}
)
# How far into a page its header may run.
_HEADER_CHARS = 400


def lead_start(text: str, title: str = "") -> int:
    """Return the offset in ``text`` where the story starts after its page header, 0 if none.

    The header is a dateline (with a byline, a "Get short URL" line or a place line in
    capitals), the page's headline (``title``) and its agency credit, and a share bar
    with its list of related stories. Only a header that is followed by the start of a
    sentence (a capital, a digit or a quote) is skipped.

    Args:
        text: An article's text.
        title: Its headline, when known ("Rebels shell the airport | Site name").
    """
    end = _match_end(_SHORT_URL, text, _match_end(_DATELINE, text, 0))
    dated = end > 0
    headline = _headline_end(text, end, title)
    if headline == end and dated:
        headline = _bylined_headline_end(text, end, title)
    if headline == end and dated:
        end = _match_end(_SECTION_CREDIT, text, end)
    if headline > end:
        end = _match_end(_CREDIT, text, headline)
    elif not dated:
        # a headline that differs from the page's title still ends at its dated credit.
        credit = _DATED_CREDIT.search(text, 0, _HEADER_CHARS)
        end = credit.end() if credit is not None else 0
    # "Get short URL" closes a header wherever it is ("... Tunis Agency Jane Doe
    # Africa 0915 04.03.2019Get short URL 512 The army ...").
    url = _SHORT_URL_ANYWHERE.search(text, 0, _HEADER_CHARS)
    end = max(end, url.end() if url is not None else 0)
    end = _share_bar_end(text, end)
    place = _PLACE_LINE.match(text, end) if end and dated else None
    if (
        place is not None
        and re.match(r"\s+(?:[A-Z][a-z]|A\s)", text[place.end() :])
        and not _title_case_after(text, place.end())
    ):
        end = place.end()
    end = len(text[:end].rstrip())
    return end if end and _opens_sentence(text, end) else 0


def title_end(text: str, title: str) -> int:
    """Return where the page's headline ends when ``text`` opens with it, else 0.

    The headline may follow a dateline or a byline: "Mon 3 May 2021 Jets Pound Town
    Rebels said ..." with the title "Jets Pound Town" -> the end of "Town".
    """
    start = _match_end(_SHORT_URL, text, _match_end(_DATELINE, text, 0))
    end = _headline_end(text, start, title)
    if end == start and start:
        end = _bylined_headline_end(text, start, title)
    return end if end > start else 0


def _title_case_after(text: str, at: int) -> bool:
    """Return whether the words after ``at`` are in title case, as a headline's are.

    "Mon 3 May 2021 ISIL Kills 20 Fighters in Raqqa": the capitals after the date
    are the headline's subject, not a wire place line ("BEIRUT Rebels shelled the ...",
    whose story runs in sentence case). Function words are not counted.
    """
    words = [w for w in _TITLE_WORD.findall(text, at, at + 120) if w not in _SMALL_WORDS][:6]
    return sum(1 for w in words if w[0].isupper()) * 2 > len(words)


def _match_end(pattern: re.Pattern[str], text: str, at: int) -> int:
    found = pattern.match(text, at)
    return found.end() if found is not None else at


def _headline_end(text: str, at: int, title: str) -> int:
    """Return where ``title`` ends when ``text`` repeats it at ``at`` (else ``at``)."""
    words = _WORD.findall(re.split(r"\s[|–—-]\s", title)[0].lower())
    if len(words) < 3:
        return at
    end = at
    for word in words:
        found = _word_after_punctuation(word).match(text, end)
        if found is None or not _whole_word(text, found.end()):
            return at
        end = found.end()
    return end


@lru_cache(maxsize=4096)
def _word_after_punctuation(word: str) -> re.Pattern[str]:
    """Return the pattern of ``word`` after any punctuation, compiled once per word.

    A title's words are too many for :mod:`re`'s own cache of compiled patterns.
    """
    return re.compile(r"[^a-z0-9]*" + re.escape(word), re.IGNORECASE)


def _bylined_headline_end(text: str, at: int, title: str) -> int:
    """Return where ``title`` ends after a byline ("by Youssef Diab <title>"), else ``at``."""
    byline = _BYLINE.match(text, at)
    if byline is None:
        return at
    for name_end in (m.end() for m in re.finditer(r"\s+\S+", byline.group(1))):
        start = byline.start(1) + name_end
        end = _headline_end(text, start, title)
        if end > start:
            return end
    return at


def _whole_word(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum()


def _share_bar_end(text: str, at: int) -> int:
    found = _SHARE_BAR.match(text, at)
    if found is None:
        return at
    if found.group(1) is None:
        return found.end()
    lead = _LEAD_OPENER.search(text, found.end())
    return lead.start() if lead is not None else at


def _opens_sentence(text: str, at: int) -> bool:
    rest = text[at:].lstrip()
    if re.search(r"\n\s*\n", text[: len(text) - len(rest)]):
        return False  # a header on lines of its own is apart already
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“'‘")


# Words that open a story's sentence after a subheading or a tag list: "Girl evacuated
# The ministry said ...", "Bus bombing in Homs Also on Saturday ...".
_OPENER = (
    r"(?:(?:The|A|An|In|On|At\s+least|According\s+to)\s+(?=[a-z0-9])"
    r"|(?:Meanwhile|Elsewhere|Earlier|Later|Also),?\s+(?=\w))"
)
# A subheading run into the next paragraph: one to ten words, the first capitalised. A
# round-up heads each paragraph with its province alone: "Tarsk An army unit shelled ...".
_SUBHEAD = re.compile(rf"[A-Z][\w'-]*(?:\s+[\w'-]+){{0,9}}?\s+(?={_OPENER})")
# A province's heading of one or two capitalised words before a count or "Another" that
# opens the paragraph: "Tarsk Two people were hurt ...", "Tarsk Another woman was ...".
# (A longer heading may end in a count of its own: "Jets Kill Two Wound Three people".)
_PLACE_HEAD = re.compile(
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?=(?:Another|Two|Three|Four|Five|Six|Seven|Eight"
    r"|Nine|Ten|Dozens|Several)\s+[a-z])"
)
# A tag list opening a page: "Tags Aleppo Syria Russia Airstrikes At least 16 people ...".
_TAGS_LABEL = re.compile(r"Tags\s+(?=[A-Z])")
_TAG_LIST = re.compile(rf"Tags(?:\s+[\w'-]+){{1,20}}?\s+(?={_OPENER})")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")


def header_breaks(text: str, title: str = "") -> list[tuple[int, int]]:
    """Return ``(start, lead)`` offsets of headers run into the sentence that follows.

    The page header before the story (:func:`lead_start`), a tag list opening the page,
    a card of another story (:func:`.cards.card_breaks`) and each subheading run into
    its paragraph ("Girl evacuated The ministry said ...", "Children killed in school
    blast In another incident ...", a province alone: "Tarsk An army unit shelled ...",
    "Tarsk Two people were hurt ...") or told again by it (:func:`.restated.restated_start`:
    "Gunmen storm a clinic in Tarsk Gunmen stormed ..."): the text from ``start`` to
    ``lead`` is the header, the story's sentence starts at ``lead``.
    """
    breaks: list[tuple[int, int]] = []
    first = lead_start(text, title)
    if first:
        breaks.append((0, first))
    starts = [0, *(found.end() for found in _SENTENCE_END.finditer(text))]
    for start, stop in zip(starts, [*starts[1:], len(text)], strict=True):
        if start < first:
            continue
        end = _heading_end(text, start)
        if end is None:
            end = restated_start(text, start, stop)  # "... in Tarsk Gunmen stormed ..."
        if end is not None and "\n" not in text[start:end]:  # (a line of its own is apart)
            breaks.append((start, len(text[:end].rstrip())))
    # a card of another story (a photo credit and a headline) or a share link (see .cards)
    breaks += [card for card in card_breaks(text) if card[0] >= first and card not in breaks]
    return sorted(breaks)


def _heading_end(text: str, start: int) -> int | None:
    """Return where a subheading or a tag list at ``start`` ends, or None."""
    tags = text.startswith("Tags", start)
    found = (_SUBHEAD.match(text, start) or _PLACE_HEAD.match(text, start)) if not tags else None
    end = found.end() if found is not None else tags_end(text, start) if tags else None
    if end is None or not tags and has_clause(text[start:end]):
        return None
    return end


def tags_end(text: str, start: int) -> int | None:
    """Return where a tag list at ``start`` ends and the story starts, or None.

    "Tags Yemen Taiz The army said ...": at the opener; with no opener, see
    :func:`.taglists.tag_list_end` ("Tags Yemen Taiz Five fishermen ...").
    """
    found = _TAG_LIST.match(text, start)
    if found is not None:
        return found.end()
    tags = _TAGS_LABEL.match(text, start)
    return tag_list_end(text, tags.end()) if tags is not None else None
