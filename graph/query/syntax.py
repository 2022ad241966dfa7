"""Messages for SPARQL syntax errors that say what was expected where.

rdflib's parser reports the start of the rule that failed ("Expected
SelectQuery" at the WHERE clause); Oxigraph's names the exact position and the
tokens it would have accepted there. So a message is built from Oxigraph's
parser when it also rejects the text, and from rdflib's position otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox
from pyparsing import ParseException

__all__ = ["compile_message", "syntax_message"]

_OX_ERROR = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
_SHOWN_TOKENS = 8
# one token of an "expected one of" list: a quoted symbol ('","') or a word (ABS, Prefix not found)
_TOKEN = re.compile(r'"[^"]*"|[^,"]+')


def syntax_message(text: str, label: str, exc: ParseException, prefixes: Mapping[str, Any]) -> str:
    """Return ``cannot parse query LABEL: syntax error at line L, column C near '...': expected X``.

    Args:
        text: The SPARQL text (query or update).
        label: How the message names the query.
        exc: rdflib's parse error (the position; Oxigraph's parser says what was expected).
        prefixes: Predeclared prefixes, so that a prefixed name is no error.
    """
    line, column, expected = exc.lineno, exc.col, ""
    found = _oxigraph_error(text, prefixes)
    if not text[: exc.loc].strip():
        # nothing before the error: the text does not start like any query or update
        expected = "expected SELECT, CONSTRUCT, DESCRIBE, ASK, PREFIX or an update (INSERT, ...)"
    elif found is not None:
        # Oxigraph's column points past the token it stopped at, rdflib's at the
        # start of the clause that failed; the clause reads better in "near".
        expected = found[2]
    lines = text.splitlines() or [""]
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    near = source[column - 1 : column + 29].strip()
    where = f"line {line}, column {column}" + (f" near {near!r}" if near else "")
    tail = f": {expected}" if expected else ""
    return f"cannot parse query {label}: syntax error at {where}{tail}"


def compile_message(label: str, exc: Exception, prefixes: Mapping[str, Any]) -> str:
    """Return the message for a query that parses but does not compile (an unknown prefix).

    rdflib raises a bare Exception for an unknown prefix ("Unknown namespace
    prefix : foo"); the message names it and the prefixes there are.
    """
    reason = str(exc).replace("Unknown namespace prefix :", "unknown prefix").strip()
    known = ", ".join(sorted(prefixes))
    return f"cannot compile query {label}: {reason}. Hint: known prefixes are {known}"


def _oxigraph_error(text: str, prefixes: Mapping[str, Any]) -> tuple[int, int, str] | None:
    """Return Oxigraph's ``(line, column, what it expected)`` for text it rejects, else None."""
    names = {name: str(ns) for name, ns in prefixes.items()}
    store = ox.Store()  # in memory and empty: an update that parses changes nothing that matters
    errors = []
    for run in (store.query, store.update):
        try:
            run(text, prefixes=names)
            return None
        except SyntaxError as err:
            errors.append(str(err))
        except (OSError, ValueError, RuntimeError):
            return None
    parsed = [m for m in (_OX_ERROR.match(e) for e in errors) if m]
    if not parsed:
        return None
    # the grammar that got further is the one the user meant
    best = max(parsed, key=lambda m: (int(m[1]), int(m[2])))
    return int(best[1]), int(best[2]), _short(best[3])


def _short(expected: str) -> str:
    """Keep the tokens of a long "expected one of ..." list, without character classes."""
    if not expected.startswith("expected one of"):
        return " ".join(expected.split())
    # character classes ("[_]", "['0'..='9']") are the parser's, not words a user types;
    # a token may be a quoted comma ('",", ".", ";"'), so tokens are matched, not split
    words = re.sub(r"\[[^\]]*\]", "", expected[len("expected one of") :])
    tokens = [t.strip() for t in _TOKEN.findall(words) if t.strip()]
    shown = ", ".join(tokens[:_SHOWN_TOKENS]) + (", ..." if len(tokens) > _SHOWN_TOKENS else "")
    return f"expected one of {shown}" if len(tokens) > 1 else f"expected {shown}"
