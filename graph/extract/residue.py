"""Page residue glued inside a sentence: credited headlines, share bars, link lists (private).

Scraped news pages run their headline, a credit line and a list of links to other
stories into the first sentence: "Rebels shell the airport Beirut AFP Monday 3 May 2021
Rebels shelled ...", "... Print Tweet Views 210 Related Talks resume in Geneva Floods
hit the coast A car bomb killed ...". The credit (an agency and a date) and the share
bar are the signals; the spans they mark state no event.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..ingest.header import AGENCY, DAY, MONTH
from .lexicon import SPEECH_VERBS

_MONTH, _DAY, _AGENCY = MONTH, DAY, AGENCY
# A credit line: an agency, then a weekday with a day number or a full date ("AFP Monday
# 3 May 2021", "Reuters 3 May 2021", "AP Tuesday 23" when the sentence splitter cut the
# date). Prose says "told AFP on Monday", never an agency glued to a numbered date.
_CREDIT = re.compile(
    rf"\b{_AGENCY}\s+(?:{_DAY}\s*,?\s+\d{{1,2}}(?:\s+{_MONTH}(?:\s*,?\s+\d{{4}})?)?"
    rf"|(?:{_DAY}\s*,?\s+)?{_MONTH}\s+\d{{1,2}}\s*,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH}\s*,?\s+\d{{4}})\b",
    re.IGNORECASE,
)
# A share bar ("Print Tweet Views 210", "Views 1430"); "Related" after it opens a list of
# other stories' headlines.
_SHARE_BAR = re.compile(
    r"\b(?:print\s+tweet(?:\s+views\s+\d+)?|views\s+\d+)(\s+related\b)?", re.IGNORECASE
)
# Headlines drop articles and hedges; a story's lead opens with them ("A car bomb ...",
# "At least 20 people ...", "Nearly 40 soldiers ..."): the first such opener ends a list.
_LEAD = re.compile(
    r"(?<![\w-])(?:A|An|The|At\s+least|Nearly|More\s+than|Some|About|Around|Dozens|Hundreds)\s"
)


# A video's title before the site that hosts it: "Interview on the strikes - YouTube".
_VIDEO_TITLE = re.compile(r"^.{0,200}?\s[-–—|]\s*YouTube\b")


def video_title(text: str) -> tuple[int, int] | None:
    """Return the span of an embedded video's title and its host ("... - YouTube"), or None."""
    found = _VIDEO_TITLE.search(text)
    return (0, found.end()) if found is not None else None


def credited_headline(text: str) -> tuple[int, int] | None:
    """Return the span of a headline and its credit line inside ``text``, or None.

    "Rebels shell the airport Beirut AFP Monday 3 May 2021 Rebels shelled the
    airport on Monday" -> everything up to and including the date.
    """
    found = _CREDIT.search(text)
    return (0, found.end()) if found is not None else None


def credit_start(text: str) -> int | None:
    """Return where a credit line ("AFP Monday 3 May 2021") starts in ``text``, or None."""
    found = _CREDIT.search(text)
    return found.start() if found is not None else None


def share_bar(text: str) -> tuple[int, int] | None:
    """Return the span of a share bar and its link list, or None.

    Share buttons sit under a page's headline: "Rebels storm a prison Print Tweet Views
    210 Related Talks resume in Geneva A car bomb killed ..." -> from "Print" to "A";
    without a lead opener the link list runs to the end of the text. The headline
    above it is the page's own, read as a headline is (see :mod:`.noise`).
    """
    found = _SHARE_BAR.search(text)
    if found is None:
        return None
    if found.group(1) is None:
        return found.span()
    lead = _LEAD.search(text, found.end())
    return found.start(), lead.start() if lead is not None else len(text)


# A full date: "June 5 2016", "5 June 2016".
_FULL_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\s*,?\s+\d{{4}}\b", re.IGNORECASE
)
# Words that credit a photo: "(Reuters Photo)", "in this handout picture", "REUTERS/Name".
_PHOTO_CREDIT = re.compile(r"\b(?:[Pp]hoto|[Hh]andout)\b|\b[A-Z]{2,}/[A-Z]")


def is_caption(sent: Span) -> bool:
    """Return whether ``sent`` is a photo caption: a scene in the simple present, dated.

    "Residents inspect a damaged market in the town June 5 2016." describes a picture;
    the story's events are told in its own sentences. A present-tense report ("the
    ministry says ...") is no caption. A page header parsed apart from the caption
    ("Published July 2 2016 Residents inspect ...") has a root of its own: the caption's
    is the root that spans the most.
    """
    roots = [tok for tok in sent if tok.head.i == tok.i]
    root = max(roots, key=lambda tok: tok.right_edge.i - tok.left_edge.i) if roots else sent.root
    if root.tag_ not in {"VBZ", "VBP"} or root.lemma_.lower() in SPEECH_VERBS:
        return False
    if any(kid.dep_ in {"aux", "auxpass"} for kid in root.children):
        return False
    # a caption's date follows its scene; a dated chronology entry ("March 1 2012 troops
    # seize the district") opens with it and reports an event.
    verb_at = root.idx - sent.start_char
    # (a headline's credit line dates the page, not a picture: "Jets pound X AFP 3 May 2019")
    credits = [found.span() for found in _CREDIT.finditer(sent.text)]
    dated = any(
        found.start() > verb_at and not any(a <= found.start() < b for a, b in credits)
        for found in _FULL_DATE.finditer(sent.text)
    )
    return dated or bool(_PHOTO_CREDIT.search(sent.text))


def is_caption_verb(verb: Token) -> bool:
    """Return whether ``verb`` tells a caption's scene: simple present, no auxiliary."""
    return verb.tag_ in {"VBZ", "VBP"} and not any(
        kid.dep_ in {"aux", "auxpass"} for kid in verb.children
    )
