"""Load test of ``newsgraph serve``: mixed queries from concurrent clients, then a runaway query.

Not a test. Run from the repo root on a built store:

    nice -n 10 python bench/serve_load.py kg.store --queries 2000 --clients 8

Phase 1 sends ``--queries`` queries from ``--clients`` threads over HTTP (the
SPARQL 1.1 Protocol, as any client would): the named queries of
``graph/query/queries`` with sample parameters, run by ``graph.serve.query_endpoint``
(names looked up on the server first; with ``--raw`` the query text is sent as
written, with our prefixes declared and the parameters bound, so the server
matches names by FILTER), plus a COUNT, an ASK and a DESCRIBE; it prints queries per second, p50/p99
latency and errors. Phase 2 sends one runaway query (a three-way cartesian
product with ORDER BY) while the other clients keep querying for ``--seconds``,
and prints what it did to the server's memory (the oxigraph process's peak RSS),
how the runaway ended, and the other clients' latency and errors meanwhile.
"""

from __future__ import annotations

import argparse
import re
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from graph.errors import QueryError
from graph.query import load_named_query
from graph.serve import Gateway, SparqlServer, find_free_port, query_endpoint, serve
from graph.store.dataset import bind_terms
from graph.vocab import NAMESPACES

import pyoxigraph as ox  # isort: skip

PARAMS = {
    "actions-by": {"actor": "Russia"},
    "actions-on": {"target": "ISIS"},
    "between": {"actor": "Russia", "other": "ISIS"},
    "timeline": {"actor": "Russia"},
    "events-at": {"place": "Aleppo"},
    "near": {"place": "Aleppo", "km": "50"},
    "sources": {"actor": "Russia", "target": "ISIS"},
    "two-hop": {"actor": "Russia"},
}
EXTRA = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?e a ng:Event }",
    "ASK { ?e ng:actionClass act:ASSAULT }",
    "SELECT ?e ?p ?o WHERE { ?e a ng:Event ; ?p ?o } LIMIT 50",
]
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g"
PROLOGUE = "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in NAMESPACES.items())


def query_mix(raw: bool = True) -> list[tuple[str, str]]:
    """Return ``(label, SPARQL text)`` for every query of the mix.

    Without ``raw`` a named query's text is ``@name`` and its parameters ride
    along as ``@name?key=value&...``: :func:`post` runs it with ``query_endpoint``.
    """
    names = [path.stem for path in sorted(Path("graph/query/queries").glob("*.rq"))]
    mix = []
    for name in names:
        named = load_named_query(name)
        given = {k: v for k, v in PARAMS.get(name, {}).items() if k in named.params}
        if not raw:
            mix.append((name, f"@{name}?{urllib.parse.urlencode(given)}"))
            continue
        bindings = {named.params[k]: ox.Literal(v) for k, v in given.items()}
        mix.append((name, PROLOGUE + bind_terms(named.text, bindings)))
    return mix + [(f"extra-{i}", PROLOGUE + text) for i, text in enumerate(EXTRA)]


