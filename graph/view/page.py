"""HTML page, layout and PNG snapshot for :mod:`graph.view` (private helper).

The page is our own template (``graph/view/static/view.html``) with vis-network's
standalone JS and CSS from the pyvis package inlined, so it needs no network.
Article text reaches the page only as JSON data (with ``<``, ``>`` and ``&``
escaped) or through :func:`html.escape`; the page's script sets it with
``textContent``.
"""

from __future__ import annotations

import html
import json
import math
import os
import re
import secrets
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx  # type: ignore[import-untyped]  # networkx ships no stubs

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
MODALITIES = ("asserted", "future", "possible", "should", "hypothetical")
_VIS_DIR = "lib/vis-9.1.2"
# spring_layout without scipy is dense O(n^2): lay out this many hubs, attach the rest.
_CORE = 150
_SPACING = 55.0
_HREF = re.compile("href", re.IGNORECASE)

TYPE_COLORS: dict[str, str] = {
    "country": "#1f77b4",
    "government": "#9467bd",
    "military": "#d62728",
    "armed-group": "#ff7f0e",
    "organisation": "#2ca02c",
    "person": "#e377c2",
    "location": "#8c564b",
    "other": "#7f7f7f",
}
ACTION_COLORS: dict[str, str] = {
    "ASSAULT": "#d62728",
    "FIGHT": "#b2182b",
    "COERCE": "#e6550d",
    "SANCTION": "#fd8d3c",
    "THREATEN": "#f16913",
    "MOBILIZE": "#8c6d31",
    "RETREAT": "#bcbd22",
    "SUPPORT": "#2ca02c",
    "AID": "#31a354",
    "COOPERATE": "#17becf",
    "CONSULT": "#6baed6",
    "AGREE": "#3182bd",
    "DEMAND": "#9467bd",
    "REJECT": "#756bb1",
    "ACCUSE": "#a55194",
    "STATEMENT": "#969696",
    "OTHER": "#bdbdbd",
    "RELATION": "#636363",
}
FALLBACK_COLOR = "#7f7f7f"


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
    meta = net.view_meta
    payload = {
        "nodes": [_strip(node) for node in net.nodes],
        "edges": [_strip(edge) for edge in net.edges],
        "legend": legend(net),
        "modalities": list(MODALITIES),
        "physics": meta.layout == "physics",
    }
    opts = meta.options
    params = (
        f"max_nodes={opts.max_nodes} · actor={opts.actor or '-'} · "
        f"action_class={opts.action_class or '-'} · min_degree={opts.min_degree} · "
        f"show_relations={'yes' if opts.show_relations else 'no'} · layout={meta.layout}"
    )
    counts = (
        f"{meta.actors_shown:,} actors · {meta.edges_shown:,} edges "
        f"({meta.events_shown:,} events) · {meta.actors_total:,} actors in the graph"
    )
    return _template().substitute(
        version=escape_text(__version__),
        title=escape_text("newsgraph · actor network"),
        heading=escape_text("newsgraph actor network"),
        counts=escape_text(counts),
        params=escape_text(params),
        note=escape_text(meta.note),
        data=json_for_script(payload),
        vis_css=_asset("pyvis", f"{_VIS_DIR}/vis-network.css"),
        app_css=_asset("graph.view", "static/view.css"),
        vis_js=_script(_asset("pyvis", f"{_VIS_DIR}/vis-network.min.js")),
        app_js=_script(_asset("graph.view", "static/view.js")),
    )


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


def apply_layout(
    nodes: list[dict[str, Any]], edges: list[dict[str, Any]], *, seed: int = 7
) -> None:
    """Set ``x``/``y`` on every node: spring layout for the hubs, neighbours around them."""
    simple = nx.Graph()
    simple.add_nodes_from(node["id"] for node in nodes)
    simple.add_edges_from((edge["from"], edge["to"]) for edge in edges)
    scale = 1.3 * _SPACING * math.sqrt(len(nodes)) + 100.0
    pos = _positions(simple, seed=seed, scale=scale)
    for node in nodes:
        x, y = pos[node["id"]]
        node["x"], node["y"] = round(x, 1), round(y, 1)


def _positions(simple: nx.Graph, *, seed: int, scale: float) -> dict[Any, tuple[float, float]]:
    by_degree = sorted(simple.nodes, key=lambda n: (-simple.degree[n], str(n)))
    core = by_degree[:_CORE]
    raw = nx.spring_layout(simple.subgraph(core), seed=seed) if core else {}
    pos = {n: (float(xy[0]) * scale, float(xy[1]) * scale) for n, xy in raw.items()}
    _attach_rest(simple, pos, by_degree)
    return pos


def _attach_rest(
    simple: nx.Graph, pos: dict[Any, tuple[float, float]], by_degree: list[Any]
) -> None:
    """Place nodes outside the core on a spiral around their first placed neighbour."""
    children: dict[Any, int] = {}
    queue = deque(pos)
    orphans = 0
    rim = 0.0
    for start in by_degree:
        if start not in pos:
            # Components without a hub go on a spiral just outside everything placed so far.
            rim = rim or max((math.hypot(*xy) for xy in pos.values()), default=0.0)
            pos[start] = _spiral((0.0, 0.0), orphans, base=rim + 3 * _SPACING, step=_SPACING)
            orphans += 1
            queue.append(start)
        while queue:
            hub = queue.popleft()
            for other in sorted(simple.neighbors(hub), key=lambda n: (-simple.degree[n], str(n))):
                if other not in pos:
                    rank = children.get(hub, 0)
                    children[hub] = rank + 1
                    pos[other] = _spiral(pos[hub], rank, base=_SPACING, step=_SPACING * 0.6)
                    queue.append(other)


def _spiral(
    centre: tuple[float, float], rank: int, *, base: float, step: float
) -> tuple[float, float]:
    angle = rank * 2.399963  # golden angle: successive points never line up
    radius = base + step * math.sqrt(rank)
    return centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)


def legend(net: Any) -> dict[str, dict[str, str]]:
    """Return the colours of the actor types and action classes present in ``net``."""
    types = sorted({node["actor_type"] for node in net.nodes})
    classes = sorted({edge["action_class"] for edge in net.edges})
    return {
        "types": {name: TYPE_COLORS.get(name, FALLBACK_COLOR) for name in types},
        "classes": {name: ACTION_COLORS.get(name, FALLBACK_COLOR) for name in classes},
    }


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
