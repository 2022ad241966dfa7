"""Text the CLI prints: tables, CSV/TSV/JSON rows, event records and summaries.

Everything that comes from an article or a graph is untrusted, so terminal
output goes through :func:`clean`, which strips control and bidi-override
characters.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from graph import Event

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
FORMATS = ("table", "csv", "tsv", "json")
# Said when rows were left out at a limit (a named query's own, or --limit).
MORE_NOTE = "more left out. Hint: --limit N for more, --limit 0 for every row"

# Keys other helpers' fields add when the Event carries them (CAMEO codes, PLOVER mode).
_OPTIONAL_KEYS = ("actor_code", "target_code", "cameo_code", "mode", "instrument")
EVENT_KEYS: tuple[str, ...] = (
    "doc",
    "source",
    "sentence",
    "start",
    "end",
    "text",
    "date",
    "actor",
    "actor_id",
    "actor_code",
    "actor_type",
    "action",
    "relation",
    "action_class",
    "target",
    "target_id",
    "target_code",
    "target_type",
    "location",
    "place_id",
    "time",
    "polarity",
    "modality",
    "attribution",
    "confidence",
    "kind",
)
# ... appended when the Event has them and they are not listed above yet
EVENT_KEYS += tuple(
    key
    for key in _OPTIONAL_KEYS
    if key in {f.name for f in fields(Event)} and key not in EVENT_KEYS
)


def clean(text: str, *, tabs: bool = False) -> str:
    """Return ``text`` on one line without terminal control sequences.

    Args:
        text: Untrusted text.
        tabs: Also turn tabs into spaces (for TSV and aligned tables).
    """
    text = _CONTROL.sub("", text.replace("\n", " "))
    return text.replace("\t", " ") if tabs else text


def json_text(data: Any, *, indent: int | None = None) -> str:
    """Return JSON with control and bidi characters escaped (safe to print on a terminal)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def event_row(event: Event, *, published: str = "") -> dict[str, Any]:
    """Return the flat record ``newsgraph extract`` prints for an event (keys: EVENT_KEYS).

    Args:
        event: A normalised event.
        published: Its document's date: the event's ``date`` when no time of its
            own was resolved (as the graph's named queries date it).
    """
    p = event.provenance
    row: dict[str, Any] = {
        "doc": p.doc_id,
        "source": p.source,
        "sentence": p.sentence_index,
        "start": p.start_char,
        "end": p.end_char,
        "text": p.sentence,
        "date": event.time_value or published,
        "actor": event.actor,
        "actor_id": event.actor_id,
        "actor_code": event.actor_code,
        "actor_type": event.actor_type,
        "action": event.action,
        "relation": event.relation,
        "action_class": event.action_class,
        "target": event.target,
        "target_id": event.target_id,
        "target_code": event.target_code,
        "target_type": event.target_type,
        "location": event.location,
        "place_id": event.location_id,
        "time": event.time,
        "polarity": event.polarity,
        "modality": event.modality,
        "attribution": event.attribution,
        "confidence": round(event.confidence, 3),
        "kind": event.kind,
    }
    row.update((key, getattr(event, key)) for key in EVENT_KEYS if key not in row)
    return row


def format_event(row: Mapping[str, Any], fmt: str) -> str:
    """Return one :func:`event_row` as a JSON line, a TSV row or a CSV row."""
    if fmt == "jsonl":
        return json_text(dict(row))
    values = [clean(str(row[k]), tabs=fmt == "tsv") for k in EVENT_KEYS]
    if fmt == "tsv":
        return "\t".join(values)
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(values)
    return out.getvalue()


def event_header(fmt: str) -> str | None:
    """Return the header line of ``extract --format tsv|csv`` (None for JSON lines)."""
    if fmt == "jsonl":
        return None
    return "\t".join(EVENT_KEYS) if fmt == "tsv" else ",".join(EVENT_KEYS)


def format_rows(
    rows: Sequence[Mapping[str, object]],
    fmt: str,
    *,
    columns: Sequence[str] | None = None,
    width: int | None = None,
    more: bool = False,
) -> str:
    """Format query rows as a table, CSV, TSV or JSON (text ends with a newline).

    Args:
        rows: One mapping per row; numbers and booleans stay typed in JSON.
        fmt: ``table``, ``csv``, ``tsv`` or ``json``.
        columns: Column order (default: the first row's keys).
        width: The widest a table may be (None: no limit).
        more: Rows were left out at a limit (the table says so).
    """
    if fmt == "json":
        return json_text([dict(row) for row in rows], indent=1) + "\n"
    names = list(columns if columns is not None else (rows[0] if rows else []))
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow([clean(_text(row.get(c, "")), tabs=fmt == "tsv") for c in names])
        return out.getvalue()
    if not rows:
        return "(no results)\n"
    from .table import render_table

    count = f"{len(rows)} row" + ("" if len(rows) == 1 else "s")
    note = f"first {count}; {MORE_NOTE}" if more else count
    return render_table(names, rows, width=width) + f"({note})\n"


def format_answer(answer: Any, fmt: str, *, width: int | None) -> str:
    """Return what ``newsgraph query`` prints for a :class:`graph.Answer`.

    CONSTRUCT and DESCRIBE print Turtle whatever the format; an update prints nothing
    (its counts go to stderr).
    """
    if answer.kind == "graph":
        return str(answer.turtle)
    if answer.kind == "update":
        return ""
    return format_rows(answer.rows, fmt, columns=answer.columns, width=width, more=answer.more)


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def score_lines(score: Any, gold_rows: int) -> str:
    """Return the summary ``newsgraph eval`` prints for a :class:`graph.evaluate.Score`."""

    def share(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    return "\n".join(
        [
            f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}",
            f"matched {len(score.matched)} of {gold_rows} gold events; "
            f"{score.counted} system events counted, {len(score.unmatched)} unmatched",
            f"on matched events: polarity {share(score.polarity)}  modality "
            f"{share(score.modality)}  location {share(score.location)}  "
            f"actor id {share(score.actor_id)}",
        ]
    )


def build_summary(stats: Any, triples: int, written: Sequence[Path | str]) -> str:
    """Return the one line ``newsgraph build`` ends with."""
    seconds = stats.seconds
    extra = []
    if stats.resumed:
        extra.append(f"{stats.resumed} resumed")
    if stats.skipped:
        extra.append(f"{stats.skipped} unchanged")
    note = f" (+{', '.join(extra)})" if extra else ""
    return (
        f"built {stats.documents} documents{note}, {stats.sentences} sentences, "
        f"{stats.events} events, {stats.facts} relation facts, {len(stats.actors)} actors, "
        f"{triples} triples in {seconds:.1f} s "
        f"({stats.sentences / max(seconds, 1e-9):.1f} sentences/s) -> "
        + ", ".join(str(p) for p in written)
    )


def stats_lines(figures: dict[str, Any]) -> str:
    """Return ``newsgraph stats`` text: one ``key: value`` line, lists indented."""
    lines = []
    for key, value in figures.items():
        if isinstance(value, list | tuple):
            lines.append(f"{key}:")
            for item in value:
                parts = item if isinstance(item, list | tuple) else [item]
                lines.append("  " + clean("\t".join(str(v) for v in parts), tabs=True))
        else:
            lines.append(f"{key}: {clean(str(value))}")
    return "\n".join(lines)
