"""Command-line interface: a thin shell over the library (``newsgraph --help``)."""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import GraphError

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_FORMATS = ("table", "csv", "tsv", "json")
_GRAPH_PATH = click.Path(exists=True, path_type=Path)
_INPUTS = click.Path(allow_dash=True, path_type=Path)


class _Group(click.Group):
    """A group that turns library errors into one-line CLI errors (exit code 1)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GraphError as err:
            raise click.ClickException(str(err)) from err


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
@click.option("-v", "--verbose", is_flag=True, help="Log progress details to stderr.")
def cli(verbose: bool) -> None:
    """Turn news articles into an event knowledge graph.

    Example: newsgraph build seeds/ -o out/
    """
    handler = _EchoHandler()
    handler.setFormatter(logging.Formatter("newsgraph: %(levelname)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not isinstance(h, _EchoHandler)] + [handler]
    root.setLevel(logging.INFO if verbose else logging.WARNING)


class _EchoHandler(logging.Handler):
    """Log to whatever stderr is when a record comes (CliRunner swaps it)."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(_clean(self.format(record)), err=True)


def _progress(stats: Any) -> Any:
    """Return a per-document callback that redraws a status line on a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(_result: Any) -> None:
        rate = stats.sentences / max(stats.seconds, 1e-9)
        click.echo(
            f"\r{stats.documents} documents, {stats.sentences} sentences, "
            f"{stats.events} events ({rate:.0f} sentences/s)",
            err=True,
            nl=False,
        )

    return show


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=_INPUTS)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Folder for graph.trig and graph.html.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="spaCy processes (n_process).",
)
@click.option("--extractor", default="dep", show_default=True, help="Registered extractor name.")
@click.option(
    "--actors",
    "actor_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra actor gazetteer (Turtle) to merge; repeatable.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(1),
    default=300,
    show_default=True,
    help="Actors shown in graph.html (top by degree).",
)
@click.option("--skip-bad", is_flag=True, help="Skip unreadable documents with a warning.")
@click.option(
    "--max-doc-mb",
    type=click.FloatRange(min=0.001),
    default=20.0,
    show_default=True,
    help="Refuse (with --skip-bad: skip) documents larger than this.",
)
@click.option(
    "--resume", is_flag=True, help="Continue an interrupted build from the documents it finished."
)
@click.option("--no-view", is_flag=True, help="Do not write graph.html.")
def build(
    inputs: Sequence[Path],
    output: Path,
    workers: int,
    extractor: str,
    actor_files: Sequence[Path],
    max_nodes: int,
    skip_bad: bool,
    max_doc_mb: float,
    resume: bool,
    no_view: bool,
) -> None:
    """Extract events from INPUTS (files, folders, JSONL corpora or -) into a graph.

    Writes OUTPUT/graph.trig (one named graph per document) and OUTPUT/graph.html,
    each atomically: an interrupted build leaves the previous files intact, and
    --resume picks up from the documents it had finished.

    Example: newsgraph build seeds/ -o out/
    """
    from .pipeline import BuildStats, build_graph, clear_checkpoint
    from .store import save_graph
    from .view import render_html

    _ensure_writable_dir(output)
    stats = BuildStats()
    checkpoint = output / ".newsgraph-partial"
    kg = build_graph(
        [str(p) for p in inputs],
        extractor=extractor,
        workers=workers,
        actors=actor_files,
        skip_bad=skip_bad,
        max_bytes=int(max_doc_mb * 1e6),
        stats=stats,
        on_document=_progress(stats),
        checkpoint=checkpoint,
        resume=resume,
    )
    if sys.stderr.isatty():
        click.echo("", err=True)
    written = [save_graph(kg, output / "graph.trig")]
    if not no_view:
        written.append(render_html(kg, output / "graph.html", max_nodes=max_nodes))
    clear_checkpoint(checkpoint)
    click.echo(_summary(stats, len(kg), written), err=True)


def _summary(stats: Any, triples: int, written: Sequence[Path]) -> str:
    seconds = stats.seconds
    resumed = f" (+{stats.resumed} resumed)" if stats.resumed else ""
    return (
        f"built {stats.documents} documents{resumed}, {stats.sentences} sentences, "
        f"{stats.events} events, {len(stats.actors)} actors, {triples} triples in {seconds:.1f} s "
        f"({stats.sentences / max(seconds, 1e-9):.1f} sentences/s) -> "
        + ", ".join(str(p) for p in written)
    )


def _ensure_writable_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.ClickException(f"cannot write to {folder}: {exc.strerror or exc}") from exc


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=_INPUTS)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "tsv", "carb"]),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--lines",
    is_flag=True,
    help="Each input line is one pre-tokenised sentence (for benchmarks such as CaRB).",
)
@click.option("--extractor", default="dep", show_default=True, help="Registered extractor name.")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="spaCy processes (n_process).",
)
@click.option("--skip-bad", is_flag=True, help="Skip unreadable documents with a warning.")
def extract(
    inputs: Sequence[Path], fmt: str, lines: bool, extractor: str, workers: int, skip_bad: bool
) -> None:
    """Print the events of INPUTS, one per line, to stdout.

    Keys: doc, sentence, start, end, actor, actor_id, action, relation, action_class,
    target, target_id, location, time, polarity, modality, attribution, confidence.

    Example: newsgraph extract seeds/ --format tsv
    """
    from .pipeline import extract_documents

    if lines:
        _extract_lines(inputs, fmt, extractor)
        return
    events = extract_documents(
        [str(p) for p in inputs], extractor=extractor, workers=workers, skip_bad=skip_bad
    )
    if fmt == "carb":
        from .carb import format_carb

        for line in format_carb(events):
            click.echo(line)
        return
    if fmt == "tsv":
        click.echo("\t".join(EVENT_KEYS))
    for event in events:
        row = event_row(event)
        if fmt == "jsonl":
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            click.echo("\t".join(_clean(str(row[k]), tabs=True) for k in EVENT_KEYS))


def _extract_lines(inputs: Sequence[Path], fmt: str, extractor: str) -> None:
    from .extract import get_extractor
    from .parse import parse_lines

    extract_fn = get_extractor(extractor)
    for path in inputs:
        stream = sys.stdin if str(path) == "-" else _open_text(path)
        docs = parse_lines(stream)
        events = (event for doc in docs for event in extract_fn(doc))
        if fmt == "carb":
            from .carb import format_carb

            for line in format_carb(events):
                click.echo(line)
        else:
            for event in events:
                click.echo(json.dumps(event_row(event), ensure_ascii=False))


def _open_text(path: Path) -> io.TextIOBase:
    from .ingest import decode_bytes

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror or exc}") from exc
    return io.StringIO(decode_bytes(data, path))


EVENT_KEYS = (
    "doc",
    "sentence",
    "start",
    "end",
    "actor",
    "actor_id",
    "action",
    "relation",
    "action_class",
    "target",
    "target_id",
    "location",
    "time",
    "polarity",
    "modality",
    "attribution",
    "confidence",
)


def event_row(event: Any) -> dict[str, Any]:
    """Return the flat record ``newsgraph extract`` prints for an event."""
    p = event.provenance
    return {
        "doc": p.source,
        "sentence": p.sentence_index,
        "start": p.start_char,
        "end": p.end_char,
        "actor": event.actor,
        "actor_id": event.actor_id,
        "action": event.action,
        "relation": event.relation,
        "action_class": event.action_class,
        "target": event.target,
        "target_id": event.target_id,
        "location": event.location,
        "time": event.time,
        "polarity": event.polarity,
        "modality": event.modality,
        "attribution": event.attribution,
        "confidence": round(event.confidence, 3),
    }


def _clean(text: str, *, tabs: bool = False) -> str:
    """Strip terminal control sequences (and tabs/newlines for TSV) from untrusted text."""
    text = _CONTROL.sub(" ", text) if tabs else _CONTROL.sub("", text.replace("\n", " "))
    return text.replace("\t", " ").replace("\n", " ")


@cli.command("eval")
@click.option(
    "--gold",
    "gold_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold events TSV (format of shared/gold/seeds.tsv).",
)
@click.argument("inputs", nargs=-1, required=True, type=_INPUTS)
@click.option("--extractor", default="dep", show_default=True, help="Registered extractor name.")
@click.option(
    "--show-missed/--hide-missed",
    default=True,
    show_default=True,
    help="List the gold events no system event matched.",
)
def eval_cmd(gold_path: Path, inputs: Sequence[Path], extractor: str, show_missed: bool) -> None:
    """Score the events extracted from INPUTS against a gold TSV.

    A system event matches a gold row when: it comes from the same document
    (file name); the gold cue lies inside its sentence; the gold action's main
    verb is among the words of its action; the actor spans share a content word
    or have the same canonical id; and the target spans share a content word
    (any target when the gold target is empty). Matching is one-to-one. As the
    gold is not exhaustive, only events in sentences holding a gold cue count
    against precision. Prints precision, recall, F1, the polarity, modality and
    location agreement on matched events, and the missed gold rows.

    Example: newsgraph eval --gold ../shared/gold/seeds.tsv seeds/
    """
    from .evaluate import load_gold, score_events
    from .pipeline import extract_documents

    gold = load_gold(gold_path)
    events = list(extract_documents([str(p) for p in inputs], extractor=extractor))
    score = score_events(events, gold)
    click.echo(_score_lines(score, len(gold)))
    if show_missed and score.missed:
        click.echo(f"missed ({len(score.missed)}):")
        for row in score.missed:
            click.echo(f"  {row.doc}\t{row.actor} | {row.action} | {row.target}\t[{row.cue}]")


def _score_lines(score: Any, gold_rows: int) -> str:
    def share(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    return "\n".join(
        [
            f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}",
            f"matched {len(score.matched)} of {gold_rows} gold events; "
            f"{score.counted} system events counted, {len(score.unmatched)} unmatched",
            f"on matched events: polarity {share(score.polarity)}  modality "
            f"{share(score.modality)}  location {share(score.location)}  "
            f"actor id {share(score.actor_id)}",
        ]
    )


@cli.command()
@click.argument("graph_path", metavar="GRAPH", type=_GRAPH_PATH)
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
    help="Parameter of a named query, bound as an RDF literal; repeatable.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(_FORMATS),
    help="Output format [default: table on a terminal, tsv otherwise].",
)
@click.option("--allow-update", is_flag=True, help="Allow SPARQL Update (changes are not saved).")
@click.option("--list", "list_names", is_flag=True, help="List the named queries and exit.")
def query(
    graph_path: Path,
    sparql: str | None,
    query_file: Path | None,
    name: str | None,
    params: Sequence[str],
    fmt: str | None,
    allow_update: bool,
    list_names: bool,
) -> None:
    """Run a SPARQL query (text, -f FILE or --name NAME) over GRAPH.

    Prefixes ng:, act:, actor:, event:, doc:, place:, schema:, sem:, prov:, skos:,
    rdf:, rdfs:, owl:, xsd: and dcterms: are predeclared.

    Example: newsgraph query out/graph.trig --name actions-by --param actor=Russia
    """
    from .query import list_queries, run_query

    if list_names:
        for qname, description in sorted(list_queries().items()):
            click.echo(f"{qname}\t{description}")
        return
    chosen = [x for x in (sparql, query_file, name) if x]
    if len(chosen) != 1:
        raise click.UsageError("give exactly one of SPARQL, -f FILE or --name NAME")
    text = query_file.read_text(encoding="utf-8") if query_file else (name or sparql or "")
    rows = run_query(
        _load(graph_path), text, params=_parse_params(params), allow_update=allow_update
    )
    click.echo(format_rows(rows, fmt or ("table" if sys.stdout.isatty() else "tsv")), nl=False)


def _parse_params(params: Sequence[str]) -> dict[str, str]:
    parsed: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {item!r}", param_hint="--param")
        parsed[key.strip()] = value
    return parsed


def _load(path: Path) -> Any:
    from .store import load_graph

    return load_graph(path)


def format_rows(rows: Sequence[dict[str, str]], fmt: str) -> str:
    """Format query rows as an aligned table, CSV, TSV or JSON (text ends with a newline)."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    columns = list(rows[0]) if rows else []
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_clean(row[c], tabs=fmt == "tsv") for c in columns])
        return out.getvalue()
    if not rows:
        return "(no results)\n"
    cells = [[_clean(row[c])[:80] for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(lines) + f"\n({len(rows)} rows)\n"


@cli.command()
@click.argument("graph_path", metavar="GRAPH", type=_GRAPH_PATH)
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
    help="Hide actors with fewer events.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(1),
    default=300,
    show_default=True,
    help="Keep the top actors by degree.",
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
    from .view import export_graph, render_html

    kg = _load(graph_path)
    write = render_html if output.suffix.lower() in (".html", ".htm") else export_graph
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


@cli.command()
@click.argument("graph_path", metavar="GRAPH", type=_GRAPH_PATH)
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
    from .query import graph_stats

    figures = graph_stats(_load(graph_path))
    if fmt == "json":
        click.echo(json.dumps(figures, ensure_ascii=False, indent=1))
        return
    for key, value in figures.items():
        if isinstance(value, list | tuple):
            click.echo(f"{key}:")
            for item in value:
                click.echo(
                    "  "
                    + _clean(
                        "\t".join(str(v) for v in item)
                        if isinstance(item, list | tuple)
                        else str(item)
                    )
                )
        else:
            click.echo(f"{key}: {_clean(str(value))}")


@cli.command()
@click.argument("graph_path", metavar="GRAPH", type=_GRAPH_PATH)
def validate(graph_path: Path) -> None:
    """Check GRAPH against the SHACL shapes; exit 1 when it does not conform.

    Example: newsgraph validate out/graph.trig
    """
    from .validate import validate_graph

    report = validate_graph(_load(graph_path))
    for line in report.violations:
        click.echo(_clean(line))
    if not report.conforms:
        raise click.ClickException(
            f"{graph_path} does not conform: {len(report.violations)} violations"
        )
    click.echo(f"{graph_path} conforms to the shapes", err=True)


@cli.command()
@click.argument("graph_path", metavar="GRAPH", type=_GRAPH_PATH)
@click.argument("doc_ids", nargs=-1, required=True)
def remove(graph_path: Path, doc_ids: Sequence[str]) -> None:
    """Delete documents (by id) and their events from GRAPH, and nothing else.

    Example: newsgraph remove out/graph.trig 000_8df60a2fe9eccea6
    """
    from .rdf import remove_document
    from .store import save_graph

    kg = _load(graph_path)
    known = {str(o) for o in kg.objects(None, _ng("docId"))}
    unknown = [d for d in doc_ids if d not in known]
    if unknown:
        raise click.ClickException(
            f"cannot remove from {graph_path}: no document {', '.join(map(repr, unknown))}"
        )
    for doc_id in doc_ids:
        remove_document(kg, doc_id)
    save_graph(kg, graph_path)
    click.echo(f"removed {len(doc_ids)} documents from {graph_path}", err=True)


def _ng(local: str) -> Any:
    from .vocab import NG

    return NG[local]


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI (console script entry point)."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="newsgraph")
