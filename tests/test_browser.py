"""The network page in a real browser: headless Chromium driven by Playwright.

Skipped (with the reason) only when Chromium is absent; under CI a missing
Chromium fails instead, so the checks cannot silently vanish.
"""

from __future__ import annotations

import base64
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from graph.view import build_network, export_graph, render_html
from graph.view.page import CHROMIUM, CHROMIUM_ARGS, wait_until
from tests.test_view import EVIL_LABEL, EVIL_SENTENCE, EVIL_TITLE, make_big_graph, make_graph

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


def visible_nodes(tab: Any) -> set[str]:
    return set(tab.evaluate("ngView.nodeView.getIds()"))


def edge_id(net: Any, source: str, target: str, action_class: str) -> str:
    (found,) = [
        e["id"]
        for e in net.edges
        if (e["from"], e["to"], e["action_class"]) == (source, target, action_class)
    ]
    return str(found)


def click_node(tab: Any, node: str) -> None:
    tab.evaluate("ngView.network.setOptions({physics: false})")
    xy = tab.evaluate(f"ngView.network.canvasToDOM(ngView.network.getPosition({node!r}))")
    box = tab.locator("#ng-network").bounding_box()
    tab.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])


def panel_rows(tab: Any) -> list[str]:
    rows: list[str] = tab.locator("#ng-panel-list .ng-ev .ng-sent").all_text_contents()
    return rows


# labelSpot(text, font, centre, radius, boxes): where a node's label goes, on screen.
SPOT = "([text, font, boxes]) => ngView.labelSpot(text, font, {x: 400, y: 300}, 20, boxes)"
BELOW = [300, 321, 500, 340]  # a label already placed just below the node
ABOVE = [300, 255, 500, 279]  # ... and one just above it


@pytest.mark.parametrize(
    ("boxes", "expected"),
    [
        ([], {"label": "Syrian Democratic Forces", "size": 18, "above": False}),
        ([BELOW], {"label": "Syrian Democratic Forces", "size": 18, "above": True}),
        # labels beside the ends of the line, below and above: two lines are narrower
        ([[275, 321, 300, 340], [275, 255, 300, 279]], {"label": "Syrian Democratic\nForces"}),
        ([BELOW, ABOVE, [380, 279, 420, 400], [380, 200, 420, 321]], None),
    ],
)
def test_a_label_that_does_not_fit_below_tries_above_then_two_lines(page, boxes, expected):
    tab, _ = page
    spot = tab.evaluate(SPOT, ["Syrian Democratic Forces", 18, boxes])
    if expected is None:
        assert spot is None
    else:
        assert {k: spot[k] for k in expected} == expected


def test_the_biggest_nodes_are_labelled(page):
    tab, _ = page
    top = tab.evaluate(
        "ngView.nodeView.get().slice().sort((a, b) => b.value - a.value).slice(0, 3)"
        ".map(n => ngView.nodes.get(n.id).label || '')"
    )
    assert all(top), top


def test_page_has_no_errors_and_makes_no_requests(page):
    tab, log = page
    tab.wait_for_timeout(300)
    assert log.errors == []
    assert log.requests, "the request listener saw nothing (not even the page itself)"
    assert all(url.startswith(("file://", "data:")) for url in log.requests), log.requests


def test_counts_equal_the_network(page, built):
    tab, _ = page
    net = built[1]
    nodes, edges = tab.evaluate("[ngView.data.nodes.length, ngView.data.edges.length]")
    assert (nodes, edges) == (len(net.nodes), len(net.edges))
    assert tab.evaluate("ngView.nodeView.length") == len(net.nodes)
    assert visible_edges(tab) == sum(not e["hidden"] for e in net.edges) == 5
    assert tab.evaluate("ngView.network.body.nodeIndices.length") == len(net.nodes)
    # vis-network holds only what has been shown: the relation fact comes when asked for.
    assert tab.evaluate("ngView.edges.length") == 5
    tab.check("#ng-relations")
    assert tab.evaluate("[ngView.edges.length, ngView.edgeView.length]") == [6, 6]
    tab.uncheck("#ng-relations")
    assert tab.evaluate("[ngView.edges.length, ngView.edgeView.length]") == [6, 5]
    summary = tab.text_content("#ng-summary")
    assert summary == "2 documents · 2015–2016 · 7 of 7 actors shown · filters: none"


