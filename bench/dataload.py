"""Time how long the packaged data takes to load: the place index and the actor gazetteer.

Each figure comes from a fresh Python process, so nothing is shared between runs:
"cold" builds the data from the package files (an empty cache folder), "cached"
reads it back from the disk cache the cold run wrote (the normal case after the
first run on a machine). Imports happen before the clock starts; the baseline
row times an empty statement the same way, in the same run. Target (issue 13):
the compiled dictionary loads in well under a second once cached.

Usage: python bench/dataload.py [--reps 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

SETUP = "from graph.normalize import load_gazetteer; from graph.normalize.places import load_places"
PROBES = {
    "baseline (an empty statement)": "pass",
    "place index": "load_places()",
    "actor gazetteer": "load_gazetteer()",
}
TIMER = SETUP + "; import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"


def run_probe(code: str, cache_dir: str) -> float:
    env = dict(os.environ, NEWSGRAPH_CACHE_DIR=cache_dir)
    out = subprocess.run(
        [sys.executable, "-c", TIMER.format(code=code)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    print("| data | cold (s) | cached (s) | target |")
    print("|---|---:|---:|---|")
    for name, code in PROBES.items():
        cold, warm = [], []
        for _ in range(args.reps):
            with tempfile.TemporaryDirectory(prefix="ng-dataload-") as cache_dir:
                cold.append(run_probe(code, cache_dir))
                warm.append(run_probe(code, cache_dir))
        target = "" if name.startswith("baseline") else "cached < 1 s"
        mark = ""
        if target:
            mark = " ✓" if statistics.median(warm) < 1.0 else " ✗"
        print(
            f"| {name} | {statistics.median(cold):.2f} | {statistics.median(warm):.2f} "
            f"| {target}{mark} |"
        )


if __name__ == "__main__":
    main()
