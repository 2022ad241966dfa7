"""CLI commands that extract events and score them: ``extract`` and ``eval``.

Also the INPUTS argument type and the --workers option, which ``build`` in
:mod:`graph.cli` shares. The commands are added to the group through
:data:`COMMANDS`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from .format import event_header, event_row, format_event, score_lines

INPUTS = click.Path(allow_dash=True, path_type=Path)


def workers_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the --workers option (shared by ``build`` and ``extract``)."""
    return click.option(
        "--workers",
        type=click.IntRange(1, 64),
        default=1,
        show_default=True,
        help="spaCy processes (n_process), or Dask workers with --scheduler local.",
    )(func)


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=INPUTS)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "tsv", "csv", "carb"]),
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
@workers_option
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
    "--relations",
    is_flag=True,
    help="Also print relation facts (copular, appositive, possessive); --format carb always does.",
)
def extract(
    inputs: Sequence[Path],
    fmt: str,
    lines: bool,
    extractor: str,
    workers: int,
    skip_bad: bool,
    on_duplicate: str,
    relations: bool,
) -> None:
    """Print the events of INPUTS, one per line, to stdout.

    Keys: doc (the id the graph, `documents` and `remove` use), source (the file, or
    JSONL file and line), sentence (index), start, end, text (the sentence), date
    (the event's resolved date, else its document's date), actor, actor_id,
    actor_code, actor_type, action, relation, action_class, target, target_id,
    target_code, target_type, location, place_id, time (as written), polarity,
    modality, attribution, confidence, kind ("event", or "relation" for a fact),
    cameo_code (the CAMEO event code) and mode (the PLOVER mode). Actor codes are
    CAMEO-style (USAGOV, SYRMIL, ---REB when only the sector is known), as of the
    document's date. With --format carb: sentence, confidence, relation, then the
    arguments. Relation facts ("Aleppo is a city") are left out unless
    --relations is given or the format is carb (Open IE benchmarks count such facts).

    Example: newsgraph extract seeds/ --format tsv --relations
    """
    if lines:
        _extract_lines(inputs, fmt, extractor, relations=relations)
        return
    from graph import BuildOptions, process_documents

    options = BuildOptions(
        extractor=extractor, workers=workers, skip_bad=skip_bad, on_duplicate=on_duplicate
    )
    results = process_documents(inputs, options)
    if fmt == "carb":
        from graph import format_carb

        for line in format_carb(event for result in results for event in result.events):
            click.echo(line)
        return
    header = event_header(fmt)
    if header:
        click.echo(header)
    for result in results:
        for event in result.events:
            if relations or event.kind == "event":
                row = event_row(event, published=result.article.date)
                click.echo(format_event(row, fmt))


def _extract_lines(inputs: Sequence[Path], fmt: str, extractor: str, *, relations: bool) -> None:
    from graph import extract_carb_lines, extract_line_events, get_extractor, read_lines

    get_extractor(extractor)  # an unknown extractor fails before any input is read
    for path in inputs:
        lines = read_lines(path)
        if fmt == "carb":
            for line in extract_carb_lines(lines, extractor=extractor):
                click.echo(line)
            continue
        for event in extract_line_events(lines, extractor=extractor):
            if relations or event.kind == "event":
                row = event_row(event)
                click.echo(format_event(row, fmt if fmt in ("tsv", "csv") else "jsonl"))


@click.command("eval")
@click.option(
    "--gold",
    "gold_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold events TSV (format of shared/gold/seeds.tsv).",
)
@click.argument("inputs", nargs=-1, required=True, type=INPUTS)
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
    from graph import BuildOptions, extract_documents, load_gold, score_events

    gold = load_gold(gold_path)
    score = score_events(list(extract_documents(inputs, BuildOptions(extractor=extractor))), gold)
    click.echo(score_lines(score, len(gold)))
    if show_missed and score.missed:
        click.echo(f"missed ({len(score.missed)}):")
        for row in score.missed:
            click.echo(f"  {row.doc}\t{row.actor} | {row.action} | {row.target}\t[{row.cue}]")


COMMANDS = (extract, eval_cmd)