def test_search_box_finds_an_actor(page):
    tab, _ = page
    tab.fill("#ng-search", "isis")
    tab.click("#ng-search-go")
    assert tab.text_content("#ng-search-status") == "found: ISIS"
    assert tab.evaluate("ngView.network.getSelectedNodes()") == ["isis"]
    tab.fill("#ng-search", "Atlantis")
    tab.press("#ng-search", "Enter")
    assert "no actor matches" in (tab.text_content("#ng-search-status") or "")


def test_search_lists_matches_as_you_type_with_aliases(page):
    tab, _ = page
    tab.type("#ng-search", "s")
    ids = tab.locator("#ng-search-results li").evaluate_all("els => els.map(e => e.dataset.id)")
    assert {"sdf", "isis", "usa", "russia"} <= set(ids) and "ryan dillon" not in ids
    assert ids[0] == "sdf"  # a name starting with the text comes first
    tab.type("#ng-search", "d")
    assert tab.locator("#ng-search-results li").count() == 1
    tab.fill("#ng-search", "warplanes")
    hit = tab.locator("#ng-search-results li")
    assert hit.count() == 1 and "alias: Russian warplanes" in (hit.text_content() or "")
    hit.click()
    assert tab.evaluate("ngView.state.selection") == {"kind": "node", "id": "russia"}
    assert tab.is_visible("#ng-panel")


def test_action_class_filter_hides_edges(page, built):
    tab, _ = page
    total = visible_edges(tab)
    tab.uncheck("#ng-classes input[value='ASSAULT']")
    assert visible_edges(tab) == total - 2  # Russia -> ISIS and the evil actor -> USA
    assert "russia" not in visible_nodes(tab)  # it did nothing else
    assert "1 action classes off" in (tab.text_content("#ng-summary") or "")
    tab.check("#ng-classes input[value='ASSAULT']")
    assert visible_edges(tab) == total


def test_dashed_toggle_type_modality_and_date_filters(page, built):
    tab, _ = page
    net = built[1]
    support = edge_id(net, "usa", "sdf", "SUPPORT")
    total = visible_edges(tab)
    tab.uncheck("#ng-dashed")
    assert visible_edges(tab) == total - 1  # SDF did not enter Raqqa; support stays (future)
    tab.check("#ng-dashed")
    tab.uncheck("#ng-modalities input[value='future']")
    assert support in tab.evaluate("ngView.edgeView.getIds()")  # its hypothetical event is left
    tab.uncheck("#ng-modalities input[value='hypothetical']")
    assert support not in tab.evaluate("ngView.edgeView.getIds()")
    tab.check("#ng-modalities input[value='future']")
    tab.check("#ng-modalities input[value='hypothetical']")
    tab.uncheck("#ng-types input[value='location']")
    assert "raqqa" not in visible_nodes(tab)
    tab.check("#ng-types input[value='location']")
    tab.fill("#ng-min-edge", "2")
    tab.dispatch_event("#ng-min-edge", "change")
    assert set(tab.evaluate("ngView.edgeView.getIds()")) == {
        edge_id(net, "russia", "isis", "ASSAULT"),
        support,
    }
    assert "edges of ≥ 2 events" in (tab.text_content("#ng-summary") or "")
    tab.fill("#ng-min-edge", "1")
    tab.dispatch_event("#ng-min-edge", "change")
    tab.fill("#ng-date-from", "2016-01-01")
    tab.dispatch_event("#ng-date-from", "change")
    assert visible_edges(tab) == 2
    assert "filters: 2016-01-01 to …" in (tab.text_content("#ng-summary") or "")


