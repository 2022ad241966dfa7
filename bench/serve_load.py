"""Load test of ``newsgraph serve``: mixed queries from concurrent clients, then runaway queries.

Not a test. Run from the repo root on a built store:

    nice -n 10 python bench/serve_load.py kg.store --queries 2000 --clients 8

The server is the real command, ``python -m graph serve STORE`` in its own
process (``--direct``: the bare oxigraph server, the baseline without the
gateway); its memory is the resident size of its whole process tree (the
gateway and its oxigraph processes), sampled every 0.1 s.

Phase 1 sends ``--queries`` queries from ``--clients`` threads over HTTP (the
SPARQL 1.1 Protocol, as any client would): the named queries of
``graph/query/queries`` with sample parameters, run by ``graph.serve.query_endpoint``
(names looked up on the server first, each query's default LIMIT; with ``--raw``
the query text is sent as written, with our prefixes declared and the
parameters bound), plus a COUNT, an ASK and a DESCRIBE-like listing. It prints
queries per second, p50/p95/p99 latency, errors, the server's peak memory and
the same per query.

Phase 2 sends two runaway queries (a three-way cartesian product with ORDER BY):
one client waits for its answer (it should get a clean timeout error), the other
gives up after 3 s (the server must stop the abandoned query too). Meanwhile
``--clients - 2`` clients keep querying for ``--seconds`` (longer than the
server's timeout). It prints their latency and errors, the server's peak memory
and its memory and thread count at the end, after the runaways were stopped.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psutil

from graph.errors import QueryError
from graph.query import load_named_query
from graph.serve import SparqlServer, find_free_port, query_endpoint
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
Result = tuple[str, int, float, str]  # label, HTTP status (0: no answer), seconds, first line


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
        status, first = 200, f"{len(rows)} rows"
    except QueryError as exc:
        found = re.search(r"HTTP (\d{3})", str(exc))
        status, first = (int(found[1]) if found else 0), str(exc).split(": ", 1)[-1]
    return status, time.perf_counter() - started, first


class TreeMemory:
    """Sample the resident memory (MB) of a process and all its descendants."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def now(self) -> tuple[int, int]:
        """Return (MB, threads) of the tree right now."""
        mb = threads = 0
        for proc in [self.root, *self.root.children(recursive=True)]:
            try:
                mb += proc.memory_info().rss // 2**20
                threads += proc.num_threads()
            except psutil.Error:
                continue
        return mb, threads

    def take_peak(self) -> int:
        """Return the peak since the last call and start a new one."""
        peak, self.peak = self.peak, 0
        return peak

    def _watch(self) -> None:
        while not self._stop.wait(0.1):
            self.peak = max(self.peak, self.now()[0])

    def stop(self) -> None:
        """Stop sampling."""
        self._stop.set()
        self._thread.join()


def run_clients(
    url: str, mix: list[tuple[str, str]], clients: int, total: int | None, until: float | None
) -> list[Result]:
    """Run ``clients`` threads over the mix until ``total`` queries or time ``until``."""
    results: list[Result] = []
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


def _failed(result: Result) -> bool:
    # Oxigraph stops a streaming query at its timeout with HTTP 200 and a message body
    return result[1] != 200 or "cancelled" in result[3]


def _ms(times: list[float], share: float) -> float:
    return times[min(len(times) - 1, int(len(times) * share))] * 1000 if times else 0.0


