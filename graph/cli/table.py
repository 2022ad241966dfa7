"""Aligned tables that fit the terminal: the widest text column wraps, others are elided.

IRIs are shown as prefixed names ("event:3b3b...") and are never cut: a column
whose values are all IRIs keeps its width, and the text columns give way. When
even that leaves the wrapped column too narrow to read (an event listing on an
80-column terminal), each row is printed as a record, one ``column  value``
line per non-empty value, long values wrapped.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping, Sequence

from .format import clean

_GAP = "  "
_MIN_WIDTH = 10  # a narrowed column keeps at least this much (or its header)
_MIN_WRAP = 30  # the wrapped column must keep this much, or rows become records
_IRI_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")


def render_table(
    columns: Sequence[str],
    rows: Sequence[Mapping[str, object]],
    *,
    width: int | None,
    shorten: bool = True,
) -> str:
    """Return rows as an aligned table no wider than ``width`` (None: as wide as they are).

    The widest text column is wrapped over several lines; if the table is still too
    wide, other text columns are cut with an ellipsis. Columns of IRIs are never cut.
    With a width, columns empty in every row are left out.

    Args:
        columns: Column names, in order.
        rows: One mapping per row.
        width: The terminal's width, or None for no limit.
        shorten: Show our IRIs as prefixed names.
    """
    from graph import shorten_iri

    if width is not None:
        # a column empty in every row says nothing a fitted table has room for
        columns = [c for c in columns if any(row.get(c, "") != "" for row in rows)] or columns
    cells = [
        [_cell(row.get(c, ""), shorten_iri if shorten else None) for c in columns] for row in rows
    ]
    natural = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    fixed = [_is_iri_column([r[i] for r in cells]) for i in range(len(columns))]
    widths = _fit(natural, fixed, [len(c) for c in columns], width)
    wrap = _wrapped_column(natural, widths, fixed)
    if width is not None and not _readable(widths, natural, wrap, width):
        return _records(columns, cells, width)
    lines = [_join(columns, widths), _join(["-" * w for w in widths], widths)]
    for row in cells:
        lines += _row_lines(row, widths, wrap)
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _cell(value: object, shorten: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = clean(str(value), tabs=True)
    return shorten(text) if callable(shorten) else text


def _is_iri_column(values: list[str]) -> bool:
    filled = [v for v in values if v]
    return bool(filled) and all(_IRI_LIKE.fullmatch(v) for v in filled)


def _fit(natural: list[int], fixed: list[bool], headers: list[int], width: int | None) -> list[int]:
    """Narrow the widest text column first, then the others, until the table fits.

    The widest text column (the one that wraps) gives way down to ``_MIN_WRAP``;
    then every text column, widest first, down to its header or ``_MIN_WIDTH``.
    """
    widths = list(natural)
    texts = [i for i, f in enumerate(fixed) if not f]
    if width is None or not texts:
        return widths
    budget = width - len(_GAP) * (len(widths) - 1)
    if sum(widths) <= budget:
        return widths
    main = max(texts, key=lambda i: natural[i])
    widths[main] = max(min(natural[main], _MIN_WRAP), natural[main] - (sum(widths) - budget))
    floor = [
        n if f else min(n, max(h, _MIN_WIDTH))
        for n, f, h in zip(natural, fixed, headers, strict=True)
    ]
    floor[main] = widths[main]
    while sum(widths) > budget:
        shrinkable = [i for i, w in enumerate(widths) if w > floor[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: widths[i])
        widths[widest] -= 1
    return widths


def _readable(widths: list[int], natural: list[int], wrap: int | None, width: int) -> bool:
    """Tell whether a table fits with its wrapped column at least ``_MIN_WRAP`` wide."""
    fits = sum(widths) + len(_GAP) * (len(widths) - 1) <= width
    return fits and (wrap is None or widths[wrap] >= min(natural[wrap], _MIN_WRAP))


def _records(columns: Sequence[str], cells: list[list[str]], width: int) -> str:
    """Return each row as a block of ``column  value`` lines (empty values left out)."""
    key = max(len(c) for c in columns)
    room = max(width - key - len(_GAP), 20)
    blocks = []
    for number, row in enumerate(cells, 1):
        lines = [f"-- {number} " + "-" * max(width - len(str(number)) - 5, 0)]
        for column, value in zip(columns, row, strict=True):
            if not value:
                continue
            parts = [value] if _IRI_LIKE.fullmatch(value) else textwrap.wrap(value, room)
            for k, part in enumerate(parts or [""]):
                lines.append(f"{column if k == 0 else '':<{key}}{_GAP}{part}")
        blocks.append("\n".join(lines))
    return "\n".join(blocks) + "\n"


def _wrapped_column(natural: list[int], widths: list[int], fixed: list[bool]) -> int | None:
    """Return the column to wrap: the widest text column, if it had to be narrowed."""
    narrowed = [
        i for i, (n, w) in enumerate(zip(natural, widths, strict=True)) if w < n and not fixed[i]
    ]
    return max(narrowed, key=lambda i: natural[i]) if narrowed else None


def _row_lines(row: list[str], widths: list[int], wrap: int | None) -> list[str]:
    shown = [
        _elide(v, w) if i != wrap else v for i, (v, w) in enumerate(zip(row, widths, strict=True))
    ]
    if wrap is None or len(row[wrap]) <= widths[wrap] or _IRI_LIKE.fullmatch(row[wrap]):
        return [_join(shown, widths)]
    parts = textwrap.wrap(row[wrap], widths[wrap], break_long_words=True) or [""]
    lines = []
    for k, part in enumerate(parts):
        line = [part if i == wrap else (v if k == 0 else "") for i, v in enumerate(shown)]
        lines.append(_join(line, widths))
    return lines


def _elide(value: str, width: int) -> str:
    # An IRI is shown whole even where it overflows its column: half an IRI names nothing.
    if len(value) <= width or _IRI_LIKE.fullmatch(value):
        return value
    return value[: max(width - 1, 0)] + "…"


def _join(values: Sequence[str], widths: Sequence[int]) -> str:
    return _GAP.join(v.ljust(w) for v, w in zip(values, widths, strict=True))
