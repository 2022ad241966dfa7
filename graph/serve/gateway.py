"""The public face of ``newsgraph serve``: an HTTP gateway in front of the oxigraph process.

The ``oxigraph`` server answers SERVICE by querying any URL, cannot be told to
stop one runaway query (its ``--timeout-s`` did not stop a cartesian product
with ORDER BY, which grew past 2 GB) and has no cap on concurrent queries. So
the oxigraph process listens on a private loopback port and this gateway,
on the public address, does what it cannot:

* refuses queries and updates that would reach other servers or files
  (:mod:`graph.query.sandbox`) unless federation is allowed;
* runs at most ``max_queries`` requests at once (a busy answer after waiting);
  a read-only server runs one oxigraph process per query slot (each opens the
  store read-only), a read-write one a single process (one writer per store);
* a watchdog restarts an oxigraph process when a request it runs goes past its
  deadline, or the biggest one when together they grow past ``max_memory_mb``:
  the only way to stop a query Oxigraph will not stop. Only the requests of
  that process fail (saying why); the other processes' requests go on;
* reports a process's death (:meth:`Gateway.wait` raises) instead of hiding it;
* holds the store's serve lock (:mod:`graph.store.servelock`), so writers refuse.
"""

from __future__ import annotations

import http.client
import http.server
import logging
import queue
import threading
import time
from pathlib import Path
from types import TracebackType

from ..errors import GraphError
from ..store.servelock import ServeLock
from .process import SparqlServer, find_free_port, has_default_graph
from .proxy import Handler, Request

log = logging.getLogger(__name__)

__all__ = ["Gateway"]

_GRACE_S = 3.0  # past Oxigraph's own timeout before the watchdog steps in


class _HTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    gateway: Gateway


