"""Benchmark: a synthetic 5,000-actor graph -> HTML page -> time-to-interactive in Chromium.

Not a test. Run: python bench/view_5000.py [--actors 5000] [--events 12000] [--max-nodes N]
[--shots /tmp]
or, for a page already written (e.g. the real corpus): python bench/view_5000.py --page PAGE.html
Prints time to first draw, time to interactive (click on the busiest actor -> its events
listed in the side panel), the page size and the number of console errors.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from rdflib import Dataset

from graph.model import ACTOR_TYPES, Article, Event, Provenance
from graph.rdf import add_document, new_dataset
from graph.view import render_html

ACTIONS = [
    ("attack", "ASSAULT"),
    ("bomb", "ASSAULT"),
    ("fight", "FIGHT"),
    ("support", "SUPPORT"),
    ("meet", "CONSULT"),
    ("accuse", "DISAPPROVE"),
    ("reject", "REJECT"),
    ("threaten", "THREATEN"),
    ("aid", "AID"),
    ("cooperate with", "COOPERATE"),
]


def _event(rng: random.Random, doc: str, idx: int, actor: int, target: int) -> Event:
    action, cls = rng.choice(ACTIONS)
    sent = f"Actor {actor} {action} actor {target} (sentence {idx})."
    start = idx * 100
    prov = Provenance(doc, f"{doc}.txt", idx, start, start + len(sent), sent)
    return Event(
        actor=f"Actor {actor}",
        action=action,
        target=f"Actor {target}",
        provenance=prov,
        actor_id=f"a{actor}",
        target_id=f"a{target}",
        actor_label=f"Actor {actor}",
        target_label=f"Actor {target}",
        actor_type=ACTOR_TYPES[actor % 8],
        target_type=ACTOR_TYPES[target % 8],
        action_class=cls,
        polarity="neg" if rng.random() < 0.05 else "pos",
        modality="hypothetical" if rng.random() < 0.05 else "asserted",
    )


def build_synthetic(actors: int, events: int, *, seed: int = 1, docs: int = 200) -> Dataset:
    """Return a dataset with ``actors`` actors (every one in some event), hubs preferred."""
    rng = random.Random(seed)
    kg = new_dataset()
    pairs = [(i, rng.randrange(actors)) for i in range(actors)]  # every actor appears once
    weights = [1.0 / (i + 1) ** 0.8 for i in range(actors)]  # heavy-tailed degrees
    hubs = rng.choices(range(actors), weights=weights, k=2 * max(events - actors, 0))
    pairs += list(zip(hubs[::2], hubs[1::2], strict=False))
    per_doc: dict[int, list[Event]] = {}
    for idx, (a, b) in enumerate(pairs):
        doc = idx % docs
        per_doc.setdefault(doc, []).append(
            _event(rng, f"doc{doc}", idx // docs, a, b if b != a else (a + 1) % actors)
        )
    for doc, evs in per_doc.items():
        art = Article(
            doc_id=f"doc{doc}",
            source=f"doc{doc}.txt",
            text="",
            title=f"Report {doc}",
            date=f"2015-{doc % 12 + 1:02d}-{doc % 28 + 1:02d}",
        )
        add_document(kg, art, evs)
    return kg


_FRAME = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def _timed(page: Any, script: str) -> float:
    """Run ``script`` in the page and return milliseconds until two frames later."""
    body = f"async () => {{ const t = performance.now(); {script}; await ({_FRAME})(); "
    ms: float = page.evaluate(body + "return performance.now() - t; }")
    return ms


def time_to_interactive(page_path: Path, shots: Path, prefix: str) -> dict[str, float]:
    """Open the page in headless Chromium; return timings in seconds, save screenshots."""
    from playwright.sync_api import sync_playwright

    from graph.view.page import CHROMIUM, CHROMIUM_ARGS, wait_until

    out: dict[str, float] = {}
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        start = time.perf_counter()
        page.goto(page_path.resolve().as_uri())
        wait_until(page, "window.ngView && window.ngView.ready", timeout=300.0)
        out["first draw (wall, from navigation)"] = time.perf_counter() - start
        out["first draw (page clock)"] = page.evaluate("ngView.readyAt") / 1000.0
        hub = page.evaluate("ngView.nodeView.get().sort((a, b) => b.events - a.events)[0].id")
        xy = page.evaluate(
            "(id) => ngView.network.canvasToDOM(ngView.network.getPosition(id))", hub
        )
        box = page.locator("#ng-network").bounding_box()
        if box is None:
            raise RuntimeError("no #ng-network element")
        clicked = time.perf_counter()
        page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
        wait_until(
            page, "document.querySelectorAll('#ng-panel-list .ng-ev').length > 0", timeout=300.0
        )
        now = time.perf_counter()
        out["click on the busiest actor -> panel listed (wall)"] = now - clicked
        out["to interactive: navigation -> panel listed (wall)"] = now - start
        page.screenshot(path=str(shots / f"{prefix}_panel.png"))
        page.click("#ng-panel-close")
        page.evaluate("ngView.network.fit({animation: false})")
        page.screenshot(path=str(shots / f"{prefix}_overview.png"))
        out["search-as-you-type 'a' (results listed)"] = (
            _timed(
                page,
                "const s = document.getElementById('ng-search'); s.value = 'a'; "
                "s.dispatchEvent(new Event('input'))",
            )
            / 1e3
        )
        toggle = "document.querySelector('#ng-classes input').click()"
        out["action-class filter off"] = _timed(page, toggle) / 1e3
        out["action-class filter on"] = _timed(page, toggle) / 1e3
        out["console errors"] = float(len(errors))
        browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--events", type=int, default=12000)
    parser.add_argument(
        "--max-nodes", type=int, default=0, help="the page's max_nodes (default: every actor)"
    )
    parser.add_argument("--page", type=Path, help="measure this page instead of a synthetic one")
    parser.add_argument("--shots", type=Path, default=Path("/tmp"), help="screenshot directory")
    args = parser.parse_args()
    if args.page:
        out, prefix = args.page, args.page.stem
    else:
        t0 = time.perf_counter()
        kg = build_synthetic(args.actors, args.events)
        t1 = time.perf_counter()
        out, prefix = Path(tempfile.mkdtemp()) / "view5000.html", "view5000"
        render_html(kg, out, max_nodes=args.max_nodes or args.actors)
        t2 = time.perf_counter()
        print(f"graph: {len(kg):,} quads, built in {t1 - t0:.1f} s")
        print(f"render_html: {t2 - t1:.1f} s")
    print(f"page: {out.stat().st_size / 1e6:.1f} MB -> {out}")
    for what, seconds in time_to_interactive(out, args.shots, prefix).items():
        print(f"{what}: {seconds:.2f}" + ("" if what == "console errors" else " s"))
    print(f"screenshots in {args.shots}: {prefix}_overview.png, {prefix}_panel.png")


if __name__ == "__main__":
    main()
