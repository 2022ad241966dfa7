"""Huge documents: peak memory and throughput of one long document vs the same text in articles.

Run through ``python bench/soak.py --mode huge`` (see its help). Two shapes:

  sentences  the soak corpus's articles (seed sentences with swapped names) joined
             into one document, vs the same articles as JSONL records;
  lines      one-word lines (words drawn from the seeds), as one document, vs the
             same lines in records of 100 lines.

Each input is built by ``python -m graph build --store`` in a fresh process, the
four builds taking turns so that load from other work on the machine falls on
both sides alike. Memory is sampled every 0.2 s over the build's whole process
tree (the build and its helper process): the table gives the peak of the sum, the
largest single process, and the peak in the first and second half of the build
(a document that streams keeps the second half at the first half's level).
Throughput is characters of text per second; the ratio is huge / split.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil  # type: ignore[import-untyped]  # no stubs installed (types-psutil)

ROOT = Path(__file__).resolve().parents[1]
LINES_PER_RECORD = 100


@dataclass(slots=True)
class Run:
    """One build's wall time and memory."""

    label: str
    chars: int
    seconds: float
    peak_mb: float  # peak RSS of the process tree (sum)
    largest_mb: float  # peak RSS of one process
    first_half_mb: float
    second_half_mb: float


def write_sentences(folder: Path, records: list[dict[str, str]]) -> tuple[Path, Path, int]:
    """Write the articles as one document and as JSONL; return both paths and the characters."""
    huge, split = folder / "sentences-huge.txt", folder / "sentences-split.jsonl"
    huge.write_text("\n\n".join(r["text"] for r in records), encoding="utf-8")
    with split.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return huge, split, sum(len(r["text"]) for r in records)


def write_slice(folder: Path, records: list[dict[str, str]], megabytes: float) -> tuple[Path, int]:
    """Write the first articles, ``megabytes`` of them, as JSONL; return the path and characters."""
    path, chars, size = folder / "sentences-split-slice.jsonl", 0, 0
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            if size >= megabytes * 1e6:
                break
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            chars += len(record["text"])
            size += len(record["text"].encode("utf-8")) + 2
    return path, chars


def write_lines(
    folder: Path, words: Sequence[str], count: int, seed: int
) -> tuple[Path, Path, int]:
    """Write ``count`` one-word lines as one document and in records of 100 lines."""
    rng = random.Random(seed)
    lines = [rng.choice(words) for _ in range(count)]
    huge, split = folder / "lines-huge.txt", folder / "lines-split.jsonl"
    huge.write_text("\n".join(lines), encoding="utf-8")
    with split.open("w", encoding="utf-8") as out:
        for start in range(0, count, LINES_PER_RECORD):
            text = "\n".join(lines[start : start + LINES_PER_RECORD])
            out.write(json.dumps({"id": f"lines-{start:07d}", "text": text}) + "\n")
    return huge, split, sum(map(len, lines))


def build_once(label: str, source: Path, chars: int, store: Path, code: Path = ROOT) -> Run:
    """Build ``source`` into a new store in a fresh process; sample its memory.

    ``code`` is the checkout whose ``graph`` package builds (another one measures
    the code before a change with the same harness).
    """
    env = {**os.environ, "PYTHONPATH": str(code)}
    command = [sys.executable, "-m", "graph", "build", "--store", str(store), str(source)]
    started = time.perf_counter()
    log = tempfile.TemporaryFile()  # noqa: SIM115  # a pipe nobody reads could fill up
    proc = subprocess.Popen(  # cwd: python -m puts the current folder first on the path
        command, cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=log
    )
    samples: list[tuple[float, float, float]] = []  # seconds, tree MB, largest MB
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        sizes = [_rss(p) for p in [root, *_children(root)]]
        samples.append((time.perf_counter() - started, sum(sizes) / 2**20, max(sizes) / 2**20))
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    log.seek(0)
    errors = log.read().decode("utf-8", "replace")
    log.close()
    if proc.returncode != 0:
        sys.exit(f"build of {source} failed ({proc.returncode}): {errors.strip()[-500:]}")
    half = seconds / 2
    first = max((s[1] for s in samples if s[0] < half), default=0.0)
    second = max((s[1] for s in samples if s[0] >= half), default=0.0)
    peak = max((s[1] for s in samples), default=0.0)
    largest = max((s[2] for s in samples), default=0.0)
    return Run(label, chars, seconds, peak, largest, first, second)


