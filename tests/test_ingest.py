import gzip
import io
import json

import pytest

from graph.errors import SeedError
from graph.ingest import html_to_text, load_articles, strip_boilerplate

ARTICLE = """Rebels seize key bridge in northern town

Rebels seize key bridge in northern town

By Jane Smith and Omar Haddad

(Reuters) -- Rebel fighters seized a bridge on Monday, officials said.

The army said it would respond.

Copyright 2019 Reuters. All rights reserved.
Share this article:
Are you sure you want to delete this comment?
"""


def test_boilerplate_is_blanked_and_offsets_kept():
    text, meta = strip_boilerplate(ARTICLE)
    assert len(text) == len(ARTICLE)
    assert meta == {
        "title": "Rebels seize key bridge in northern town",
        "author": "Jane Smith and Omar Haddad",
        "publisher": "Reuters",
        "date": "2019",
    }
    assert text.count("Rebels seize key bridge") == 1
    for gone in ("By Jane", "(Reuters)", "Copyright", "Share this", "delete this comment"):
        assert gone not in text
    start = ARTICLE.index("Rebel fighters")
    assert text[start : start + 14] == "Rebel fighters"
    assert "The army said it would respond." in text


def test_real_sentences_that_look_like_boilerplate_survive():
    raw = (
        "Talks resume\n\nBy nightfall the convoy had reached the border.\n\n"
        "The comments section was closed.\n"
    )
    text, meta = strip_boilerplate(raw)
    assert "By nightfall the convoy had reached the border." in text
    assert "The comments section was closed." in text
    assert meta["author"] == ""


def test_folder_walk_is_recursive_sorted_and_skips_readme(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Troops left the city.\n")
    (tmp_path / "one.md").write_text("Police arrested a man.\n")
    (tmp_path / "README.md").write_text("Not an article.\n")
    (tmp_path / "notes.csv").write_text("a,b\n")
    articles = list(load_articles([tmp_path]))
    assert [a.source for a in articles] == ["b/two.txt", "one.md"]
    assert [a.doc_id for a in articles] == ["b-two", "one"]


def test_jsonl_corpus_keeps_metadata(tmp_path):
    rows = [
        {
            "id": "x1",
            "text": "Militants attacked a base.",
            "title": "Base attacked",
            "date": "2020-03-01",
            "url": "https://example.org/1",
            "source": "AFP",
        },
        {"text": "Talks collapsed."},
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    first, second = load_articles([path])
    assert (first.doc_id, first.title, first.date, first.url, first.publisher) == (
        "x1",
        "Base attacked",
        "2020-03-01",
        "https://example.org/1",
        "AFP",
    )
    assert second.doc_id and second.source == "corpus.jsonl line 2"


def test_jsonl_broken_line_names_line_and_can_be_skipped(tmp_path, caplog):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "One."}\n{broken\n')
    with pytest.raises(SeedError, match="c.jsonl line 2: invalid JSON"):
        list(load_articles([path]))


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Soldiers crossed the river.\n"))
    (article,) = load_articles(["-"])
    assert article.source == "<stdin>" and "crossed" in article.text


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "the document is empty"),
        (b"  \n\t\n", "the document is empty"),
        (b"%PDF-1.7 ...", "it is a PDF document, not text"),
        (gzip.compress(b"hello"), "it is gzip-compressed data, not text"),
        (b"abc\x00def", "it is binary data, not text"),
        (
            "Caf\u00e9 bomb\u00e9".encode("latin-1"),
            "not valid UTF-8 at byte 3. Hint: re-save as UTF-8.",
        ),
    ],
)
def test_bad_files_give_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(SeedError) as info:
        list(load_articles([path]))
    assert str(info.value) == f"cannot read {path}: {message}"


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Troops advanced.\n".encode("utf-16"))
    (article,) = load_articles([path])
    assert "Troops advanced." in article.text


def test_missing_path(tmp_path):
    with pytest.raises(SeedError, match="no such file or folder"):
        list(load_articles([tmp_path / "nope.txt"]))


def test_skip_bad_goes_on(tmp_path, caplog):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("Troops advanced.\n")
    articles = list(load_articles([tmp_path], skip_bad=True))
    assert [a.source for a in articles] == ["b.txt"]
    assert "a.txt" in caplog.text


def test_html_pages_become_text(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>t</title><script>var x=1;</script></head>"
        "<body><nav>Home</nav><p>Rebels took the <b>airport</b>.</p>"
        "<p>Talks failed.</p></body></html>"
    )
    assert html_to_text(page) == "Rebels took the airport.\n\nTalks failed.\n"
    path = tmp_path / "page.html"
    path.write_text(page)
    (article,) = load_articles([path])
    assert "var x" not in article.text and "Rebels took the airport." in article.text


def test_a_200_mb_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200_000_000)
    with pytest.raises(SeedError) as info:
        list(load_articles([path]))
    assert str(info.value) == (
        f"cannot read {path}: larger than the 20 MB limit for one document. "
        "Hint: split it, or raise --max-doc-mb."
    )


def test_jsonl_skip_bad_reports_line_and_goes_on(tmp_path, caplog):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "One."}\n{broken\n["no text"]\n{"text": "Four."}\n')
    articles = list(load_articles([path], skip_bad=True))
    assert [a.source for a in articles] == ["c.jsonl line 1", "c.jsonl line 4"]
    assert "c.jsonl line 2: invalid JSON" in caplog.text
    assert 'c.jsonl line 3: a record needs a "text" string' in caplog.text


def test_only_boilerplate(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("Headline only\n\nHeadline only\nAll rights reserved.\n")
    (article,) = load_articles([path])
    assert article.text.strip() == "Headline only"


def test_five_megabytes_without_a_sentence_break_is_refused(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_text("word " * 1_000_000)
    with pytest.raises(SeedError) as info:
        list(load_articles([path]))
    assert str(info.value).startswith(f"cannot read {path}: ")
    assert str(info.value).endswith(
        "characters without a sentence or line break at offset 0; this is not prose"
    )
