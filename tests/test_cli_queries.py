"""CLI (issue 15): named-query answers, tables that fit, typed JSON, names that are not there.

CliRunner only; the tiny graph is written to a TriG file and loaded into a store
so that each command runs in both engines.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import SKOS

from graph.cli import cli
from graph.model import Article, Event
from graph.rdf import actor_iri, add_document, new_dataset
from graph.store import load_graph, open_store, put_document, save_graph
from graph.vocab import ACTOR_GRAPH, GRAPH, NG, load_ontology


@pytest.fixture
def tiny_trig(tiny_docs: list[tuple[Article, list[Event]]], tmp_path: Path) -> Path:
    kg: Dataset = new_dataset()
    for article, events in tiny_docs:
        if article.doc_id == "d2":
            article = Article(
                doc_id="d2",
                source="d2.txt",
                text=article.text,
                title="Title d2",
                date="2016-03-01",
                publisher="Example Wire",
            )
        add_document(kg, article, events)
    return save_graph(kg, tmp_path / "tiny.trig")


def run(*args: str, columns: int = 80) -> Result:
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": str(columns)})


def test_version_and_help_import_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from graph.cli import cli\n"
        "for args in (['--version'], ['--help'], ['query', '--help']):\n"
        "    assert CliRunner().invoke(cli, args).exit_code == 0\n"
        "heavy = {'spacy', 'rdflib', 'pyoxigraph'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


@pytest.fixture
def tiny_store(tiny_trig: Path, tmp_path: Path) -> Path:
    path = tmp_path / "tiny.store"
    store = open_store(path)
    kg = load_graph(tiny_trig)
    for ctx in kg.graphs():
        name = str(ctx.identifier)
        if len(ctx) and name.startswith(str(GRAPH)):
            put_document(store, name.rsplit("/", 1)[1], Graph(kg.store, ctx.identifier), "h")
    del store
    return path


@pytest.fixture(params=["file", "store"])
def tiny_graph(request: pytest.FixtureRequest, tiny_trig: Path) -> Path:
    return tiny_trig if request.param == "file" else request.getfixturevalue("tiny_store")


def test_query_list_needs_no_graph_and_shows_parameters() -> None:
    result = run("query", "--list", "--format", "tsv")
    assert result.exit_code == 0, result.output
    rows = {line.split("\t")[0]: line.split("\t") for line in result.stdout.splitlines()[1:]}
    assert rows["between"][1] == "actor other [from] [to]"
    assert rows["timeline"][2].startswith("Timeline of one actor")


def test_actions_on_table_fits_80_columns_and_never_cuts_an_iri(tiny_graph: Path) -> None:
    result = run(
        "query",
        str(tiny_graph),
        "--name",
        "actions-on",
        "-p",
        "target=Syrian rebels",
        "--format",
        "table",
        columns=80,
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(map(len, lines)) <= 80
    assert any(line.split()[-1].startswith("event:") for line in lines if "event" in line)
    assert "Russia bombed rebels in eastern Aleppo on Tuesday." in " ".join(
        " ".join(line.split()[1:]) for line in lines
    )


def test_wide_tables_are_not_fitted(tiny_graph: Path) -> None:
    result = run(
        "query",
        str(tiny_graph),
        "--name",
        "who-did-what",
        "--format",
        "table",
        "--wide",
        columns=80,
    )
    assert result.exit_code == 0
    assert max(map(len, result.stdout.splitlines())) > 80


def test_between_with_dates_and_limit(tiny_graph: Path) -> None:
    result = run(
        "query",
        str(tiny_graph),
        "--name",
        "timeline",
        "-p",
        "actor=syrian-rebels",
        "-p",
        "from=2016",
        "--format",
        "json",
        "--limit",
        "1",
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["date"], r["action"]) for r in rows] == [("2016-03-01", "clash with")]


def test_json_keeps_numbers_typed(tiny_graph: Path) -> None:
    result = run("query", str(tiny_graph), "--name", "top-actors", "--format", "json")
    rows = json.loads(result.stdout)
    first = rows[0]
    assert isinstance(first["events"], int)
    assert first["events"] == first["asActor"] + first["asTarget"] - first["both"]
    asked = json.loads(run("query", str(tiny_graph), "ASK { ?s ?p ?o }", "--format", "json").stdout)
    assert asked == [{"ask": True}]


def test_action_classes_have_labels(tiny_graph: Path) -> None:
    rows = json.loads(
        run("query", str(tiny_graph), "--name", "action-classes", "--format", "json").stdout
    )
    assert rows and all(row["label"] for row in rows)


def test_action_class_labels_are_whole_phrases() -> None:
    from graph.query.answer import action_class_labels

    labels = action_class_labels()
    # a definition's first clause, without an aside cut in half ("... appeals (PLOVER")
    assert labels and all(label.count("(") == label.count(")") for label in labels.values())


def test_construct_prints_turtle(tiny_graph: Path) -> None:
    result = run(
        "query",
        str(tiny_graph),
        "CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a ng:Actor ; rdfs:label ?l }",
    )
    assert result.exit_code == 0
    assert 'actor:russia rdfs:label "Russia" .' in result.stdout.replace("\n    ", " ")


def test_update_reports_what_it_changed(tiny_trig: Path) -> None:
    update = 'INSERT DATA { GRAPH graph:x { actor:x rdfs:label "x" , "y" } }'
    result = run("query", str(tiny_trig), update, "--allow-update")
    assert result.exit_code == 0
    assert "update added 2 and removed 0 quads in memory" in result.stderr


def test_update_on_a_store_is_refused(tiny_store: Path) -> None:
    result = run("query", str(tiny_store), "DROP ALL", "--allow-update")
    assert result.exit_code == 1
    assert "cannot update a store from a query" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["query", "{g}", "--name", "actions-by", "-p", "actor=Rusia"],
            "Error: no actor 'Rusia' in the graph. Hint: did you mean Russia?",
        ),
        (
            ["query", "{g}", "--name", "near", "-p", "place=Atlantis", "-p", "km=5"],
            "Error: no place 'Atlantis' in the graph.",
        ),
        (
            # a verb typed as a class is answered with the class ontology.ttl files it under
            ["view", "{g}", "-o", "{out}", "--action-class", "BOMB"],
            "Error: no event of action class 'BOMB' in the graph. Hint: did you mean {bomb}",
        ),
        (
            ["view", "{g}", "-o", "{out}", "--actor", "Untied States"],
            "Error: no actor 'Untied States' in the graph. Hint: did you mean United States?",
        ),
        (["remove", "{g}", "d3"], "Error: no document 'd3'"),
        (
            ["remove", "{g}", "d1.txt"],
            "Hint: the document read from d1.txt has the id d1",
        ),
        (["query", "{g}", "SELECT ?x WHERE {{ ?x ?y ?z }} ORDER ?x"], "expected BY"),
    ],
)
def test_unknown_names_fail_with_suggestions(
    tiny_graph: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    filled = [a.format(g=tiny_graph, out=tmp_path / "v.html") for a in args]
    result = run(*filled)
    assert result.exit_code == 1, result.output
    assert message.replace("{bomb}", _class_of("bomb")) in result.stderr
    assert not (tmp_path / "v.html").exists()


def _class_of(verb: str) -> str:
    onto = load_ontology()
    return next(
        str(cls).rsplit("/", 1)[-1]
        for cls in onto.subjects(SKOS.altLabel, None)
        if verb in {str(v) for v in onto.objects(cls, SKOS.altLabel)}
    )


def test_a_known_actor_with_no_events_in_range_is_an_empty_answer(tiny_graph: Path) -> None:
    result = run(
        "query",
        str(tiny_graph),
        "--name",
        "timeline",
        "-p",
        "actor=Russia",
        "-p",
        "from=2030",
        "--format",
        "table",
    )
    assert result.exit_code == 0
    assert result.stdout == "(no results)\n"


def test_timeout_is_applied_to_stores_too(tiny_store: Path) -> None:
    # A cross product of the store with itself four times over: far more than 1 ms of work.
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    result = run("query", str(tiny_store), heavy, "--timeout", "0.001")
    assert result.exit_code == 1
    assert "timed out after 0.001 s" in result.stderr


def test_documents_lists_ids_titles_dates_and_counts(tiny_graph: Path) -> None:
    result = run("documents", str(tiny_graph), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["doc"], r["title"], r["date"], r["source"], r["events"]) for r in rows] == [
        ("d1", "Title d1", "", "d1.txt", 3),
        ("d2", "Title d2", "2016-03-01", "d2.txt", 3),
    ]
    assert rows[1]["publisher"] == "Example Wire" and rows[0]["sentences"] == 3


@pytest.mark.parametrize("into", ["-o", "--store"])
def test_documents_counts_every_sentence_not_only_stored_ones(tmp_path: Path, into: str) -> None:
    text = "Rebels shelled the town of Idlib on Monday.\n\nThanks for reading.\n\nMore soon.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert run("build", str(tmp_path / "a.txt"), into, str(out)).exit_code == 0
    graph = out / "graph.trig" if into == "-o" else out
    stored = run("query", str(graph), "SELECT (COUNT(?s) AS ?n) WHERE { ?s a ng:Sentence }")
    rows = json.loads(run("documents", str(graph), "--format", "json").stdout)
    assert stored.stdout.split() == ["n", "1"]
    assert [(row["doc"], row["sentences"], row["events"]) for row in rows] == [("a", 3, 1)]


def test_actors_lists_types_and_counts_with_filters(tiny_graph: Path) -> None:
    rows = json.loads(run("actors", str(tiny_graph), "--format", "json").stdout)
    by_id = {row["actorId"]: row for row in rows}
    assert by_id["syrian-rebels"]["events"] == 4 and by_id["russia"]["type"] == "country"
    countries = json.loads(
        run("actors", str(tiny_graph), "--type", "COUNTRY", "--format", "json").stdout
    )
    assert {row["actorId"] for row in countries} == {"russia", "united-states"}


def test_actors_aliases_are_the_names_the_articles_wrote(tiny_graph: Path) -> None:
    rows = json.loads(run("actors", str(tiny_graph), "--format", "json").stdout)
    rebels = next(row for row in rows if row["actorId"] == "syrian-rebels")
    # "rebels", "The rebels", "the rebels", "Syrian rebels": the label and case variants once
    aliases = rebels["aliases"].split("; ")
    assert aliases[0] == "rebels" and {a.casefold() for a in aliases} == {"rebels", "the rebels"}


def test_mentions_leave_out_pronouns_labels_and_texts_without_letters() -> None:
    from graph.query.mentions import add_mentions

    texts = ["they", "It", "ISIS", "the group", "the group", "IS", "2015", "isis"]
    found = [{"id": "isis", "text": text} for text in texts]
    row: dict[str, str | int | float | bool] = {"actorId": "isis", "label": "ISIS"}
    row.update(aliases="Daesh", events=3)
    (filled,) = add_mentions([row], lambda sparql, params: found)
    assert filled == {**row, "aliases": "Daesh; the group; IS"}


def test_actors_filters_that_exist_but_match_no_actor_give_an_empty_answer(
    tiny_trig: Path, tmp_path: Path
) -> None:
    kg = load_graph(tiny_trig)
    codes = kg.graph(ACTOR_GRAPH)
    codes.add((actor_iri("russia"), NG.countryCode, Literal("RUS")))
    codes.add((actor_iri("isis"), NG.countryCode, Literal("IRQ")))
    coded = save_graph(kg, tmp_path / "coded.trig")
    # both filters name what the graph has, but no actor has both
    none = run("actors", str(coded), "--type", "armed-group", "--country", "RUS")
    assert none.exit_code == 0
    assert "no actor matches --type armed-group --country RUS" in none.stderr
    rows = json.loads(run("actors", str(coded), "--country", "rus", "--format", "json").stdout)
    assert [row["actorId"] for row in rows] == ["russia"]


@pytest.mark.parametrize("country", ["Russia", "russian", "Moscow", "the kremlin", "RUS"])
def test_actors_country_may_be_a_name_alias_demonym_or_capital(
    tiny_trig: Path, tmp_path: Path, country: str
) -> None:
    kg = load_graph(tiny_trig)
    codes = kg.graph(ACTOR_GRAPH)
    codes.add((actor_iri("russia"), NG.countryCode, Literal("RUS")))
    codes.add((actor_iri("isis"), NG.countryCode, Literal("IRQ")))
    coded = save_graph(kg, tmp_path / "coded.trig")
    result = run("actors", str(coded), "--country", country, "--format", "json")
    assert result.exit_code == 0
    assert [row["actorId"] for row in json.loads(result.stdout)] == ["russia"]


def test_actors_country_name_whose_code_the_graph_lacks_is_an_error(
    tiny_trig: Path, tmp_path: Path
) -> None:
    kg = load_graph(tiny_trig)
    kg.graph(ACTOR_GRAPH).add((actor_iri("russia"), NG.countryCode, Literal("RUS")))
    coded = save_graph(kg, tmp_path / "coded.trig")
    result = run("actors", str(coded), "--country", "France")
    assert result.exit_code == 1
    assert "no country code 'France' in the graph" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--type", "planet"],
            "Error: no actor type 'planet' in the graph. Hint: the actor types there are: ",
        ),
        (["--type", "armed"], "Hint: did you mean armed-group? The actor types there are: "),
        (["--country", "RUS"], "no country code 'RUS' in the graph. Hint: the graph has no "),
    ],
)
def test_actors_with_an_unknown_type_or_country_names_what_is_there(
    tiny_graph: Path, args: list[str], message: str
) -> None:
    result = run("actors", str(tiny_graph), *args)
    assert result.exit_code == 1 and result.stdout == ""
    assert message in result.stderr


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        (
            "SELECT ?x WHERE { ?x foo:bar ?z }",
            "cannot compile query (inline): unknown prefix foo. Hint: known prefixes are act,",
        ),
        # a quoted comma is one of the tokens expected, not a separator
        ("SELECT ?x WHERE { ?x ?y ?z", 'column 27: expected one of ",", ".", ";", "{"'),
    ],
)
def test_query_errors_read_the_same_in_both_engines(
    tiny_graph: Path, sparql: str, message: str
) -> None:
    result = run("query", str(tiny_graph), sparql)
    assert result.exit_code == 1
    assert message in result.stderr


def test_an_unknown_named_query_suggests_the_closest(tiny_graph: Path) -> None:
    result = run("query", str(tiny_graph), "--name", "actions-of", "-p", "actor=Russia")
    assert result.exit_code == 1
    assert "unknown named query 'actions-of'. Hint: did you mean actions-on, actions-by?" in (
        result.stderr
    )


def test_extract_csv_has_a_header_and_quoted_sentences(seeds_dir: Path) -> None:
    result = CliRunner().invoke(
        cli, ["extract", str(seeds_dir / "000_8df60a2fe9eccea6.txt"), "--format", "csv"]
    )
    assert result.exit_code == 0
    rows = list(__import__("csv").DictReader(result.stdout.splitlines()))
    assert rows and rows[0]["doc"] == "000_8df60a2fe9eccea6" and rows[0]["text"]


def test_export_error_speaks_cli(tiny_trig: Path, tmp_path: Path) -> None:
    result = run("export", str(tiny_trig), "-o", str(tmp_path / "x.csv"))
    assert result.exit_code == 1
    assert "format=" not in result.stderr and "end the file name with one of" in result.stderr


def test_fitted_tables_leave_out_empty_columns(tiny_graph: Path) -> None:
    fitted = run("actors", str(tiny_graph), "--format", "table", columns=200)
    wide = run("actors", str(tiny_graph), "--format", "table", "--wide", columns=200)
    # the tiny graph's actors have no CAMEO codes
    assert "countryCode" not in fitted.stdout.splitlines()[0]
    assert "countryCode" in wide.stdout.splitlines()[0]


def test_a_table_that_fits_keeps_its_natural_widths() -> None:
    from graph.cli.table import render_table

    table = render_table(["a", "b"], [{"a": "x", "b": "long text"}], width=120)
    assert table.splitlines()[0] == "a  b"
    assert table.splitlines()[2] == "x  long text"
