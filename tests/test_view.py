"""Network view: the pyvis Network's nodes and edges, and the page's offline and escaping rules."""

from __future__ import annotations

import json
import math
import os
import re
from html.parser import HTMLParser
from typing import Any

import networkx as nx  # type: ignore[import-untyped]  # networkx ships no stubs
import pytest
from rdflib import Dataset
from rdflib.namespace import RDF

from graph.errors import GraphError, GraphFileError
from graph.model import Article, Event, Provenance
from graph.rdf import add_document, new_dataset
from graph.view import build_network, export_graph, render_html
from graph.view.data import Actor, ontology_classes
from graph.view.layout import layout_positions
from graph.view.payload import (
    CLASS_COLORS,
    PLOVER_COLORS,
    SPARE_TYPE_COLORS,
    TYPE_STYLE,
    UNCODED_COLORS,
    class_colors,
    display_aliases,
    legend_classes,
    page_tables,
    type_styles,
)
from graph.vocab import NG, load_ontology

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
    actor_text: str = "",
    **fields: Any,
) -> Event:
    """Return a normalized event; ``actor``/``target`` are (label, type), id = lowercased label.

    ``actor_text`` is the actor as the sentence writes it (default: its label).
    """
    written = actor_text or actor[0]
    text = sentence or f"{written} {action} {target[0] if target else ''} ({index})."
    start = index * 1000
    prov = Provenance(doc, f"{doc}.txt", index, start, start + len(text), text)
    tlabel, ttype = target or ("", "")
    return Event(
        actor=written,
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
THEY = ("they", "unresolved")


def make_graph() -> Dataset:
    """Return a small graph exercising every feature of the view (used by test_browser too)."""
    kg = new_dataset()
    first = Article("d1", "d1.txt", "", title="Strikes in Syria", date="2015-10-01")
    events = [
        make_event("d1", 0, RUSSIA, "bomb", ISIS, location="Raqqa", location_id="raqqa"),
        make_event("d1", 1, RUSSIA, "bomb", ISIS, location="Raqqa", location_id="raqqa"),
        make_event(
            "d1",
            2,
            RUSSIA,
            "bomb",
            ISIS,
            actor_text="Russian warplanes",
            location="Aleppo",
            location_id="aleppo",
        ),
        make_event("d1", 3, SDF, "enter", RAQQA, "MOBILIZE", polarity="neg"),
        make_event("d1", 4, USA, "support", SDF, "SUPPORT", modality="hypothetical"),
        make_event("d1", 5, USA, "back", SDF, "SUPPORT", modality="future"),
        make_event("d1", 6, RUSSIA, "be", ("ally", "other"), "RELATION", kind="relation"),
        make_event("d1", 7, DILLON, "say", None, "STATEMENT", attribution="the Pentagon"),
        make_event("d1", 8, USA, "be", SDF, "RELATION", kind="relation"),
        make_event("d1", 9, THEY, "shell", SDF),
    ]
    add_document(kg, first, events)
    second = Article("d2", "d2.txt", "", title=EVIL_TITLE, date="2016-03-05")
    evil = [
        make_event("d2", 0, EVIL, "attack", USA, sentence=EVIL_SENTENCE),
        make_event(
            "d2", 1, ISIS, "attack", SDF, "FIGHT", location="Damascus", location_id="damascus"
        ),
    ]
    add_document(kg, second, evil)
    return kg


@pytest.fixture(scope="module")
def kg() -> Dataset:
    return make_graph()


def edge_between(net: Any, source: str, target: str, action_class: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [
        e
        for e in net.edges
        if (e["from"], e["to"], e["action_class"]) == (source, target, action_class)
    ]
    assert len(found) == 1, found
    return found[0]


def test_nodes_are_actors_styled_by_type(kg):
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
    assert by_id["russia"]["aliases"] == ["Russian warplanes"]  # as the sentences write it
    assert (by_id["russia"]["color"], by_id["russia"]["shape"]) == TYPE_STYLE["country"]
    assert (by_id["isis"]["color"], by_id["isis"]["shape"]) == TYPE_STYLE["armed-group"]
    assert by_id["raqqa"]["color"] == TYPE_STYLE["location"][0]
    assert by_id[EVIL_LABEL.lower()]["label"] == EVIL_LABEL


def test_unresolved_roles_are_never_nodes(kg):
    assert "they" not in {node["id"] for node in build_network(kg, show_relations=True).nodes}
    # ... but their events stay on the page, listed under the actor they acted on.
    sel = build_network(kg).view_selection
    tables = page_tables(sel, legend_classes(sel))
    names = tables["names"]
    shelled = [e for e in tables["events"] if e[2] == "shell"]
    assert (shelled[0][0], shelled[0][11], names[shelled[0][1]][0]) == (-1, "they", "sdf")


def test_aliases_leave_out_pronouns_and_case_variants():
    actor = Actor("iri", "russia", "Russia", "country")
    actor.aliases |= {"Russia", "russia", "Moscow", "It", "they", "Russian jets", "the Russians"}
    assert display_aliases(actor) == ["Moscow", "Russian jets", "the Russians"]


def test_node_size_grows_with_events(kg):
    by_id = {node["id"]: node for node in build_network(kg).nodes}
    assert (by_id["sdf"]["events"], by_id["sdf"]["degree"]) == (5, 3)
    assert (by_id["raqqa"]["events"], by_id["ryan dillon"]["events"]) == (1, 1)
    assert by_id["sdf"]["size"] > by_id["raqqa"]["size"]


def test_events_merge_into_one_edge_per_actor_pair_and_class(kg):
    net = build_network(kg)
    bomb = edge_between(net, "russia", "isis", "ASSAULT")
    assert (bomb["count"], bomb["label"]) == (3, "bomb")
    assert bomb["width"] > edge_between(net, "isis", "sdf", "FIGHT")["width"]
    support = edge_between(net, "usa", "sdf", "SUPPORT")  # support + back, two modalities
    assert support["count"] == 2 and support["label"] in ("back +1", "support +1")
    assert support["dashes"] is False  # one of its two events is not hypothetical
    assert edge_between(net, "sdf", "raqqa", "MOBILIZE")["dashes"] is True  # negated


def test_edges_point_at_their_events(kg):
    net = build_network(kg)
    tables = page_tables(net.view_selection, legend_classes(net.view_selection))
    bomb = edge_between(net, "russia", "isis", "ASSAULT")
    sentences = sorted(tables["sentences"][tables["events"][i][8]] for i in bomb["ev"])
    assert sentences == [
        "Russia bomb ISIS (0).",
        "Russia bomb ISIS (1).",
        "Russian warplanes bomb ISIS (2).",
    ]
    places = sorted(tables["places"][tables["events"][i][5]][0] for i in bomb["ev"])
    assert places == ["Aleppo", "Raqqa", "Raqqa"]
    raqqa = tables["places"][tables["events"][bomb["ev"][0]][5]]
    assert raqqa[1] is not None and 30 < raqqa[1] < 40  # GeoNames latitude


def test_edge_colours_follow_the_ontology_classes(kg):
    net = build_network(kg)
    colors = class_colors(legend_classes(net.view_selection))
    assert edge_between(net, "russia", "isis", "ASSAULT")["color"] == colors["ASSAULT"]
    assert edge_between(net, "isis", "sdf", "FIGHT")["color"] == colors["FIGHT"]


def test_class_list_comes_from_the_ontology_then_the_data():
    ontology = load_ontology()
    declared = {str(c).rsplit("/", 1)[-1] for c in ontology.subjects(RDF.type, NG.ActionClass)}
    names = ontology_classes({"ASSAULT", "NOT_IN_ONTOLOGY"})
    assert set(names[: len(declared)]) == declared
    assert names[len(declared) :] == ["NOT_IN_ONTOLOGY"]


def test_type_and_class_colours_never_collide():
    types = [color for color, _ in TYPE_STYLE.values()] + list(SPARE_TYPE_COLORS)
    classes = list(CLASS_COLORS) + list(UNCODED_COLORS.values())
    assert len(set(types)) == len(types) and len(set(classes)) == len(classes)
    assert not {c.lower() for c in types} & {c.lower() for c in classes}
    assert len({shape for _, shape in TYPE_STYLE.values()}) >= 7  # shapes tell types apart too
    assert type_styles(["country", "media", "igo"])["igo"][0] in SPARE_TYPE_COLORS


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def test_plover_classes_have_colours_by_quad_class():
    declared = set(ontology_classes(set())) - set(UNCODED_COLORS)
    assert declared == set(PLOVER_COLORS)  # every PLOVER class has a designed colour
    colors = class_colors(sorted(declared))
    conflict = ["ASSAULT", "FIGHT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"]
    conflict += ["THREATEN", "DEMAND", "DISAPPROVE", "REJECT"]
    cooperation = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"]
    for name in conflict:  # warm: more red than blue
        red, _, blue = _rgb(colors[name])
        assert red > blue, name
    for name in cooperation:  # cool: more blue or green than red
        red, green, blue = _rgb(colors[name])
        assert max(green, blue) > red, name
    # violence reads darkest; a threat is not the colour of a fight
    assert sum(_rgb(colors["ASSAULT"])) < sum(_rgb(colors["FIGHT"])) < sum(_rgb(colors["COERCE"]))
    fight, threat = _rgb(colors["FIGHT"]), _rgb(colors["THREATEN"])
    assert sum(abs(a - b) for a, b in zip(fight, threat, strict=True)) > 150
    assert class_colors(["MADE_UP", "FIGHT"])["MADE_UP"] not in PLOVER_COLORS.values()


def test_legend_lists_classes_by_quad_class_conflict_first(kg):
    classes = legend_classes(build_network(kg).view_selection)
    assert classes[: len(PLOVER_COLORS)] == list(PLOVER_COLORS)
    assert classes[:2] == ["ASSAULT", "FIGHT"]


def test_relation_facts_hidden_unless_asked(kg):
    net = build_network(kg)
    assert "ally" not in {node["id"] for node in net.nodes}
    relation = edge_between(net, "usa", "sdf", "RELATION")
    assert relation["relation"] is True and relation["hidden"] is True
    shown = build_network(kg, show_relations=True)
    assert edge_between(shown, "russia", "ally", "RELATION")["hidden"] is False


@pytest.mark.parametrize("needle", ["sdf", "SDF", " Sdf "])
def test_actor_filter_keeps_the_neighbourhood(kg, needle):
    net = build_network(kg, actor=needle)
    assert {node["id"] for node in net.nodes} == {"sdf", "raqqa", "usa", "isis"}
    assert all("sdf" in (e["from"], e["to"]) for e in net.edges)


def test_actor_filter_matches_labels_case_insensitively(kg):
    net = build_network(kg, actor="ryan DILLON")
    assert [node["id"] for node in net.nodes] == ["ryan dillon"]


def test_unknown_actor_is_an_error(kg):
    with pytest.raises(GraphError, match="no actor with that label, id or alias"):
        build_network(kg, actor="Atlantis")


@pytest.mark.parametrize("name", ["ASSAULT", "assault", "act:ASSAULT"])
def test_action_class_filter(kg, name):
    net = build_network(kg, action_class=name)
    assert {e["action_class"] for e in net.edges} == {"ASSAULT"}
    assert {node["id"] for node in net.nodes} == {
        "russia",
        "isis",
        "usa",
        "sdf",
        EVIL_LABEL.lower(),
    }


def test_min_degree_drops_weak_actors(kg):
    net = build_network(kg, min_degree=2)
    ids = {node["id"] for node in net.nodes}
    assert ids == {"sdf", "usa", "isis"}
    assert all(e["from"] in ids and e["to"] in ids for e in net.edges)


def test_max_nodes_keeps_top_actors_and_says_what_was_left_out(kg):
    net = build_network(kg, max_nodes=2)
    assert {node["id"] for node in net.nodes} == {"sdf", "isis"}  # 5 and 4 events
    meta = net.view_meta
    assert meta.actors_left_out == 5
    assert "2 most active of 7 actors" in meta.note and "5 less active" in meta.note
    assert build_network(kg).view_meta.note == ""


def test_bad_options_are_errors(kg):
    with pytest.raises(GraphError, match="max_nodes must be >= 1"):
        build_network(kg, max_nodes=0)


def test_layout_gives_every_node_a_stable_position(kg):
    first = build_network(kg)
    second = build_network(kg)
    assert all(isinstance(node["x"], float) for node in first.nodes)
    assert [(n["x"], n["y"]) for n in first.nodes] == [(n["x"], n["y"]) for n in second.nodes]


def test_layout_places_communities_apart():
    left = [f"l{i}" for i in range(12)]
    right = [f"r{i}" for i in range(12)]
    pairs = [(a, b, 1) for group in (left, right) for a in group for b in group if a < b]
    pos = layout_positions(left + right, [*pairs, ("l0", "r0", 1)])

    def centre(group: list[str]) -> tuple[float, float]:
        return (
            sum(pos[n][0] for n in group) / len(group),
            sum(pos[n][1] for n in group) / len(group),
        )

    def spread(group: list[str]) -> float:
        cx, cy = centre(group)
        return max(math.hypot(pos[n][0] - cx, pos[n][1] - cy) for n in group)

    gap = math.dist(centre(left), centre(right))
    assert gap > spread(left) + spread(right)
    assert len(set(pos.values())) == 24


def make_big_graph(actors: int, *, other_every: int = 0) -> Dataset:
    """Return a graph of ``actors`` actors in one ring-with-chords of attacks.

    Every ``other_every``-th actor is untyped ("other"); actor ``actors`` (one more)
    acts on nobody on the page and so floats alone.
    """
    kg = new_dataset()

    def kind(i: int) -> str:
        return "other" if other_every and i % other_every == 0 else "military"

    events = [
        make_event(
            "big",
            i,
            (f"A{i}", kind(i)),
            "attack",
            (f"A{(i * 7 + 1) % actors}", kind((i * 7 + 1) % actors)),
        )
        for i in range(actors)
    ]
    events.append(make_event("big", actors, (f"A{actors}", "military"), "say", None, "STATEMENT"))
    add_document(kg, Article("big", "big.txt", "", date="2016-01-01"), events)
    return kg


def test_big_graph_gets_python_layout_without_physics(tmp_path):
    kg = make_big_graph(420)
    net = build_network(kg, max_nodes=1000)
    assert len(net.nodes) == 420 and net.view_meta.layout == "python"
    assert net.options.physics.enabled is False
    assert build_network(kg, max_nodes=150).options.physics.enabled is True
    assert len({(n["x"], n["y"]) for n in net.nodes}) == 420
    data = page_data(render_html(kg, tmp_path / "big.html", max_nodes=1000).read_text())
    assert data["physics"] is False and len(data["nodes"]) == 420


def test_big_graph_shows_resolved_actors_and_hides_the_others(tmp_path):
    net = build_network(make_big_graph(420, other_every=5), max_nodes=1000)
    hidden = {n["id"] for n in net.nodes if n["hidden"]}
    assert hidden == {n["id"] for n in net.nodes if n["actor_type"] == "other"} != set()
    assert "a420" not in {n["id"] for n in net.nodes}  # linked to no other actor: left out
    assert net.view_meta.actors_hidden == len(hidden)
    # The others have their own layout: the shown actors are placed without them.
    moved = [n for n in net.nodes if not n["hidden"] and (n["x"], n["y"]) != (n["ax"], n["ay"])]
    assert moved
    small = build_network(make_graph())
    assert not any(n["hidden"] for n in small.nodes)  # a small graph shows everything


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


def test_page_inlines_vis_network_and_the_world_map(page):
    assert "vis-network" in page and "new vis.Network(" in page
    world = page_data(page)["world"]
    assert "Natural Earth" in world["notice"] and world["path"].startswith("M")
    assert [tag for tag, _ in parse_page(page).tags if tag == "script"] == ["script"] * 3


def test_malicious_text_is_escaped(page):
    tags = parse_page(page)
    assert {tag for tag, _ in tags.tags} <= {
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "main",
        "aside", "form", "label", "input", "button", "output", "fieldset", "legend", "small",
        "div", "script", "span", "ul", "ol", "section", "canvas", "select",
    }  # fmt: skip
    assert all(not name.startswith("on") for _, attrs in tags.tags for name, _ in attrs)
    for raw in (EVIL_LABEL, EVIL_IMG, '" onmouseover="', EVIL_TITLE, "<a href"):
        assert raw not in page
    data = page_data(page)
    assert EVIL_LABEL in {node["label"] for node in data["nodes"]}
    assert EVIL_SENTENCE in data["sentences"]
    assert EVIL_TITLE in [doc[0] for doc in data["docs"]]


def test_page_header_is_a_sentence(kg, tmp_path):
    text = render_html(kg, tmp_path / "g.html").read_text()
    header = parse_page(text).data
    assert (
        header["ng-summary"].strip()
        == "2 documents · 2015–2016 · 7 of 7 actors shown · filters: none"
    )
    text = render_html(kg, tmp_path / "g.html", max_nodes=3, actor="sdf").read_text()
    header = parse_page(text).data
    assert header["ng-summary"].strip().endswith("3 of 4 actors shown · filters: actor: sdf")
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
    weights = sorted(int(d["weight"]) for _, _, d in back.edges(data=True))
    assert weights[-1] == 3
    assert net.edges[0]["hidden"] is False  # only shown edges are exported
    assert back.number_of_edges() == sum(not e["hidden"] for e in net.edges)


def test_export_graph_refuses_unknown_extensions(kg, tmp_path):
    with pytest.raises(GraphFileError, match="unknown extension '.svg'. Hint: use .html"):
        export_graph(kg, tmp_path / "kg.svg")


def test_empty_graph_gives_an_empty_page(tmp_path):
    net = build_network(new_dataset())
    assert (net.nodes, net.edges, net.view_meta.note) == ([], [], "")
    data = page_data(render_html(new_dataset(), tmp_path / "empty.html").read_text())
    assert (data["nodes"], data["edges"], data["events"]) == ([], [], [])
