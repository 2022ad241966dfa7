"""store.py: atomic writes, round trips per format, sniffing and one-line read errors."""

from __future__ import annotations

import gzip
import os
import stat
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic

from graph.errors import GraphFileError
from graph.model import Article, Event, Provenance
from graph.rdf import add_document, clean_text, graph_iri, new_dataset, sentence_iri
from graph.store import load_graph, save_graph, sniff_format
from graph.vocab import NG

HOSTILE = [
    'triple """quotes""" and \\ backslash',
    "<script>alert('x')</script> & </html>",
    "rtl \u202eevil\u202c and \u200f mark, zero\u200bwidth",
    "tab\there\nnew line\r\ncrlf",
    "emoji \U0001f4a3 and \u0000nul \u0007bell \u001besc[31m",
    "lone \udc80 surrogate and \ufffe nonchar",
    "} ; DROP ALL ; # @prefix x: <y> .",
]


def _union(kg: Dataset) -> Graph:
    flat = Graph()
    for s, p, o, _ in kg.quads():
        flat.add((s, p, o))
    return flat


def _named(kg: Dataset, doc_id: str) -> Graph:
    flat = Graph()
    for triple in kg.graph(graph_iri(doc_id)):
        flat.add(triple)
    return flat


def _hostile_kg() -> Dataset:
    kg = new_dataset()
    text = " ".join(f"{t}." for t in HOSTILE)
    events, start = [], 0
    for index, phrase in enumerate(HOSTILE):
        sentence = f"{phrase}."
        prov = Provenance("evil", "evil.txt", index, start, start + len(sentence), sentence)
        events.append(Event(phrase, "say", phrase, prov, location=phrase, attribution=phrase))
        start += len(sentence) + 1
    add_document(kg, Article("evil", "evil.txt", text, title=HOSTILE[0], url=HOSTILE[1]), events)
    return kg


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_named_graph_formats_round_trip(tiny_kg, tmp_path, suffix):
    path = save_graph(tiny_kg, tmp_path / f"kg{suffix}")
    back = load_graph(path)
    assert back.default_union
    for doc_id in ("d1", "d2"):
        assert len(_named(back, doc_id)) > 20
        assert isomorphic(_named(back, doc_id), _named(tiny_kg, doc_id))
    assert isomorphic(_union(back), _union(tiny_kg))


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".rdf"])
def test_triple_formats_write_the_union(tiny_kg, tmp_path, suffix):
    path = save_graph(tiny_kg, tmp_path / f"kg{suffix}")
    back = load_graph(path)
    assert isomorphic(_union(back), _union(tiny_kg))
    assert not len(_named(back, "d1"))
    assert path.read_text(encoding="utf-8").count("GRAPH") == 0


def test_trig_is_readable_text_with_our_prefixes(tiny_kg, tmp_path):
    text = save_graph(tiny_kg, tmp_path / "kg.trig").read_text(encoding="utf-8")
    assert "@prefix ng: <https://w3id.org/newsgraph/ontology#> ." in text
    assert "graph:d1 {" in text


def test_explicit_format_wins_over_extension(tiny_kg, tmp_path):
    path = save_graph(tiny_kg, tmp_path / "kg.data", format="nquads")
    assert path.read_text(encoding="utf-8").startswith("<")
    assert isomorphic(_union(load_graph(path)), _union(tiny_kg))


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_hostile_literals_round_trip(tmp_path, suffix):
    kg = _hostile_kg()
    back = load_graph(save_graph(kg, tmp_path / f"evil{suffix}"))
    assert isomorphic(_named(back, "evil"), _named(kg, "evil"))
    texts = {str(o) for o in back.objects(None, NG.text)}
    assert 'triple """quotes""" and \\ backslash.' in texts
    assert "rtl \u202eevil\u202c and \u200f mark, zero\u200bwidth." in texts
    assert "emoji \U0001f4a3 and nul bell esc[31m." in texts
    assert (sentence_iri("evil", 3), NG.text, Literal("tab\there\nnew line\r\ncrlf.")) in back


