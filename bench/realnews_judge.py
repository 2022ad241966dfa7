"""Hand-judged precision and recall of events on real news (issue 14), re-runnable.

Runs ingest -> parse -> extract -> normalize on the FA-KES corpus
(``shared/benchmarks/realnews/fakes-syria.jsonl``), then:

(a) counts events and relation facts;
(b) draws N events at random among the events (relation facts excluded), by a seeded
    hash of each event so that events the code still finds stay drawn, and scores them
    with the verdicts in ``bench/realnews_events.tsv``: a verdict is keyed by the event
    itself (document, sentence, actor, action, target, polarity, modality), so a change
    of the code that yields other events leaves only those unjudged. The sentence in
    that key is its index in the reference cut of the corpus (``bench/realnews_segments.tsv``,
    each document's sentence starts, written when missing): a sentence the splitter cuts
    differently since keeps the index of the reference sentence it mostly covers, so a
    re-segmentation moves neither a verdict's key nor an event's rank in the draw; a verdict
    keyed by an index that moved before that file existed is found by the excerpt of its
    sentence (``find_verdicts``, "verdicts found by their sentence's text" in the output).
    The unjudged drawn events are written to ``--todo`` for a person to judge (read the
    sentence, fill in ``verdict`` = correct | partly | wrong and ``cause``, append the
    rows' first 12 columns to the file); a verdict records the class and labels it saw,
    and once the code gives the event another class or other labels it is stale and the
    event is written to ``--todo`` again;
(c) draws M sentences at random (fixed seed) and scores recall against the analyst's
    coding in ``bench/realnews_sentences.tsv`` (one row per event an analyst would code,
    or one row with action ``-`` for a sentence with none). Sentences are named by
    document and a hash of their text (``text_sha1``), never by their index, and a
    seed's draw, once made, is kept in ``bench/realnews_draws.tsv``: a change of the
    sentence splitter elsewhere in a document leaves the draw and its coding the same
    sentences, so before/after compare like with like. A seed with no kept draw ranks
    the sentences by a seeded hash of (document, text hash); ``--freeze`` keeps it.
    A kept sentence whose text the splitter no longer yields (cut differently since) is
    found again in its document by its text hash, and its coded events are scored against
    the events of the sentences that now hold its text ("RE-SEGMENTED" in the output);
    only a text no sentence holds any more is reported as lost.
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
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from graph.evaluate.resegment import (
    anchor_index,
    covering,
    locate_text,
    same_sentence,
    text_sha1,
)
from graph.extract.verbforms import verb_candidates

ROOT = Path(__file__).resolve().parents[1]
EVENTS_TSV = ROOT / "bench" / "realnews_events.tsv"
SENTENCES_TSV = ROOT / "bench" / "realnews_sentences.tsv"
DRAWS_TSV = ROOT / "bench" / "realnews_draws.tsv"
SEGMENTS_TSV = ROOT / "bench" / "realnews_segments.tsv"
DRAW_FIELDS = ("seed", "doc", "text_sha1", "excerpt")
KEY_FIELDS = ("doc", "sent", "actor", "action", "target", "polarity", "modality")
# "class" and "labels" (actor | target label) record what the judge saw besides the key:
# a verdict whose class or labels differ from the event's now is stale (the event is
# judged again); a verdict written before these columns existed has them empty.
JUDGE_FIELDS = (*KEY_FIELDS, "verdict", "cause", "excerpt", "class", "labels")
GOLD_FIELDS = ("doc", "sent", "text_sha1", "actor", "action", "target", "polarity", "modality",
               "excerpt")  # fmt: skip
# a sentence as (document, index in the document, text, start char in the article);
# the index is for display only.
Sentence = tuple[str, int, str, int]
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
    instrument: str = ""  # the weapon an attack is told through, its doer named elsewhere

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
        chars = int(doc.user_data.get("char_offset", 0))
        for index, sent in iter_sentences(doc):
            sentences.append((article.doc_id, offset + index, sent.text, chars + sent.start_char))
        raw = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
        rows.extend(_row(ev) for ev in normalize_events(raw))
    return rows, sentences


def _row(ev: Any) -> Row:
    p = ev.provenance
    return Row(p.doc_id, p.sentence_index, ev.actor, ev.action, ev.target, ev.polarity,
               ev.modality, ev.kind, ev.relation, ev.action_class, ev.actor_label,
               ev.target_label, p.sentence, ev.instrument)  # fmt: skip


def load_cache(path: Path) -> tuple[list[Row], list[Sentence]]:
    """Read what :func:`save_cache` wrote."""
    data = json.loads(path.read_text("utf-8"))
    sentences = [tuple(s) for s in data["sentences"]]
    if any(len(s) != 4 for s in sentences):
        raise SystemExit(f"cache {path} is from an older judge (no sentence offsets): delete it")
    return [Row(**r) for r in data["rows"]], sentences


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


def report_precision(
    rows: list[Row], n: int, seed: int, todo: Path, anchors: dict[tuple[str, int], int]
) -> None:
    """Print section (b) and write the unjudged drawn events to ``todo``.

    ``anchors`` (see :func:`anchor_sentences`) gives each sentence the index events
    are keyed by.
    """
    events = [replace(r, sent=anchors[(r.doc, r.sent)]) for r in rows if r.kind == "event"]
    verdicts = _read_tsv(EVENTS_TSV)
    found = find_verdicts(events, verdicts)
    # a draw by a seeded hash of each event: an event the code still finds keeps its
    # place in the draw, so a change of the code leaves only its new events to judge;
    # a judged event whose sentence index moved keeps the rank of its judged key.
    order = sorted(range(len(events)), key=lambda k: _rank(seed, found[k][0]))[:n]
    judged = [(events[k], found[k][1]) for k in order if found[k][1] is not None]
    missing = [events[k] for k in order if found[k][1] is None]
    moved = sum(1 for k in order if found[k][2])
    stale = sum(1 for k in order if found[k][1] is None and _judged(found[k][0], verdicts))
    tally = Counter(v["verdict"] for _, v in judged if v is not None)
    causes = Counter(v["cause"] for _, v in judged if v is not None and v["verdict"] != "correct")
    print(f"== (b) precision: {n} events drawn (seed {seed}), {len(judged)} judged")
    if moved:
        print(f"  {moved} verdicts found by their sentence's text (its index moved: re-segmented)")
    if stale:
        print(f"  {stale} verdicts stale (the event's class or labels changed): judge again")
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


Found = tuple[tuple[str, ...], dict[str, str] | None, bool]


def find_verdicts(events: Sequence[Row], verdicts: Sequence[dict[str, str]]) -> list[Found]:
    """Return, per event, the key it ranks by, its verdict row (or None) and whether moved.

    A verdict is keyed by the event with its sentence index; when an earlier sentence of
    the document is cut differently that index moves, so a verdict of the same document
    and event fields whose excerpt is the event's sentence is taken too (its own key kept).
    A verdict that recorded another class or other labels than the event has now is
    stale: the event keeps its rank but is unjudged, and a later verdict of the same key
    that fits (the re-judgement, appended to the file) is taken instead.
    """
    exact: dict[tuple[str, ...], list[dict[str, str]]] = {}
    for v in verdicts:
        exact.setdefault(tuple(v[f] for f in KEY_FIELDS), []).append(v)
    # a verdict an event still has by its own key is no other event's (an article that
    # repeats a sentence has the same event at two indexes).
    taken = {r.key() for r in events} & exact.keys()
    loose: dict[tuple[str, ...], list[dict[str, str]]] = {}
    for v in (v for key, vs in exact.items() if key not in taken for v in vs):
        loose.setdefault(tuple(v[f] for f in KEY_FIELDS if f != "sent"), []).append(v)
    out: list[Found] = []
    for r in events:
        if r.key() in exact:
            out.append((r.key(), _fitting(exact[r.key()], r), False))
            continue
        fields = (r.doc, *r.key()[2:])
        near = [v for v in loose.get(fields, []) if same_sentence(v["excerpt"], r.sentence)]
        if not near:
            out.append((r.key(), None, False))
            continue
        v = min(near, key=lambda v: abs(int(v["sent"]) - r.sent))
        key = tuple(v[f] for f in KEY_FIELDS)
        out.append((key, _fitting([w for w in near if _same_key(w, key)], r), True))
    return out


def _same_key(verdict: dict[str, str], key: tuple[str, ...]) -> bool:
    return tuple(verdict[f] for f in KEY_FIELDS) == key


def _fitting(verdicts: Sequence[dict[str, str]], r: Row) -> dict[str, str] | None:
    """Return the last verdict whose recorded class and labels (if any) are the event's."""
    labels = f"{r.actor_label} | {r.target_label}"
    fits = [
        v
        for v in verdicts
        if (v.get("class") or r.action_class) == r.action_class
        and (v.get("labels") or labels) == labels
    ]
    return fits[-1] if fits else None


