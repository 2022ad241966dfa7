"""Shared fixtures: the spaCy pipeline, the seeds and the shared benchmark data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rdflib import Dataset
from spacy.language import Language
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Article, Event, Provenance
from graph.normalize import normalize_events
from graph.parse import load_nlp
from graph.rdf import add_document, new_dataset

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def gold_path(shared_dir: Path) -> Path:
    return shared_dir / "gold" / "seeds.tsv"


@pytest.fixture
def parse(nlp: Language) -> Callable[..., Doc]:
    """Return a function that parses one text into a doc ready for extraction."""

    def _parse(text: str, *, source: str = "test.txt") -> Doc:
        doc = nlp(text)
        doc.user_data.update(
            {"doc_id": "test", "source": source, "char_offset": 0, "sentence_offset": 0}
        )
        return doc

    return _parse


# A tiny hand-built graph (no spaCy) for the rdf, store, query and view tests:
# two documents; factual edges russia -> syrian-rebels (d1), syrian-rebels -> isis
# and united-states -> syrian-rebels (d2); a negated event (rebels -/-> damascus)
# and a hypothetical one (united-states ?-> russia) that must add no edge.
_TINY_TEXTS = {
    "d1": (
        "Russia bombed rebels in eastern Aleppo on Tuesday. "
        "The rebels did not attack Damascus. "
        "The US would strike Russia if it could."
    ),
    "d2": "Syrian rebels clashed with ISIS near Raqqa. The US backed the rebels. ISIS retreated.",
}
_TINY_ACTORS = {
    "russia": ("Russia", "country"),
    "syrian-rebels": ("Syrian rebels", "armed-group"),
    "damascus": ("Damascus", "government"),
    "united-states": ("United States", "country"),
    "isis": ("ISIS", "armed-group"),
}
# (doc, sentence index, actor text, actor id, action, class, target text, target id, extra fields)
# One event per row reads better as a table than as ruff's layout.
# fmt: off
_TINY_EVENTS: list[tuple[str, int, str, str, str, str, str, str, dict[str, object]]] = [
    ("d1", 0, "Russia", "russia", "bomb", "ASSAULT", "rebels", "syrian-rebels",
     {"location": "eastern Aleppo", "location_id": "aleppo", "time": "Tuesday",
      "time_value": "2015-10-06", "confidence": 0.9, "relation": "bombed"}),
    ("d1", 1, "The rebels", "syrian-rebels", "attack", "ASSAULT", "Damascus", "damascus",
     {"polarity": "neg", "relation": "did not attack"}),
    ("d1", 2, "The US", "united-states", "strike", "ASSAULT", "Russia", "russia",
     {"modality": "hypothetical", "relation": "would strike"}),
    ("d2", 0, "Syrian rebels", "syrian-rebels", "clash with", "FIGHT", "ISIS", "isis",
     {"location": "Raqqa", "location_id": "raqqa", "relation": "clashed with"}),
    ("d2", 1, "The US", "united-states", "back", "SUPPORT", "the rebels", "syrian-rebels",
     {"relation": "backed", "attribution": "officials"}),
    ("d2", 2, "ISIS", "isis", "retreat", "RETREAT", "", "", {"relation": "retreated"}),
]
# fmt: on


def _tiny_sentence(doc_id: str, index: int) -> Provenance:
    text = _TINY_TEXTS[doc_id]
    starts = [0] + [i + 2 for i, ch in enumerate(text) if ch == "." and i + 2 < len(text)]
    start = starts[index]
    end = text.index(".", start) + 1
    return Provenance(doc_id, f"{doc_id}.txt", index, start, end, text[start:end])


def _tiny_event(row: tuple[str, int, str, str, str, str, str, str, dict[str, object]]) -> Event:
    doc_id, index, actor, actor_id, action, cls, target, target_id, extra = row
    label, kind = _TINY_ACTORS[actor_id]
    target_label, target_kind = _TINY_ACTORS.get(target_id, ("", ""))
    return Event(
        actor=actor,
        action=action,
        target=target,
        provenance=_tiny_sentence(doc_id, index),
        actor_id=actor_id,
        actor_label=label,
        actor_type=kind,
        target_id=target_id,
        target_label=target_label,
        target_type=target_kind,
        action_class=cls,
        **extra,  # type: ignore[arg-type]  # typed per field in _TINY_EVENTS
    )


@pytest.fixture
def tiny_docs() -> list[tuple[Article, list[Event]]]:
    """Two hand-built documents with their normalized events."""
    docs = []
    for doc_id, text in _TINY_TEXTS.items():
        article = Article(doc_id=doc_id, source=f"{doc_id}.txt", text=text, title=f"Title {doc_id}")
        events = [_tiny_event(row) for row in _TINY_EVENTS if row[0] == doc_id]
        docs.append((article, events))
    return docs


@pytest.fixture
def tiny_kg(tiny_docs: list[tuple[Article, list[Event]]]) -> Dataset:
    """The tiny documents written into a fresh dataset by ``rdf.add_document``."""
    kg = new_dataset()
    for article, events in tiny_docs:
        add_document(kg, article, events)
    return kg


class HitCounter:
    """A loopback HTTP listener that counts every request and answers with data.

    It answers SPARQL JSON results and N-Triples, so a query that reached it
    would get rows back: tests that must not reach it assert ``hits == 0``.
    """

    def __init__(self) -> None:
        import http.server
        import threading

        counter = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                counter.hits += 1
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                accept = self.headers.get("Accept", "")
                if "sparql-results" in accept:
                    row = b'{"s":{"type":"literal","value":"leaked"}}'
                    body = b'{"head":{"vars":["s"]},"results":{"bindings":[' + row + b"]}}"
                    kind = "application/sparql-results+json"
                else:
                    body = b'<http://x/leaked> <http://x/p> "leaked" .\n'
                    kind = "application/n-triples"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer  # noqa: N815  # http.server's method names

            def log_message(self, *args: object) -> None:
                pass

        self.hits = 0
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = int(self.httpd.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def listener() -> Iterator[HitCounter]:
    """A loopback listener that counts the requests it gets (for SSRF tests)."""
    counter = HitCounter()
    yield counter
    counter.close()


@pytest.fixture
def story(parse: Callable[..., Doc]) -> Callable[[str], list[Event]]:
    """Return a function that extracts and normalises one story's events, in text order."""

    def _story(text: str) -> list[Event]:
        doc = parse(text)
        found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
        sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
        return list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))

    return _story