def post(url: str, text: str, timeout: float = 120.0) -> tuple[int, float, str]:
    """Send one query; return (HTTP status or 0 for a network error, seconds, first line)."""
    if text.startswith("@"):
        return run_named(url, text, timeout)
    data = urllib.parse.urlencode({"query": text}).encode()
    request = urllib.request.Request(url, data=data, headers={"Accept": "text/csv"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310
            body = answer.read()
            status, first = answer.status, body[:200].decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        status, first = exc.code, exc.read()[:200].decode("utf-8", "replace")
    except OSError as exc:
        status, first = 0, str(exc)
    return status, time.perf_counter() - started, first.splitlines()[0] if first else ""


def run_named(url: str, text: str, timeout: float) -> tuple[int, float, str]:
    """Run ``@name?params`` with ``query_endpoint`` (lookups included in the time)."""
    name, _, query = text[1:].partition("?")
    params = dict(urllib.parse.parse_qsl(query))
    started = time.perf_counter()
    try:
        rows = query_endpoint(url, name, params=params, timeout=timeout)
        status, first = 200, ",".join(rows[0]) if rows else "(no rows)"
    except QueryError as exc:
        found = re.search(r"HTTP (\d{3})", str(exc))
        status, first = (int(found[1]) if found else 0), str(exc).split(": ", 1)[-1]
    return status, time.perf_counter() - started, first


def run_clients(
    url: str, mix: list[tuple[str, str]], clients: int, total: int | None, until: float | None
) -> list[tuple[str, int, float, str]]:
    """Run ``clients`` threads over the mix until ``total`` queries or time ``until``."""
    results: list[tuple[str, int, float, str]] = []
    lock = threading.Lock()
    counter = iter(range(10**9))

    def client() -> None:
        while True:
            with lock:
                n = next(counter)
            if (total is not None and n >= total) or (until is not None and time.time() > until):
                return
            label, text = mix[n % len(mix)]
            status, seconds, first = post(url, text)
            with lock:
                results.append((label, status, seconds, first))

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def report(title: str, results: list[tuple[str, int, float, str]], seconds: float) -> None:
    """Print q/s, p50/p99 and the errors of a run."""
    times = sorted(r[2] for r in results)
    errors = Counter(f"HTTP {r[1]} {r[3][:60]}" for r in results if r[1] != 200)
    # Oxigraph stops a streaming query at its timeout with HTTP 200 and a message body
    cancelled = sum(1 for r in results if r[1] == 200 and "cancelled" in r[3])
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))] if times else 0.0
    print(f"\n{title}")
    print("| queries | seconds | q/s | p50 ms | p99 ms | errors |")
    print("|---:|---:|---:|---:|---:|---:|")
    p50 = statistics.median(times) * 1000 if times else 0.0
    n_err = sum(errors.values()) + cancelled
    rate = len(results) / seconds
    print(
        f"| {len(results)} | {seconds:.1f} | {rate:.1f} | {p50:.0f} | {p99 * 1000:.0f} | {n_err} |"
    )
    for kind, count in errors.most_common(5):
        print(f"  {count} x {kind}")
    if cancelled:
        print(f"  {cancelled} x HTTP 200 cancelled by Oxigraph's timeout")


def watch_memory(server: Gateway, stop: threading.Event, peak: list[int]) -> None:
    """Record the peak RSS (MB) of the oxigraph processes together until ``stop``."""
    while not stop.wait(0.1):
        total = 0
        for engine in server.engines:
            process = engine.process
            try:
                status = Path(f"/proc/{process.pid}/status").read_text() if process else ""
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) // 1024
        peak[0] = max(peak[0], total)


def runaway_phase(
    server: Gateway, mix: list[tuple[str, str]], clients: int, seconds: float
) -> None:
    """One runaway query among ``clients - 1`` ordinary clients."""
    stop, peak, outcome = threading.Event(), [0], []
    watcher = threading.Thread(target=watch_memory, args=(server, stop, peak))
    watcher.start()
    runaway = threading.Thread(target=lambda: outcome.append(post(server.query_url, RUNAWAY)))
    started = time.time()
    runaway.start()
    results = run_clients(server.query_url, mix, clients - 1, None, started + seconds)
    runaway.join()
    stop.set()
    watcher.join()
    status, took, first = outcome[0]
    report(
        f"phase 2: {clients - 1} clients for {seconds:g} s beside one runaway query",
        results,
        time.time() - started,
    )
    print(f"  runaway: HTTP {status} after {took:.1f} s: {first[:120]}")
    engines = len(server.engines)
    print(
        f"  oxigraph peak RSS {peak[0]} MB ({engines} engines); engine restarts {server.restarts}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=40.0, help="length of phase 2")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument(
        "--raw", action="store_true", help="send named queries as written (no name lookup first)"
    )
    parser.add_argument(
        "--direct",
        action="store_true",
        help="phase 1 only, on the bare oxigraph server (no gateway): the baseline",
    )
    args = parser.parse_args(argv)
    mix = query_mix(raw=args.raw)
    port = find_free_port()
    server: Gateway | SparqlServer
    if args.direct:
        server = SparqlServer(args.store, port=port, timeout=args.timeout)
    else:
        server = serve(args.store, port=port, timeout=args.timeout, start=False)
    with server:
        for label, text in mix:
            status, seconds, first = post(server.query_url, text)
            print(f"  {label:14} HTTP {status} {seconds * 1000:7.0f} ms {first[:50]}")
        started = time.time()
        results = run_clients(server.query_url, mix, args.clients, args.queries, None)
        which = "oxigraph alone" if args.direct else "newsgraph serve"
        which += ", named queries as written" if args.raw else ", names looked up first"
        title = f"phase 1 ({which}): {args.queries} mixed queries, {args.clients} clients"
        report(f"{title}, {args.store}", results, time.time() - started)
        if isinstance(server, Gateway):
            runaway_phase(server, mix, args.clients, args.seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