def test_queries_see_every_named_graph_after_loading(tiny_kg, tmp_path):
    back = load_graph(save_graph(tiny_kg, tmp_path / "kg.trig"))
    rows = list(back.query("SELECT DISTINCT ?d WHERE { ?d a <https://schema.org/NewsArticle> }"))
    assert len(rows) == 2


def test_save_replaces_the_file_and_leaves_no_temp_files(tiny_kg, tmp_path):
    path = tmp_path / "kg.trig"
    path.write_text("old", encoding="utf-8")
    save_graph(tiny_kg, path)
    assert path.read_text(encoding="utf-8").startswith("@prefix")
    assert [p.name for p in tmp_path.iterdir()] == ["kg.trig"]


def test_failed_save_keeps_the_previous_file(tiny_kg, tmp_path, monkeypatch):
    path = tmp_path / "kg.trig"
    path.write_text("previous", encoding="utf-8")

    def half_written(*args: Any, destination: Any = None, **kwargs: Any) -> None:
        destination.write(b"@prefix ng: <half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tiny_kg, "serialize", half_written)
    with pytest.raises(GraphFileError) as err:
        save_graph(tiny_kg, path)
    assert str(err.value) == f"cannot write graph {path}: no space left on device"
    assert path.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.trig"]


def test_interrupted_save_keeps_the_previous_file(tiny_kg, tmp_path, monkeypatch):
    path = tmp_path / "kg.trig"
    path.write_text("previous", encoding="utf-8")

    def interrupted(*args: Any, destination: Any = None, **kwargs: Any) -> None:
        destination.write(b"@prefix")
        raise KeyboardInterrupt

    monkeypatch.setattr(tiny_kg, "serialize", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_graph(tiny_kg, path)
    assert path.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.trig"]


def test_save_errors(tiny_kg, tmp_path):
    with pytest.raises(
        GraphFileError, match=r"unknown extension '\.foo'. Hint: end the file name with one of"
    ):
        save_graph(tiny_kg, tmp_path / "kg.foo")
    with pytest.raises(GraphFileError, match="unknown format 'rdfa'"):
        save_graph(tiny_kg, tmp_path / "kg.trig", format="rdfa")
    missing = tmp_path / "no" / "kg.trig"
    with pytest.raises(GraphFileError, match="no such file or directory"):
        save_graph(tiny_kg, missing)


def _write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.trig", "", "the file is empty"),
        ("blank.trig", "  \n\t\n", "the file is empty"),
        ("garbage.trig", "this is not rdf\n", "bad syntax at line 1"),
        ("bad.ttl", "@prefix x: <http://x/> .\nx:a x:b\n x:c x:d .\n", "bad syntax at line 3"),
        ("gzip.trig", gzip.compress(b"<a> <b> <c> ."), "binary content, not an RDF text file"),
        ("bad.jsonld", '{"@id": ', "Expecting value: line 1 column 9"),
        ("bad.nq", '<http://a> <http://b> "c" <http://d> <http://e> .\n', "Invalid line"),
    ],
)
def test_load_errors_are_one_line(tmp_path, name, data, message):
    path = _write(tmp_path / name, data)
    with pytest.raises(GraphFileError) as err:
        load_graph(path)
    text = str(err.value)
    assert text.startswith(f"cannot read graph {path}: ")
    assert message in text
    assert "\n" not in text


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_truncated_files_give_a_graph_file_error(tiny_kg, tmp_path, suffix):
    full = save_graph(tiny_kg, tmp_path / f"kg{suffix}").read_text(encoding="utf-8")
    path = tmp_path / f"cut{suffix}"
    reasons = set()
    for cut in range(len(full) // 10, len(full) - 4, max(53, len(full) // 40)):
        _write(path, full[:cut])
        try:
            load_graph(path)
        except GraphFileError as err:
            assert str(err).startswith(f"cannot read graph {path}: ")
            assert "\n" not in str(err)
            reasons.add(str(err).split(": ", 1)[1][:20])
    assert reasons


def test_truncated_trig_names_the_line(tiny_kg, tmp_path):
    full = save_graph(tiny_kg, tmp_path / "kg.trig").read_text(encoding="utf-8")
    cut = full.index("\n", len(full) // 2) + 1
    path = _write(tmp_path / "cut.trig", full[:cut])
    with pytest.raises(
        GraphFileError, match=r"cannot read graph .*cut\.trig: bad syntax at line \d+"
    ):
        load_graph(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(GraphFileError, match=r"^cannot read graph .*nope\.trig: no such file$"):
        load_graph(tmp_path / "nope.trig")
    with pytest.raises(GraphFileError, match="it is a directory. Hint: pass the graph file"):
        load_graph(tmp_path)


def test_content_wins_when_the_extension_lies(tiny_kg, tmp_path):
    nquads = save_graph(tiny_kg, tmp_path / "kg.nq").read_text(encoding="utf-8")
    back = load_graph(_write(tmp_path / "really-nquads.trig", nquads))
    assert isomorphic(_named(back, "d2"), _named(tiny_kg, "d2"))
    trig = save_graph(tiny_kg, tmp_path / "kg.trig").read_text(encoding="utf-8")
    back = load_graph(_write(tmp_path / "really-trig.ttl", trig))
    assert isomorphic(_named(back, "d1"), _named(tiny_kg, "d1"))


@pytest.mark.parametrize(
    "suffix, expected", [(".trig", "trig"), (".nq", "nquads"), (".jsonld", "json-ld")]
)
def test_no_extension_is_sniffed(tiny_kg, tmp_path, suffix, expected):
    text = save_graph(tiny_kg, tmp_path / f"kg{suffix}").read_text(encoding="utf-8")
    assert sniff_format(text) == expected
    back = load_graph(_write(tmp_path / f"graph-{expected}", text))
    assert isomorphic(_union(back), _union(tiny_kg))


def test_remote_json_ld_context_is_not_fetched(tmp_path, monkeypatch):
    def no_network(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("load_graph tried to open a URL")

    monkeypatch.setattr("urllib.request.urlopen", no_network)
    doc = '{"@context": "http://example.invalid/ctx.jsonld", "@id": "http://a", "name": "x"}'
    path = _write(tmp_path / "remote.jsonld", doc)
    with pytest.raises(GraphFileError, match="refers to a remote JSON-LD context"):
        load_graph(path)
    inline = '[{"@context": {"@vocab": "http://v/"}, "@id": "http://a", "name": "x"}]'
    assert len(load_graph(_write(tmp_path / "inline.jsonld", inline))) == 1


@settings(max_examples=60, deadline=None)
@given(
    # any code point, controls included, plus lone surrogates (never drawn by default)
    text=st.text(
        st.characters(exclude_categories=()) | st.characters(categories=["Cs"]),
        min_size=1,
        max_size=40,
    ),
    suffix=st.sampled_from([".trig", ".nq", ".jsonld"]),
)
def test_any_text_round_trips_cleaned(tmp_path_factory, text, suffix):
    sentence = f"{text}."
    prov = Provenance("p", "p.txt", 0, 0, len(sentence), sentence)
    kg = new_dataset()
    event = Event(text, text, text, prov, location=text, attribution=text, actor_id=text)
    add_document(kg, Article("p", "p.txt", sentence, title=text), [event])
    path = save_graph(kg, tmp_path_factory.mktemp("prop") / f"kg{suffix}")
    back = load_graph(path)
    assert isomorphic(_named(back, "p"), _named(kg, "p"))
    assert set(back.objects(None, NG.text)) == {Literal(clean_text(sentence))}


def test_sniffing_a_hostile_long_line_is_fast():
    started = time.perf_counter()
    for head in ("<a> <b> " + "x <" * 20000, "<a> <b> " + " <x" * 20000, "x" * 65536):
        assert sniff_format(head) == "trig"
    assert time.perf_counter() - started < 0.5


def test_turtle_with_full_iris_and_no_extension(tmp_path):
    text = '<http://a> <http://b> "c"@en , "d" .\n<http://a> <http://b> <http://e> .\n'
    assert len(load_graph(_write(tmp_path / "graph", text))) == 3


def test_saved_file_gets_ordinary_permissions(tiny_kg, tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    path = save_graph(tiny_kg, tmp_path / "new.trig")
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    path.chmod(0o640)
    save_graph(tiny_kg, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
