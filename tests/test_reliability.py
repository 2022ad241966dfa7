"""Interrupted builds lose nothing and resume; bad input never shows a traceback.

The kill tests start the real CLI in a subprocess (STYLE prefers CliRunner, but only a
separate process can be killed mid-build, which is what these tests are about).
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib.compare import isomorphic

from graph.cli import cli
from graph.store import load_graph

SWAPS = [
    ("Russia", "Turkey"),
    ("Russian", "Turkish"),
    ("ISIS", "al-Shabaab"),
    ("Deir Ezzor", "Kismayo"),
    ("Raqqa", "Baidoa"),
    ("Syria", "Somalia"),
    ("Syrian", "Somali"),
    ("Moscow", "Ankara"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """120 short articles: runs of the seeds' paragraphs with actors and places swapped.

    Long enough that a build is still running well after its first shard is written.
    """
    folder = tmp_path_factory.mktemp("corpus")
    paragraphs = [
        para.strip()
        for path in sorted(seeds_dir.glob("*.txt"))
        for para in path.read_text(encoding="utf-8").split("\n\n")
        if len(para.strip()) > 150
    ]
    for number in range(120):
        text = "\n\n".join(paragraphs[(number * 3 + k) % len(paragraphs)] for k in range(3))
        for old, new in SWAPS[: number % (len(SWAPS) + 1)]:
            text = text.replace(old, new)
        (folder / f"article-{number:02d}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


# The last input of the interrupted build: a named pipe the build waits on until the
# test writes it, so the build is still running whatever the load on the machine.
LAST = "zz-last.txt"


@pytest.fixture(scope="module")
def last_text(corpus: Path) -> str:
    """The text of the last input: an article of the corpus with one more name swapped."""
    return (corpus / "article-01.txt").read_text(encoding="utf-8").replace("Turkey", "Kenya")


@pytest.fixture(scope="module")
def reference(corpus: Path, last_text: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph an uninterrupted build of the corpus and the last input writes."""
    last = tmp_path_factory.mktemp("last") / LAST
    last.write_text(last_text, encoding="utf-8")
    out = tmp_path_factory.mktemp("reference")
    args = ["build", str(corpus), str(last), "-o", str(out), "--no-view"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return out / "graph.trig"


def _start_build(corpus: Path, last: Path, out: Path) -> subprocess.Popen[bytes]:
    """Start a build of the corpus whose last input is a named pipe nobody writes yet."""
    os.mkfifo(last)
    build = ["build", str(corpus), str(last), "-o", str(out), "--no-view"]
    return subprocess.Popen(
        [sys.executable, "-m", "graph", *build], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _wait_for_shards(out: Path, count: int, proc: subprocess.Popen[bytes]) -> None:
    partial = out / ".newsgraph-partial"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if partial.is_dir() and len(list(partial.glob("*.nq"))) >= count:
            return
        time.sleep(0.05)
    proc.kill()
    pytest.fail(f"the build wrote no {count} shards in time: {proc.communicate()[1]!r}")


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_interrupted_build_keeps_the_previous_graph_and_resumes(
    corpus: Path,
    last_text: str,
    reference: Path,
    seeds_dir: Path,
    tmp_path: Path,
    sig: signal.Signals,
) -> None:
    out = tmp_path / "out"
    first = CliRunner().invoke(cli, ["build", str(seeds_dir), "-o", str(out), "--no-view"])
    assert first.exit_code == 0, first.output
    before = (out / "graph.trig").read_bytes()

    last = tmp_path / LAST
    proc = _start_build(corpus, last, out)
    # a shard shows the build under way; it cannot end before the pipe is written
    _wait_for_shards(out, 1, proc)
    os.kill(proc.pid, sig)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert b"Traceback" not in stderr
    assert (out / "graph.trig").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]

    last.unlink()
    last.write_text(last_text, encoding="utf-8")
    resumed = CliRunner().invoke(
        cli, ["build", str(corpus), str(last), "-o", str(out), "--no-view", "--resume"]
    )
    assert resumed.exit_code == 0, resumed.output
    assert " resumed)" in resumed.stderr
    assert not (out / ".newsgraph-partial").exists()
    resumed_kg, fresh_kg = load_graph(out / "graph.trig"), load_graph(reference)
    names = {g.identifier for g in fresh_kg.graphs()}
    assert {g.identifier for g in resumed_kg.graphs()} == names
    for name in names:
        assert isomorphic(resumed_kg.graph(name), fresh_kg.graph(name)), name


def test_build_into_a_file_path_is_a_one_line_error(tmp_path: Path, seeds_dir: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "-o", str(blocker / "out")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot write to {blocker / 'out'}: ")
