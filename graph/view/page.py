"""HTML page, layout and PNG snapshot for :mod:`graph.view` (private helper).

The page is our own template (``graph/static/view.html``) with vis-network's
standalone JS and CSS from the pyvis package inlined, so it needs no network.
Article text reaches the page only as JSON data (with ``<``, ``>`` and ``&``
escaped) or through :func:`html.escape`; the page's script sets it with
``textContent``.
"""

from __future__ import annotations

import html
import json
import os
import re
import secrets
import time
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from .._version import __version__
from ..errors import GraphError, GraphFileError

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
_VIS_DIR = "lib/vis-9.1.2"
_HREF = re.compile("href", re.IGNORECASE)
# The page's own scripts, in order: view.js sets up window.ngView, the others extend it.
_SCRIPTS = ("view", "viewsearch", "viewcontrols", "viewpanel", "viewtime", "viewmap")


def escape_text(text: str) -> str:
    """Return ``text`` escaped for HTML element content and attribute values."""
    return html.escape(text, quote=True)


def neutralise(text: str) -> str:
    """Break the word "href" so pyvis's template never renders the text as HTML."""
    return _HREF.sub(lambda m: m.group(0)[:3] + "\u200b" + m.group(0)[3:], text)


def json_for_script(value: Any) -> str:
    """Return JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, code)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_page(net: Any) -> str:
    """Return the HTML page for a network from :func:`graph.view.build_network`."""
    from .payload import page_payload

    payload = page_payload(net)
    payload["nodes"] = [_strip(node) for node in payload["nodes"]]
    payload["edges"] = [_strip(edge) for edge in payload["edges"]]
    payload["world"] = json.loads(_asset("graph.view", "static/world.json"))
    return _template().substitute(
        version=escape_text(__version__),
        title=escape_text("newsgraph · actor network"),
        heading=escape_text(net.heading),
        summary=escape_text(header_line(net.view_meta)),
        note=escape_text(net.view_meta.note),
        data=json_for_script(payload),
        vis_css=_asset("pyvis", f"{_VIS_DIR}/vis-network.css"),
        app_css=_asset("graph.view", "static/view.css"),
        vis_js=_script(_asset("pyvis", f"{_VIS_DIR}/vis-network.min.js")),
        app_js=_script("\n".join(_asset("graph.view", f"static/{name}.js") for name in _SCRIPTS)),
    )


def header_line(meta: Any) -> str:
    """Return the page's summary, e.g. "789 documents · 2011–2018 · 71 of 6,792 actors shown"."""
    years = meta.first_date[:4]
    if meta.last_date[:4] != years:
        years = f"{years}\u2013{meta.last_date[:4]}"
    parts = [f"{meta.documents:,} document{'s' if meta.documents != 1 else ''}"]
    if years:
        parts.append(years)
    parts.append(f"{meta.actors_shown:,} of {meta.actors_candidate:,} actors shown")
    filters = [f"{name}: {value}" for name, value in _filters(meta.options)]
    parts.append("filters: " + (", ".join(filters) if filters else "none"))
    return " \u00b7 ".join(parts)


def _filters(opts: Any) -> list[tuple[str, str]]:
    found = [
        ("actor", opts.actor),
        ("class", opts.action_class),
        ("min. neighbours", opts.min_degree or None),
        ("relations", "shown" if opts.show_relations else None),
    ]
    return [(name, str(value)) for name, value in found if value]


def _strip(item: dict[str, Any]) -> dict[str, Any]:
    # The page builds its own DOM tooltips; a "title" would make vis-network draw a second one.
    return {key: value for key, value in item.items() if key != "title"}


@cache
def _template() -> Template:
    return Template(_asset("graph.view", "static/view.html"))


@cache
def _asset(package: str, name: str) -> str:
    try:
        return (resources.files(package) / name).read_text(encoding="utf-8")
    except OSError as exc:
        raise GraphError(f"cannot read page asset {package}/{name}: {exc}") from exc


def _script(code: str) -> str:
    return re.sub("</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def write_atomic(path: Path, payload: bytes, *, writer: Any = None) -> None:
    """Write via a temp file in the same directory and ``os.replace`` it into place.

    ``writer`` (called with the temp path) fills the file instead of ``payload``. The
    temp file is opened with mode "x", so the result gets the umask's permissions
    (mkstemp would leave it readable by its owner only).
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") as handle:
            handle.write(payload)
        if writer is not None:
            writer(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GraphFileError(f"cannot write {path}: {exc.strerror or exc}") from exc


def screenshot(html_path: Path, *, width: int, height: int) -> bytes:
    """Return a PNG of ``html_path`` taken with headless Chromium via Playwright."""
    if not CHROMIUM.exists():
        raise GraphError(f"cannot take snapshot of {html_path}: no browser at {CHROMIUM}")
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError as exc:
        raise GraphError(
            f"cannot take snapshot of {html_path}: playwright is not installed. "
            "Hint: pip install playwright"
        ) from exc
    # Sync Playwright refuses to start inside a running asyncio loop (Jupyter, another
    # Playwright session): a worker thread has none.
    with ThreadPoolExecutor(max_workers=1) as pool:
        try:
            return pool.submit(_shoot, sync_playwright, html_path, width, height).result()
        except Error as exc:
            raise GraphError(f"cannot take snapshot of {html_path}: {exc.message}") from exc


def _shoot(start: Any, html_path: Path, width: int, height: int) -> bytes:
    with start() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(html_path.resolve().as_uri())
        wait_until(page, "window.ngView && window.ngView.settled", timeout=120.0)
        image: bytes = page.screenshot()
        browser.close()
    return image


def wait_until(page: Any, expression: str, *, timeout: float) -> None:
    """Poll a JavaScript expression from Python until it is truthy.

    Playwright's ``wait_for_function`` re-evaluates a string predicate with
    ``eval`` inside the page once the first check fails, which the page's own
    Content-Security-Policy (no 'unsafe-eval') refuses; ``page.evaluate`` goes
    through the debugging protocol and is not subject to it.

    Raises:
        GraphError: The expression stayed false for ``timeout`` seconds.
    """
    deadline = time.monotonic() + timeout
    while not page.evaluate(f"Boolean({expression})"):
        if time.monotonic() > deadline:
            raise GraphError(f"the page did not reach {expression!r} in {timeout:g} s")
        page.wait_for_timeout(50)
