"""The request handler of :mod:`graph.serve.gateway`: check, queue and forward one HTTP request.

Only the oxigraph server's own paths are forwarded (``/``, ``/query``,
``/update``, ``/store``); every SPARQL text a request carries (``query`` or
``update`` in the URL, in a form body, or as the whole body) is checked by
:func:`graph.query.sandbox.check_sandboxed` before the oxigraph process sees it.
"""

from __future__ import annotations

import http.client
import http.server
import time
import urllib.parse
from typing import Any

from ..errors import QueryError
from ..query.sandbox import check_sandboxed

__all__ = ["Handler", "Request"]

_PATHS = {"/", "/query", "/update", "/store"}
_FIELD = {"/query": "query", "/update": "update"}
_RAW_TYPE = {"/query": "application/sparql-query", "/update": "application/sparql-update"}
_MAX_BODY = 512 * 1024 * 1024
_CHUNK = 64 * 1024


class Request:
    """One request forwarded to the oxigraph process, as the watchdog sees it."""

    def __init__(self, engine: int = 0) -> None:
        self.started = time.monotonic()
        self.engine = engine  # which oxigraph process runs it
        self.reason = ""

    def abort(self, reason: str) -> None:
        """Mark the request stopped (the oxigraph process is about to be killed)."""
        self.reason = reason


def sparql_texts(path: str, query: str, content_type: str, body: bytes) -> list[str]:
    """Return every SPARQL query or update text a request to ``path`` carries."""
    field = _FIELD.get(path)
    if field is None:
        return []
    texts = urllib.parse.parse_qs(query, keep_blank_values=True).get(field, [])
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        texts += form.get(field, [])
    elif kind == _RAW_TYPE[path] or body:
        texts.append(body.decode("utf-8", "replace"))
    return texts


class Handler(http.server.BaseHTTPRequestHandler):
    """Check a request, wait for a free slot, forward it and stream the answer back."""

    server: Any  # graph.serve.gateway._HTTPServer (its .gateway)
    timeout = 30  # seconds a client may take to send its request
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:  # noqa: N802  # http.server's method names
        """Forward a GET."""
        self._serve()

    def do_POST(self) -> None:  # noqa: N802
        """Forward a POST."""
        self._serve()

    def do_PUT(self) -> None:  # noqa: N802
        """Forward a PUT."""
        self._serve()

    def do_DELETE(self) -> None:  # noqa: N802
        """Forward a DELETE."""
        self._serve()

    def do_HEAD(self) -> None:  # noqa: N802
        """Forward a HEAD."""
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002  # base signature
        """Keep the terminal quiet: one line per request is noise for a query server."""

    def _serve(self) -> None:
        gateway = self.server.gateway
        path, _, query = self.path.partition("?")
        if path not in _PATHS:
            self._reply(404, f"no such endpoint {path}; use /query, /update or /store")
            return
        body = self._body()
        if body is None:
            return
        refusal = "" if gateway.allow_federation else self._refusal(path, query, body)
        if refusal:
            self._reply(400, refusal)
            return
        # A waiter gives up at half the query timeout: the query holding the slot
        # may run the whole timeout, and a client learns sooner that the server is full.
        wait = gateway.timeout / 2
        engine = gateway.acquire(timeout=wait)
        if engine is None:
            self._reply(503, f"server busy: {wait:g} s without a free query slot")
            return
        try:
            self._forward(gateway, engine, body)
        finally:
            gateway.release(engine)

    def _body(self) -> bytes | None:
        if self.headers.get("Transfer-Encoding"):
            self._reply(411, "send the body with a Content-Length")
            return None
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            self._reply(413, f"request body over {_MAX_BODY // 2**20} MB")
            return None
        return self.rfile.read(length) if length else b""

    def _refusal(self, path: str, query: str, body: bytes) -> str:
        content_type = self.headers.get("Content-Type", "")
        for text in sparql_texts(path, query, content_type, body):
            try:
                check_sandboxed(text, "(request)", {})
            except QueryError as exc:
                return str(exc)
        return ""

    def _forward(self, gateway: Any, engine: int, body: bytes) -> None:
        gateway.ready[engine].wait(gateway.timeout)  # a restart takes well under a second
        request = Request(engine)
        conn = gateway.upstream(engine)
        headers = {k: v for k in ("Content-Type", "Accept") if (v := self.headers.get(k))}
        gateway.begin(request)
        sent = False
        try:
            conn.request(self.command, self.path, body=body or None, headers=headers)
            answer = conn.getresponse()
            self.send_response(answer.status)
            for name in ("Content-Type", "Content-Disposition"):
                if value := answer.getheader(name):
                    self.send_header(name, value)
            self.end_headers()
            sent = True
            while chunk := answer.read(_CHUNK):
                self.wfile.write(chunk)
        except (OSError, http.client.HTTPException) as exc:
            if not sent:
                self._reply(503, request.reason or f"the SPARQL engine failed: {exc}")
        finally:
            gateway.end(request)
            conn.close()

    def _reply(self, status: int, message: str) -> None:
        data = (message + "\n").encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
        except OSError:
            pass  # the client left
