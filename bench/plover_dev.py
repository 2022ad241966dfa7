"""PLOVER dev: how often newsgraph gives an event's own trigger words the gold PLOVER type.

For each record of ``benchmarks/plover/dev.tsv`` (PLOVER gold-standard sentences), the
record counts as right when some extracted event whose ``relation`` shares a content word
with the gold ``event_words`` has the gold ``plover_type`` as its action class. Printed
with a per-type table and, for context, the naive baseline "the sentence's main verb
alone, looked up in the lexicon" (no parse-based patterns, no arguments).

Run alone (``python bench/plover_dev.py``) or as section (d) of ``bench/accuracy.py``.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words never count as "shares a word" (the gold "agreed to" must not match "to").
_FUNCTION = _words(
    "a an the to of in on at for with by from and or but as that this be is are was "
    "were has have had will would may might can could should must not no it its he "
    "she they them his her their said says say"
)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


@dataclass(frozen=True)
class Record:
    """One gold sentence: its id, gold type, text and trigger words."""

    id: str
    plover_type: str
    text: str
    event_words: frozenset[str]


def content_words(text: str) -> frozenset[str]:
    """Return the lowercase content words of ``text`` (function words dropped)."""
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in _FUNCTION)


def load_records(path: Path) -> list[Record]:
    """Read the dev TSV into records."""
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    return [
        Record(row["id"], row["plover_type"], row["text"], content_words(row["event_words"]))
        for row in rows
    ]


def system_events(records: Sequence[Record]) -> dict[str, list[Any]]:
    """Parse, extract and normalize every record; return its events by record id."""
    from graph.extract import extract_events
    from graph.model import Article
    from graph.normalize import normalize_events
    from graph.parse import parse_articles

    articles = [Article(doc_id=r.id, source=r.id, text=r.text) for r in records]
    found: dict[str, list[Any]] = {r.id: [] for r in records}
    for article, doc in parse_articles(articles):
        found[article.doc_id].extend(extract_events(doc))
    events = [ev for r in records for ev in found[r.id]]
    result: dict[str, list[Any]] = {r.id: [] for r in records}
    for event in normalize_events(events):
        result[event.provenance.doc_id].append(event)
    return result


def is_hit(record: Record, events: Sequence[Any]) -> bool:
    """Return whether an event on the record's trigger words has the gold type."""
    return any(
        ev.action_class == record.plover_type
        and content_words(f"{ev.relation} {ev.action}") & record.event_words
        for ev in events
    )


def naive_hits(records: Sequence[Record]) -> dict[str, bool]:
    """Return, per record, whether its first sentence's root verb alone gets the gold type."""
    from graph.normalize import action_class
    from graph.parse import load_nlp

    nlp = load_nlp()
    hits: dict[str, bool] = {}
    for record, doc in zip(records, nlp.pipe(r.text for r in records), strict=True):
        root = next(doc.sents).root
        hits[record.id] = action_class(root.lemma_.lower()) == record.plover_type
    return hits


def print_table(records: Sequence[Record], hits: dict[str, bool], naive: dict[str, bool]) -> None:
    """Print the overall share and the per-type table."""
    total: Counter[str] = Counter(r.plover_type for r in records)
    right: Counter[str] = Counter(r.plover_type for r in records if hits[r.id])
    plain: Counter[str] = Counter(r.plover_type for r in records if naive[r.id])
    print(f"  {'type':12s} {'n':>4s} {'newsgraph':>10s} {'naive verb':>11s}")
    for name in sorted(total):
        n = total[name]
        print(f"  {name:12s} {n:4d} {right[name] / n:10.2f} {plain[name] / n:11.2f}")
    n = len(records)
    print(f"  {'all':12s} {n:4d} {sum(right.values()) / n:10.2f} {sum(plain.values()) / n:11.2f}")
    below = sorted(name for name in total if right[name] / total[name] < 0.5)
    print(f"  types below 0.5: {', '.join(below) or 'none'}")
    print(f"  PLOVER_DEV_ACCURACY={sum(right.values()) / n:.3f}")


def report_plover(shared: Path, *, misses: bool = False) -> None:
    """Print section (d): PLOVER type agreement on the trigger words of the dev records."""
    path = shared / "benchmarks" / "plover" / "dev.tsv"
    print(f"== (d) PLOVER dev: {path}")
    records = load_records(path)
    events = system_events(records)
    hits = {r.id: is_hit(r, events[r.id]) for r in records}
    print_table(records, hits, naive_hits(records))
    if misses:
        for record in records:
            if not hits[record.id]:
                got = sorted({f"{e.relation}/{e.action_class}" for e in events[record.id]})
                print(f"  miss {record.plover_type:10s} {sorted(record.event_words)} -> {got}")


def main(argv: Sequence[str] | None = None) -> None:
    """Run section (d) alone."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--misses", action="store_true", help="List the records missed.")
    args = parser.parse_args(argv)
    report_plover(args.shared, misses=args.misses)


if __name__ == "__main__":
    main()
