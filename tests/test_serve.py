"""``serve`` under attack: federation, runaway queries, the query cap, signals (issue 17).

Servers are real (oxigraph behind the gateway, on 127.0.0.1). The signal tests
run ``python -m graph serve`` as a process, because a signal needs one.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, Dataset

from graph.cli import cli
from graph.errors import GraphFileError, QueryError
from graph.query.oxigraph import query_store
from graph.serve import nonet, query_endpoint
from graph.serve.server import Gateway, find_free_port, serve, sparql_select
from graph.store import save_graph
from graph.store.oxigraph import open_store, put_document
from graph.vocab import GRAPH, NG

ROOT = Path(__file__).resolve().parents[1]
# grows in memory (ORDER BY keeps every row) and in time
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g"
# grows in time only (COUNT streams)
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of 3,000 triples: a three-way cartesian product of it never ends."""
    path = tmp_path_factory.mktemp("serve") / "kg.store"
    store = open_store(path)
    p = ox.NamedNode("http://example.org/p")
    store.extend(
        ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), p, ox.Literal(str(i)))
        for i in range(3000)
    )
    store.flush()
    del store
    return path


def post(url: str, field: str, text: str, *, timeout: float = 30.0) -> tuple[int, str]:
    """POST a form; return (status, body) for errors as well."""
    data = urllib.parse.urlencode({field: text}).encode()
    request = urllib.request.Request(url, data=data, headers={"Accept": "text/csv"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


@pytest.fixture
def gateway(big_store: Path) -> Iterator[Gateway]:
    with serve(
        big_store, port=find_free_port(), timeout=2, max_queries=2, max_memory_mb=1024
    ) as srv:
        yield srv


def test_served_queries_cannot_reach_other_servers(gateway, listener):
    service = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    closed = f"http://127.0.0.1:{find_free_port()}/sparql"
    for text in (service, service.replace(listener.url, closed)):
        status, body = post(gateway.query_url, "query", text)
        assert status == 400 and "refused" in body and "SERVICE <" in body
    query = urllib.parse.urlencode({"query": service})
    with pytest.raises(urllib.error.HTTPError) as got:
        urllib.request.urlopen(f"{gateway.query_url}?{query}", timeout=30)  # noqa: S310
    assert got.value.code == 400
    status, body = post(gateway.url + "/update", "update", f"LOAD <{listener.url}>")
    assert status == 400 and "LOAD <" in body
    assert listener.hits == 0
    assert post(gateway.query_url, "query", COUNT) == (200, "n\r\n3000\r\n")


@pytest.mark.skipif(not nonet.supported(), reason="the connect filter is Linux x86-64/arm64 only")
def test_an_engine_queried_on_its_own_port_cannot_reach_other_servers(gateway, listener):
    # the gateway's refusal is bypassed: the query goes straight to an oxigraph process
    service = f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    for engine in gateway.engines:
        post(engine.query_url, "query", service)  # an answer or an error, never a fetch
        assert post(engine.query_url, "query", COUNT) == (200, "n\r\n3000\r\n")
    assert listener.hits == 0


def test_allow_federation_lets_service_through(big_store, listener):
    with serve(big_store, port=find_free_port(), allow_federation=True) as srv:
        post(
            srv.query_url, "query", f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
        )
    assert listener.hits >= 1


def cpu_seconds(pid: int) -> float:
    """Return the CPU time a process has used (user + system), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def engine_is_idle(gateway: Gateway) -> bool:
    """Tell whether the oxigraph process used under 0.3 s of CPU in the last second."""
    for _ in range(20):  # a restart may be replacing the process right now
        process = gateway.child.process
        try:
            assert process is not None
            before = cpu_seconds(process.pid)
            time.sleep(1.0)
            return cpu_seconds(process.pid) - before < 0.3
        except (AssertionError, FileNotFoundError):
            time.sleep(0.5)
    return False


@pytest.mark.parametrize("text", [ENDLESS, RUNAWAY])
def test_a_runaway_query_is_stopped_and_others_still_answer(gateway, text):
    answers: list[tuple[int, str]] = []
    runaway = threading.Thread(
        target=lambda: answers.append(post(gateway.query_url, "query", text))
    )
    started = time.monotonic()
    runaway.start()
    time.sleep(0.5)
    assert post(gateway.query_url, "query", COUNT) == (200, "n\r\n3000\r\n")  # a free slot
    runaway.join(timeout=30)
    assert time.monotonic() - started < 15
    status, body = answers[0]
    # Oxigraph stops a streaming query itself (HTTP 200, the body says so); one
    # it does not stop is stopped by restarting it (HTTP 503, saying why).
    assert (status == 200 and "cancelled" in body) or (status == 503 and "query stopped" in body)
    assert engine_is_idle(gateway)
    assert post(gateway.query_url, "query", COUNT) == (200, "n\r\n3000\r\n")


# A long answer (500,000 rows of CSV, far more than socket buffers hold): it is
# still being relayed while the client holds off reading.
LONG_ANSWER = "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 500000"


def test_a_runaway_query_stops_alone_and_a_query_in_flight_finishes(big_store):
    # The runaway is stopped by the memory cap; the long answer is far from its timeout.
    with serve(
        big_store, port=find_free_port(), timeout=120, max_queries=2, max_memory_mb=300
    ) as srv:
        assert len(srv.engines) == 2  # one oxigraph process per slot (read-only)
        runaway: list[tuple[int, str]] = []
        thread = threading.Thread(
            target=lambda: runaway.append(post(srv.query_url, "query", RUNAWAY, timeout=90))
        )
        thread.start()
        time.sleep(0.5)
        data = urllib.parse.urlencode({"query": LONG_ANSWER}).encode()
        request = urllib.request.Request(srv.query_url, data=data, headers={"Accept": "text/csv"})
        with urllib.request.urlopen(request, timeout=60) as answer:  # noqa: S310
            head = answer.read(1024)
            thread.join(timeout=90)  # the runaway's engine is restarted meanwhile
            rest = answer.read()
    assert runaway and runaway[0][0] == 503 and "limit 300 MB" in runaway[0][1]
    rows = (head + rest).decode().splitlines()
    assert rows[0] == "a,d" and len(rows) == 1 + 500_000


def test_an_answer_cut_off_at_the_timeout_is_a_query_error(gateway):
    # no row ever matches, so the engine streams the JSON head and then stops at its timeout
    never = "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER (?c = ?f && ?a != ?d) }"
    with pytest.raises(QueryError, match="query failed at .*cut off"):
        sparql_select(gateway.query_url, never)


def test_an_abandoned_query_stops(gateway):
    with pytest.raises(OSError):
        post(gateway.query_url, "query", RUNAWAY, timeout=0.5)  # the client leaves
    time.sleep(2 + 3 + 1)  # the timeout, the watchdog's grace, one watch period
    assert engine_is_idle(gateway)


def test_memory_cap_stops_a_query_before_its_timeout(big_store):
    with serve(big_store, port=find_free_port(), timeout=120, max_memory_mb=300) as srv:
        started = time.monotonic()
        status, body = post(srv.query_url, "query", RUNAWAY, timeout=60)
        assert status == 503 and "limit 300 MB" in body
        assert time.monotonic() - started < 60
        assert post(srv.query_url, "query", COUNT)[0] == 200


def test_queries_beyond_the_cap_wait_then_get_busy(big_store):
    # the runaway holds the one slot for its whole 4 s; the second query gives up at 2 s
    with serve(big_store, port=find_free_port(), timeout=4, max_queries=1) as srv:
        runaway = threading.Thread(target=post, args=(srv.query_url, "query", ENDLESS))
        runaway.start()
        time.sleep(0.5)
        status, body = post(srv.query_url, "query", COUNT)
        runaway.join(timeout=30)
    assert status == 503 and "server busy" in body


def start_cli_server(store: Path, port: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-m", "graph", "serve", str(store), "--port", str(port)]
    process = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, text=True)  # noqa: S603
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).close()  # noqa: S310
            return process
        except urllib.error.HTTPError:
            return process
        except OSError:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            time.sleep(0.2)
    process.kill()
    raise AssertionError("serve did not start")


def children(pid: int) -> list[int]:
    """Return the pids whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_stops_serve_and_its_child_cleanly(big_store, sig):
    process = start_cli_server(big_store, find_free_port())
    engines = children(process.pid)
    assert engines
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    assert "Aborted" not in stderr and "Traceback" not in stderr
    assert not any(alive(pid) for pid in engines)


def test_serve_reports_the_death_of_its_engine(big_store):
    process = start_cli_server(big_store, find_free_port())
    for pid in children(process.pid):
        os.kill(pid, signal.SIGKILL)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 1
    assert "Error: the SPARQL server on" in stderr and "exited with code -9" in stderr


def test_push_then_stats_on_the_target_agree_with_the_source(tmp_path, tiny_kg):
    source = tmp_path / "kg.trig"
    save_graph(tiny_kg, source)
    target = tmp_path / "pushed.store"
    events = f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{NG.Event}> }}"
    with serve(target, port=find_free_port(), read_only=False) as srv:
        pushed = CliRunner().invoke(cli, ["push", str(source), "--endpoint", srv.store_url])
        assert pushed.exit_code == 0, pushed.output
        over_http = sparql_select(srv.query_url, events)  # the README's curl, in effect
    with serve(target, port=find_free_port()) as srv:  # read-only, after the fact
        assert sparql_select(srv.query_url, events) == over_http
    expected = {"n": str(len(set(tiny_kg.subjects(RDF.type, NG.Event))))}
    assert over_http == [expected]

    def stats(path: Path) -> dict[str, object]:
        result = CliRunner().invoke(cli, ["stats", str(path), "--format", "json"])
        assert result.exit_code == 0, result.output
        counts = json.loads(result.stdout)
        del counts["triples"]  # a store also counts its bookkeeping graph
        return dict(counts)

    assert stats(target) == stats(source)
    assert stats(target)["documents"] == 2
    rows = CliRunner().invoke(cli, ["query", str(target), events, "--format", "csv"])
    assert rows.stdout.splitlines()[1:] == [expected["n"]]