def test_click_highlights_the_neighbourhood_and_opens_the_panel(page):
    tab, _ = page
    click_node(tab, "raqqa")
    assert tab.evaluate("ngView.state.focus") == "raqqa"
    colours = tab.evaluate("Object.fromEntries(ngView.nodes.get().map(n => [n.id, n.color]))")
    assert colours["russia"].startswith("rgba(190")  # dimmed: not a neighbour of Raqqa
    assert not colours["sdf"].startswith("rgba(")
    assert tab.is_visible("#ng-panel") and tab.text_content("#ng-panel-title") == "Raqqa"
    assert panel_rows(tab) == ["SDF enter Raqqa (3)."]
    assert tab.locator("#ng-panel-list .ng-badge").all_text_contents() == ["negated"]
    tab.click("#ng-panel-close")
    assert tab.is_hidden("#ng-panel") and tab.evaluate("ngView.state.focus") is None


def test_panel_lists_filters_and_cites_an_actors_events(page):
    tab, _ = page
    tab.evaluate("ngView.select('node', 'sdf')")
    assert len(panel_rows(tab)) == 5  # enter, support, back, attacked by ISIS, shelled by "they"
    shelled = tab.locator("#ng-panel-list .ng-ev", has_text="they shell SDF")
    assert shelled.locator("b").all_text_contents() == ["“they” (unresolved)", "SDF"]
    assert "Strikes in Syria" in (tab.text_content("#ng-panel-list") or "")
    tab.check("#ng-relations")
    assert len(panel_rows(tab)) == 6  # the relation fact "USA be SDF"
    tab.select_option("#ng-panel-class", "SUPPORT")
    assert tab.text_content("#ng-panel-filters") == "2 of 6 events"
    first = tab.locator("#ng-panel-list .ng-ev", has_text="support SDF (4)")
    assert first.locator("mark.ng-a").text_content() == "USA"
    assert first.locator("mark.ng-t").text_content() == "SDF"
    assert first.locator(".ng-badge").all_text_contents() == ["hypothetical"]
    first.locator(".ng-copy").click()
    citation = tab.evaluate("ngView.lastCitation")
    assert citation.startswith("“USA support SDF (4).” — Strikes in Syria, 2015-10-01, d1.txt.")
    assert "[SUPPORT]" in citation


def test_clicking_an_edge_lists_its_events(page, built):
    tab, _ = page
    tab.evaluate("ngView.network.setOptions({physics: false, edges: {smooth: false}})")
    box = tab.locator("#ng-network").bounding_box()
    mid = tab.evaluate(
        """([a, b]) => { const n = ngView.network; const p = n.getPositions([a, b]);
        return n.canvasToDOM({x: (p[a].x + p[b].x) / 2, y: (p[a].y + p[b].y) / 2}); }""",
        ["russia", "isis"],
    )
    tab.mouse.click(box["x"] + mid["x"], box["y"] + mid["y"])
    bomb = edge_id(built[1], "russia", "isis", "ASSAULT")
    assert tab.evaluate("ngView.state.selection") == {"kind": "edge", "id": bomb}
    assert tab.text_content("#ng-panel-title") == "Russia → ISIS"
    assert len(panel_rows(tab)) == 3
    places = tab.locator("#ng-panel-list .ng-place").all_text_contents()
    assert sorted(places) == ["@ Aleppo", "@ Raqqa", "@ Raqqa"]


def brush(tab: Any, start: str, end: str) -> None:
    """Drag across the timeline from the bin of date ``start`` to the bin of ``end``."""
    box = tab.locator("#ng-time-canvas").bounding_box()
    xs = tab.evaluate(
        """([a, b]) => { const t = ngView.timeline, day = 86400000;
        const unit = t.unit === 'day' ? day : 7 * day, t0 = Date.parse(t.start);
        const bin = d => Math.floor((Date.parse(d) - t0) / unit);
        return [t.binX(bin(a)) + 1, t.binX(bin(b) + 1) - 1]; }""",
        [start, end],
    )
    tab.mouse.move(box["x"] + xs[0], box["y"] + 40)
    tab.mouse.down()
    tab.mouse.move(box["x"] + xs[1], box["y"] + 60, steps=4)
    tab.mouse.up()