def anchor_sentences(sentences: Sequence[Sentence], path: Path) -> dict[tuple[str, int], int]:
    """Return the index each sentence is keyed by in verdicts: its index in the reference cut.

    The reference cut (``path``: each document's sentence starts) is the one the verdicts
    were keyed by, written from the current sentences when missing. A sentence cut
    differently since keeps the index of the reference sentence it mostly covers, so a
    re-segmentation elsewhere in a document moves no event's key nor its rank in a draw.
    """
    if not path.exists():
        _write_segments(path, sentences)
    starts = {row["doc"]: [int(x) for x in row["starts"].split()] for row in _read_tsv(path)}
    return {
        (doc, i): anchor_index(starts[doc], (start, start + len(text))) if doc in starts else i
        for doc, i, text, start in sentences
    }


def _write_segments(path: Path, sentences: Sequence[Sentence]) -> None:
    starts: dict[str, list[int]] = {}
    for doc, _, _, start in sorted(sentences, key=lambda s: (s[0], s[1])):
        starts.setdefault(doc, []).append(start)
    with path.open("w", encoding="utf-8", newline="") as stream:
        out = csv.writer(stream, delimiter="\t", lineterminator="\n")
        out.writerow(("doc", "starts"))
        out.writerows((doc, " ".join(map(str, found))) for doc, found in starts.items())


