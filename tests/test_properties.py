"""Property tests: untrusted article text never breaks extraction, RDF, IRIs, tables or HTML.

Each property draws arbitrary Unicode (controls, bidi overrides, quotes, markup,
emoji) and checks an invariant of one boundary where article text leaves the
program: provenance offsets, Turtle/TriG literals, minted IRIs, terminal rows and
the HTML view.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, URIRef
from rdflib.term import _is_valid_uri
from spacy.language import Language

from graph.cli import format_rows
from graph.extract import extract_events
from graph.model import Article, Event, Provenance
from graph.normalize import Gazetteer, load_gazetteer
from graph.parse import parse_articles
from graph.pipeline.build import process_articles
from graph.rdf import add_document, clean_text, event_iri, new_dataset, sentence_iri
from graph.store import load_graph, save_graph
from graph.view import render_html
from graph.vocab import ACTOR, DOC, EVENT, GRAPH, NG, PLACE, SCHEMA, mint_iri

SPACY = settings(deadline=None, max_examples=50, suppress_health_check=[HealthCheck.too_slow])
FAST = settings(deadline=None, max_examples=200)

# Characters an attacker would reach for, drawn often so that short texts hit them.
HOSTILE_PIECES = [
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x1b]0;pwned\x07",
    "\x7f",
    "\x85",
    "\x9b",
    "\r",
    "\t",
    "\n",
    "\u200f",
    "\u202e",
    "\u2066",
    "\u2028",
    "\ufeff",
    "\ufffe",
    "\U0001f4a3",
    '"""',
    "'''",
    '"',
    "'",
    "\\",
    "\\u0022",
    ">",
    "<",
    "&amp;",
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    '<img src=x onerror="alert(3)">',
    "] } . @prefix x: <http://evil/> .",
    "> .\n<http://evil/s> <http://evil/p> <http://evil/o",
]
# Any code point except lone surrogates (which cannot be encoded; the issue drops them).
ANY_CHAR = st.characters(exclude_categories=["Cs"])
HOSTILE_TEXT = st.lists(
    st.sampled_from(HOSTILE_PIECES) | st.text(ANY_CHAR, max_size=6), max_size=6
).map("".join)
# News-like sentences with hostile text inside a noun phrase, so events carry it.
TEMPLATES = [
    "Russian jets bombed the {x} rebels near Aleppo on Tuesday.",
    "The {x} militia attacked government positions in Deir Ezzor.",
    "Turkish troops shelled {x} fighters outside Afrin, officials said.",
    'The coalition said that "{x}" forces captured the town of Tabqa.',
]
NEWS_TEXT = st.builds(lambda t, x: t.format(x=x), st.sampled_from(TEMPLATES), HOSTILE_TEXT)
# Bytes that control a terminal: C0 except newline, DEL, C1, bidi embeddings/overrides/isolates.
TERMINAL_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Characters RFC 3987 never allows in an IRI (plus controls and space).
IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')


@cache
def _gazetteer() -> Gazetteer:
    return load_gazetteer()


def _article(text: str, *, doc_id: str = "p", title: str = "") -> Article:
    return Article(doc_id=doc_id, source=f"{doc_id}.txt", text=text, title=title)


def _events(nlp: Language, article: Article) -> Iterator[Event]:
    for _, doc in parse_articles([article], nlp=nlp):
        yield from extract_events(doc)


def _normalised(nlp: Language, article: Article) -> list[Event]:
    """Run parse -> extract -> normalise on one article: the pipeline's own loop."""
    results = process_articles([article], nlp=nlp, gazetteer=_gazetteer(), helper=False)
    return [e for result in results for e in result.events]


def _check_provenance(article: Article, event: Event) -> None:
    p = event.provenance
    assert article.text[p.start_char : p.end_char] == p.sentence
    assert event.actor and event.actor in p.sentence
    assert event.target in p.sentence
    assert p.doc_id == article.doc_id


# (a) extraction -------------------------------------------------------------


@SPACY
@given(text=st.text())
def test_extract_never_raises_and_keeps_provenance(nlp, text):
    article = _article(text or " ")
    for event in _events(nlp, article):
        _check_provenance(article, event)


@SPACY
@given(text=NEWS_TEXT | st.lists(NEWS_TEXT, min_size=2, max_size=4).map(" ".join))
# a superscript digit is a digit to str.isdigit, but no number to int()
@example(text='The coalition said that "\u00b9" forces captured the town of Tabqa.')
def test_extract_on_hostile_news_keeps_provenance(nlp, text):
    article = _article(text)
    for event in _events(nlp, article):
        _check_provenance(article, event)


