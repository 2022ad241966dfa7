"""Benchmark: how far the events of comma-stripped text agree with those of the original.

The real-news corpus lost every comma; real news we are judged on may have them or not.
This takes texts that have commas, strips the commas, runs parse + extract + normalise
on both and prints, per corpus, how many of the original's events the stripped text
gives again (triple actor/action/target) and, for events aligned on their sentence and
action, how often each role agrees. Run from the repo root:

    python bench/commaless.py                  # with comma restoration (the default)
    python bench/commaless.py --no-restore     # the parse of the bare stripped text
    python bench/commaless.py --show 20        # also print disagreeing events

Corpora (read in place, never copied): the seeds (``seeds/``), the sentences of
``benchmarks/plover/dev.tsv`` and the CaRB dev sentences, the single sentences grouped
into documents of ``--group`` paragraphs (a news article is several sentences long, and
comma-stripped text is recognised per document). It also prints how many of the
original commas the restoration put back (recall) and how many of its commas the
original had (precision), per rule.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks"
_SPACES = re.compile(r"\s+")
# CaRB sentences are tokenised ("word , word"); they are read as plain text.
_DETOK = [
    (re.compile(r" ([,.;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't)(?=\s|$)"), r"\1"),
    (re.compile(r"([(\[{$]) "), r"\1"),
    (re.compile(r"`` ?| ?''"), '"'),
    (re.compile(r"-LRB- ?"), "("),
    (re.compile(r" ?-RRB-"), ")"),
]


def detokenize(line: str) -> str:
    """Return a tokenised sentence as running text."""
    text = line.strip()
    for pattern, repl in _DETOK:
        text = pattern.sub(repl, text)
    return text


def strip_commas(text: str) -> str:
    """Remove every comma, as the real-news corpus did ("a, b" -> "a b")."""
    return text.replace(",", "")


def grouped(name: str, sentences: Sequence[str], size: int) -> list[tuple[str, str]]:
    """Join single sentences into documents of ``size`` paragraphs."""
    return [
        (f"{name}-{start // size:03d}", "\n\n".join(sentences[start : start + size]))
        for start in range(0, len(sentences), size)
    ]


def load_corpora(group: int) -> dict[str, list[tuple[str, str]]]:
    """Return ``{corpus: [(doc id, text)]}`` for the seeds, PLOVER dev and CaRB dev."""
    seeds = [
        (p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    with (SHARED / "plover" / "dev.tsv").open(encoding="utf-8", newline="") as stream:
        plover = [row["text"] for row in csv.DictReader(stream, delimiter="\t")]
    carb_lines = (SHARED / "carb" / "dev_sentences.txt").read_text(encoding="utf-8").splitlines()
    carb = [detokenize(line) for line in carb_lines if line.strip()]
    return {
        "seeds": seeds,
        "plover dev": grouped("plover", plover, group),
        "carb dev": grouped("carb", carb, group),
    }


def _key(text: str) -> str:
    return _SPACES.sub(" ", strip_commas(text)).strip().casefold()


def run_events(docs: Sequence[tuple[str, str]], *, restore: bool) -> list[Any]:
    """Parse, extract and normalise documents; return their events (no relation facts)."""
    from graph.extract import extract_events
    from graph.model import Article
    from graph.normalize import normalize_events
    from graph.parse import parse_articles

    articles = [Article(doc_id=doc_id, source=doc_id, text=text) for doc_id, text in docs]
    found = []
    for _, doc in parse_articles(articles, restore_commas=restore):
        found.extend(extract_events(doc))
    return [ev for ev in normalize_events(found) if ev.kind == "event"]


def keyed(events: Iterable[Any]) -> dict[tuple[str, str], list[Any]]:
    """Group events by document and comma-free sentence text."""
    out: dict[tuple[str, str], list[Any]] = {}
    for ev in events:
        out.setdefault((ev.provenance.doc_id, _key(ev.provenance.sentence)), []).append(ev)
    return out


def triple(ev: Any) -> tuple[str, str, str]:
    return (_key(ev.actor), ev.action, _key(ev.target))


ROLES = {
    "actor": lambda ev: _key(ev.actor),
    "target": lambda ev: _key(ev.target),
    "actor id": lambda ev: ev.actor_id,
    "target id": lambda ev: ev.target_id,
    "class": lambda ev: ev.action_class,
    "polarity+modality": lambda ev: (ev.polarity, ev.modality),
}


def align(orig: list[Any], bare: list[Any]) -> list[tuple[Any, Any]]:
    """Pair events of one sentence on their action (best role overlap first)."""
    pairs = []
    left = list(bare)
    for ev in orig:
        same = [b for b in left if b.action == ev.action]
        if not same:
            continue
        best = max(same, key=lambda b: (triple(b) == triple(ev), _key(b.actor) == _key(ev.actor)))
        left.remove(best)
        pairs.append((ev, best))
    return pairs


def compare(orig: list[Any], bare: list[Any], show: int) -> dict[str, float]:
    """Return the agreement figures of one corpus; print up to ``show`` disagreements."""
    by_orig, by_bare = keyed(orig), keyed(bare)
    matched = 0
    agree: Counter[str] = Counter()
    pairs: list[tuple[Any, Any]] = []
    for key in by_orig.keys() | by_bare.keys():
        mine, theirs = by_orig.get(key, []), by_bare.get(key, [])
        matched += sum((Counter(map(triple, mine)) & Counter(map(triple, theirs))).values())
        pairs += align(mine, theirs)
    for ev, other in pairs:
        for role, get in ROLES.items():
            agree[role] += get(ev) == get(other)
    wrong = [(ev, other) for ev, other in pairs if triple(ev) != triple(other)]
    for ev, other in wrong[:show]:
        print(f"  | {ev.provenance.sentence[:160]}", file=sys.stderr)
        print(f"  |   with commas: {triple(ev)}", file=sys.stderr)
        print(f"  |   stripped:    {triple(other)}", file=sys.stderr)
    n = max(len(pairs), 1)
    return {
        "events": len(orig),
        "stripped events": len(bare),
        "triples kept": matched / max(len(orig), 1),
        "triples new": (len(bare) - matched) / max(len(bare), 1),
        "aligned": len(pairs) / max(len(orig), 1),
        **{role: agree[role] / n for role in ROLES},
    }


def restoration(docs: Sequence[tuple[str, str]]) -> dict[str, tuple[int, int, int]]:
    """Return ``{rule: (restored, of them right, original commas)}`` on stripped texts."""
    from graph.parse import load_nlp
    from graph.parse.commas import comma_sites, doc_words

    nlp = load_nlp()
    out: dict[str, list[int]] = {}
    total = 0
    for _, text in docs:
        bare = strip_commas(text)
        # Character positions in the stripped text right after which a comma stood.
        truth, removed = set(), 0
        for i, ch in enumerate(text):
            if ch == ",":
                truth.add(i - removed)
                removed += 1
        total += len(truth)
        doc = nlp.make_doc(bare)
        for i, rule in comma_sites(doc_words(doc)[0]):
            tok = doc[i]
            row = out.setdefault(rule, [0, 0])
            row[0] += 1
            row[1] += tok.idx + len(tok) in truth
    all_rows = [v for v in out.values()]
    out["all rules"] = [sum(r[0] for r in all_rows), sum(r[1] for r in all_rows)]
    return {rule: (v[0], v[1], total) for rule, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-restore", action="store_true", help="parse stripped text as is")
    parser.add_argument("--group", type=int, default=8, help="sentences per document")
    parser.add_argument("--show", type=int, default=0, help="disagreements to print per corpus")
    parser.add_argument("--only", default="", help="one corpus (seeds, plover dev, carb dev)")
    args = parser.parse_args(argv)
    corpora = load_corpora(args.group)
    rows = []
    for name, docs in corpora.items():
        if args.only and name != args.only:
            continue
        print(f"{name}: {len(docs)} documents", file=sys.stderr, flush=True)
        orig = run_events(docs, restore=True)
        bare = run_events([(d, strip_commas(t)) for d, t in docs], restore=not args.no_restore)
        rows.append((name, compare(orig, bare, args.show)))
    mode = "bare stripped text" if args.no_restore else "stripped text with commas restored"
    print(f"\nevents of comma-stripped text vs the original ({mode})\n")
    names = list(rows[0][1])
    print(f"  {'measure':18s}" + "".join(f"{name:>12s}" for name, _ in rows))
    for measure in names:
        cells = [fig[measure] for _, fig in rows]
        text = "".join(f"{c:12.0f}" if c > 1 else f"{c:12.3f}" for c in cells)
        print(f"  {measure:18s}{text}")
    if not args.no_restore:
        print("\ncomma restoration on the stripped texts (restored / right / original commas)\n")
        for name, docs in corpora.items():
            if args.only and name != args.only:
                continue
            for rule, (made, right, total) in sorted(restoration(docs).items()):
                prec = right / made if made else 0.0
                print(
                    f"  {name:11s} {rule:22s} {made:5d} {right:5d} {total:5d}  P {prec:.2f}  "
                    f"R {right / max(total, 1):.2f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
