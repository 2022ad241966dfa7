"""Command-line interface: a thin shell over the library (``newsgraph --help``).

The ``extract`` and ``eval`` commands live in :mod:`graph.cli.extract`,
commands that read a built graph in :mod:`graph.cli.graphs`, commands that
change, export or serve one in :mod:`graph.cli.store`; output formatting in
:mod:`graph.cli.format`. Library errors (:class:`GraphError`) become
one-line messages with exit code 1, in one place (:class:`_Group`).
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from .._version import __version__
from ..errors import GraphError
from .extract import COMMANDS as EXTRACT_COMMANDS
from .extract import INPUTS, workers_option
from .format import build_summary, clean, format_rows
from .graphs import COMMANDS
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
    goes into an on-disk store instead, written in batches; documents already
    stored unchanged are skipped, and a killed build loses only the batches it was
    still writing.

    Example: newsgraph build seeds/ -o out/
    """
    from ..pipeline.build import BuildStats
    from ..query.oxigraph import open_graph
    from ..store.oxigraph import open_store, triple_count

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
        from ..serve.server import push_documents

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
    *,
    skip_bad: bool,
    max_bytes: int,
    checkpoint: Path | None,
    resume: bool,
) -> None:
    """Build ``inputs`` into the store ``target``, here or on a Dask cluster."""
    if scheduler:
        from ..pipeline.distributed import build_shards, load_shards
        from ..store.oxigraph import stored_hashes

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
    from ..pipeline.build import build_into_store

    build_into_store(
        target,
        inputs,
        skip_bad=skip_bad,
        max_bytes=max_bytes,
        stats=stats,
        on_document=_progress(stats),
        checkpoint=checkpoint,
        resume=resume,
        **options,
    )


def _write_outputs(
    kg: Any, output: Path, max_nodes: int, no_view: bool, *, store: Any
) -> list[Path]:
    """Write OUTPUT/graph.trig from ``store`` and OUTPUT/graph.html from ``kg`` (its view)."""
    from ..store.oxigraph import export_store
    from ..view.render import render_html

    written = [export_store(store, output / "graph.trig")]
    if not no_view:
        written.append(render_html(kg, output / "graph.html", max_nodes=max_nodes))
    partial = output / ".newsgraph-partial"
    if partial.is_dir():
        from ..pipeline.build import clear_checkpoint

        clear_checkpoint(partial)
    return written


def _ensure_writable_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.ClickException(f"cannot write to {folder}: {exc.strerror or exc}") from exc


for _command in (*EXTRACT_COMMANDS, *COMMANDS, *STORE_COMMANDS):
    cli.add_command(_command)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI (console script entry point)."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="newsgraph")