def _judged(key: tuple[str, ...], verdicts: Sequence[dict[str, str]]) -> bool:
    return any(_same_key(v, key) for v in verdicts)


def _rank(seed: int, key: tuple[str, ...]) -> str:
    return hashlib.sha256(f"{seed}|{'|'.join(key)}".encode()).hexdigest()


def _write_todo(path: Path, rows: Iterable[Row]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        out = csv.writer(stream, delimiter="\t", lineterminator="\n")
        out.writerow((*JUDGE_FIELDS, "relation", "sentence"))
        for r in rows:
            labels = f"{r.actor_label} | {r.target_label}"
            out.writerow((*r.key(), "", "", excerpt(r.sentence), r.action_class, labels,
                          _told(r), " ".join(r.sentence.split())))  # fmt: skip


def _told(r: Row) -> str:
    """Return the relation words, with the weapon an owned attack is told through."""
    return f"{r.relation} [instrument: {r.instrument}]" if r.instrument else r.relation


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


def _shares(gold: str, *system: str) -> bool:
    want = _words(gold)
    return any(want & _words(s) for s in system if s)


def _verb_found(gold_action: str, r: Row) -> bool:
    verb = gold_action.split()[0].lower()
    stem = verb[:-1] if verb.endswith("e") else verb
    if verb in _words(r.action) or any(w.startswith(stem) for w in _words(r.relation)):
        return True
    # an irregular or inflected form on either side: gold "shoot down" is the fact
    # "be shot down", gold "struck" the action "strike".
    wanted = verb_candidates(verb)
    return any(wanted & verb_candidates(w) for w in _words(f"{r.action} {r.relation}"))


def match(gold: dict[str, str], rows: Sequence[Row]) -> str:
    """Return "found", "partly" or "missed" for one gold event among a sentence's events."""
    best = "missed"
    unknown = gold["actor"] == "?"
    for r in rows:
        actor_ok = unknown or _shares(gold["actor"], r.actor, r.actor_label, r.instrument)
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


def draw_sentences(
    sentences: list[Sentence], m: int, seed: int, *, freeze: bool = False
) -> tuple[list[Sentence], list[dict[str, str]]]:
    """Return the drawn sentences of ``seed`` and the kept ones the corpus no longer has.

    A kept draw (``bench/realnews_draws.tsv``) is found by document and text hash;
    otherwise the ``m`` sentences of lowest seeded hash are drawn (and kept if ``freeze``).
    """
    by_name = {(s[0], text_sha1(s[2])): s for s in sentences}
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
        for doc, _, text, _ in drawn:
            out.writerow((seed, doc, text_sha1(text), excerpt(text, 90)))


def _gold_key(g: dict[str, str]) -> tuple[str, ...]:
    return tuple(g[f] for f in ("actor", "action", "target", "polarity", "modality"))


def report_recall(
    rows: list[Row], sentences: list[Sentence], m: int, seed: int, *, freeze: bool = False
) -> None:
    """Print section (c)."""
    drawn, lost = draw_sentences(sentences, m, seed, freeze=freeze)
    gold = _read_gold(_read_tsv(SENTENCES_TSV))
    names = {(s[0], s[1]): text_sha1(s[2]) for s in sentences}
    by_sentence: dict[tuple[str, str], list[Row]] = {}
    for r in rows:
        by_sentence.setdefault((r.doc, names[(r.doc, r.sent)]), []).append(r)
    # a kept sentence the splitter now cuts differently: its text, where it is now.
    covered = {(row["doc"], row["text_sha1"]): cover_kept(row, sentences) for row in lost}
    scored = [((s[0], text_sha1(s[2])), [s]) for s in drawn]
    scored += [(name, now) for name, now in covered.items() if now]
    tally: Counter[str] = Counter()
    uncoded = []
    print(f"== (c) recall: {len(drawn) + len(lost)} sentences drawn (seed {seed})")
    for name, now in scored:
        where = ",".join(f"#{s[1]}" for s in now)
        if name not in gold:
            uncoded.append(f"  NOT CODED {name[0]}\t{where}\t{name[1]}\t{excerpt(now[0][2], 400)}")
            continue
        events = [r for s in now for r in by_sentence.get((s[0], text_sha1(s[2])), [])]
        for g in gold[name]:
            if g["action"] == "-":
                continue
            verdict = match(g, events)
            tally[verdict] += 1
            print(f"  {verdict:7s} {g['actor']} | {g['action']} | {g['target']}"
                  f" [{g['polarity']}/{g['modality']}]  ({name[0]}{where})")  # fmt: skip
    total = sum(tally.values())
    if total:
        print(f"  {total} coded events: found {tally['found']}  partly {tally['partly']}"
              f"  missed {tally['missed']}  recall {tally['found'] / total:.1%}")  # fmt: skip
    for line in uncoded:
        print(line)
    for (doc, name), now in covered.items():
        if now:
            print(
                f"  RE-SEGMENTED {doc} {name}: its text is now in sentences"
                f" {', '.join(f'#{s[1]}' for s in now)}; scored against their events"
            )
        else:
            print(f"  LOST (no sentence holds its text any more) {doc} {name}")


def _read_gold(coding: list[dict[str, str]]) -> dict[tuple[str, str], list[dict[str, str]]]:
    gold: dict[tuple[str, str], list[dict[str, str]]] = {}
    for g in coding:
        # a text an article repeats is one sentence, coded once.
        coded = gold.setdefault((g["doc"], g["text_sha1"]), [])
        if all(_gold_key(g) != _gold_key(other) for other in coded):
            coded.append(g)
    return gold


def cover_kept(kept: dict[str, str], sentences: Sequence[Sentence]) -> list[Sentence]:
    """Return the sentences of a kept draw's document that now hold its text (or [])."""
    mine = sorted((s for s in sentences if s[0] == kept["doc"]), key=lambda s: s[3])
    span = locate_text([(s[3], s[2]) for s in mine], kept["text_sha1"], kept.get("excerpt", ""))
    if span is None:
        return []
    return [mine[k] for k in covering([(s[3], s[2]) for s in mine], span)]


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
    anchors = anchor_sentences(sentences, SEGMENTS_TSV)
    report_precision(rows, args.events, args.seed, args.todo, anchors)
    report_recall(rows, sentences, args.sentences, args.seed, freeze=args.freeze)


if __name__ == "__main__":
    main()