def report(title: str, results: list[Result], seconds: float, peak_mb: int) -> None:
    """Print q/s, p50/p95/p99, errors and peak memory of a run, then the same per query."""
    times = sorted(r[2] for r in results)
    errors = Counter(f"HTTP {r[1]} {r[3][:70]}" for r in results if _failed(r))
    print(f"\n{title}")
    print("| queries | seconds | q/s | p50 ms | p95 ms | p99 ms | errors | peak MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {len(results)} | {seconds:.1f} | {len(results) / seconds:.2f} | {_ms(times, 0.5):.0f} "
        f"| {_ms(times, 0.95):.0f} | {_ms(times, 0.99):.0f} | {sum(errors.values())} | {peak_mb} |"
    )
    for kind, count in errors.most_common(5):
        print(f"  {count} x {kind}")
    per: dict[str, list[Result]] = defaultdict(list)
    for result in results:
        per[result[0]].append(result)
    print("\n| query | n | p50 ms | p99 ms | max ms | errors |\n|---|---:|---:|---:|---:|---:|")
    for label, runs in sorted(per.items()):
        took = sorted(r[2] for r in runs)
        bad = sum(1 for r in runs if _failed(r))
        print(
            f"| {label} | {len(runs)} | {statistics.median(took) * 1000:.0f} "
            f"| {_ms(took, 0.99):.0f} | {took[-1] * 1000:.0f} | {bad} |"
        )


def runaway_phase(url: str, memory: TreeMemory, mix: list[tuple[str, str]], args: Any) -> None:
    """Two runaway queries (one waited for, one abandoned) among ordinary clients."""
    outcome: dict[str, tuple[int, float, str]] = {}
    waited = threading.Thread(target=lambda: outcome.update(waited=post(url, RUNAWAY)))
    dropped = threading.Thread(target=lambda: outcome.update(dropped=post(url, RUNAWAY, 3.0)))
    memory.take_peak()
    started = time.time()
    waited.start()
    dropped.start()
    results = run_clients(url, mix, max(1, args.clients - 2), None, started + args.seconds)
    waited.join()
    dropped.join()
    title = f"phase 2: {max(1, args.clients - 2)} clients for {args.seconds:g} s beside 2 runaways"
    report(title, results, time.time() - started, memory.take_peak())
    for name, (status, took, first) in outcome.items():
        print(f"  runaway ({name}): HTTP {status} after {took:.1f} s: {first[:110]}")
    time.sleep(2.0)
    mb, threads = memory.now()
    print(f"  server after phase 2: {mb} MB, {threads} threads")


def start_server(args: Any) -> tuple[Any, int, str]:
    """Start ``newsgraph serve`` (or bare oxigraph); return (handle, pid, query URL)."""
    port = find_free_port()
    if args.direct:
        server = SparqlServer(args.store, port=port, timeout=args.timeout).start()
        assert server.process is not None
        return server, server.process.pid, server.query_url
    argv = [sys.executable, "-m", "graph", "serve", str(args.store), "--port", str(port)]
    process = subprocess.Popen([*argv, "--timeout", str(args.timeout)])  # noqa: S603
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if post(url, "ASK {}", 2.0)[0] == 200:
            return process, process.pid, url
        time.sleep(0.3)
    process.kill()
    raise SystemExit("newsgraph serve did not start")


def stop_server(server: Any) -> None:
    """Stop what :func:`start_server` started."""
    if isinstance(server, SparqlServer):
        server.stop()
        return
    server.terminate()
    server.wait(timeout=30)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=45.0, help="length of phase 2")
    parser.add_argument("--timeout", type=float, default=30.0, help="the server's --timeout")
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
    server, pid, url = start_server(args)
    memory = TreeMemory(pid)
    try:
        for label, text in mix:
            status, seconds, first = post(url, text)
            print(f"  {label:14} HTTP {status} {seconds * 1000:7.0f} ms {first[:50]}", flush=True)
        memory.take_peak()
        started = time.time()
        results = run_clients(url, mix, args.clients, args.queries, None)
        which = "oxigraph alone" if args.direct else "newsgraph serve"
        which += ", named queries as written" if args.raw else ", names looked up first"
        title = f"phase 1 ({which}): {args.queries} mixed queries, {args.clients} clients"
        report(f"{title}, {args.store}", results, time.time() - started, memory.take_peak())
        if not args.direct:
            runaway_phase(url, memory, mix, args)
    finally:
        memory.stop()
        stop_server(server)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