class Gateway:
    """A SPARQL server on ``store_dir``: the oxigraph process behind a guarding gateway.

    Use as a context manager, or call :meth:`start` and :meth:`stop` (always).
    """

    def __init__(
        self,
        store_dir: Path,
        *,
        host: str = "127.0.0.1",
        port: int = 7878,
        read_only: bool = True,
        union_default_graph: bool | None = False,
        timeout: float = 30.0,
        max_queries: int = 4,
        max_memory_mb: int = 2048,
        allow_federation: bool = False,
    ) -> None:
        self.host, self.port = host, port
        self.timeout = timeout
        self.max_memory_mb = max_memory_mb
        self.allow_federation = allow_federation
        self.engines = [
            SparqlServer(
                store_dir,
                port=find_free_port(),
                read_only=read_only,
                union_default_graph=bool(union_default_graph),
                timeout=timeout,
                network=allow_federation,
            )
            for _ in range(max_queries if read_only else 1)
        ]
        self._serve_lock = ServeLock(store_dir, exclusive=not read_only)
        self._union = union_default_graph  # None: decided by the store, once it is locked
        # One slot per query that may run: the index of the engine it runs on.
        self._slots: queue.Queue[int] = queue.Queue()
        for slot in range(max_queries):
            self._slots.put(slot % len(self.engines))
        self.restarts = 0
        self._lock = threading.Lock()
        self._inflight: dict[int, Request] = {}
        self._stopping = threading.Event()
        # Each is clear while its oxigraph process restarts.
        self.ready = [threading.Event() for _ in self.engines]
        self._failure: str | None = None
        self._httpd: _HTTPServer | None = None
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        """Return the server's public base URL."""
        return f"http://{self.host}:{self.port}"

    @property
    def query_url(self) -> str:
        """Return the SPARQL 1.1 Protocol query endpoint."""
        return f"{self.url}/query"

    @property
    def store_url(self) -> str:
        """Return the Graph Store HTTP Protocol endpoint."""
        return f"{self.url}/store"

    @property
    def store_dir(self) -> Path:
        """Return the store directory served."""
        return self.child.store_dir

    @property
    def child(self) -> SparqlServer:
        """Return the first oxigraph process (the only one of a read-write server)."""
        return self.engines[0]

    def acquire(self, timeout: float) -> int | None:
        """Take a free query slot; return its engine's index (None after ``timeout`` s)."""
        try:
            return self._slots.get(timeout=timeout)
        except queue.Empty:
            return None

    def release(self, engine: int) -> None:
        """Give back a slot :meth:`acquire` returned."""
        self._slots.put(engine)

    def start(self) -> Gateway:
        """Start the oxigraph process, then the gateway and its watchdog.

        Raises:
            GraphError: The port is in use, or the oxigraph process did not start.
        """
        try:
            self._httpd = _HTTPServer((self.host, self.port), Handler)
        except OSError as exc:
            raise GraphError(
                f"cannot start the SPARQL server on {self.url}: {exc.strerror}. "
                "Hint: pick another --port"
            ) from exc
        self._httpd.gateway = self
        if not self.child.read_only:
            self.store_dir.mkdir(parents=True, exist_ok=True)
        try:
            self._serve_lock.acquire()
            if self._union is None:  # read only now: a writer may have been compacting it
                union = not has_default_graph(self.store_dir)
                for engine in self.engines:
                    engine.union_default_graph = union
            for engine, ready in zip(self.engines, self.ready, strict=True):
                engine.start()
                ready.set()
        except BaseException:  # a refusal, or Ctrl-C / SIGTERM while starting
            for engine in self.engines:
                engine.stop()
            self._serve_lock.release()
            self._httpd.server_close()
            self._httpd = None  # never served: stop() must not wait for serve_forever
            raise
        for target in (self._httpd.serve_forever, self._watch):
            thread = threading.Thread(target=target, name=f"gateway {target.__name__}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop the gateway and the oxigraph process; safe to call twice."""
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        for engine in self.engines:
            engine.stop()
        self._serve_lock.release()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads = []

    def interrupt(self) -> None:
        """Make :meth:`wait` return (safe in a signal handler); then call :meth:`stop`."""
        self._stopping.set()

    def wait(self) -> None:
        """Block until :meth:`interrupt` or :meth:`stop` is called (e.g. by a signal handler).

        Raises:
            GraphError: The oxigraph process died on its own.
        """
        while not self._stopping.wait(0.2):
            pass
        if self._failure is not None:
            raise GraphError(self._failure)

    def begin(self, request: Request) -> None:
        """Register a request forwarded to the oxigraph process (for the watchdog)."""
        with self._lock:
            self._inflight[id(request)] = request

    def end(self, request: Request) -> None:
        """Forget a finished request."""
        with self._lock:
            self._inflight.pop(id(request), None)

    def upstream(self, engine: int) -> http.client.HTTPConnection:
        """Return a new connection to oxigraph process number ``engine``."""
        return http.client.HTTPConnection(
            "127.0.0.1", self.engines[engine].port, timeout=self.timeout + 2 * _GRACE_S
        )

    def _watch(self) -> None:
        """Restart an oxigraph process that runs away; record a death."""
        while not self._stopping.wait(0.2):
            self._failure = self._dead()
            if self._failure:
                self._stopping.set()
                return
            engine, reason = self._runaway()
            if reason:
                try:
                    self._restart(engine, reason)
                except GraphError as exc:
                    self._failure = f"the SPARQL server on {self.url} stopped: {exc}"
                    self._stopping.set()
                    return

    def _dead(self) -> str | None:
        """Return why the server stopped when an oxigraph process died on its own."""
        for engine, ready in zip(self.engines, self.ready, strict=True):
            process = engine.process
            if ready.is_set() and (process is None or process.poll() is not None):
                code = None if process is None else process.returncode
                return (
                    f"the SPARQL server on {self.url} stopped: the oxigraph process "
                    f"exited with code {code} ({engine.last_error()})"
                )
        return None

    def _runaway(self) -> tuple[int, str]:
        """Return the engine whose requests must be stopped and why (or ``(0, "")``)."""
        sizes = [_rss_mb(e.process.pid) if e.process else 0 for e in self.engines]
        if sum(sizes) > self.max_memory_mb:
            biggest = max(range(len(sizes)), key=sizes.__getitem__)
            return biggest, f"the server grew to {sum(sizes)} MB (limit {self.max_memory_mb} MB)"
        deadline = time.monotonic() - self.timeout - _GRACE_S
        with self._lock:
            late = [r.engine for r in self._inflight.values() if r.started < deadline]
        return (late[0], f"a request ran longer than {self.timeout:g} s") if late else (0, "")

    def _restart(self, engine: int, reason: str) -> None:
        """Kill one oxigraph process and start a fresh one; fail the requests it ran."""
        log.warning("restarting SPARQL engine %d: %s", engine, reason)
        self.ready[engine].clear()
        with self._lock:
            stopped = [r for r in self._inflight.values() if r.engine == engine]
            for request in stopped:
                del self._inflight[id(request)]
        for request in stopped:
            request.abort(f"query stopped: {reason}")
        self.engines[engine].stop(timeout=2.0)
        self.restarts += 1
        self.engines[engine].start()
        self.ready[engine].set()

    def __enter__(self) -> Gateway:
        return self.start() if self._httpd is None else self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _rss_mb(pid: int) -> int:
    """Return the resident memory of a process in MB (0 when unknown)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) // 1024
    except (OSError, ValueError):
        pass
    return 0
