"""Every command meets a corpus of bad input with a one-line error or a named warning.

The corpus is made by the fixture below (small, in a temporary folder): files that are
missing, empty, binary, wrongly encoded, oversized or not prose; broken graph files;
bad SPARQL; bad command lines. No case may print a traceback, and exit codes follow
STYLE: 1 for a bad input, 2 for a usage error, 0 for an empty but valid result.
"""

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli

GOOD = "Rebels shelled the town of Idlib on Monday, officials said.\n"


def _write_corpus(bad: Path, good_trig: Path) -> None:
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.txt").write_text("  \n\t \n")
    (bad / "report.pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (bad / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (bad / "archive.txt").write_bytes(gzip.compress(GOOD.encode()))
    (bad / "latin1.txt").write_bytes("Les forces fran\xe7aises ont frapp\xe9.".encode("latin-1"))
    (bad / "utf16.txt").write_bytes(GOOD.encode("utf-16"))
    (bad / "page.html").write_text(
        f"<html><body><script>alert(1)</script><p>{GOOD}</p></body></html>"
    )
    (bad / "blob.txt").write_text("x" * 5_000_000)
    with (bad / "huge.txt").open("wb") as handle:
        handle.truncate(200_000_000)
    lines = [
        json.dumps({"id": "ok-1", "text": GOOD}),
        "{broken",
        json.dumps({"id": "ok-2", "text": GOOD}),
    ]
    (bad / "corpus.jsonl").write_text("\n".join(lines) + "\n")
    (bad / "a-folder.txt").mkdir()
    full = good_trig.read_text(encoding="utf-8")
    (bad / "truncated.trig").write_text(full[: len(full) // 2], encoding="utf-8")
    (bad / "garbage.trig").write_text("this is not RDF {{{ at all")
    (bad / "empty.trig").write_bytes(b"")
    (bad / "binary.trig").write_bytes(b"\x00\x01\x02\x03" * 100)
    (bad / "no-triples.trig").write_text("@prefix ng: <https://w3id.org/newsgraph/ontology#> .\n")
    (bad / "quads-named.trig").write_text(
        '<http://ex.org/s> <http://ex.org/p> "o" <http://ex.org/g> .\n'
    )
    (bad / "bad-gold.tsv").write_text("doc\tcue\n")


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad")
    good = folder / "good.txt"
    good.write_text(GOOD)
    out = folder / "good-out"
    result = CliRunner().invoke(cli, ["build", str(good), "-o", str(out), "--no-view"])
    assert result.exit_code == 0, result.output
    _write_corpus(folder, out / "graph.trig")
    return folder


BUILD_CASES = [
    ("missing.txt", 1, "cannot read {bad}/missing.txt: no such file or folder"),
    ("empty.txt", 1, "cannot read {bad}/empty.txt: the document is empty"),
    ("blank.txt", 1, "cannot read {bad}/blank.txt: the document is empty"),
    ("report.pdf.txt", 1, "cannot read {bad}/report.pdf.txt: it is a PDF document, not text"),
    ("photo.txt", 1, "cannot read {bad}/photo.txt: it is a PNG image, not text"),
    ("archive.txt", 1, "cannot read {bad}/archive.txt: it is gzip-compressed data, not text"),
    (
        "latin1.txt",
        1,
        "cannot read {bad}/latin1.txt: not valid UTF-8 at byte 15. Hint: re-save as UTF-8.",
    ),
    ("blob.txt", 1, "characters without a sentence or line break at offset 0; this is not prose"),
    ("huge.txt", 1, "larger than the 20 MB limit for one document"),
    ("corpus.jsonl", 1, "cannot read corpus.jsonl line 2: invalid JSON"),
    ("a-folder.txt", 0, "built 0 documents"),
    ("utf16.txt", 0, "built 1 documents"),
    ("page.html", 0, "built 1 documents"),
]


@pytest.mark.parametrize("name, code, message", BUILD_CASES)
def test_build_on_bad_documents(
    bad: Path, tmp_path: Path, name: str, code: int, message: str
) -> None:
    result = CliRunner().invoke(cli, ["build", str(bad / name), "-o", str(tmp_path), "--no-view"])
    assert result.exit_code == code, result.output
    assert message.format(bad=bad) in result.stderr
    assert "Traceback" not in result.output
    if code:
        assert len(result.stderr.strip().splitlines()) == 1
        assert not (tmp_path / "graph.trig").exists()


def test_build_skip_bad_names_each_skipped_document(bad: Path, tmp_path: Path) -> None:
    inputs = [str(bad / n) for n in ("empty.txt", "latin1.txt", "corpus.jsonl", "huge.txt")]
    result = CliRunner().invoke(
        cli, ["build", *inputs, "-o", str(tmp_path), "--no-view", "--skip-bad"]
    )
    assert result.exit_code == 0, result.output
    for name in ("empty.txt", "latin1.txt", "corpus.jsonl line 2", "huge.txt"):
        assert (
            f"skipped: cannot read {bad}/{name}" in result.stderr
            or f"skipped: cannot read {name}" in result.stderr
        )
    assert "built 2 documents" in result.stderr


GRAPH_CASES = [
    ("truncated.trig", 1, "cannot read graph {bad}/truncated.trig: "),
    ("garbage.trig", 1, "cannot read graph {bad}/garbage.trig: "),
    ("empty.trig", 1, "cannot read graph {bad}/empty.trig: the file is empty"),
    ("binary.trig", 1, "cannot read graph {bad}/binary.trig: "),
    ("no-triples.trig", 0, ""),
    ("quads-named.trig", 0, ""),
    ("missing.trig", 2, "does not exist"),
]


@pytest.mark.parametrize("command", ["query", "view", "stats", "validate"])
@pytest.mark.parametrize("name, code, message", GRAPH_CASES)
def test_graph_commands_on_bad_graphs(
    bad: Path, tmp_path: Path, command: str, name: str, code: int, message: str
) -> None:
    extra = {
        "query": ["SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"],
        "view": ["-o", str(tmp_path / "v.html")],
        "stats": [],
        "validate": [],
    }[command]
    result = CliRunner().invoke(cli, [command, str(bad / name), *extra])
    assert "Traceback" not in result.output
    if code == 0 and command == "validate":
        assert result.exit_code in (0, 1)
        return
    assert result.exit_code == code, result.output
    assert message.format(bad=bad) in result.stderr
    if code == 1:
        assert len(result.stderr.strip().splitlines()) == 1


SPARQL_CASES = [
    (
        ["SELECT ?x WHERE { ?x ?y }"],
        1,
        "cannot parse query (inline): syntax error at line 1, column 19",
    ),
    (["SELECT ?x WHERE { ?x nope:p ?y }"], 1, "nope"),
    (["DELETE WHERE { ?s ?p ?o }"], 1, "--allow-update"),
    (["INSERT DATA { <http://a> <http://b> <http://c> }"], 1, "--allow-update"),
    (["--name", "no-such-query"], 1, "no-such-query"),
    # bound as a term, never pasted: the value is just a name the graph does not hold
    (["--name", "actions-by", "--param", 'actor=x" } ; DROP ALL ; #'], 1, "no actor 'x\" "),
    (["--name", "actions-by", "--param", "novalue"], 2, "expected KEY=VALUE"),
    (["--bogus-option"], 2, "No such option '--bogus-option'"),
]


@pytest.mark.parametrize("args, code, message", SPARQL_CASES)
def test_query_on_bad_sparql(bad: Path, args: list[str], code: int, message: str) -> None:
    result = CliRunner().invoke(cli, ["query", str(bad / "good-out" / "graph.trig"), *args])
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_injection_matches_nothing_and_changes_nothing(bad: Path) -> None:
    graph = bad / "good-out" / "graph.trig"
    before = graph.read_bytes()
    args = [
        "query",
        str(graph),
        "--name",
        "actions-by",
        "--param",
        'actor=x" } ; DROP ALL ; #',
        "--format",
        "json",
    ]
    result = CliRunner().invoke(cli, args)
    # the value is bound as one term: it names no actor, so nothing matches and nothing runs
    assert result.exit_code == 1 and result.stdout == ""
    assert "no actor 'x\" } ; DROP ALL ; #' in the graph" in result.stderr
    assert graph.read_bytes() == before


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["build"], 2, "Missing argument 'INPUTS...'"),
        (["query"], 2, "Missing argument 'GRAPH'"),
        (["frobnicate"], 2, "No such command 'frobnicate'"),
        (["eval", "--gold", "{bad}/bad-gold.tsv", "{bad}/good.txt"], 1, "cannot read gold file"),
        (["eval", "--gold", "{bad}/nope.tsv", "{bad}/good.txt"], 2, "does not exist"),
        (["eval", "--gold", "{bad}/bad-gold.tsv", "{bad}/empty.txt"], 1, "cannot read"),
    ],
)
def test_command_line_mistakes(bad: Path, args: list[str], code: int, message: str) -> None:
    result = CliRunner().invoke(cli, [a.format(bad=bad) for a in args])
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output