@SPACY
@given(
    parts=st.lists(NEWS_TEXT, min_size=2, max_size=6),
    breaks=st.lists(st.sampled_from([" ", "\n", "\n\n", "  \t"]), min_size=6, max_size=6),
)
def test_chunked_text_keeps_offsets_and_sentence_numbers(nlp, parts, breaks):
    # Long articles are parsed in chunks; shrink the chunk so these short texts are cut too.
    text = "".join(part + gap for part, gap in zip(parts, breaks, strict=False))
    article = _article(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("graph.parse.CHUNK_CHARS", 120)
        events = list(_events(nlp, article))
    spans: dict[int, set[tuple[int, int]]] = {}
    for event in events:
        _check_provenance(article, event)
        p = event.provenance
        spans.setdefault(p.sentence_index, set()).add((p.start_char, p.end_char))
    assert all(len(found) == 1 for found in spans.values()), spans
    by_position = [index for _, index in sorted((min(s), i) for i, s in spans.items())]
    assert by_position == sorted(by_position)


def test_hostile_news_still_yields_events(nlp):
    # The properties above would pass vacuously if hostile text killed every event.
    text = TEMPLATES[0].format(x='<script>"""\u202e') + " " + TEMPLATES[1].format(x="\x1b[31m")
    events = list(_events(nlp, _article(text)))
    assert {e.action for e in events} >= {"bomb", "attack"}
    assert any("<script>" in e.target for e in events)


# (b) hostile text end to end: extract -> RDF -> TriG -> parse ---------------


def _literal(kg: Dataset, subject: URIRef, predicate: URIRef) -> set[str]:
    return {str(o) for o in kg.objects(subject, predicate)}


def _check_round_trip(events: list[Event], article: Article, back: Dataset) -> None:
    doc = URIRef(f"{DOC}{article.doc_id}")
    if clean_text(article.title):
        assert _literal(back, doc, SCHEMA.headline) == {clean_text(article.title)}
    for event in events:
        node = event_iri(event)
        p = event.provenance
        assert _literal(back, sentence_iri(p.doc_id, p.sentence_index), NG.text) == {
            clean_text(p.sentence)
        }
        # a span of control characters only cleans to nothing and is not written
        assert _literal(back, node, NG.actorText) == {clean_text(event.actor)} - {""}
        expected_target = {clean_text(event.target)} - {""}
        assert _literal(back, node, NG.targetText) == expected_target


def _round_trip(nlp: Language, article: Article, folder: Path) -> tuple[list[Event], Dataset]:
    events = _normalised(nlp, article)
    kg = new_dataset()
    add_document(kg, article, events)
    back = load_graph(save_graph(kg, folder / "kg.trig"))
    assert set(back.quads()) == set(kg.quads())
    return events, back


@SPACY
@given(text=NEWS_TEXT, title=HOSTILE_TEXT)
def test_hostile_text_round_trips_through_trig(nlp, tmp_path_factory, text, title):
    article = _article(text, title=title)
    events, back = _round_trip(nlp, article, tmp_path_factory.mktemp("rt"))
    _check_round_trip(events, article, back)


@pytest.mark.parametrize("piece", HOSTILE_PIECES)
def test_each_hostile_piece_reaches_the_graph_cleaned(nlp, tmp_path, piece):
    article = _article(TEMPLATES[0].format(x=piece), title=piece)
    events, back = _round_trip(nlp, article, tmp_path)
    assert events, "the template sentence lost its event"
    _check_round_trip(events, article, back)


# (c) minted IRIs --------------------------------------------------------------

NAMESPACES = st.sampled_from([ACTOR, EVENT, DOC, GRAPH, PLACE])
PARTS = st.lists(
    st.text(ANY_CHAR | st.characters(categories=["Cs"])) | st.integers() | HOSTILE_TEXT,
    min_size=1,
    max_size=6,
)


@FAST
@given(namespace=NAMESPACES, parts=PARTS)
def test_mint_iri_is_valid_and_deterministic(namespace, parts):
    iri = mint_iri(namespace, *parts)
    assert iri.startswith(str(namespace)) and len(iri) > len(str(namespace))
    assert not IRI_FORBIDDEN.search(iri)
    assert iri.isascii()
    assert _is_valid_uri(iri)
    assert mint_iri(namespace, *[p if isinstance(p, int) else "".join(p) for p in parts]) == iri


@FAST
@given(namespace=NAMESPACES, a=PARTS, b=PARTS)
def test_different_parts_give_different_iris(namespace, a, b):
    if [str(p) for p in a] != [str(p) for p in b]:
        assert mint_iri(namespace, *a) != mint_iri(namespace, *b)


def test_separator_inside_a_part_does_not_collide():
    assert mint_iri(EVENT, "a", "b") != mint_iri(EVENT, "a\x1fb")


def test_mint_iri_is_the_same_in_another_process():
    # Determinism across runs: nothing may depend on hash randomisation.
    parts = ('<script>"""\u202e', 7, "Deir ez-Zor", "\x00\U0001f4a3")
    code = (
        "from graph.vocab import EVENT, mint_iri;"
        f"print(mint_iri(EVENT, *{parts!r}), mint_iri(EVENT, 'russia'))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345"},
    )
    assert run.stdout.split() == [mint_iri(EVENT, *parts), f"{EVENT}russia"]


