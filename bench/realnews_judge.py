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
    or one row with action ``-`` for a sentence with none). Sentences are named by
    document and a hash of their text (``text_sha1``), never by their index, and a
    seed's draw, once made, is kept in ``bench/realnews_draws.tsv``: a change of the
    sentence splitter elsewhere in a document leaves the draw and its coding the same
    sentences, so before/after compare like with like. A seed with no kept draw ranks
    the sentences by a seeded hash of (document, text hash); ``--freeze`` keeps it.
    A kept sentence whose text the splitter no longer yields is reported as lost.
    A gold event is found when a system event of that sentence has an actor sharing a
    content word with the gold actor (surface or canonical label), the gold verb among
    its action/relation words, a target sharing a content word (any target if the gold
    one is empty), and the gold polarity and modality; it is "partly" found when actor
    and verb match only. A gold actor ``?`` is one the text does not name ("a car bomb
    killed 12"): any event or relation fact with the verb and the target finds it.

Strict precision counts only ``correct``; recall counts only found events.

Usage: python bench/realnews_judge.py [--shared ../shared] [--cache FILE] [--todo FILE]
                                      [--events 60] [--sentences 20] [--seed 14] [--freeze]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVENTS_TSV = ROOT / "bench" / "realnews_events.tsv"
SENTENCES_TSV = ROOT / "bench" / "realnews_sentences.tsv"
DRAWS_TSV = ROOT / "bench" / "realnews_draws.tsv"
DRAW_FIELDS = ("seed", "doc", "text_sha1", "excerpt")
KEY_FIELDS = ("doc", "sent", "actor", "action", "target", "polarity", "modality")
JUDGE_FIELDS = (*KEY_FIELDS, "verdict", "cause", "excerpt")
GOLD_FIELDS = ("doc", "sent", "text_sha1", "actor", "action", "target", "polarity", "modality",
               "excerpt")  # fmt: skip
# a sentence as (document, index in the document, text); the index is for display only.
Sentence = tuple[str, int, str]
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


def extract_corpus(corpus: Path) -> tuple[list[Row], list[Sentence]]:
    """Return every event and every sentence ``(doc, index, text)`` of ``corpus``."""
    from graph.extract import extract_events
    from graph.ingest import load_articles
    from graph.normalize import normalize_events
    from graph.parse import iter_sentences, parse_articles

    rows: list[Row] = []
    sentences: list[Sentence] = []
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


def load_cache(path: Path) -> tuple[list[Row], list[Sentence]]:
    """Read what :func:`save_cache` wrote."""
    data = json.loads(path.read_text("utf-8"))
    return [Row(**r) for r in data["rows"]], [tuple(s) for s in data["sentences"]]


def save_cache(path: Path, rows: list[Row], sentences: list[Sentence]) -> None:
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


def report_counts(rows: list[Row], sentences: list[Sentence]) -> None:
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


def text_sha1(text: str) -> str:
    """Return the name of a sentence's text: sha1 of its words, spaces normalised (16 hex)."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def draw_sentences(
    sentences: list[Sentence], m: int, seed: int, *, freeze: bool = False
) -> tuple[list[Sentence], list[dict[str, str]]]:
    """Return the drawn sentences of ``seed`` and the kept ones the corpus no longer has.

    A kept draw (``bench/realnews_draws.tsv``) is found by document and text hash;
    otherwise the ``m`` sentences of lowest seeded hash are drawn (and kept if ``freeze``).
    """
    by_name = {(doc, text_sha1(text)): (doc, i, text) for doc, i, text in sentences}
    kept = [row for row in _read_tsv(DRAWS_TSV) if row["seed"] == str(seed)]
    if kept:
        found = [by_name[k] for row in kept if (k := (row["doc"], row["text_sha1"])) in by_name]
        lost = [row for row in kept if (row["doc"], row["text_sha1"]) not in by_name]
        return found, lost
    ranked = sorted(by_name, key=lambda k: _rank(seed, k))[:m]
    drawn = sorted((by_name[k] for k in ranked), key=lambda s: (s[0], s[1]))
    if freeze:
        _append_draw(seed, drawn)
    return drawn, []


def _append_draw(seed: int, drawn: list[Sentence]) -> None:
    new = not DRAWS_TSV.exists()
    with DRAWS_TSV.open("a", encoding="utf-8", newline="") as stream:
        out = csv.writer(stream, delimiter="\t", lineterminator="\n")
        if new:
            out.writerow(DRAW_FIELDS)
        for doc, _, text in drawn:
            out.writerow((seed, doc, text_sha1(text), excerpt(text, 90)))


def _gold_key(g: dict[str, str]) -> tuple[str, ...]:
    return tuple(g[f] for f in ("actor", "action", "target", "polarity", "modality"))


def report_recall(
    rows: list[Row], sentences: list[Sentence], m: int, seed: int, *, freeze: bool = False
) -> None:
    """Print section (c)."""
    drawn, lost = draw_sentences(sentences, m, seed, freeze=freeze)
    names = {(doc, i): text_sha1(text) for doc, i, text in sentences}
    gold: dict[tuple[str, str], list[dict[str, str]]] = {}
    for g in _read_tsv(SENTENCES_TSV):
        # a text an article repeats is one sentence, coded once.
        coded = gold.setdefault((g["doc"], g["text_sha1"]), [])
        if all(_gold_key(g) != _gold_key(other) for other in coded):
            coded.append(g)
    by_sentence: dict[tuple[str, str], list[Row]] = {}
    for r in rows:
        by_sentence.setdefault((r.doc, names[(r.doc, r.sent)]), []).append(r)
    tally: Counter[str] = Counter()
    uncoded = []
    print(f"== (c) recall: {len(drawn)} sentences drawn (seed {seed})")
    for doc, index, text in drawn:
        name = (doc, text_sha1(text))
        if name not in gold:
            uncoded.append((doc, index, text))
            continue
        for g in gold[name]:
            if g["action"] == "-":
                continue
            verdict = match(g, by_sentence.get(name, []))
            tally[verdict] += 1
            print(f"  {verdict:7s} {g['actor']} | {g['action']} | {g['target']}"
                  f" [{g['polarity']}/{g['modality']}]  ({doc}#{index})")  # fmt: skip
    total = sum(tally.values())
    if total:
        print(f"  {total} coded events: found {tally['found']}  partly {tally['partly']}"
              f"  missed {tally['missed']}  recall {tally['found'] / total:.1%}")  # fmt: skip
    for doc, index, text in uncoded:
        print(f"  NOT CODED {doc}\t{index}\t{text_sha1(text)}\t{excerpt(text, 400)}")
    for row in lost:
        print(f"  LOST (the splitter no longer yields it) {row['doc']}: {row['excerpt']}")


def main(argv: Sequence[str] | None = None) -> None:
    """Run the three sections."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, help="Reuse (or write) extracted events here.")
    parser.add_argument("--todo", type=Path, default=Path("/tmp/realnews-todo.tsv"))
    parser.add_argument("--events", type=int, default=60)
    parser.add_argument("--sentences", type=int, default=20)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--freeze", action="store_true", help="Keep a new sentence draw.")
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
    report_recall(rows, sentences, args.sentences, args.seed, freeze=args.freeze)


if __name__ == "__main__":
    main()