def _children(proc: psutil.Process) -> list[psutil.Process]:
    try:
        return list(proc.children(recursive=True))
    except psutil.Error:
        return []


def _rss(proc: psutil.Process) -> int:
    try:
        return int(proc.memory_info().rss)
    except psutil.Error:  # exited between the listing and the sample
        return 0


def print_table(runs: list[Run], limit_mb: float) -> bool:
    """Print one row per build and the ratios; return whether every target holds."""
    print(
        f"{'input':<16} {'chars':>10} {'seconds':>8} {'chars/s':>8} {'peak MB':>8} "
        f"{'largest':>8} {'1st half':>8} {'2nd half':>8}"
    )
    for run in runs:
        print(
            f"{run.label:<16} {run.chars:>10,} {run.seconds:>8.1f} "
            f"{run.chars / run.seconds:>8,.0f} "
            f"{run.peak_mb:>8.0f} {run.largest_mb:>8.0f} {run.first_half_mb:>8.0f} "
            f"{run.second_half_mb:>8.0f}"
        )
    ok = True
    by_label = {run.label: run for run in runs}
    for shape in ("sentences", "lines"):
        huge, split = by_label.get(f"{shape}-huge"), by_label.get(f"{shape}-split")
        if huge is None or split is None:
            continue
        ratio = (huge.chars / huge.seconds) / (split.chars / split.seconds)
        memory_ok = huge.peak_mb < limit_mb
        ok = ok and ratio >= 0.8 and memory_ok
        print(
            f"{shape}: throughput huge/split {ratio:.2f} (target >= 0.80), "
            f"peak {huge.peak_mb:.0f} MB "
            f"(target < {limit_mb:.0f} MB), split peak {split.peak_mb:.0f} MB "
            f"-> {'OK' if ratio >= 0.8 and memory_ok else 'BELOW TARGET'}"
        )
    return ok


def run_huge(
    records: list[dict[str, str]],
    words: Sequence[str],
    *,
    lines: int,
    seed: int,
    keep: Path | None,
    code: Path = ROOT,
    limit_mb: float = 1500,
    split_mb: float | None = None,
    shapes: Sequence[str] = ("sentences", "lines"),
) -> int:
    """Write both shapes, build each huge and split, print the table; 1 below target.

    ``split_mb`` builds the split baseline from only the first articles of that many
    megabytes (a 20 MB document would otherwise need a second build of over an hour);
    throughput is per character, so the ratio stays comparable, and the table says so.
    """
    with tempfile.TemporaryDirectory(prefix="soak-huge-") as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        s_huge, s_split, s_chars = write_sentences(folder, records)
        s_split_chars = s_chars
        if split_mb is not None:
            s_split, s_split_chars = write_slice(folder, records, split_mb)
        l_huge, l_split, l_chars = write_lines(folder, words, lines, seed)
        print(
            f"sentences: {len(records):,} articles, {s_chars:,} characters "
            f"(split baseline: {s_split_chars:,} characters"
            f"{' = the first articles only' if split_mb is not None else ''}); "
            f"lines: {lines:,} one-word lines, {l_chars:,} characters",
            flush=True,
        )
        runs = []
        for label, source, chars in (
            ("sentences-split", s_split, s_split_chars),
            ("sentences-huge", s_huge, s_chars),
            ("lines-split", l_split, l_chars),
            ("lines-huge", l_huge, l_chars),
        ):
            if label.split("-")[0] not in shapes:
                continue
            runs.append(build_once(label, source, chars, folder / f"store-{label}", code))
            done = runs[-1]
            print(f"  {label}: {done.seconds:.1f} s, peak {done.peak_mb:.0f} MB", flush=True)
        return 0 if print_table(runs, limit_mb) else 1
