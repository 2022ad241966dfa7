"""The Finisher gives the same results, in order, with or without its helper process."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from graph.extract import extract_events
from graph.ingest import load_articles
from graph.normalize.gazetteer import load_gazetteer
from graph.parse import iter_sentences, parse_articles
from graph.pipeline import helper as _finish
from graph.pipeline.document import DocumentResult
from graph.pipeline.helper import Finisher


@pytest.fixture(scope="module")
def jobs(nlp, seeds_dir):
    """The seeds, extracted: (article, events, sentences) per document."""
    found = []
    for article, doc in parse_articles(load_articles([seeds_dir]), nlp=nlp):
        sentences = [(i, sent.text) for i, sent in iter_sentences(doc)]
        found.append((article, list(extract_events(doc)), sentences))
    return found * 3  # six documents, so several wait for the helper at once


def _run(jobs: list[tuple[Any, ...]], finisher: Finisher) -> list[DocumentResult]:
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


@pytest.fixture(scope="module")
def parsed(nlp, seeds_dir):
    """The seeds, parsed: (article, doc) per document, each parsed as one doc."""
    pairs = list(parse_articles(load_articles([seeds_dir]), nlp=nlp))
    assert all(len(doc.text) == len(article.text) for article, doc in pairs)
    return pairs * 3


def test_a_parsed_document_is_extracted_in_the_helper_as_here(nlp, jobs, parsed, monkeypatch):
    gaz = load_gazetteer()
    here = _run(jobs, Finisher(gaz, helper=False, rdf="dep"))
    monkeypatch.setattr(_finish, "_may_fork", lambda: True)
    for helper in (True, False):
        finisher = Finisher(gaz, helper=helper, rdf="dep", vocab=nlp.vocab)
        assert finisher.takes_docs is helper
        there: list[DocumentResult] = []
        try:
            for article, doc in parsed:
                finisher.submit_doc(article, doc)
                there.extend(finisher.ready())
            there.extend(finisher.drain())
        finally:
            finisher.close()
        assert [r.article for r in there] == [r.article for r in here]
        assert [r.events for r in there] == [r.events for r in here]
        assert [r.lines for r in there] == [r.lines for r in here]
        assert [r.sentences for r in there] == [r.sentences for r in here]


def test_a_dead_helper_extracts_parsed_documents_here(nlp, parsed, monkeypatch):
    monkeypatch.setattr(_finish, "_may_fork", lambda: True)
    finisher = Finisher(load_gazetteer(), helper=True, vocab=nlp.vocab)
    assert finisher._pool is not None
    for article, doc in parsed[:2]:
        finisher.submit_doc(article, doc)  # queued before the helper dies
    for pid in list(finisher._pool._processes):
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.5)
    results: list[DocumentResult] = []
    try:
        for article, doc in parsed[2:]:
            finisher.submit_doc(article, doc)
            results.extend(finisher.ready())
        results.extend(finisher.drain())
    finally:
        finisher.close()
    assert [r.article.doc_id for r in results] == [a.doc_id for a, _ in parsed]
    assert all(r.events for r in results) and not finisher.takes_docs


def test_long_and_short_documents_give_the_same_events_with_the_helper(
    nlp, seeds_dir, tmp_path, monkeypatch
):
    """A long document goes to the helper in parts, the others whole; same events as here."""
    import importlib

    from graph import parse
    from graph.pipeline import process_documents

    build = importlib.import_module("graph.pipeline.build")

    texts = [seed.read_text(encoding="utf-8") for seed in sorted(seeds_dir.glob("*.txt"))]
    for i, text in enumerate(texts):
        (tmp_path / f"seed{i}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "long.txt").write_text("\n\n".join(texts), encoding="utf-8")
    # The seeds fit in one chunk and one part, long.txt does not.
    monkeypatch.setattr(parse, "CHUNK_CHARS", max(len(text) for text in texts) + 100)
    monkeypatch.setattr(build, "PART_CHARS", 1)  # each chunk a part
    calls: list[int] = []
    original = Finisher.submit_docs

    def counted(self, article, docs, **kwargs):
        calls.append(len(docs))
        original(self, article, docs, **kwargs)

    monkeypatch.setattr(Finisher, "submit_docs", counted)

    def run(helper: bool) -> list[DocumentResult]:
        monkeypatch.setattr(_finish, "_may_fork", lambda: helper)
        return list(process_documents([tmp_path], nlp=nlp, rdf=True))

    with_helper = run(True)
    assert len(calls) > 3 and set(calls) == {1}  # one chunk per part
    without = run(False)
    assert [r.article.doc_id for r in with_helper] == [r.article.doc_id for r in without]
    assert [(r.first, r.last) for r in with_helper] == [(r.first, r.last) for r in without]
    assert [r.events for r in with_helper] == [r.events for r in without]
    assert [r.lines for r in with_helper] == [r.lines for r in without]
    assert [r.sentences for r in with_helper] == [r.sentences for r in without]
    assert [r.article.doc_id for r in with_helper if r.last] == ["long", "seed0", "seed1"]
    assert all(r.events for r in with_helper)


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
from graph.pipeline.document import DocumentResult
from graph.pipeline.helper import Finisher
from graph.normalize.gazetteer import load_gazetteer
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
