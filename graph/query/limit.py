"""Row limits inside the SPARQL text: the engine stops at the limit, the client never sees the rest.

A limit applied after the engine answered still costs every row: Oxigraph
builds them all, a SPARQL server serialises and sends them all (47,000
who-did-what rows on a 1,600-document store), and rdflib materialises them.
:func:`limit_query` writes the limit into the query's own ``LIMIT`` clause
instead. A named query's final ``LIMIT`` is its default (``who-did-what``
lists 1,000 events unless told otherwise): a caller's limit replaces it. In
SPARQL someone wrote, a ``LIMIT`` is what they asked for: a caller's limit only
ever makes it smaller.

Only the outermost SELECT's solution modifiers are touched: a ``LIMIT`` in a
subquery, a string or a comment is left alone, and a query the rewrite cannot
read with certainty (an ASK, a CONSTRUCT, a trailing ``VALUES`` block) is
returned as it is, for the caller to cut its rows.
"""

from __future__ import annotations

import re

__all__ = ["limit_query", "outer_limit"]

# Comments, strings and IRIs are skipped whole; braces, variables, prefixed names,
# keywords and numbers are the tokens that count.
_TOKENS = re.compile(
    r"#[^\n]*"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|[?$]\w+"
    r"|[A-Za-z][\w.-]*:[\w.:-]*"
    r"|(?P<brace>[{}])"
    r"|(?P<word>[A-Za-z]\w*)"
    r"|(?P<number>\d+)"
)
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


class _Tail:
    """The solution modifiers after a SELECT's outermost group, as spans of the text."""

    def __init__(self, clause: tuple[int, int, int, int] | None) -> None:
        # (where LIMIT starts, where its number starts, where it ends, the number)
        self.clause = clause


def _tail(text: str) -> _Tail | None:
    """Return the outermost SELECT's modifiers, or None when the text is no such query."""
    depth, form, values = 0, "", False
    tail_words: list[tuple[str, int, int]] = []  # (upper-cased token, start, end)
    closed_at = -1
    for match in _TOKENS.finditer(text):
        brace, word = match["brace"], match["word"]
        if brace == "{":
            depth += 1
        elif brace == "}":
            depth -= 1
            if depth == 0:
                closed_at, tail_words = match.end(), []
        elif depth == 0 and (word or match["number"]):
            token = (word or match["number"] or "").upper()
            if not form and token in _FORMS:
                form = token
            values = values or token == "VALUES"
            tail_words.append((token, match.start(), match.end()))
    # A trailing VALUES block closes last: what follows it is no solution modifier.
    if form != "SELECT" or closed_at < 0 or depth != 0 or values:
        return None
    for (token, keyword, _), (value, start, end) in zip(tail_words, tail_words[1:], strict=False):
        if token == "LIMIT" and value.isdigit():
            return _Tail((keyword, start, end, int(value)))
    return _Tail(None)


def outer_limit(text: str) -> int | None:
    """Return the ``LIMIT`` of a SELECT's outermost query (None when it has none)."""
    tail = _tail(text)
    return tail.clause[3] if tail is not None and tail.clause is not None else None


def limit_query(text: str, limit: int | None, *, replace: bool) -> str:
    """Return ``text`` with its outermost SELECT asking the engine for at most ``limit`` rows.

    Args:
        text: SPARQL query text.
        limit: The most rows wanted; None leaves the text as it is; 0 asks for
            every row (with ``replace``, the text's own LIMIT goes; without,
            the text is left as it is).
        replace: The text's own LIMIT is a default the caller's limit replaces
            (a named query); without it, the smaller of the two wins (SPARQL
            someone wrote).

    Returns:
        The rewritten text, or ``text`` itself when it is no SELECT the rewrite
        can read with certainty (the caller then cuts the rows it gets).
    """
    if limit is None:
        return text
    tail = _tail(text)
    if tail is None:
        return text
    if tail.clause is None:
        return text if limit == 0 else f"{text.rstrip()}\nLIMIT {limit}\n"
    keyword, start, end, given = tail.clause
    if limit == 0:
        return text[:keyword] + text[end:] if replace else text
    wanted = limit if replace else min(limit, given)
    return f"{text[:start]}{wanted}{text[end:]}"
