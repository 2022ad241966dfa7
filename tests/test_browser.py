"""The network page in a real browser: headless Chromium driven by Playwright.

Skipped (with the reason) only when Chromium is absent; under CI a missing
Chromium fails instead, so the checks cannot silently vanish.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from graph.view import build_network, export_graph, render_html
from graph.view.page import CHROMIUM, CHROMIUM_ARGS, wait_until
from tests.test_view import EVIL_LABEL, EVIL_SENTENCE, make_big_graph, make_graph

pytestmark = pytest.mark.browser


@dataclass
class Log:
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        reason = f"Chromium not installed at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; browser tests must run in CI")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    kg = make_graph()
    path = render_html(kg, tmp_path_factory.mktemp("browser") / "graph.html")
    return path, build_network(kg)


@pytest.fixture
def page(browser: Any, built: tuple[Path, Any]) -> Iterator[tuple[Any, Log]]:
    log = Log()
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    tab.on("console", lambda msg: log.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: log.errors.append(str(exc)))
    tab.on("request", lambda req: log.requests.append(req.url))
    tab.goto(built[0].as_uri())
    wait_until(tab, "window.ngView && window.ngView.ready", timeout=60.0)
    yield tab, log
    context.close()


def visible_edges(tab: Any) -> int:
    count: int = tab.evaluate("ngView.edgeView.length")
    return count


def test_page_has_no_errors_and_makes_no_requests(page):
    tab, log = page
    tab.wait_for_timeout(300)
    assert log.errors == []
    assert log.requests, "the request listener saw nothing (not even the page itself)"
    assert all(url.startswith(("file://", "data:")) for url in log.requests), log.requests


def test_counts_equal_the_network(page, built):
    tab, _ = page
    net = built[1]
    nodes, edges = tab.evaluate("[ngView.nodes.length, ngView.edges.length]")
    assert (nodes, edges) == (len(net.nodes), len(net.edges))
    assert tab.evaluate("ngView.nodeView.length") == len(net.nodes)
    assert visible_edges(tab) == len(net.edges)
    assert tab.evaluate("ngView.network.body.nodeIndices.length") == len(net.nodes)


def test_search_box_finds_an_actor(page):
    tab, _ = page
    tab.fill("#ng-search", "isis")
    tab.click("#ng-search-go")
    assert tab.text_content("#ng-search-status") == "found: ISIS"
    assert tab.evaluate("ngView.network.getSelectedNodes()") == ["isis"]
    tab.fill("#ng-search", "Atlantis")
    tab.press("#ng-search", "Enter")
    assert "no actor matches" in (tab.text_content("#ng-search-status") or "")


def test_action_class_filter_hides_edges(page, built):
    tab, _ = page
    total = visible_edges(tab)
    assaults = sum(edge["action_class"] == "ASSAULT" for edge in built[1].edges)
    tab.uncheck("#ng-classes input[value='ASSAULT']")
    assert visible_edges(tab) == total - assaults > 0
    tab.check("#ng-classes input[value='ASSAULT']")
    assert visible_edges(tab) == total


def test_dashed_toggle_type_modality_and_date_filters(page, built):
    tab, _ = page
    edges = built[1].edges
    total = visible_edges(tab)
    tab.uncheck("#ng-dashed")
    assert visible_edges(tab) == total - sum(edge["dashes"] for edge in edges)
    tab.check("#ng-dashed")
    tab.uncheck("#ng-modalities input[value='future']")
    assert visible_edges(tab) == total - sum(edge["modality"] == "future" for edge in edges)
    tab.check("#ng-modalities input[value='future']")
    tab.uncheck("#ng-types input[value='location']")
    assert tab.evaluate("ngView.nodeView.get().map(n => n.id).includes('raqqa')") is False
    tab.check("#ng-types input[value='location']")
    tab.fill("#ng-date-from", "2016-01-01")
    tab.dispatch_event("#ng-date-from", "change")
    in_2016 = sum(any(d >= "2016-01-01" for d in edge["dates"]) for edge in edges)
    assert visible_edges(tab) == in_2016 == 2


def test_click_highlights_the_neighbourhood(page):
    tab, _ = page
    tab.evaluate("ngView.network.setOptions({physics: false})")
    xy = tab.evaluate("ngView.network.canvasToDOM(ngView.network.getPosition('raqqa'))")
    box = tab.locator("#ng-network").bounding_box()
    tab.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    assert tab.evaluate("ngView.state.focus") == "raqqa"
    colours = tab.evaluate("Object.fromEntries(ngView.nodes.get().map(n => [n.id, n.color]))")
    assert colours["russia"].startswith("rgba(190")  # dimmed: not a neighbour of Raqqa
    assert not colours["sdf"].startswith("rgba(")


def test_malicious_text_shows_as_text_and_runs_nothing(page):
    tab, _ = page
    tab.evaluate("ngView.network.setOptions({physics: false, edges: {smooth: false}})")
    evil = EVIL_LABEL.lower()
    box = tab.locator("#ng-network").bounding_box()
    mid = tab.evaluate(
        """([a, b]) => { const n = ngView.network; const p = n.getPositions([a, b]);
        return n.canvasToDOM({x: (p[a].x + p[b].x) / 2, y: (p[a].y + p[b].y) / 2}); }""",
        [evil, "usa"],
    )
    tab.mouse.move(box["x"] + mid["x"], box["y"] + mid["y"])
    tab.wait_for_selector("#ng-tooltip:not([hidden])", timeout=5_000)
    tip = tab.locator("#ng-tooltip")
    assert EVIL_SENTENCE in (tip.text_content() or "")
    assert tip.locator("img, a, script, b").count() == 0
    assert tab.evaluate("document.querySelectorAll('img').length") == 0
    assert tab.evaluate("document.scripts.length") == 3
    tab.fill("#ng-search", EVIL_LABEL)
    tab.click("#ng-search-go")
    assert tab.text_content("#ng-search-status") == f"found: {EVIL_LABEL}"
    assert tab.evaluate("window.__pwned") is None


def open_page(browser: Any, path: Path) -> tuple[Any, Any, Log]:
    log = Log()
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    tab.on("pageerror", lambda exc: log.errors.append(str(exc)))
    tab.goto(path.as_uri())
    wait_until(tab, "window.ngView && window.ngView.ready", timeout=60.0)
    return context, tab, log


def test_big_page_paints_the_neighbourhood_without_recolouring(browser, tmp_path):
    kg = make_big_graph(420)
    path = render_html(kg, tmp_path / "big.html", max_nodes=1000)
    context, tab, log = open_page(browser, path)
    assert tab.evaluate("[ngView.big, ngView.nodes.length]") == [True, 420]
    assert tab.evaluate("ngView.edges.get().every(e => e.label === undefined)")
    tab.fill("#ng-search", "A7")
    tab.click("#ng-search-go")
    assert tab.evaluate("ngView.state.focus") == "a7"
    assert tab.evaluate("ngView.nodes.get().every(n => !n.color.startsWith('rgba('))")
    box = tab.locator("#ng-network").bounding_box()
    tab.evaluate("ngView.network.moveTo({position: {x: 1e6, y: 1e6}, scale: 1})")  # empty area
    tab.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert tab.evaluate("ngView.state.focus") is None
    assert log.errors == []
    context.close()


def test_png_snapshot(tmp_path):
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium not installed at {CHROMIUM}")
    out = export_graph(make_graph(), tmp_path / "view.png")
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000


@pytest.mark.slow
def test_seeds_page(browser, seeds_dir, tmp_path):
    from graph.pipeline import build_graph

    kg = build_graph([seeds_dir])
    net = build_network(kg)
    context, tab, log = open_page(browser, render_html(kg, tmp_path / "seeds.html"))
    requests: list[str] = []
    tab.on("request", lambda req: requests.append(req.url))
    tab.reload()
    wait_until(tab, "window.ngView && window.ngView.ready", timeout=60.0)
    assert tab.evaluate("[ngView.nodes.length, ngView.edges.length]") == [
        len(net.nodes),
        len(net.edges),
    ]
    assert len(net.nodes) > 10 and len(net.edges) > 10
    tab.fill("#ng-search", "ISIS")
    tab.press("#ng-search", "Enter")
    assert tab.text_content("#ng-search-status") == "found: ISIS"
    assert log.errors == []
    assert requests and all(url.startswith(("file://", "data:")) for url in requests)
    context.close()