def test_push_after_remove_deletes_the_document_there_and_says_so(tmp_path, tiny_kg):
    source = tmp_path / "kg.trig"
    save_graph(tiny_kg, source)
    with serve(tmp_path / "remote.store", port=find_free_port(), read_only=False) as srv:
        first = CliRunner().invoke(cli, ["push", str(source), "--endpoint", srv.store_url])
        assert first.exit_code == 0, first.output
        assert "2 added, 0 replaced" in first.stderr
        removed = CliRunner().invoke(cli, ["remove", str(source), "d2"])
        assert removed.exit_code == 0, removed.output
        second = CliRunner().invoke(cli, ["push", str(source), "--endpoint", srv.store_url])
        assert second.exit_code == 0, second.output
        assert "0 added, 1 replaced" in second.stderr and "1 deleted" in second.stderr
        graphs = sparql_select(srv.query_url, "SELECT ?g WHERE { GRAPH ?g {} }")
    assert str(GRAPH.d2) not in {row["g"] for row in graphs}
    assert str(GRAPH.d1) in {row["g"] for row in graphs}


def test_push_to_an_endpoint_naming_a_graph_is_a_one_line_error(tmp_path, tiny_kg):
    source = tmp_path / "kg.trig"
    save_graph(tiny_kg, source)
    url = f"http://127.0.0.1:{find_free_port()}/store?default"
    result = CliRunner().invoke(cli, ["push", str(source), "--endpoint", url])
    assert result.exit_code == 1
    assert (
        result.stderr.startswith("Error: cannot push to")
        and "already names a graph" in result.stderr
    )
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("option", ["--endpoint", "--query-endpoint"])
def test_push_to_a_url_with_credentials_is_refused_without_echoing_them(tmp_path, tiny_kg, option):
    source = tmp_path / "kg.trig"
    save_graph(tiny_kg, source)
    port = find_free_port()
    with_secret = f"http://analyst:s3cret-pw@127.0.0.1:{port}/store"
    plain = f"http://127.0.0.1:{port}/store"
    args = ["--endpoint", with_secret] if option == "--endpoint" else [
        "--endpoint", plain, "--query-endpoint", with_secret.replace("/store", "/query")
    ]  # fmt: skip
    result = CliRunner().invoke(cli, ["push", str(source), *args])
    assert result.exit_code == 1
    assert "credentials in the URL are not supported" in result.stderr
    assert "s3cret-pw" not in result.output + result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.fixture
