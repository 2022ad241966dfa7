"""Page furniture: text of a page that is not its story (private to extract).

Scraped pages keep their links, share buttons, tag lists, comment boxes, copyright
lines and credits, run into the story's sentences with no full stop: "Read more",
"Tags: Yemen Taiz", "... 48 Related Rebels Shell the Airport Talks Resume ...",
"Community standards Comment via Facebook". A verb inside furniture gives no event,
and no actor or target may start in it (:mod:`.noise`, :mod:`.screen`).
"""

from __future__ import annotations

import re

from ..ingest.cards import card_breaks
from ..ingest.header import tags_end

__all__ = ["furniture_spans"]

# Page furniture: link labels, share buttons, tag lists, copyright lines, credits of the
# story and its photos ("Agencies contributed to this report", "Editing by ...", "(AFP Photo)").
_FURNITURE = re.compile(
    r"\b(?:read\s+more(?:\s+(?:here|about|on|at))?|(?:read|see)\s+also|also\s+read"
    r"|click\s+(?:here(?:\s+to\s+\w+)?|to\s+\w+)(?:\s*[-–—:]\s[^.]*)?|pic\.twitter\.com/?\S*"
    r"|get\s+short\s+url|short\s+url|tags?\s*:[^.]*|all\s+rights\s+reserved"
    r"|copyright\s+(?:©\s*)?\d{4}|follow\s+us\s+on\s+\w+|share\s+(?:this|on)\s+\w+"
    r"|sign\s+up\s+for\s+\w+(?:\s+\w+)?|print\s+tweet"
    r"|coded\s+as\b[^.]*|contributed\s+to\s+(?:this|the)\s+report"
    r"|(?:additional\s+)?(?:reporting|editing|writing)\s+by\b[^.;]*|\(\s*\w+\s+photos?\s*\)"
    # a gloss after a group's name: "Daesh (banned in Russia)" without its brackets, "both
    # outlawed in Freedonia and several other states" (a clause says "was banned in").
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbe\s)"
    r"\b(?:both\s+|all\s+)?(?:banned|outlawed|prohibited|proscribed)\s+in\s+(?-i:[A-Z])[\w-]*"
    r"(?:\s+and\s+(?:a\s+(?:range|number)\s+of\s+|many\s+)?other\s+(?:states|countries))?)",
    re.IGNORECASE,
)
# A list of links to other stories runs to the end of its sentence: "Related News Rebels
# shell the airport | Talks resume in Geneva ..."; so does a menu ("Home | World | ...").
_LINK_LIST = re.compile(
    r"\b(?:(?:related|more|other|recommended)\s+(?:news|articles?|links?|stories|topics|content)"
    r"|related\s+coverage)\b.*"
    r"|^.*(?:\s\|\s.*){2,}$",
    re.IGNORECASE | re.DOTALL,
)
# A tag list: "Tags Yemen Taiz airstrikes ...". Where it ends is not written: where the
# story it opens starts when that is found (see graph.ingest.taglists); at the end of a
# sentence with no sentence after it (a page's last words); else the label alone, so
# that no phrase may start with it.
_TAGS = re.compile(r"(?<![\w-])Tags:?\s+(?=\S)")
# The end of a page: a list of other stories at a sentence's start or after a count of
# views or comments or a topic label ("... 48 Related Rebels Shell the Airport ..."), a
# comment box; each runs to the end of its sentence. (After a share bar, "Views 210
# Related ...", the list ends at the story's lead: see .residue.share_bar.)
_PAGE_END = re.compile(
    r"(?:^|(?<=\d\s)|(?<=\)\s)|(?<=\.\.\.\s))Related:?\s+(?!to\b)(?=[A-Z0-9\"“]).*"
    r"|\bCommunity\s+standards\b.*|\bComment\s+via\s+[A-Z]\w*.*",
    re.DOTALL,
)
_SHARE_COUNT = re.compile(r"\bviews\s+\d+\s*$", re.IGNORECASE)
# A topic label and its count of stories: "Topic Battle for the Dam (75)".
_TOPIC = re.compile(r"\bTopic\s+[A-Z][^()]{1,80}\(\d+\)")
# A link: "https://t.ly/x1", "www.example.com/a"; scraped, it may lose its colon and
# slashes ("httpst.lyx1").
_URL = re.compile(r"\bhttps?\S+|\bwww\.\S+")
# An aside in parentheses, short enough not to be a whole sentence in brackets.
_ASIDE = re.compile(r"\([^()]{1,80}\)")
_PAGE = (_TOPIC, _URL)


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Return the character spans of page furniture and asides in ``text``.

    Furniture: "Read more", "Tags: ...", the links, tags and comment box closing a page,
    a card of another story (:mod:`graph.ingest.cards`), a link. An aside in
    parentheses ("Daesh (banned in Russia)", "the Western Desert (Badia)") glosses a
    name and reports no event.
    """
    found = [match.span() for match in _FURNITURE.finditer(text)]
    found += [match.span() for match in _LINK_LIST.finditer(text)]
    found += [match.span() for pattern in _PAGE for match in pattern.finditer(text)]
    found += [
        end.span()
        for end in _PAGE_END.finditer(text)
        if not _SHARE_COUNT.search(text, 0, end.start())
    ]
    found += card_breaks(text)  # a card of another story: a photo credit and a headline
    found += [_tag_list(text, label.start(), label.end()) for label in _TAGS.finditer(text)]
    return found + [match.span() for match in _ASIDE.finditer(text)]


def _tag_list(text: str, start: int, words: int) -> tuple[int, int]:
    """Return the span of a tag list whose label starts at ``start``, its tags at ``words``."""
    end = tags_end(text, start)
    if end is None and not re.search(r"[.!?]", text[words:]):
        end = len(text)  # the page's last words: "... Tags Yemen shelling Comment via ..."
    return start, end if end is not None else words
