"""The Finisher gives the same results, in order, with or without its helper process."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph import _finish
from graph._finish import DocumentResult, Finisher, Job
from graph.extract import extract_events
from graph.gazetteer import load_gazetteer
from graph.ingest import load_articles
from graph.parse import iter_sentences, parse_articles


@pytest.fixture(scope="module")
def jobs(nlp, seeds_dir):
    """The seeds, extracted: (article, events, sentences) per document."""
    found = []
    for article, doc in parse_articles(load_articles([seeds_dir]), nlp=nlp):
        sentences = [(i, sent.text) for i, sent in iter_sentences(doc)]
        found.append((article, list(extract_events(doc)), sentences))
    return found * 3  # six documents, so several wait for the helper at once


def _run(jobs: list[Job], finisher: Finisher) -> list[DocumentResult]:
    results: list[DocumentResult] = []
    try:
        for job in jobs:
            finisher.submit(*job)
            results.extend(finisher.ready())
        results.extend(finisher.drain())
    finally:
        finisher.close()
    return results


def test_the_helper_gives_the_same_events_and_statements(jobs, monkeypatch):
    gaz = load_gazetteer()
    here = _run(jobs, Finisher(gaz, helper=False, rdf="dep"))
    monkeypatch.setattr(_finish, "_may_fork", lambda: True)
    helper = Finisher(gaz, helper=True, rdf="dep")
    assert helper._pool is not None
    there = _run(jobs, helper)
    assert [r.article.doc_id for r in there] == [job[0].doc_id for job in jobs]
    assert [r.events for r in there] == [r.events for r in here]
    assert [r.lines for r in there] == [r.lines for r in here]
    assert all(r.lines for r in there) and all(r.article.text for r in there)


def test_a_dead_helper_is_replaced_by_work_here(jobs, monkeypatch):
    gaz = load_gazetteer()
    monkeypatch.setattr(_finish, "_may_fork", lambda: True)
    finisher = Finisher(gaz, helper=True)
    assert finisher._pool is not None
    for pid in list(finisher._pool._processes):  # the helper process
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    results = _run(jobs, finisher)
    assert len(results) == len(jobs) and all(r.events for r in results)
    assert all(r.lines is None for r in results)


def test_no_helper_from_a_process_with_threads():
    import threading

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not _finish._may_fork()
    finally:
        stop.set()
        thread.join()


CHILD = """
import os, sys
from graph._finish import DocumentResult, Finisher, Job
from graph.gazetteer import load_gazetteer
finisher = Finisher(load_gazetteer(), helper=True)
print(*finisher._pool._processes, flush=True)
os._exit(0)  # no clean-up: as if the build were killed
"""


def test_the_helper_leaves_when_its_parent_dies():
    out = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, check=True
    )
    (pid,) = map(int, out.stdout.split())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "zombie" in status.read_text())