# (d) idempotence ---------------------------------------------------------------

ACTOR_TEXT = HOSTILE_TEXT.filter(lambda t: bool(t.strip()))


@st.composite
def documents(draw: st.DrawFn) -> tuple[Article, list[Event]]:
    """Draw a document with hand-built events over hostile text (no spaCy)."""
    words = draw(st.lists(ACTOR_TEXT, min_size=1, max_size=5))
    text = " ".join(words) + "."
    events = []
    for index, _ in enumerate(words[: draw(st.integers(1, len(words)))]):
        sentence = text
        prov = Provenance("p", "p.txt", 0, 0, len(sentence), sentence)
        events.append(
            Event(
                actor=words[index],
                action=draw(st.sampled_from(["attack", "clash with", "say"])),
                target=draw(st.sampled_from(words) | st.just("")),
                provenance=prov,
                actor_id=draw(st.sampled_from(["", "russia", words[index]])),
                actor_label=draw(HOSTILE_TEXT),
                polarity=draw(st.sampled_from(["pos", "neg"])),
                action_class=draw(st.sampled_from(["", "ASSAULT", "bad class <x>"])),
                location=draw(HOSTILE_TEXT),
                location_id=draw(st.sampled_from(["", "aleppo", "?<>"])),
            )
        )
    return _article(text, title=draw(HOSTILE_TEXT)), events


@FAST
@given(doc=documents())
def test_adding_the_same_events_twice_changes_nothing(doc):
    article, events = doc
    kg = new_dataset()
    add_document(kg, article, events)
    size, quads = len(kg), set(kg.quads())
    add_document(kg, article, events)
    add_document(kg, article, events + events)
    assert len(kg) == size
    assert set(kg.quads()) == quads


# (e) terminal output -----------------------------------------------------------


@FAST
@given(
    rows=st.lists(
        st.fixed_dictionaries({"actor": HOSTILE_TEXT | st.text(ANY_CHAR), "n": HOSTILE_TEXT}),
        max_size=5,
    ),
    fmt=st.sampled_from(["table", "tsv"]),
)
def test_terminal_rows_carry_no_control_characters(rows, fmt):
    out = format_rows(rows, fmt)
    if fmt == "tsv":
        # tabs separate the two columns and appear nowhere else
        assert all(line.count("\t") == (1 if rows else 0) for line in out.split("\n")[:-1])
        out = out.replace("\t", " ")
    found = TERMINAL_CONTROL.search(out)
    assert found is None, f"{found.group(0)!r} at {found.start()} in {out!r}"
    # newlines in values never split a row: header + rows (+ the table's rule and footer)
    lines = len(rows) + 1 if fmt == "tsv" else len(rows) + 3 if rows else 1
    assert out.count("\n") == lines


# (f) HTML view -------------------------------------------------------------------

MARKUP = re.compile(rb"<\s*/?\s*(script|img|iframe|svg|style)\b", re.IGNORECASE)


def _label_kg(label: str) -> Dataset:
    text = f"{label} attacked {label}s."
    prov = Provenance("h", "h.txt", 0, 0, len(text), text)
    kg = new_dataset()
    event = Event(
        actor=label or "x",
        action="attack",
        target="t",
        provenance=prov,
        actor_label=label,
        target_label=f"</script>{label}",
        action_class="ASSAULT",
        relation=label,
        location=label,
    )
    add_document(kg, _article(text, doc_id="h", title=label), [event])
    return kg


@pytest.fixture(scope="module")
def benign_markup(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    path = render_html(_label_kg("Rebels"), tmp_path_factory.mktemp("view") / "benign.html")
    return [m.group(0).lower() for m in MARKUP.finditer(path.read_bytes())]


@settings(deadline=None, max_examples=15)
@given(label=HOSTILE_TEXT.map(lambda t: f"<script>alert(1)</script>{t}<img src=x onerror=y>"))
def test_html_view_has_no_markup_from_the_text(tmp_path_factory, benign_markup, label):
    path = render_html(_label_kg(label), tmp_path_factory.mktemp("view") / "hostile.html")
    page = path.read_bytes()
    assert [m.group(0).lower() for m in MARKUP.finditer(page)] == benign_markup
    assert b"alert(1)" in page  # the text is there, escaped
    assert page.decode("utf-8")


@given(value=st.text(max_size=40))
def test_json_output_escapes_terminal_controls(value):
    text = format_rows([{"a": value}], "json")
    assert not any(ch in text for ch in "\x1b\x9b\u202e\u2066")
    assert json.loads(text) == [{"a": value}]
