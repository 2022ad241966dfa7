"""Command-line interface: a thin shell over the library (``newsgraph --help``).

Commands that read a built graph live in :mod:`graph._cligraph`; output
formatting in :mod:`graph._clifmt`. Library errors (:class:`GraphError`) become
one-line messages with exit code 1, in one place (:class:`_Group`).
"""

from __future__ import annotations

import gc
import io
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from . import __version__
from ._clifmt import EVENT_KEYS, build_summary, clean, format_event, format_rows, score_lines
from ._cligraph import COMMANDS
from .errors import GraphError

__all__ = ["cli", "format_rows", "main"]

_INPUTS = click.Path(allow_dash=True, path_type=Path)


class _Group(click.Group):
    """A group that turns library errors into one-line CLI errors (exit code 1)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GraphError as err:
            raise click.ClickException(str(err)) from err


class _EchoHandler(logging.Handler):
    """Log to whatever stderr is when a record comes (CliRunner swaps it)."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(clean(self.format(record)), err=True)


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
    # rdflib warns about every odd IRI it meets while a parse is tried in another
    # format; our own messages say what matters.
    logging.getLogger("rdflib").setLevel(logging.INFO if verbose else logging.ERROR)


def _progress(stats: Any) -> Callable[[Any], None]:
    """Return a per-document callback: a status line on a terminal."""
    tty = sys.stderr.isatty()

    def show(result: Any) -> None:
        if tty:
            rate = stats.sentences / max(stats.seconds, 1e-9)
            click.echo(
                f"\r{stats.documents} documents, {stats.sentences} sentences, "
                f"{stats.events} events ({rate:.0f} sentences/s)",
                err=True,
                nl=False,
            )

    return show