def tiny_store(tmp_path: Path, tiny_kg: Dataset) -> Path:
    path = tmp_path / "tiny.store"
    store = open_store(path)
    for doc_id in ("d1", "d2"):
        put_document(store, doc_id, tiny_kg.graph(GRAPH[doc_id]), "h")
    del store
    return path


def test_writers_are_refused_while_a_server_serves_the_store(tiny_store):
    with serve(tiny_store, port=find_free_port()) as srv:
        removed = CliRunner().invoke(cli, ["remove", str(tiny_store), "d1"])
        assert removed.exit_code == 1
        assert "newsgraph serve is serving it" in removed.stderr
        assert len(removed.stderr.strip().splitlines()) == 1
        with pytest.raises(GraphFileError, match="serving it"):
            open_store(tiny_store)
        rows = sparql_select(srv.query_url, "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")
        assert {str(GRAPH.d1), str(GRAPH.d2)} <= {row["g"] for row in rows}
    removed = CliRunner().invoke(cli, ["remove", str(tiny_store), "d1"])
    assert removed.exit_code == 0, removed.output


@pytest.mark.parametrize(
    "name, params",
    [
        ("actions-by", {"actor": "Russia"}),
        ("timeline", {"actor": "syrian-rebels"}),
        ("between", {"actor": "united-states", "other": "Russia"}),
        ("events-at", {"place": "Aleppo"}),
        ("actions-by", {"actor": "nobody we know"}),
    ],
)
def test_a_named_query_over_http_gives_the_rows_it_gives_on_the_store(tiny_store, name, params):
    store = open_store(tiny_store, read_only=True)
    expected = query_store(store, name, params=params)
    del store
    with serve(tiny_store, port=find_free_port()) as srv:
        rows = query_endpoint(srv.query_url, name, params=params)
    assert rows == expected
    assert bool(rows) == (params.get("actor") != "nobody we know")


def test_a_server_does_not_start_on_a_store_being_written(tiny_store):
    writer = open_store(tiny_store)
    with pytest.raises(GraphFileError, match="another process is writing it"):
        serve(tiny_store, port=find_free_port())
    del writer
    with serve(tiny_store, port=find_free_port()) as srv:
        assert sparql_select(srv.query_url, COUNT)[0]["n"] != "0"


def test_the_oxigraph_process_runs_with_two_malloc_arenas(tiny_store):
    # glibc's per-thread arenas kept what each request freed: the engines' memory
    # grew with every request until the gateway's limit stopped ordinary queries.
    with serve(tiny_store, port=find_free_port()) as srv:
        pids = [engine.process.pid for engine in srv.engines if engine.process is not None]
        environs = [Path(f"/proc/{pid}/environ").read_bytes().split(b"\0") for pid in pids]
    assert pids and all(b"MALLOC_ARENA_MAX=2" in env for env in environs)
