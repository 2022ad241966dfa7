"""CLI commands that list what a graph holds: ``documents`` and ``actors``.

Both are named queries (``documents``, ``actors``) run in the graph's own engine;
the --format, --wide and --limit options and the way answers are printed are
shared with ``query`` (:func:`output_options`, :func:`echo_answer`).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .format import FORMATS, MORE_NOTE, format_answer

GRAPH_PATH = click.Path(exists=True, path_type=Path)


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add --format, --wide and --limit (shared by ``query``, ``documents`` and ``actors``)."""
    func = click.option(
        "--limit",
        type=click.IntRange(0),
        metavar="N",
        help="Print at most N rows, N=0 every row; named queries that list events "
        "stop at 1000 unless given --limit. The engine stops at the limit.",
    )(func)
    func = click.option(
        "--wide",
        is_flag=True,
        help="Do not fit the table to the terminal (no wrapping, nothing cut).",
    )(func)
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        help="Output format [default: table on a terminal, tsv otherwise].",
    )(func)


def echo_answer(answer: Any, fmt: str | None, *, wide: bool) -> None:
    """Print a :class:`graph.Answer`: a table fitted to the terminal unless ``wide``."""
    chosen = fmt or ("table" if sys.stdout.isatty() else "tsv")
    width = None if wide else shutil.get_terminal_size().columns
    click.echo(format_answer(answer, chosen, width=width), nl=False)
    if answer.more and chosen != "table":  # a table says so itself; data stays clean
        click.echo(f"first {len(answer.rows)} rows; {MORE_NOTE}", err=True)


@click.command()
@click.argument("graph_path", metavar="GRAPH", type=GRAPH_PATH)
@output_options
def documents(graph_path: Path, fmt: str | None, wide: bool, limit: int | None) -> None:
    """List the documents of GRAPH: id, title, date, source, publisher, sentences, events.

    The id is the one the graph, `remove` and the doc column of every query use.
    Sentences counts all of a document's sentences (a graph built before the
    count was stored gives those that yielded an event).

    Example: newsgraph documents out/graph.trig
    """
    from graph import answer_query

    echo_answer(answer_query(graph_path, "documents", limit=limit), fmt, wide=wide)


@click.command()
@click.argument("graph_path", metavar="GRAPH", type=GRAPH_PATH)
@click.option("--type", "actor_type", help="Only actors of this type (country, armed-group, ...).")
@click.option(
    "--country",
    help="Only actors of this country: its code (ISO alpha-3 or IGO: SYR) or name (Syria).",
)
@output_options
def actors(
    graph_path: Path,
    actor_type: str | None,
    country: str | None,
    fmt: str | None,
    wide: bool,
    limit: int | None,
) -> None:
    """List the actors of GRAPH: id, label, type, codes, aliases and event counts.

    Codes are CAMEO-style: countryCode (ISO alpha-3 or an IGO code) and sector;
    aliases are the names the articles wrote the actor as, most frequent first;
    events counts the distinct events an actor is actor or target of. An unknown
    --type or --country is an error naming those there are.

    Example: newsgraph actors out/graph.trig --type armed-group --country SYR
    """
    from graph import answer_query

    params = {"type": actor_type, "country": country}
    answer = answer_query(
        graph_path, "actors", params={k: v for k, v in params.items() if v}, limit=limit
    )
    if not answer.rows and (actor_type or country):
        click.echo(f"no actor matches {_filters(actor_type, country)} in {graph_path}", err=True)
    echo_answer(answer, fmt, wide=wide)


def _filters(actor_type: str | None, country: str | None) -> str:
    parts = [
        f"--type {actor_type}" if actor_type else "",
        f"--country {country}" if country else "",
    ]
    return " ".join(p for p in parts if p)


COMMANDS = (documents, actors)
