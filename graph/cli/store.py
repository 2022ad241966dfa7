"""CLI commands that change a built graph, export it or talk to a SPARQL server.

``remove``, ``export``, ``serve`` and ``push``; like the commands of
:mod:`graph.cli.graphs` (whose GRAPH argument type and helpers they use), they
are added to the group through :data:`COMMANDS`.
"""

from __future__ import annotations

import signal
from collections.abc import Sequence
from pathlib import Path

import click

from .listing import GRAPH_PATH


@click.command()
@click.argument("graph_path", metavar="GRAPH", type=GRAPH_PATH)
@click.argument("doc_ids", nargs=-1, required=True)
def remove(graph_path: Path, doc_ids: Sequence[str]) -> None:
    """Delete documents (by id) and their events from GRAPH, and nothing else.

    Example: newsgraph remove out/graph.trig 000_8df60a2fe9eccea6
    """
    from graph import check_known, remove_from_graph

    check_known(graph_path, documents=doc_ids)
    remove_from_graph(graph_path, doc_ids)
    noun = "document" if len(doc_ids) == 1 else "documents"
    click.echo(f"removed {len(doc_ids)} {noun} from {graph_path}", err=True)


@click.command()
@click.argument("graph_path", metavar="GRAPH", type=GRAPH_PATH)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write: .trig, .nq, .jsonld (named graphs kept) or .ttl (merged).",
)
def export(graph_path: Path, output: Path) -> None:
    """Write GRAPH (a store or a graph file) to a file, in the format of its extension.

    Example: newsgraph export kg.store -o kg.trig
    """
    from graph import convert_graph

    written = convert_graph(graph_path, output)
    click.echo(f"wrote {written}", err=True)


@click.command()
@click.argument("store_path", metavar="STORE", type=click.Path(file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option("--read-write", is_flag=True, help="Accept SPARQL Update and Graph Store writes.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    help="Stop a query after SECONDS.",
)
@click.option(
    "--max-queries",
    type=click.IntRange(min=1),
    default=4,
    show_default=True,
    help="Queries run at once; others wait up to half the timeout for a free slot.",
)
@click.option(
    "--max-memory",
    type=click.IntRange(min=64),
    default=2048,
    show_default=True,
    metavar="MB",
    help="Restart the query engine (stopping its queries) when it grows past MB.",
)
@click.option(
    "--allow-federation",
    is_flag=True,
    help="Let queries use SERVICE, LOAD and FROM <other IRI> (other servers, files).",
)
def serve(
    store_path: Path,
    host: str,
    port: int,
    read_write: bool,
    timeout: float,
    max_queries: int,
    max_memory: int,
    allow_federation: bool,
) -> None:
    """Serve STORE over the SPARQL 1.1 Protocol until Ctrl-C, SIGTERM or SIGHUP.

    Example: newsgraph serve kg.store --port 7878
    """
    from graph import serve_store as start_server

    server = start_server(
        store_path,
        host=host,
        port=port,
        read_only=not read_write,
        timeout=timeout,
        max_queries=max_queries,
        max_memory_mb=max_memory,
        allow_federation=allow_federation,
        start=False,
    )
    # SIGTERM and SIGHUP stop the server as Ctrl-C does, even while it starts; so does
    # SIGINT when started with it ignored (a shell's background job), or its children
    # would outlive it.
    stop_on = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    previous = {sig: signal.signal(sig, signal.default_int_handler) for sig in stop_on}
    try:
        server.start()
        click.echo(f"serving {store_path} at {server.query_url} (Ctrl-C stops)", err=True)
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    click.echo(f"stopped serving {store_path}", err=True)


@click.command()
@click.argument("graph_path", metavar="GRAPH", type=GRAPH_PATH)
@click.option("--endpoint", required=True, help="Graph Store Protocol URL of the server.")
@click.option(
    "--query-endpoint",
    metavar="URL",
    help="The server's SPARQL query URL, to check each write [default: query beside --endpoint].",
)
@click.option(
    "--keep-missing",
    is_flag=True,
    help="Keep the server's documents that GRAPH does not have (default: delete them).",
)
def push(graph_path: Path, endpoint: str, query_endpoint: str | None, keep_missing: bool) -> None:
    """Make a SPARQL server's documents equal to GRAPH's: write, replace, delete.

    Each document's named graph is replaced with one Graph Store PUT and checked
    through the server's query endpoint; the server's documents that GRAPH no
    longer has are deleted (only graphs in newsgraph's document namespace).

    Example: newsgraph push kg.store --endpoint http://127.0.0.1:7878/store
    """
    from graph import push_graph

    report = push_graph(
        graph_path, endpoint, query_url=query_endpoint, delete_missing=not keep_missing
    )
    click.echo(f"pushed to {endpoint}: {report.summary()}", err=True)


COMMANDS = (remove, export, serve, push)