def _workers_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--workers",
        type=click.IntRange(1, 64),
        default=1,
        show_default=True,
        help="spaCy processes (n_process), or Dask workers with --scheduler local.",
    )(func)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=_INPUTS)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for graph.trig and graph.html [default: out, or none with --store].",
)
@click.option(
    "--store",
    type=click.Path(file_okay=False, path_type=Path),
    help="Build into an on-disk Oxigraph store: unchanged documents are skipped.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Spread the corpus over a Dask cluster: tcp://HOST:PORT, or 'local'.",
)
@click.option("--endpoint", metavar="URL", help="Also push every document to this Graph Store.")
@_workers_option
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
    output: Path | None,
    store: Path | None,
    scheduler: str | None,
    endpoint: str | None,
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
    --resume picks up from the documents it had finished. With --store the graph
    goes into an on-disk store instead, one transaction per document.

    Example: newsgraph build seeds/ -o out/
    """
    from .oxquery import open_graph
    from .oxstore import open_store, triple_count
    from .pipeline import BuildStats

    stats = BuildStats()
    out = output if store is not None else (output or Path("out"))
    if out is not None:
        _ensure_writable_dir(out)
    # Without --store the graph is built in an in-memory store and written out.
    target = open_store(store)
    _build_into(
        target,
        [str(p) for p in inputs],
        scheduler,
        stats,
        {"extractor": extractor, "workers": workers, "actors": tuple(actor_files)},
        skip_bad=skip_bad,
        max_bytes=int(max_doc_mb * 1e6),
        checkpoint=None if store is not None or out is None else out / ".newsgraph-partial",
        resume=resume,
    )
    if sys.stderr.isatty():
        click.echo("", err=True)
    kg = open_graph(target)
    triples = triple_count(target)
    written = [store] if store is not None else []
    if out is not None:
        written += _write_outputs(kg, out, max_nodes, no_view, store=target)
    if endpoint:
        from .server import push_documents

        push_documents(target, endpoint)
        written.append(Path(endpoint))
    del kg, target
    gc.collect()  # release an on-disk store's lock (rdflib objects refer to it in cycles)
    click.echo(build_summary(stats, triples, written), err=True)


def _build_into(
    target: Any,
    inputs: list[str],
    scheduler: str | None,
    stats: Any,
    options: dict[str, Any],
    **build: Any,
) -> None:
    """Build ``inputs`` into the store ``target``, here or on a Dask cluster."""
    if scheduler:
        from .distributed import build_shards, load_shards
        from .oxstore import stored_hashes

        shards = build_shards(
            inputs,
            scheduler=scheduler,
            workers=options["workers"],
            extractor=options["extractor"],
            actor_files=options["actors"],
            known=stored_hashes(target),
        )
        stats.documents = len(load_shards(target, shards))
        return
    from .pipeline import build_into_store

    build_into_store(
        target,
        inputs,
        skip_bad=build["skip_bad"],
        max_bytes=build["max_bytes"],
        stats=stats,
        on_document=_progress(stats),
        checkpoint=build["checkpoint"],
        resume=build["resume"],
        **options,
    )


def _write_outputs(
    kg: Any, output: Path, max_nodes: int, no_view: bool, *, store: Any
) -> list[Path]:
    """Write OUTPUT/graph.trig from ``store`` and OUTPUT/graph.html from ``kg`` (its view)."""
    from .oxstore import export_store
    from .view import render_html

    written = [export_store(store, output / "graph.trig")]
    if not no_view:
        written.append(render_html(kg, output / "graph.html", max_nodes=max_nodes))
    partial = output / ".newsgraph-partial"
    if partial.is_dir():
        from .pipeline import clear_checkpoint

        clear_checkpoint(partial)
    return written


def _ensure_writable_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.ClickException(f"cannot write to {folder}: {exc.strerror or exc}") from exc


def _ng(local: str) -> Any:
    from .vocab import NG

    return NG[local]


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
@_workers_option
@click.option("--skip-bad", is_flag=True, help="Skip unreadable documents with a warning.")
def extract(
    inputs: Sequence[Path], fmt: str, lines: bool, extractor: str, workers: int, skip_bad: bool
) -> None:
    """Print the events of INPUTS, one per line, to stdout.

    Keys: doc, sentence, start, end, actor, actor_id, action, relation, action_class,
    target, target_id, location, time, polarity, modality, attribution, confidence.
    With --format carb: sentence, confidence, relation, then the arguments.

    Example: newsgraph extract seeds/ --format tsv
    """
    if lines:
        _extract_lines(inputs, fmt, extractor)
        return
    from .pipeline import extract_documents

    events = extract_documents(inputs, extractor=extractor, workers=workers, skip_bad=skip_bad)
    if fmt == "carb":
        from .carb import format_carb

        for line in format_carb(events):
            click.echo(line)
        return
    if fmt == "tsv":
        click.echo("\t".join(EVENT_KEYS))
    for event in events:
        click.echo(format_event(event, fmt))


def _extract_lines(inputs: Sequence[Path], fmt: str, extractor: str) -> None:
    from .carb import extract_carb_lines
    from .extract import get_extractor
    from .parse import parse_lines

    extract_fn = get_extractor(extractor)
    for path in inputs:
        stream = sys.stdin if str(path) == "-" else _open_text(path)
        if fmt == "carb":
            for line in extract_carb_lines(stream, extractor=extractor):
                click.echo(line)
            continue
        for doc in parse_lines(stream):
            for event in extract_fn(doc):
                click.echo(format_event(event, "tsv" if fmt == "tsv" else "jsonl"))


def _open_text(path: Path) -> io.StringIO:
    from .ingest import decode_bytes

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror or exc}") from exc
    return io.StringIO(decode_bytes(data, path))


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
    gold is not exhaustive, only events (not relation facts) in sentences holding
    a gold cue count against precision. Prints precision, recall, F1, the
    polarity, modality, location and actor-id agreement on matched events, and
    the missed gold rows.

    Example: newsgraph eval --gold ../shared/gold/seeds.tsv seeds/
    """
    from .evaluate import load_gold, score_events
    from .pipeline import extract_documents

    gold = load_gold(gold_path)
    score = score_events(list(extract_documents(inputs, extractor=extractor)), gold)
    click.echo(score_lines(score, len(gold)))
    if show_missed and score.missed:
        click.echo(f"missed ({len(score.missed)}):")
        for row in score.missed:
            click.echo(f"  {row.doc}\t{row.actor} | {row.action} | {row.target}\t[{row.cue}]")


for _command in COMMANDS:
    cli.add_command(_command)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI (console script entry point)."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="newsgraph")
