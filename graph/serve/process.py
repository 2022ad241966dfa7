"""The ``oxigraph`` server process on a store directory (behind :mod:`graph.serve.gateway`).

The ``oxigraph`` package on PyPI ships the binary. The process runs in its own
session, so a Ctrl-C in the terminal reaches ``newsgraph serve`` alone, which
stops it; on Linux it also gets SIGTERM if its parent dies.
"""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import IO

import pyoxigraph as ox

from ..errors import GraphError, GraphFileError
from .nonet import NetworkSandboxError, forbid_connections

log = logging.getLogger(__name__)

# glibc gives each thread that allocates its own malloc arena and keeps what
# the arenas freed; the oxigraph server runs each request on a new thread, so
# its resident size grew with every request. Two arenas halved its peak under
# mixed queries on a 1,600-document store (1,132 -> 557 MB, same time;
# bench/serve_load.py), so the gateway's memory limit stops runaways, not caches.
_CHILD_ENV = {"MALLOC_ARENA_MAX": "2"}

__all__ = ["SparqlServer", "find_free_port"]


def _oxigraph_binary() -> str:
    """Return the ``oxigraph`` executable, preferring the one next to this Python."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        raise GraphError(
            "cannot start the SPARQL server: the oxigraph command is not installed. "
            "Hint: pip install oxigraph==0.5.13"
        )
    return found


def _die_with_parent() -> None:
    """Ask Linux to send the child SIGTERM when its parent dies (no-op elsewhere)."""
    if sys.platform.startswith("linux"):
        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _offline_child() -> None:
    """Set up an engine that may not open connections (SERVICE, LOAD, FROM of a URL)."""
    _die_with_parent()
    forbid_connections()


def find_free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port that is free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def has_default_graph(store_dir: Path) -> bool:
    """Tell whether a store keeps data in its default graph (a store ``build`` wrote).

    A store filled only by Graph Store pushes keeps everything in named graphs.
    """
    if not store_dir.is_dir() or not any(store_dir.iterdir()):
        return False
    try:
        store = ox.Store.read_only(str(store_dir))
        quads = store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        return next(iter(quads), None) is not None
    except (OSError, RuntimeError) as exc:  # RuntimeError: RocksDB found it damaged
        raise GraphFileError(f"cannot serve {store_dir}: {exc}") from exc


class SparqlServer:
    """An ``oxigraph`` server process on a store directory.

    Use as a context manager, or call :meth:`start` and :meth:`stop` (always).
    """

    def __init__(
        self,
        store_dir: Path,
        *,
        host: str = "127.0.0.1",
        port: int = 7878,
        read_only: bool = True,
        union_default_graph: bool = False,
        timeout: float | None = None,
        network: bool = False,
    ) -> None:
        self.store_dir = store_dir
        # False: the process can accept connections but never open one (graph.serve.nonet)
        self.network = network
        self.host = host
        self.port = port
        self.read_only = read_only
        self.union_default_graph = union_default_graph
        self.timeout = timeout
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        """Return the server's base URL."""
        return f"http://{self.host}:{self.port}"

    @property
    def query_url(self) -> str:
        """Return the SPARQL 1.1 Protocol query endpoint."""
        return f"{self.url}/query"

    @property
    def store_url(self) -> str:
        """Return the Graph Store HTTP Protocol endpoint (for :func:`push_documents`)."""
        return f"{self.url}/store"

    def command(self) -> list[str]:
        """Return the command line that runs the server."""
        mode = "serve-read-only" if self.read_only else "serve"
        argv = [_oxigraph_binary(), mode, "--location", str(self.store_dir)]
        argv += ["--bind", f"{self.host}:{self.port}"]
        if self.timeout is not None:
            argv += ["--timeout-s", str(max(1, round(self.timeout)))]
        return argv + (["--union-default-graph"] if self.union_default_graph else [])

    def start(self, *, timeout: float = 30.0) -> SparqlServer:
        """Start the process and wait (at most ``timeout`` s) until it answers.

        Raises:
            GraphError: The server exited or did not answer in time.
        """
        if self._answers():
            raise GraphError(
                f"cannot start the SPARQL server on {self.url}: the port is in use. "
                "Hint: pick another --port"
            )
        if not self.read_only:
            self.store_dir.mkdir(parents=True, exist_ok=True)
        # A file, not a pipe: a long-running server's log must never fill a pipe
        # nobody reads (the server would block on its next write).
        self._log = tempfile.TemporaryFile()  # noqa: SIM115  # closed by stop()
        try:
            self.process = subprocess.Popen(  # noqa: S603  # fixed argv, no shell
                self.command(),
                stdout=subprocess.DEVNULL,
                stderr=self._log,
                start_new_session=True,
                # prctl calls only, no locks; the seccomp program is built before fork
                preexec_fn=_die_with_parent if self.network else _offline_child,  # noqa: PLW1509
                env={**os.environ, **_CHILD_ENV},
            )
        except (NetworkSandboxError, subprocess.SubprocessError) as exc:
            raise GraphError(
                f"cannot start the SPARQL server on {self.url}: cannot forbid its outgoing "
                f"connections ({exc}). Hint: --allow-federation runs it without that guard"
            ) from exc
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                reason = self.last_error()
                self.stop()
                raise GraphError(f"cannot start the SPARQL server on {self.url}: {reason}")
            if self._answers():
                log.info("SPARQL server on %s (store %s)", self.url, self.store_dir)
                return self
            time.sleep(0.1)
        self.stop()
        raise GraphError(f"cannot start the SPARQL server on {self.url}: no answer in {timeout} s")

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/", timeout=1.0):  # noqa: S310  # http only
                return True
        except urllib.error.HTTPError:
            return True  # any HTTP answer means it is listening
        except OSError:
            return False

    def last_error(self) -> str:
        """Return the last line the process wrote to stderr (or its exit code)."""
        if self._log is None:
            return "no output"
        self._log.seek(0)
        text = self._log.read().decode("utf-8", "replace").strip()
        code = self.process.returncode if self.process is not None else None
        return text.splitlines()[-1] if text else f"exit code {code}"

    def stop(self, *, timeout: float = 10.0) -> None:
        """Stop the process (terminate, then kill after ``timeout`` s); safe to call twice."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=timeout)
        if self._log is not None:
            self._log.close()
            self._log = None
        self.process = None

    def wait(self) -> int:
        """Block until the server exits (Ctrl-C stops it); return its exit code."""
        if self.process is None:
            return 0
        try:
            return self.process.wait()
        finally:
            self.stop()

    def __enter__(self) -> SparqlServer:
        return self.start() if self.process is None else self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
