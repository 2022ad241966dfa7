import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli, format_rows


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    result = CliRunner().invoke(cli, ["build", str(seeds), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_trig_html_and_summary(built: Path) -> None:
    trig = (built / "graph.trig").read_text(encoding="utf-8")
    assert trig.startswith("@prefix")
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html.lower()


def test_build_summary_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rebels shelled the town of Idlib on Monday.\n")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("built 1 documents, 1 sentences, ")
    assert "triples in" in line and "sentences/s" in line


def test_query_named_with_param(built: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "query",
            str(built / "graph.trig"),
            "--name",
            "actions-by",
            "--param",
            "actor=Russia",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows, "Russia acts in the seeds"


def test_query_text_csv(built: Path) -> None:
    sparql = "SELECT ?e WHERE { ?e a ng:Event } LIMIT 3"
    args = ["query", str(built / "graph.trig"), sparql, "--format", "csv"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "e" and len(lines) == 4


def test_query_list_names_the_shipped_queries() -> None:
    result = CliRunner().invoke(cli, ["query", "--list", "."])
    names = {line.split("\t")[0] for line in result.stdout.splitlines()}
    assert {"who-did-what", "actions-by", "events-at", "two-hop", "sources"} <= names


def test_query_needs_exactly_one_source(built: Path) -> None:
    result = CliRunner().invoke(cli, ["query", str(built / "graph.trig")])
    assert result.exit_code == 2
    assert "give exactly one of SPARQL, -f FILE or --name NAME" in result.stderr


def test_query_syntax_error_is_one_line(built: Path) -> None:
    result = CliRunner().invoke(cli, ["query", str(built / "graph.trig"), "SELEC ?x WHERE {}"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_update_is_refused(built: Path) -> None:
    result = CliRunner().invoke(cli, ["query", str(built / "graph.trig"), "DROP ALL"])
    assert result.exit_code == 1
    assert "--allow-update" in result.stderr


def test_stats(built: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", str(built / "graph.trig"), "--format", "json"])
    assert result.exit_code == 0
    figures = json.loads(result.stdout)
    assert figures["documents"] == 2 and figures["events"] > 20


def test_view_with_actor_filter(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "russia.html"
    result = CliRunner().invoke(
        cli, ["view", str(built / "graph.trig"), "-o", str(out), "--actor", "Russia"]
    )
    assert result.exit_code == 0, result.output
    assert out.exists()


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_view_exports(built: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"g{suffix}"
    result = CliRunner().invoke(cli, ["view", str(built / "graph.trig"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<?xml")


def test_extract_jsonl_keys(seeds_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(seeds_dir), "--format", "jsonl"])
    assert result.exit_code == 0
    first = json.loads(result.stdout.splitlines()[0])
    assert list(first)[:7] == ["doc", "source", "sentence", "start", "end", "text", "date"]
    assert {"actor_type", "target_type", "place_id", "attribution", "confidence"} <= set(first)
    # doc is the id the graph uses (remove, documents); source is the file it was read from
    assert first["doc"] == "000_8df60a2fe9eccea6"
    assert first["source"] == "000_8df60a2fe9eccea6.txt"
    text = (seeds_dir / first["source"]).read_text(encoding="utf-8")
    assert first["text"] == text[first["start"] : first["end"]]
    assert {"actor_code", "target_code", "kind"} <= set(first)


def test_extract_carb_lines_from_stdin() -> None:
    result = CliRunner().invoke(
        cli,
        ["extract", "--format", "carb", "--lines", "-"],
        input="The rebels captured the town on Monday .\n",
    )
    assert result.exit_code == 0
    fields = result.stdout.splitlines()[0].split("\t")
    assert fields[0] == "The rebels captured the town on Monday ."
    float(fields[1])
    assert "captured" in fields[2]


def test_eval_prints_scores_and_missed(gold_path: Path, seeds_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "--gold", str(gold_path), str(seeds_dir)])
    assert result.exit_code == 0, result.output
    assert "recall" in result.stdout and "precision" in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["build", "missing-folder"], "cannot read missing-folder: no such file or folder"),
        (["query", "nope.trig", "SELECT * {}"], "does not exist"),
    ],
)
def test_errors_are_one_line(args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (1, 2)
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_bad_param_syntax(built: Path) -> None:
    result = CliRunner().invoke(
        cli, ["query", str(built / "graph.trig"), "--name", "actions-by", "--param", "Russia"]
    )
    assert result.exit_code == 2
    assert "expected KEY=VALUE" in result.stderr


def test_table_strips_terminal_control_sequences() -> None:
    table = format_rows([{"a": "evil\x1b[2Jtext\u202e"}], "table")
    assert "\x1b" not in table and "\u202e" not in table and "evil[2Jtext" in table
    assert format_rows([], "table") == "(no results)\n"
    assert format_rows([{"a": "x\ty"}], "tsv") == "a\nx y\n"


def test_python_m_graph_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import runpy

    monkeypatch.setattr("sys.argv", ["newsgraph", "--version"])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("graph", run_name="__main__")
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("newsgraph, version ")
