"""CLI commands that read a built graph: a TriG/N-Quads/Turtle file or a store.

A GRAPH argument is either a graph file or an Oxigraph store directory
(``newsgraph build --store DIR``); each command picks the fast path for a store.

Commands that change a graph, export it or serve it live in :mod:`graph.cli.store`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from .format import clean, json_text, stats_lines
from .listing import GRAPH_PATH, echo_answer, output_options


def load_any(path: Path) -> Any:
    """Return an rdflib dataset for a graph file, or a view of a store directory."""
    from graph import open_graph

    return open_graph(path)


@contextmanager
def opened(path: Path) -> Iterator[Any]:
    """Yield :func:`load_any` of ``path``; release a store's lock on the way out.

    An Oxigraph store stays locked while any Python object refers to it, and
    rdflib's graph/store objects refer to each other in cycles, so collect them.
    """
    kg = load_any(path)
    try:
        yield kg
    finally:
        del kg
        gc.collect()


def _parse_params(params: Sequence[str]) -> dict[str, str]:
    parsed: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {item!r}", param_hint="--param")
        parsed[key.strip()] = value
    return parsed


@click.command()
@click.argument("graph_path", metavar="GRAPH", type=GRAPH_PATH, required=False)
@click.argument("sparql", required=False)
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the query from a .rq file.",
)
@click.option("-n", "--name", help="Run a named query (see --list).")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="Parameter of a named query, bound as an RDF term (never pasted in); repeatable.",
)
@output_options
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.001),
    metavar="SECONDS",
    help="Give up on the query after SECONDS (graph files and stores).",
)
@click.option("--allow-update", is_flag=True, help="Allow SPARQL Update (changes are not saved).")
@click.option(
    "--allow-federation",
    is_flag=True,
    help="Let SERVICE, LOAD and FROM <other IRI> reach other servers and files.",
)
@click.option(
    "--list", "list_names", is_flag=True, help="List the named queries and their parameters."
)
def query(
    graph_path: Path | None,
    sparql: str | None,
    query_file: Path | None,
    name: str | None,
    params: Sequence[str],
    fmt: str | None,
    wide: bool,
    limit: int | None,
    timeout: float | None,
    allow_update: bool,
    allow_federation: bool,
    list_names: bool,
) -> None:
    """Run a SPARQL query (text, -f FILE or --name NAME) over GRAPH (a file or a store).

    Prefixes ng:, act:, actor:, event:, doc:, place:, schema:, sem:, prov:, skos:,
    geo:, rdf:, rdfs:, owl:, xsd: and dcterms: are predeclared. SELECT and ASK
    print rows, CONSTRUCT and DESCRIBE print Turtle. Updates are refused unless
    --allow-update is given (they are never written back; the counts of quads
    added and removed are reported). A named query given an actor or place the
    graph does not hold fails, naming the closest ones.

    Example: newsgraph query out/graph.trig --name actions-on --param target=ISIS
    """
    from graph import answer_query

    if list_names:
        echo_answer(_query_list(), fmt, wide=wide)
        return
    if graph_path is None:
        raise click.UsageError("Missing argument 'GRAPH'.")
    answer = answer_query(
        graph_path,
        _query_text(sparql, query_file, name),
        params=_parse_params(params),
        allow_update=allow_update,
        timeout=timeout,
        limit=limit,
        allow_federation=allow_federation,
    )
    if answer.kind == "update":
        click.echo(
            f"update added {answer.added} and removed {answer.removed} quads in memory "
            f"({graph_path} is unchanged)",
            err=True,
        )
        return
    echo_answer(answer, fmt, wide=wide)


def _query_text(sparql: str | None, query_file: Path | None, name: str | None) -> str:
    """Return the one query given: SPARQL text, a file's text or a named query's name."""
    chosen = [x for x in (sparql, query_file, name) if x]
    if len(chosen) != 1:
        raise click.UsageError("give exactly one of SPARQL, -f FILE or --name NAME")
    return query_file.read_text(encoding="utf-8") if query_file else (name or sparql or "")


def _query_list() -> Any:
    """Return the named queries as an answer: name, parameters, description."""
    from graph import Answer, list_queries, load_named_query

    rows: list[dict[str, str | int | float | bool]] = []
    for qname, description in list_queries().items():
        named = load_named_query(qname)
        shown = [p if p not in named.optional else f"[{p}]" for p in named.params]
        rows.append({"name": qname, "parameters": " ".join(shown), "description": description})
    return Answer("rows", ("name", "parameters", "description"), tuple(rows))


@click.command()
@click.argument("graph_path", metavar="GRAPH", type=GRAPH_PATH)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("graph.html"),
    show_default=True,
    help="File to write: .html, .graphml, .gexf or .png.",
)
@click.option("--actor", help="Show only this actor's neighbourhood (label or id).")
@click.option("--action-class", help="Show only events of this action class (e.g. ASSAULT).")
@click.option(
    "--min-degree",
    type=click.IntRange(0),
    default=0,
    show_default=True,
    help="Hide actors with fewer connections.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(1),
    default=300,
    show_default=True,
    help="Actors shown: the most active resolved ones (as many 'other' ones ride along, hidden).",
)
@click.option("--show-relations", is_flag=True, help="Also show copular/appositive facts.")
def view(
    graph_path: Path,
    output: Path,
    actor: str | None,
    action_class: str | None,
    min_degree: int,
    max_nodes: int,
    show_relations: bool,
) -> None:
    """Write an interactive network of GRAPH (offline HTML) or export it.

    Example: newsgraph view out/graph.trig -o russia.html --actor Russia
    """
    from graph import check_known, export_graph, render_html

    write = render_html if output.suffix.lower() in (".html", ".htm") else export_graph
    with opened(graph_path) as kg:
        check_known(kg, actor=actor, action_class=action_class)
        written = write(
            kg,
            output,
            max_nodes=max_nodes,
            actor=actor,
            action_class=action_class,
            min_degree=min_degree,
            show_relations=show_relations,
        )
    click.echo(f"wrote {written}", err=True)


@click.command()
@click.argument("graph_path", metavar="GRAPH", type=GRAPH_PATH)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
def stats(graph_path: Path, fmt: str) -> None:
    """Print counts of GRAPH: documents, sentences, events, actors, top actors and actions.

    Example: newsgraph stats out/graph.trig
    """
    from graph import graph_stats

    with opened(graph_path) as kg:
        figures = graph_stats(kg)
    if fmt == "json":
        click.echo(json_text(figures, indent=1))
    else:
        click.echo(stats_lines(figures))


@click.command()
@click.argument("graph_path", metavar="GRAPH", type=GRAPH_PATH)
def validate(graph_path: Path) -> None:
    """Check GRAPH against the SHACL shapes; exit 1 when it does not conform.

    Example: newsgraph validate out/graph.trig
    """
    from graph import validate_graph

    with opened(graph_path) as kg:
        report = validate_graph(kg)
    for line in report.violations:
        click.echo(clean(line))
    if not report.conforms:
        raise click.ClickException(
            f"{graph_path} does not conform: {len(report.violations)} violations"
        )
    click.echo(f"{graph_path} conforms to the shapes", err=True)


COMMANDS = (query, view, stats, validate)