def test_timeline_brushing_filters_network_panel_and_map(page):
    tab, _ = page
    assert tab.evaluate("ngView.timeline.unit") == "week"
    # Ticks fall on the first day of a month (the test graph spans five months).
    assert tab.evaluate("ngView.timeline.ticks") == [
        "2015-10-01",
        "2015-11-01",
        "2015-12-01",
        "2016-01-01",
        "2016-02-01",
        "2016-03-01",
    ]
    tab.evaluate("ngView.select('node', 'sdf')")
    focus = tab.evaluate("Array.from(ngView.timeline.counts.focus).reduce((a, b) => a + b, 0)")
    assert focus == 5  # the selected actor's events are outlined on the timeline
    assert set(tab.evaluate("Object.keys(ngView.map.counts)")) == {"0", "1", "2"}
    brush(tab, "2016-03-05", "2016-03-05")
    start, end = tab.evaluate("[ngView.state.from, ngView.state.to]")
    assert start <= "2016-03-05" <= end and start >= "2016-02-29" and end <= "2016-03-06"
    assert visible_edges(tab) == 2
    assert panel_rows(tab) == ["ISIS attack SDF (1)."]
    assert tab.locator("#ng-map circle").count() == 1  # Damascus only
    assert tab.input_value("#ng-date-from") == start
    box = tab.locator("#ng-time-canvas").bounding_box()
    first = tab.evaluate("ngView.timeline.binX(0) + 2")
    tab.mouse.click(box["x"] + first, box["y"] + 120)  # a click picks one week...
    assert tab.evaluate("[ngView.state.from, ngView.state.to]") == ["2015-09-28", "2015-10-04"]
    assert len(panel_rows(tab)) == 4
    tab.mouse.click(box["x"] + first, box["y"] + 120)  # ... and a second click clears it
    assert tab.evaluate("[ngView.state.from, ngView.state.to]") == ["", ""]
    assert len(panel_rows(tab)) == 5


def test_map_shows_places_sized_by_events_and_filters_on_click(page, built):
    tab, _ = page
    circles = tab.locator("#ng-map circle")
    assert circles.count() == 3
    radius = {
        c.locator("title").text_content(): float(c.get_attribute("r") or 0) for c in circles.all()
    }
    assert radius["Raqqa: 2 events"] > radius["Aleppo: 1 event"]
    tab.locator("#ng-map circle", has_text="Damascus").dispatch_event("click")
    assert tab.evaluate("ngView.edgeView.getIds()") == [edge_id(built[1], "isis", "sdf", "FIGHT")]
    assert "place: Damascus" in (tab.text_content("#ng-summary") or "")
    tab.locator("#ng-map circle", has_text="Damascus").dispatch_event("click")
    assert visible_edges(tab) == 5
    framed = tab.evaluate("ngView.map.view[2]")
    box = tab.locator("#ng-map").bounding_box()
    tab.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tab.mouse.wheel(0, -200)
    assert tab.evaluate("ngView.map.view[2]") < framed  # zoomed in around the pointer
    tab.dblclick("#ng-map svg", position={"x": 5, "y": 5})
    assert tab.evaluate("ngView.map.view[2]") == pytest.approx(framed)


def test_fit_button_and_png_export_of_the_network_only(page):
    tab, _ = page
    tab.evaluate("ngView.network.moveTo({scale: 4})")
    tab.click("#ng-fit")
    assert tab.evaluate("ngView.network.getScale()") < 4
    tab.click("#ng-png")
    url = tab.evaluate("ngView.lastPng")
    assert url.startswith("data:image/png;base64,")
    png = base64.b64decode(url.split(",", 1)[1])
    width, height = struct.unpack(">II", png[16:24])
    canvas = tab.evaluate(
        "[...['width', 'height']].map(k => document.querySelector('#ng-network canvas')[k])"
    )
    assert [width, height] == canvas
    assert width < tab.evaluate("document.body.clientWidth * devicePixelRatio")  # no sidebar


