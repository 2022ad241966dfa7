"""Network view: the pyvis Network's nodes and edges, and the page's offline and escaping rules."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from typing import Any

import networkx as nx  # type: ignore[import-untyped]  # networkx ships no stubs
import pytest
from rdflib import Dataset

from graph.errors import GraphError, GraphFileError
from graph.model import Article, Event, Provenance
from graph.rdf import add_document, new_dataset
from graph.view import (
    ACTION_COLORS,
    TYPE_COLORS,
    build_network,
    export_graph,
    render_html,
)

EVIL_LABEL = "<script>window.__pwned=1</script>"
EVIL_IMG = '<img src=x onerror="window.__pwned=2">'
EVIL_SENTENCE = (
    f'He said {EVIL_IMG} and " onmouseover="window.__pwned=3" <a href="javascript:x">x</a>.'
)
EVIL_TITLE = '<b onclick="window.__pwned=4">Bold</b> news'


def make_event(
    doc: str,
    index: int,
    actor: tuple[str, str],
    action: str,
    target: tuple[str, str] | None,
    action_class: str = "ASSAULT",
    sentence: str = "",
    **fields: Any,
) -> Event:
    """Return a normalized event; ``actor``/``target`` are (label, type), id = lowercased label."""
    text = sentence or f"{actor[0]} {action} {target[0] if target else ''} ({index})."
    start = index * 1000
    prov = Provenance(doc, f"{doc}.txt", index, start, start + len(text), text)
    tlabel, ttype = target or ("", "")
    return Event(
        actor=actor[0],
        action=action,
        target=tlabel,
        provenance=prov,
        actor_id=actor[0].lower(),
        target_id=tlabel.lower(),
        actor_label=actor[0],
        target_label=tlabel,
        actor_type=actor[1],
        target_type=ttype,
        action_class=action_class,
        **fields,
    )


RUSSIA = ("Russia", "country")
USA = ("USA", "country")
ISIS = ("ISIS", "armed-group")
SDF = ("SDF", "armed-group")
RAQQA = ("Raqqa", "location")
DILLON = ("Ryan Dillon", "person")
EVIL = (EVIL_LABEL, "person")


def make_graph() -> Dataset:
    """Return a small graph exercising every feature of the view (used by test_browser too)."""
    kg = new_dataset()
    first = Article("d1", "d1.txt", "", title="Strikes in Syria", date="2015-10-01")
    events = [
        make_event("d1", 0, RUSSIA, "bomb", ISIS),
        make_event("d1", 1, RUSSIA, "bomb", ISIS),
        make_event("d1", 2, RUSSIA, "bomb", ISIS),
        make_event("d1", 3, SDF, "enter", RAQQA, "MOBILIZE", polarity="neg"),
        make_event("d1", 4, USA, "support", SDF, "SUPPORT", modality="hypothetical"),
        make_event("d1", 5, USA, "support", SDF, "SUPPORT", modality="future"),
        make_event("d1", 6, RUSSIA, "be", ("ally", "other"), "RELATION", kind="relation"),
        make_event("d1", 7, DILLON, "say", None, "STATEMENT"),
    ]
    add_document(kg, first, events)
    second = Article("d2", "d2.txt", "", title=EVIL_TITLE, date="2016-03-05")
    evil = [
        make_event("d2", 0, EVIL, "attack", USA, sentence=EVIL_SENTENCE),
        make_event("d2", 1, ISIS, "attack", SDF, "FIGHT"),
    ]
    add_document(kg, second, evil)
    return kg


@pytest.fixture(scope="module")
def kg() -> Dataset:
    return make_graph()


def edge_between(net: Any, source: str, target: str, action: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [
        e for e in net.edges if (e["from"], e["to"], e["label"]) == (source, target, action)
    ]
    assert len(found) == 1, found
    return found[0]


def test_nodes_are_actors_coloured_by_type(kg):
    net = build_network(kg)
    by_id = {node["id"]: node for node in net.nodes}
    assert set(by_id) == {
        "russia",
        "isis",
        "sdf",
        "raqqa",
        "usa",
        "ryan dillon",
        EVIL_LABEL.lower(),
    }
    assert by_id["russia"]["label"] == "Russia"
    assert by_id["russia"]["color"] == TYPE_COLORS["country"]
    assert by_id["isis"]["color"] == TYPE_COLORS["armed-group"]
    assert by_id["raqqa"]["color"] == TYPE_COLORS["location"]
    assert by_id[EVIL_LABEL.lower()]["label"] == EVIL_LABEL


def test_node_size_grows_with_degree(kg):
    by_id = {node["id"]: node for node in build_network(kg).nodes}
    assert by_id["sdf"]["degree"] == 4  # enter, support x2 (two modalities), attacked by ISIS
    assert by_id["raqqa"]["degree"] == 1
    assert by_id["ryan dillon"]["degree"] == 0
    assert by_id["sdf"]["size"] > by_id["raqqa"]["size"] > by_id["ryan dillon"]["size"]


def test_parallel_events_merge_into_one_weighted_edge(kg):
    net = build_network(kg)
    bomb = edge_between(net, "russia", "isis", "bomb")
    single = edge_between(net, "isis", "sdf", "attack")
    assert bomb["count"] == 3 and len(bomb["sources"]) == 3
    assert bomb["width"] > single["width"]
    assert single["count"] == 1


def test_edges_coloured_by_action_class_and_dashed_when_negated_or_hypothetical(kg):
    net = build_network(kg)
    assert edge_between(net, "russia", "isis", "bomb")["color"] == ACTION_COLORS["ASSAULT"]
    assert edge_between(net, "isis", "sdf", "attack")["color"] == ACTION_COLORS["FIGHT"]
    dashed = {(e["label"], e["polarity"], e["modality"]) for e in net.edges if e["dashes"]}
    assert dashed == {("enter", "neg", "asserted"), ("support", "pos", "hypothetical")}


def test_edge_tooltip_lists_sentences_with_document_and_date(kg):
    net = build_network(kg)
    bomb = edge_between(net, "russia", "isis", "bomb")
    assert "Russia bomb ISIS (1)." in bomb["title"]
    assert "Strikes in Syria, 2015-10-01" in bomb["title"]
    assert bomb["sources"][0] == ["Russia bomb ISIS (0).", "Strikes in Syria", "2015-10-01"]


def test_href_in_tooltips_is_neutralised(kg):
    net = build_network(kg)
    evil = edge_between(net, EVIL_LABEL.lower(), "usa", "attack")
    assert "href" not in evil["title"]  # pyvis renders a title containing "href" as HTML
    assert all("href" not in item.get("title", "") for item in net.nodes + net.edges)
    assert evil["sources"][0][0] == EVIL_SENTENCE  # the data itself is kept verbatim


def test_relation_events_hidden_unless_asked(kg):
    assert "ally" not in {node["id"] for node in build_network(kg).nodes}
    shown = build_network(kg, show_relations=True)
    assert edge_between(shown, "russia", "ally", "be")["action_class"] == "RELATION"


@pytest.mark.parametrize("needle", ["sdf", "SDF", " Sdf "])
def test_actor_filter_keeps_the_neighbourhood(kg, needle):
    net = build_network(kg, actor=needle)
    assert {node["id"] for node in net.nodes} == {"sdf", "raqqa", "usa", "isis"}
    assert all("sdf" in (e["from"], e["to"]) for e in net.edges)


def test_actor_filter_matches_labels_case_insensitively(kg):
    net = build_network(kg, actor="ryan DILLON")
    assert [node["id"] for node in net.nodes] == ["ryan dillon"]


def test_unknown_actor_is_an_error(kg):
    with pytest.raises(GraphError, match="no actor with that label or id"):
        build_network(kg, actor="Atlantis")


@pytest.mark.parametrize("name", ["ASSAULT", "assault", "act:ASSAULT"])
def test_action_class_filter(kg, name):
    net = build_network(kg, action_class=name)
    assert {e["action_class"] for e in net.edges} == {"ASSAULT"}
    assert {node["id"] for node in net.nodes} == {"russia", "isis", "usa", EVIL_LABEL.lower()}


def test_min_degree_drops_weak_actors(kg):
    net = build_network(kg, min_degree=2)
    ids = {node["id"] for node in net.nodes}
    assert ids == {"sdf", "usa", "isis"}
    assert all(e["from"] in ids and e["to"] in ids for e in net.edges)


def test_max_nodes_keeps_top_actors_and_says_what_was_left_out(kg):
    net = build_network(kg, max_nodes=2)
    assert {node["id"] for node in net.nodes} == {"sdf", "usa"}
    meta = net.view_meta
    assert meta.actors_left_out == 5
    assert meta.edges_left_out == 4
    assert "top 2 of 7 actors" in meta.note and "5 actors and 4 edges left out" in meta.note
    assert build_network(kg).view_meta.note == ""


def test_bad_options_are_errors(kg):
    with pytest.raises(GraphError, match="max_nodes must be >= 1"):
        build_network(kg, max_nodes=0)


def test_layout_gives_every_node_a_stable_position(kg):
    first = build_network(kg)
    second = build_network(kg)
    assert all(isinstance(node["x"], float) for node in first.nodes)
    assert [(n["x"], n["y"]) for n in first.nodes] == [(n["x"], n["y"]) for n in second.nodes]


def make_big_graph(actors: int) -> Dataset:
    """Return a graph of ``actors`` actors in one ring-with-chords of attacks (plus hubs)."""
    kg = new_dataset()
    events = [
        make_event("big", i, (f"A{i}", "military"), "attack", (f"A{(i * 7 + 1) % actors}", "other"))
        for i in range(actors)
    ]
    add_document(kg, Article("big", "big.txt", ""), events)
    return kg


def test_big_graph_gets_python_layout_without_physics(tmp_path):
    kg = make_big_graph(420)
    net = build_network(kg, max_nodes=1000)
    assert len(net.nodes) == 420 and net.view_meta.layout == "python"
    assert net.options.physics.enabled is False
    assert build_network(kg, max_nodes=300).options.physics.enabled is True
    assert len({(n["x"], n["y"]) for n in net.nodes}) == 420
    data = page_data(render_html(kg, tmp_path / "big.html", max_nodes=1000).read_text())
    assert data["physics"] is False and len(data["nodes"]) == 420


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.data: dict[str, str] = {}
        self._current: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        self._current = dict(attrs).get("id")

    def handle_data(self, data):
        if self._current:
            self.data[self._current] = self.data.get(self._current, "") + data


def parse_page(text: str) -> _Tags:
    tags = _Tags()
    tags.feed(text)
    return tags


def page_data(text: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(parse_page(text).data["ng-data"])
    return data


@pytest.fixture(scope="module")
def page(kg, tmp_path_factory):
    path = render_html(kg, tmp_path_factory.mktemp("view") / "graph.html")
    return path.read_text(encoding="utf-8")


def test_page_loads_nothing_from_the_network(page):
    for tag, attrs in parse_page(page).tags:
        for name, value in attrs:
            if name in ("src", "href", "action", "srcset", "poster", "data"):
                pytest.fail(f"<{tag} {name}={value!r}> in the page")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.IGNORECASE)
    assert "bootstrap" not in page.lower()
    assert "default-src 'none'" in page  # CSP: even injected markup could not fetch anything


def test_page_inlines_vis_network(page):
    assert "vis-network" in page and "new vis.Network(" in page
    assert [tag for tag, _ in parse_page(page).tags if tag == "script"] == ["script"] * 3


def test_malicious_text_is_escaped(page):
    tags = parse_page(page)
    assert {tag for tag, _ in tags.tags} <= {
        "html", "head", "meta", "title", "style", "body", "header", "h1", "p", "main", "aside",
        "form", "label", "input", "datalist", "button", "output", "fieldset", "legend", "small",
        "div", "script",
    }  # fmt: skip
    assert all(not name.startswith("on") for _, attrs in tags.tags for name, _ in attrs)
    for raw in (EVIL_LABEL, EVIL_IMG, '" onmouseover="', EVIL_TITLE, "<a href"):
        assert raw not in page
    data = page_data(page)
    assert EVIL_LABEL in {node["label"] for node in data["nodes"]}
    assert [EVIL_SENTENCE, EVIL_TITLE, "2016-03-05"] in [
        s for e in data["edges"] for s in e["sources"]
    ]


def test_page_header_shows_counts_and_parameters(kg, tmp_path):
    text = render_html(kg, tmp_path / "g.html", max_nodes=3, min_degree=1).read_text()
    header = parse_page(text).data
    assert header["ng-counts"].startswith("3 actors · ")
    assert "max_nodes=3" in header["ng-params"] and "min_degree=1" in header["ng-params"]
    assert "left out" in header["ng-note"]


def test_heading_is_escaped(kg):
    assert "<" not in build_network(kg).heading


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_render_html_writes_atomically(kg, tmp_path):
    out = render_html(kg, tmp_path / "graph.html")
    assert out == tmp_path / "graph.html" and out.stat().st_size > 100_000
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]
    assert out.stat().st_mode & 0o044 == 0o044 & ~current_umask()  # not owner-only like mkstemp
    with pytest.raises(GraphFileError, match="cannot write"):
        render_html(kg, tmp_path / "missing" / "graph.html")


@pytest.mark.parametrize("suffix, reader", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_export_graph(kg, tmp_path, suffix, reader):
    out = export_graph(kg, tmp_path / f"kg{suffix}")
    back = reader(out)
    net = build_network(kg)
    assert back.number_of_nodes() == len(net.nodes)
    assert back.number_of_edges() == len(net.edges)
    weights = sorted(int(d["weight"]) for _, _, d in back.edges(data=True))
    assert weights[-1] == 3


def test_export_graph_refuses_unknown_extensions(kg, tmp_path):
    with pytest.raises(GraphFileError, match="unknown extension '.svg'. Hint: use .html"):
        export_graph(kg, tmp_path / "kg.svg")


def test_empty_graph_gives_an_empty_page(tmp_path):
    net = build_network(new_dataset())
    assert (net.nodes, net.edges, net.view_meta.note) == ([], [], "")
    data = page_data(render_html(new_dataset(), tmp_path / "empty.html").read_text())
    assert (data["nodes"], data["edges"]) == ([], [])
