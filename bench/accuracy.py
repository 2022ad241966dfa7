"""Print newsgraph's accuracy and speed figures in one run (issue 3 and issue 4 targets).

(a) seed gold: seeds/ -> parse -> extract -> normalize, scored by graph.evaluate against
    shared/gold/seeds.tsv, plus the same-actor pairwise F1 of matched events;
(b) CaRB dev: the extractor on benchmarks/carb/dev_sentences.txt, scored by graph.evaluate.carb;
(c) extraction cost against spaCy's parse alone on the CaRB sentences;
(d) PLOVER dev: the gold PLOVER type on the event's own trigger words, per type, with the
    naive "main verb -> class" baseline (bench/plover_dev.py).

Usage: python bench/accuracy.py [--shared ../shared] [--seeds seeds] [--carb-out FILE]
                             [--carb-errors] [--plover-misses]
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from plover_dev import report_plover  # bench/ is the script's own folder, first on sys.path

ROOT = Path(__file__).resolve().parents[1]


def _need(module: str, *names: str) -> list[Any] | None:
    """Import names from a module, or print why they are missing and return None."""
    try:
        mod = importlib.import_module(module)
        return [getattr(mod, name) for name in names]
    except (ImportError, AttributeError) as exc:
        print(f"  skipped: {module}.{', '.join(names)} not available yet ({exc})")
        return None


def seed_events(seeds: Path) -> list[Any]:
    """Run ingest -> parse -> extract -> normalize (when importable) on the seed files."""
    from graph.ingest import load_articles
    from graph.model import Event
    from graph.parse import parse_articles

    found = _need("graph.extract", "extract_events")
    if found is None:
        return []
    (extract_events,) = found
    normalize = _normalizer()
    paths = sorted(p for p in seeds.iterdir() if p.suffix in {".txt", ".json"})
    events: list[Any] = []
    for _, group in itertools.groupby(parse_articles(load_articles(paths)), key=lambda ad: ad[0]):
        doc_events = sorted(
            {ev for _, doc in group for ev in extract_events(doc)}, key=Event.sort_key
        )
        events += normalize(doc_events)
    return events


def _normalizer() -> Callable[[list[Any]], Iterable[Any]]:
    """Return graph.normalize.normalize_events, or the identity when it is missing."""
    try:
        from graph.normalize import normalize_events
    except ImportError as exc:
        print(f"  note: graph.normalize not available ({exc}); events are not normalised")
        return lambda events: events
    return normalize_events


def same_actor_f1(pairs: Sequence[tuple[Any, Any]]) -> tuple[float, float, float, int]:
    """Pairwise F1 of "same gold actor_id" against "same system actor_id" over matched events.

    Returns:
        Precision, recall, F1 and the number of event pairs compared.
    """
    both = gold_same = system_same = compared = 0
    for (gold_a, event_a), (gold_b, event_b) in itertools.combinations(pairs, 2):
        compared += 1
        in_gold = bool(gold_a.actor_id) and gold_a.actor_id == gold_b.actor_id
        in_system = bool(event_a.actor_id) and event_a.actor_id == event_b.actor_id
        gold_same += in_gold
        system_same += in_system
        both += in_gold and in_system
    precision = both / system_same if system_same else 1.0
    recall = both / gold_same if gold_same else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, compared


def report_seeds(shared: Path, seeds: Path) -> None:
    """Print section (a): the seed gold scores."""
    gold_path = shared / "gold" / "seeds.tsv"
    print(f"== (a) seed gold: {seeds} vs {gold_path}")
    found = _need("graph.evaluate", "load_gold", "score_events")
    if found is None:
        return
    load_gold, score_events = found
    events = seed_events(seeds)
    gold = load_gold(gold_path)
    score = score_events(events, gold)
    print(
        f"  precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}"
        f"  ({len(score.matched)} of {len(gold)} gold events matched; {score.counted} system"
        f" events in gold sentences, {len(events)} in all)"
    )
    with_location = sum(1 for row, _ in score.matched if row.location)
    print(
        f"  on matched events: polarity {_share(score.polarity)}  modality {_share(score.modality)}"
        f"  location {_share(score.location)} (of {with_location} with a gold location)"
        f"  actor id {_share(score.actor_id)}"
    )
    precision, recall, f1, compared = same_actor_f1(score.matched)
    print(
        f"  same-actor pairwise F1 {f1:.3f} (precision {precision:.3f}, recall {recall:.3f},"
        f" {compared} pairs of matched events)"
    )


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def report_carb(shared: Path, out: Path | None, *, errors: bool = False) -> None:
    """Print section (b): CaRB dev precision, recall, F1 and AUC."""
    carb = shared / "benchmarks" / "carb"
    print(f"== (b) CaRB dev: {carb}")
    found = _need("graph.evaluate.carb", "extract_carb_lines", "score_carb")
    if found is None or _need("graph.extract", "get_extractor") is None:
        return
    extract_carb_lines, score_carb = found
    start = time.perf_counter()
    with (carb / "dev_sentences.txt").open(encoding="utf-8") as stream:
        lines = list(extract_carb_lines(stream))
    seconds = time.perf_counter() - start
    if out is not None:
        out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    s = score_carb(lines, carb / "dev_gold.tsv")
    print(
        f"  precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  AUC {s.auc:.3f}"
        f"  (best threshold {s.threshold:.3f})"
    )
    print(
        f"  {s.extractions} extractions on {s.sentences} gold sentences ({s.gold_tuples} gold "
        f"tuples, {s.ignored} on non-gold sentences); {seconds:.1f} s with parsing"
    )
    print(f"  CARB_DEV_F1={s.f1:.3f}")
    if errors:
        report_carb_errors(lines, carb / "dev_gold.tsv")


_BE = {"is", "are", "was", "were", "be", "been", "being", "am"}
_SAID = {"said", "says", "told", "added", "adds", "say", "tell"}


def relation_shape(relation: str) -> str:
    """Name the construction a gold relation most likely comes from (rough, by its words)."""
    words = relation.split()
    if not words:
        return "empty"
    if _SAID & set(words):
        return "speech (said / told)"
    if words[0] in {"has", "have", "had"} and len(words) <= 2:
        return "possessive (has)"
    if words[0] in _BE and any(w.endswith(("ed", "en")) for w in words[1:]):
        return "passive (be + participle)"
    if words[0] in _BE:
        return "copular / appositive (is, is in, is a)"
    if words[-1] in {"in", "on", "at", "as", "of", "for", "from", "to", "with", "by", "into"}:
        return "verb + preposition"
    return "other verbal"


def report_carb_errors(lines: list[str], gold_path: Path) -> None:
    """Print, per kind of gold relation, how much recall the extractions reach."""
    from graph.evaluate.carb import recall_by_gold

    rows = list(recall_by_gold(lines, gold_path))
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    recall: defaultdict[str, float] = defaultdict(float)
    missed: Counter[str] = Counter()
    for relation, best in rows:
        shape = relation_shape(relation)
        total[shape] += 1
        found[shape] += best > 0
        recall[shape] += best
        if best == 0:
            missed[relation] += 1
    print("  gold tuples by relation kind: share, matched at all, mean recall, recall lost")
    for shape, count in total.most_common():
        lost = (count - recall[shape]) / len(rows)
        print(
            f"    {shape:42s} {count / len(rows):6.1%} {found[shape] / count:7.1%}"
            f" {recall[shape] / count:6.3f} {lost:6.3f}"
        )
    common = ", ".join(f"{rel!r} {n}" for rel, n in missed.most_common(12))
    print(f"  most missed gold relations: {common}")


def _best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def _drain(items: Iterable[object]) -> None:
    for _ in items:
        pass


def report_speed(shared: Path, runs: int = 5) -> None:
    """Print section (c): extraction time against spaCy's parse of the same sentences."""
    print(f"== (c) speed on the CaRB dev sentences (best of {runs} runs)")
    found = _need("graph.extract", "extract_events")
    if found is None:
        return
    (extract_events,) = found
    from graph.evaluate.carb import format_carb
    from graph.parse import load_nlp, parse_lines

    nlp = load_nlp()
    sentences = (shared / "benchmarks" / "carb" / "dev_sentences.txt").read_text("utf-8")
    lines = sentences.splitlines()
    _drain(parse_lines(lines[:20], nlp=nlp))  # warm-up
    docs: list[Any] = []
    parse = _best_of(runs, lambda: docs.__setitem__(slice(None), parse_lines(lines, nlp=nlp)))
    extract = _best_of(runs, lambda: _drain(ev for doc in docs for ev in extract_events(doc)))
    both = _best_of(
        runs, lambda: _drain(format_carb(ev for doc in docs for ev in extract_events(doc)))
    )
    print(f"  spaCy parse {parse:.2f} s for {len(docs)} sentences")
    share = 100 * extract / parse
    print(f"  extraction {extract:.2f} s = {share:.1f} % of the parse (target <= 10 %)")
    print(f"  extraction + CaRB formatting {both:.2f} s = {100 * both / parse:.1f} % of the parse")


def main(argv: Sequence[str] | None = None) -> None:
    """Run the three sections."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--carb-out", type=Path, help="Also write the CaRB extractions here.")
    parser.add_argument(
        "--carb-errors", action="store_true", help="Break CaRB recall down by relation kind."
    )
    parser.add_argument(
        "--plover-misses", action="store_true", help="List the PLOVER dev records missed."
    )
    args = parser.parse_args(argv)
    report_seeds(args.shared, args.seeds)
    report_carb(args.shared, args.carb_out, errors=args.carb_errors)
    report_speed(args.shared)
    report_plover(args.shared, misses=args.plover_misses)


if __name__ == "__main__":
    main()