def test_malicious_text_shows_as_text_and_runs_nothing(page):
    tab, _ = page
    tab.evaluate("ngView.network.setOptions({physics: false, edges: {smooth: false}})")
    evil = EVIL_LABEL.lower()
    box = tab.locator("#ng-network").bounding_box()
    xy = tab.evaluate(f"ngView.network.canvasToDOM(ngView.network.getPosition({evil!r}))")
    tab.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
    tab.wait_for_selector("#ng-tooltip:not([hidden])", timeout=5_000)
    assert EVIL_LABEL in (tab.text_content("#ng-tooltip") or "")
    tab.fill("#ng-search", EVIL_LABEL[:12])
    assert EVIL_LABEL in (tab.text_content("#ng-search-results") or "")
    tab.locator("#ng-search-results li").first.click()
    panel = tab.locator("#ng-panel")
    assert EVIL_SENTENCE in (panel.text_content() or "")
    assert EVIL_TITLE in (panel.text_content() or "")
    tab.locator("#ng-panel .ng-copy").first.click()
    assert EVIL_SENTENCE in tab.evaluate("ngView.lastCitation")
    brush(tab, "2016-03-05", "2016-03-05")
    tab.locator("#ng-map circle").first.dispatch_event("click")
    for where in ("#ng-tooltip", "#ng-search-results", "#ng-panel", "#ng-map", "#ng-header"):
        assert (
            tab.locator(f"{where} img, {where} a, {where} script, {where} b[onclick]").count() == 0
        )
    assert tab.evaluate("document.querySelectorAll('img, iframe, a[href]').length") == 0
    assert tab.evaluate("document.scripts.length") == 3
    assert tab.evaluate("window.__pwned") is None


def open_page(browser: Any, path: Path) -> tuple[Any, Any, Log]:
    log = Log()
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    tab.on("pageerror", lambda exc: log.errors.append(str(exc)))
    tab.on("console", lambda msg: log.errors.append(msg.text) if msg.type == "error" else None)
    tab.goto(path.as_uri())
    wait_until(tab, "window.ngView && window.ngView.ready", timeout=60.0)
    return context, tab, log


def test_big_page_paints_the_neighbourhood_without_recolouring(browser, tmp_path):
    kg = make_big_graph(420)
    path = render_html(kg, tmp_path / "big.html", max_nodes=1000)
    context, tab, log = open_page(browser, path)
    assert tab.evaluate("[ngView.big, ngView.data.nodes.length]") == [True, 420]
    assert tab.evaluate("ngView.edges.get().every(e => e.label === undefined)")
    assert 0 < tab.evaluate("ngView.labelsShown") < 100  # the biggest nodes' labels only
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


def test_other_actors_are_one_click_away_on_a_big_page(browser, tmp_path):
    kg = make_big_graph(420, other_every=5)
    path = render_html(kg, tmp_path / "others.html", max_nodes=1000)
    context, tab, log = open_page(browser, path)
    shown = tab.evaluate("ngView.nodeView.length")
    others = tab.evaluate("ngView.data.nodes.filter(n => n.actor_type === 'other').length")
    assert others > 0 and shown == tab.evaluate("ngView.data.nodes.length") - others
    assert not tab.is_checked("#ng-others")
    before = tab.evaluate("ngView.network.getPosition('a1')")
    tab.check("#ng-others")
    assert tab.evaluate("ngView.nodeView.length") == shown + others
    assert tab.evaluate("ngView.network.getPosition('a1')") != before  # laid out with them
    assert tab.is_checked("#ng-types input[value='other']")
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
    assert tab.evaluate("[ngView.data.nodes.length, ngView.data.edges.length]") == [
        len(net.nodes),
        len(net.edges),
    ]
    assert len(net.nodes) > 10 and len(net.edges) > 10
    tab.evaluate("ngView.select('node', 'isis')")
    assert tab.locator("#ng-panel-list .ng-ev").count() > 0
    tab.fill("#ng-search", "ISIS")
    tab.press("#ng-search", "Enter")
    assert tab.text_content("#ng-search-status") == "found: ISIS"
    assert log.errors == []
    assert requests and all(url.startswith(("file://", "data:")) for url in requests)
    context.close()
