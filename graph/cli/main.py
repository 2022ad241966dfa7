"""Command-line interface: a thin shell over the library (``newsgraph --help``).

The ``extract`` and ``eval`` commands live in :mod:`graph.cli.extract`,
commands that read a built graph in :mod:`graph.cli.graphs`, commands that
change, export or serve one in :mod:`graph.cli.store`; output formatting in
:mod:`graph.cli.format`. Library errors (:class:`GraphError`) become
one-line messages with exit code 1, in one place (:class:`_Group`).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from graph import GraphError, __version__

from .extract import COMMANDS as EXTRACT_COMMANDS
from .extract import INPUTS, workers_option
from .format import build_summary, clean, format_rows
from .graphs import COMMANDS
from .listing import COMMANDS as LISTING_COMMANDS
from .store import COMMANDS as STORE_COMMANDS

__all__ = ["cli", "format_rows", "main"]


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
    # The handler's own level, not only the root's: records that libraries log at
    # INFO on loggers with their own level (Dask's) propagate past the root's.
    handler.setLevel(logging.INFO if verbose else logging.WARNING)
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


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=INPUTS)
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
@workers_option
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
    help="Actors shown in graph.html: the most active resolved ones.",
)
@click.option("--skip-bad", is_flag=True, help="Skip unreadable documents with a warning.")
@click.option(
    "--on-duplicate",
    type=click.Choice(["error", "first", "last", "rename"]),
    default="error",
    show_default=True,
    help="A document whose id an earlier one has: fail, keep the first, keep the last, "
    "or rename it ID~2.",
)
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
    on_duplicate: str,
    max_doc_mb: float,
    resume: bool,
    no_view: bool,
) -> None:
    """Extract events from INPUTS (files, folders, JSONL corpora or -) into a graph.

    Writes OUTPUT/graph.trig (one named graph per document) and OUTPUT/graph.html,
    each atomically: an interrupted build leaves the previous files intact, and
    --resume picks up from the documents it had finished. With --store the graph
    goes into an on-disk store instead, written in batches; documents already
    stored unchanged are skipped, and a killed build loses only the batches it was
    still writing.

    Example: newsgraph build seeds/ -o out/
    """
    from graph import BuildOptions, BuildStats
    from graph import build as build_all

    options = BuildOptions(
        output=output,
        store=store,
        scheduler=scheduler,
        endpoint=endpoint,
        workers=workers,
        extractor=extractor,
        actors=tuple(actor_files),
        skip_bad=skip_bad,
        on_duplicate=on_duplicate,
        max_bytes=int(max_doc_mb * 1e6),
        resume=resume,
        view=not no_view,
        max_nodes=max_nodes,
    )
    stats = BuildStats()
    build_all(inputs, options, stats=stats, on_document=_progress(stats))
    if sys.stderr.isatty():
        click.echo("", err=True)
    click.echo(build_summary(stats, stats.triples, stats.written), err=True)


for _command in (*EXTRACT_COMMANDS, *COMMANDS, *LISTING_COMMANDS, *STORE_COMMANDS):
    cli.add_command(_command)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI (console script entry point)."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="newsgraph")
