"""Hand-judged precision and recall of events on real news (issue 14), re-runnable.

Runs ingest -> parse -> extract -> normalize on the FA-KES corpus
(``shared/benchmarks/realnews/fakes-syria.jsonl``), then:

(a) counts events and relation facts;
(b) draws N events at random among the events (relation facts excluded), by a seeded
    hash of each event so that events the code still finds stay drawn, and scores them
    with the verdicts in ``bench/realnews_events.tsv``: a verdict is keyed by the event
    itself (document, sentence, actor, action, target, polarity, modality), so a change
    of the code that yields other events leaves only those unjudged;
    they are written to ``--todo`` for a person to judge (read the sentence, fill in
    ``verdict`` = correct | partly | wrong and ``cause``, append the rows to the file);
(c) draws M sentences at random (fixed seed) and scores recall against the analyst's
    coding in ``bench/realnews_sentences.tsv`` (one row per event an analyst would code,
    or one row with action ``-`` for a sentence with none). A gold event is found when a
    system event of that sentence has an actor sharing a content word with the gold
    actor (surface or canonical label), the gold verb among its action/relation words,
    a target sharing a content word (any target if the gold one is empty), and the gold
    polarity and modality; it is "partly" found when actor and verb match only. A gold
    actor ``?`` is one the text does not name ("a car bomb killed 12"): any event or
    relation fact with the verb and the target finds it.

Strict precision counts only ``correct``; recall counts only found events.

Usage: python bench/realnews_judge.py [--shared ../shared] [--cache FILE] [--todo FILE]
                                      [--events 60] [--sentences 20] [--seed 14]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVENTS_TSV = ROOT / "bench" / "realnews_events.tsv"
SENTENCES_TSV = ROOT / "bench" / "realnews_sentences.tsv"
KEY_FIELDS = ("doc", "sent", "actor", "action", "target", "polarity", "modality")
JUDGE_FIELDS = (*KEY_FIELDS, "verdict", "cause", "excerpt")
GOLD_FIELDS = ("doc", "sent", "actor", "action", "target", "polarity", "modality", "excerpt")
_STOP = frozenset(
    ["the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "by", "for", "with", "from"]
)


@dataclass(frozen=True)
class Row:
    """One extracted event as the judge sees it."""

    doc: str
    sent: int
    actor: str
    action: str
    target: str
    polarity: str
    modality: str
    kind: str
    relation: str
    action_class: str
    actor_label: str
    target_label: str
    sentence: str

    def key(self) -> tuple[str, ...]:
        """Return the identity a verdict is keyed by."""
        return (self.doc, str(self.sent), self.actor, self.action, self.target,
                self.polarity, self.modality)  # fmt: skip


def extract_corpus(corpus: Path) -> tuple[list[Row], list[tuple[str, int, str]]]:
    """Return every event and every sentence ``(doc, index, text)`` of ``corpus``."""
    from graph.extract import extract_events
    from graph.ingest import load_articles
    from graph.normalize import normalize_events
    from graph.parse import iter_sentences, parse_articles

    rows: list[Row] = []
    sentences: list[tuple[str, int, str]] = []
    for article, doc in parse_articles(load_articles([corpus])):
        offset = int(doc.user_data.get("sentence_offset", 0))
        for index, sent in iter_sentences(doc):
            sentences.append((article.doc_id, offset + index, sent.text))
        raw = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
        rows.extend(_row(ev) for ev in normalize_events(raw))
    return rows, sentences


def _row(ev: Any) -> Row:
    p = ev.provenance
    return Row(p.doc_id, p.sentence_index, ev.actor, ev.action, ev.target, ev.polarity,
               ev.modality, ev.kind, ev.relation, ev.action_class, ev.actor_label,
               ev.target_label, p.sentence)  # fmt: skip


def load_cache(path: Path) -> tuple[list[Row], list[tuple[str, int, str]]]:
    """Read what :func:`save_cache` wrote."""
    data = json.loads(path.read_text("utf-8"))
    return [Row(**r) for r in data["rows"]], [tuple(s) for s in data["sentences"]]


def save_cache(path: Path, rows: list[Row], sentences: list[tuple[str, int, str]]) -> None:
    """Write events and sentences as JSON (to re-score without parsing again)."""
    data = {"rows": [r.__dict__ for r in rows], "sentences": sentences}
    path.write_text(json.dumps(data), "utf-8")


def _read_tsv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


def excerpt(sentence: str, limit: int = 140) -> str:
    """Return the start of a sentence on one line (enough to find it again)."""
    text = " ".join(sentence.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def report_counts(rows: list[Row], sentences: list[tuple[str, int, str]]) -> None:
    """Print section (a)."""
    kinds = Counter(r.kind for r in rows)
    docs = len({s[0] for s in sentences})
    print(f"== (a) {docs} articles, {len(sentences)} sentences")
    print(f"  events {kinds['event']}  relation facts {kinds['relation']}"
          f"  (facts {kinds['relation'] / max(1, len(rows)):.1%} of all)")  # fmt: skip
    with_event = len({(r.doc, r.sent) for r in rows if r.kind == "event"})
    print(f"  sentences with at least one event {with_event} ({with_event / len(sentences):.1%})")


def report_precision(rows: list[Row], n: int, seed: int, todo: Path) -> None:
    """Print section (b) and write the unjudged drawn events to ``todo``."""
    events = [r for r in rows if r.kind == "event"]
    # a draw by a seeded hash of each event: an event the code still finds keeps its
    # place in the draw, so a change of the code leaves only its new events to judge.
    drawn = sorted(events, key=lambda r: _rank(seed, r.key()))[:n]
    verdicts = {tuple(row[f] for f in KEY_FIELDS): row for row in _read_tsv(EVENTS_TSV)}
    judged = [(r, verdicts[r.key()]) for r in drawn if r.key() in verdicts]
    missing = [r for r in drawn if r.key() not in verdicts]
    tally = Counter(v["verdict"] for _, v in judged)
    causes = Counter(v["cause"] for _, v in judged if v["verdict"] != "correct")
    print(f"== (b) precision: {n} events drawn (seed {seed}), {len(judged)} judged")
    if judged:
        print(f"  correct {tally['correct']}  partly {tally['partly']}  wrong {tally['wrong']}"
              f"  strict precision {tally['correct'] / len(judged):.1%}"
              f"  lenient {(tally['correct'] + tally['partly']) / len(judged):.1%}")  # fmt: skip
        print("  error causes (partly + wrong):")
        for cause, count in causes.most_common():
            print(f"    {count:3d}  {cause}")
    if missing:
        _write_todo(todo, missing)
        print(f"  {len(missing)} drawn events not judged yet: written to {todo}")


def _rank(seed: int, key: tuple[str, ...]) -> str:
    return hashlib.sha256(f"{seed}|{'|'.join(key)}".encode()).hexdigest()


def _write_todo(path: Path, rows: Iterable[Row]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        out = csv.writer(stream, delimiter="\t", lineterminator="\n")
        out.writerow((*JUDGE_FIELDS, "class", "relation", "labels", "sentence"))
        for r in rows:
            labels = f"{r.actor_label} | {r.target_label}"
            out.writerow((*r.key(), "", "", excerpt(r.sentence), r.action_class, r.relation,
                          labels, " ".join(r.sentence.split())))  # fmt: skip


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


def _shares(gold: str, *system: str) -> bool:
    want = _words(gold)
    return any(want & _words(s) for s in system if s)


def _verb_found(gold_action: str, r: Row) -> bool:
    verb = gold_action.split()[0].lower()
    stem = verb[:-1] if verb.endswith("e") else verb
    return verb in _words(r.action) or any(w.startswith(stem) for w in _words(r.relation))


def match(gold: dict[str, str], rows: Sequence[Row]) -> str:
    """Return "found", "partly" or "missed" for one gold event among a sentence's events."""
    best = "missed"
    unknown = gold["actor"] == "?"
    for r in rows:
        actor_ok = unknown or _shares(gold["actor"], r.actor, r.actor_label)
        if not (actor_ok and _verb_found(gold["action"], r)):
            continue
        # an agentless passive fact has the patient as its subject: "22 were killed".
        patient = (r.target, r.target_label, *((r.actor,) if unknown else ()))
        target_ok = not gold["target"] or _shares(gold["target"], *patient)
        same = gold["polarity"] == r.polarity and gold["modality"] == r.modality
        if target_ok and same and (unknown or r.kind == "event"):
            return "found"
        best = "partly"
    return best


