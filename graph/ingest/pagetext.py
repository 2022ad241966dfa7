"""Turn a page into article text: HTML to plain text, boilerplate lines blanked.

Boilerplate (a repeated title, the byline, the dateline, copyright and
comment-widget lines) is blanked out with spaces rather than cut, so every
character offset an event carries still points into the original text.
Used through :mod:`graph.ingest`, which re-exports :func:`strip_boilerplate`
and :func:`html_to_text`.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
_BYLINE = re.compile(rf"^\s*By\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*$")
_DATELINE = re.compile(
    r"^(\s*(?:[A-Z][A-Z .,'-]{1,40})?\s*\(([A-Za-z][\w .&-]{0,30})\)\s*(?:--|—|–|-)\s*)"
)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved", re.IGNORECASE)
_WIDGET = re.compile(
    r"^\s*(share this (article|story|page)|are you sure you want to delete this comment"
    r"|(show|hide|load|view) (all |more )?comments|post a comment|leave a comment"
    r"|sign up for (our|the) newsletter|click here to|follow us on|read more:?|advertisement"
    r"|related( articles| stories)?:|comments? \(\d+\)|\d+ comments?)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def strip_boilerplate(raw: str) -> tuple[str, dict[str, str]]:
    """Blank out boilerplate lines; return the text and the metadata they held.

    Returns:
        The text, same length as ``raw``, and a dict with ``title``, ``author``,
        ``publisher`` and ``date`` (each possibly empty).
    """
    meta = {"title": "", "author": "", "publisher": "", "date": ""}
    lines = raw.splitlines(keepends=True)
    out: list[str] = []
    for line in lines:
        body = line.rstrip("\r\n")
        cut = _boilerplate_prefix(body, meta)
        out.append(" " * cut + line[cut:])
    return "".join(out), meta


def _boilerplate_prefix(line: str, meta: dict[str, str]) -> int:
    """Return how many leading characters of ``line`` are boilerplate."""
    stripped = line.strip()
    if not stripped:
        return 0
    if not meta["title"] and len(stripped) < 250 and not stripped.endswith((".", "?", "!")):
        meta["title"] = stripped  # the first line that reads like a headline; kept in the text
        return 0
    if stripped == meta["title"]:
        return len(line)  # the headline repeated by the page template
    if (m := _BYLINE.match(line)) and not meta["author"] and len(stripped) < 120:
        meta["author"] = m.group(1).strip()
        return len(line)
    if len(stripped) < 300 and _COPYRIGHT.search(stripped):
        if year := _YEAR.search(stripped):
            meta["date"] = meta["date"] or year.group(0)
        return len(line)
    if len(stripped) < 120 and _WIDGET.match(stripped):
        return len(line)
    if (m := _DATELINE.match(line)) and not meta["publisher"]:
        meta["publisher"] = m.group(2).strip()
        return len(m.group(1))
    return 0


class _TextOfHTML(HTMLParser):
    _BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "article",
        "section",
    }
    _SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def looks_like_html(text: str) -> bool:
    """Return whether ``text`` opens like an HTML page (a doctype or ``<html>`` tag)."""
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def html_to_text(html: str) -> str:
    """Return the readable text of an HTML page, one paragraph per block element."""
    parser = _TextOfHTML()
    parser.feed(html)
    parser.close()
    text = re.sub(r"\n\s*\n(\s*\n)*", "\n\n", "".join(parser.parts))
    return text.strip() + "\n"
