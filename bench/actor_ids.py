"""Measure how often normalize gives the gold's canonical actor/target ids (issue 4).

Two runs on ../shared/gold/seeds.tsv:

(a) gold spans: each gold row becomes an Event with the gold's actor/target SURFACE
    spans and the gold sentence (found by its cue), in document order; normalize
    runs on them and its ids are compared with the gold ids (rows whose gold id
    is blank are not counted);
(b) end to end: seeds -> ingest -> parse -> extract -> normalize, matched to the gold
    by graph.evaluate.score_events; ids compared on matched pairs.

Both print id agreement, the same-actor pairwise F1 and the misses.
Usage: python bench/actor_ids.py [--shared ../shared] [-v]
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Sequence
from pathlib import Path

from graph.evaluate import GoldEvent, load_gold, score_events
from graph.ingest import load_articles
from graph.model import Event, Provenance
from graph.normalize import normalize_events
from graph.parse import iter_sentences, parse_articles

ROOT = Path(__file__).resolve().parents[1]


def sentences_of(seeds: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Return each seed file's sentences as (index, start, text)."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for article, doc in parse_articles(load_articles([seeds])):
        base = doc.user_data["char_offset"]
        rows = out.setdefault(Path(article.source).name, [])
        for i, span in iter_sentences(doc):
            rows.append((doc.user_data["sentence_offset"] + i, base + span.start_char, span.text))
    return out


def gold_events(gold: Sequence[GoldEvent], sents: dict[str, list[tuple[int, int, str]]]) -> list:
    """Build Events from gold rows (gold spans, gold sentence), in document order."""
    placed = []
    for row in gold:
        hits = [s for s in sents[row.doc] if " ".join(row.cue.split()) in " ".join(s[2].split())]
        index, start, text = hits[0]
        cue_at = " ".join(text.split()).find(" ".join(row.cue.split()))
        prov = Provenance(row.doc, row.doc, index, start, start + len(text), text)
        event = Event(row.actor, row.action, row.target, prov)
        placed.append(((row.doc, start, cue_at, row.line), row, event))
    placed.sort(key=lambda item: item[0])
    return [(row, event) for _, row, event in placed]


def pairwise_f1(ids: Sequence[tuple[str, str]]) -> tuple[float, float, float]:
    """Same-actor pairwise precision, recall, F1 over (gold id, system id) pairs."""
    tp = fp = fn = 0
    for (g1, s1), (g2, s2) in itertools.combinations(ids, 2):
        same_gold, same_sys = g1 == g2, s1 == s2
        tp += same_gold and same_sys
        fp += same_sys and not same_gold
        fn += same_gold and not same_sys
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(title: str, pairs: Sequence[tuple[GoldEvent, Event]], verbose: bool) -> None:
    """Print id agreement and same-actor F1 for (gold row, normalised event) pairs."""
    checks = [
        (row, role, gold_id, got, span)
        for row, event in pairs
        for role, gold_id, got, span in (
            ("actor", row.actor_id, event.actor_id, event.actor),
            ("target", row.target_id, event.target_id, event.target),
        )
        if gold_id
    ]
    right = sum(gold_id == got for _, _, gold_id, got, _ in checks)
    actors = [(row.actor_id, event.actor_id) for row, event in pairs if row.actor_id]
    p, r, f1 = pairwise_f1(actors)
    print(f"{title}: {len(pairs)} events")
    print(f"  id agreement {right}/{len(checks)} = {right / max(1, len(checks)):.3f}")
    for role in ("actor", "target"):
        sub = [c for c in checks if c[1] == role]
        ok = sum(c[2] == c[3] for c in sub)
        print(f"    {role:6} {ok}/{len(sub)} = {ok / max(1, len(sub)):.3f}")
    print(f"  same-actor pairwise F1 {f1:.3f} (precision {p:.3f}, recall {r:.3f})")
    for row, role, gold_id, got, span in checks:
        if verbose and gold_id != got:
            print(f"    miss {role}: {span!r} -> {got} (gold {gold_id}) [{row.cue}]")


def main() -> None:
    """Run both measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    args = parser.parse_args()
    gold = load_gold(args.shared / "gold" / "seeds.tsv")
    seeds = args.shared / "seeds"
    sents = sentences_of(seeds)
    built = gold_events(gold, sents)
    for title, context in (("gold sentences only", None), ("all sentences as context", sents)):
        by_doc = {d: [(i, t) for i, _, t in rows] for d, rows in (context or {}).items()}
        normalised = list(normalize_events([e for _, e in built], sentences=by_doc))
        pairs = [(row, e) for (row, _), e in zip(built, normalised, strict=True)]
        report(f"(a) gold spans, {title}", pairs, args.verbose)
    try:
        from graph.extract import extract_events
    except ImportError as exc:
        print(f"(b) end to end: skipped ({exc})")
        return
    events: list[Event] = []
    for _, doc in parse_articles(load_articles([seeds])):
        events += normalize_events(sorted(set(extract_events(doc)), key=Event.sort_key))
    score = score_events(events, gold)
    report(f"(b) end to end (recall {score.recall:.3f})", list(score.matched), args.verbose)


if __name__ == "__main__":
    main()