def report_recall(
    rows: list[Row], sentences: list[tuple[str, int, str]], m: int, seed: int
) -> None:
    """Print section (c)."""
    drawn = [sentences[i] for i in sorted(random.Random(seed).sample(range(len(sentences)), m))]
    gold = _read_tsv(SENTENCES_TSV)
    by_sentence: dict[tuple[str, str], list[Row]] = {}
    for r in rows:
        by_sentence.setdefault((r.doc, str(r.sent)), []).append(r)
    tally: Counter[str] = Counter()
    uncoded = []
    print(f"== (c) recall: {m} sentences drawn (seed {seed})")
    for doc, index, text in drawn:
        coded = [g for g in gold if (g["doc"], g["sent"]) == (doc, str(index))]
        if not coded:
            uncoded.append((doc, index, text))
            continue
        for g in coded:
            if g["action"] == "-":
                continue
            verdict = match(g, by_sentence.get((doc, str(index)), []))
            tally[verdict] += 1
            print(f"  {verdict:7s} {g['actor']} | {g['action']} | {g['target']}"
                  f" [{g['polarity']}/{g['modality']}]  ({doc}#{index})")  # fmt: skip
    total = sum(tally.values())
    if total:
        print(f"  {total} coded events: found {tally['found']}  partly {tally['partly']}"
              f"  missed {tally['missed']}  recall {tally['found'] / total:.1%}")  # fmt: skip
    for doc, index, text in uncoded:
        print(f"  NOT CODED {doc}\t{index}\t{excerpt(text, 400)}")


def main(argv: Sequence[str] | None = None) -> None:
    """Run the three sections."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, help="Reuse (or write) extracted events here.")
    parser.add_argument("--todo", type=Path, default=Path("/tmp/realnews-todo.tsv"))
    parser.add_argument("--events", type=int, default=60)
    parser.add_argument("--sentences", type=int, default=20)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    if args.cache is not None and args.cache.exists():
        rows, sentences = load_cache(args.cache)
    else:
        corpus = args.shared / "benchmarks" / "realnews" / "fakes-syria.jsonl"
        rows, sentences = extract_corpus(corpus)
        if args.cache is not None:
            save_cache(args.cache, rows, sentences)
    report_counts(rows, sentences)
    report_precision(rows, args.events, args.seed, args.todo)
    report_recall(rows, sentences, args.sentences, args.seed)


if __name__ == "__main__":
    main()
