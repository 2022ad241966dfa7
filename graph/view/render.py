"""Actor network view: RDF events -> pyvis Network, offline HTML page, GraphML/GEXF.

Nodes are actors (the most active resolved ones by default), edges are the events
of one actor pair and action class. The page (:mod:`graph._viewpage`, our own
template, never pyvis's, which loads Bootstrap from a CDN) carries every event
behind the drawing: a side panel lists them, a timeline and a map filter them.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx  # type: ignore[import-untyped]  # networkx ships no stubs
from pyvis.network import Network
from rdflib import Dataset

from ..errors import GraphFileError
from . import page as _viewpage
from .data import read_graph
from .layout import communities, layout_positions, link_graph
from .page import write_atomic
from .payload import (
    class_colors,
    edge_dict,
    legend_classes,
    node_dict,
    type_styles,
)
from .selection import Selection, ViewOptions, select_view

__all__ = [
    "ViewMeta",
    "build_network",
    "export_graph",
    "render_html",
    "snapshot_png",
]

# Up to this many nodes shown at first, vis-network's physics polishes the Python layout.
PHYSICS_MAX = 200


@dataclass(frozen=True, slots=True)
class ViewMeta:
    """What a view shows and what it left out, for the page header and callers."""

    options: ViewOptions
    documents: int
    first_date: str
    last_date: str
    actors_total: int
    actors_candidate: int
    actors_shown: int
    actors_hidden: int
    edges_shown: int
    events_shown: int
    actors_left_out: int
    note: str
    layout: str = "physics"


def build_network(
    kg: Dataset,
    *,
    max_nodes: int = 300,
    actor: str | None = None,
    action_class: str | None = None,
    min_degree: int = 0,
    show_relations: bool = False,
) -> Network:
    """Build the actor network of a graph as a pyvis Network.

    Node and edge dicts follow vis-network (``id``, ``label``, ``color``,
    ``shape``, ``size``, ``x``, ``y``, ``hidden``; ``from``, ``to``, ``width``,
    ``dashes``) plus our own keys (``actor_type``, ``code``, ``aliases``,
    ``events``, ``degree``, ``other``; ``action_class``, ``relation``, ``count``
    and ``ev``, the indices of the edge's events in the page's event table).
    "Other" (untyped) actors are hidden on big graphs, relation facts unless
    ``show_relations``; unresolved roles are never nodes. ``net.view_meta`` holds
    a :class:`ViewMeta`, ``net.view_selection`` the events behind the drawing.

    Args:
        kg: A dataset in the shape of SPEC.md (queried with its default union).
        max_nodes: Keep at most this many resolved actors, and this many "other"
            ones, the most active of each.
        actor: Show only this actor (label, id or alias, any case) and its neighbours.
        action_class: Show only events of this class ("ASSAULT", "act:ASSAULT").
        min_degree: Drop actors with fewer neighbours than this.
        show_relations: Draw relation facts (ng:RelationEvent) too.

    Returns:
        The network, directed, every node with a position (``x``, ``y``).

    Raises:
        GraphError: ``actor`` matches no actor, or an option is out of range.
    """
    opts = ViewOptions(max_nodes, actor, action_class, min_degree, show_relations)
    sel = select_view(read_graph(kg), opts)
    return _to_network(sel)


def render_html(
    kg: Dataset,
    path: Path,
    *,
    max_nodes: int = 300,
    actor: str | None = None,
    action_class: str | None = None,
    min_degree: int = 0,
    show_relations: bool = False,
) -> Path:
    """Write the actor network as a self-contained offline HTML page.

    The page inlines vis-network and a world outline, loads nothing from the
    network and sets every text from articles as text. Arguments are those of
    :func:`build_network`.

    Returns:
        The path written (atomically).

    Raises:
        GraphFileError: The file cannot be written.
    """
    net = build_network(
        kg,
        max_nodes=max_nodes,
        actor=actor,
        action_class=action_class,
        min_degree=min_degree,
        show_relations=show_relations,
    )
    write_atomic(Path(path), _viewpage.render_page(net).encode("utf-8"))
    return Path(path)


def export_graph(kg: Dataset, path: Path, *, max_nodes: int = 0, **filters: Any) -> Path:
    """Write the actor network as GraphML or GEXF via networkx, or as a PNG snapshot.

    Args:
        kg: The dataset.
        path: Target file ending in ``.graphml``, ``.gexf`` or ``.png``.
        max_nodes: Keep at most this many actors (0: all of them; 300 for a PNG).
        **filters: ``actor``, ``action_class``, ``min_degree``, ``show_relations``
            as in :func:`build_network`.

    Returns:
        The path written (atomically).

    Raises:
        GraphFileError: Unknown extension or the file cannot be written.
        GraphError: A PNG was asked for but no browser is available.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".png":
        with tempfile.TemporaryDirectory() as tmp:
            page = render_html(kg, Path(tmp) / "view.html", max_nodes=max_nodes or 300, **filters)
            return snapshot_png(page, path)
    if suffix not in (".graphml", ".gexf"):
        raise GraphFileError(
            f"cannot export graph {path}: unknown extension {suffix!r}. "
            "Hint: use .html, .graphml, .gexf or .png"
        )
    digraph = network_to_networkx(build_network(kg, max_nodes=max_nodes or 10**9, **filters))
    writer = nx.write_graphml if suffix == ".graphml" else nx.write_gexf
    write_atomic(path, b"", writer=lambda tmp: writer(digraph, tmp))
    return path


def snapshot_png(html_path: Path, png_path: Path, *, width: int = 1400, height: int = 900) -> Path:
    """Screenshot a page written by :func:`render_html` with headless Chromium.

    Returns:
        ``png_path`` (written atomically).

    Raises:
        GraphError: No Chromium or Playwright is installed, or the page fails.
    """
    image = _viewpage.screenshot(Path(html_path), width=width, height=height)
    write_atomic(Path(png_path), image)
    return Path(png_path)


def network_to_networkx(net: Network) -> nx.MultiDiGraph:
    """Convert a network from :func:`build_network` to a networkx multigraph (shown items)."""
    digraph = nx.MultiDiGraph()
    shown = {node["id"] for node in net.nodes if not node["hidden"]}
    for node in net.nodes:
        if node["id"] in shown:
            digraph.add_node(
                node["id"],
                label=node["label"],
                actor_type=node["actor_type"],
                events=node["events"],
            )
    rows = net.view_selection.events
    for edge in net.edges:
        if edge["hidden"] or not {edge["from"], edge["to"]} <= shown:
            continue
        events = [rows[i] for i in edge["ev"]]
        digraph.add_edge(
            edge["from"],
            edge["to"],
            key=edge["id"],
            label=edge["label"],
            action_class=edge["action_class"],
            weight=edge["count"],
            dates=";".join(sorted({row.date for row in events if row.date})),
            sentences=" | ".join(sorted({sel_text(net, row.sentence) for row in events})),
        )
    return digraph


def sel_text(net: Network, sentence: str) -> str:
    """Return the text of a sentence IRI of ``net``'s selection."""
    text: str = net.view_selection.rows.sentences.get(sentence, "")
    return text


def _to_network(sel: Selection) -> Network:
    net = Network(directed=True, height="100%", width="100%", cdn_resources="in_line")
    visible = [n.actor.actor_id for n in sel.nodes if not n.hidden]
    every = [n.actor.actor_id for n in sel.nodes]
    pairs = [
        (e.source, e.target, e.count)
        for e in sel.edges
        if sel.options.show_relations or not e.is_relation
    ]
    # Communities of every actor on the page, found once and shared by both layouts.
    groups = communities(link_graph(every, pairs))
    pos = layout_positions(visible, pairs, groups=groups)
    spread = layout_positions(every, pairs, groups=groups) if len(every) > len(visible) else pos
    styles = type_styles([n.actor.actor_type or "other" for n in sel.nodes])
    # pyvis's add_node/add_edge scan lists on every call (quadratic): fill them directly.
    net.nodes = []
    for node in sel.nodes:
        actor_id = node.actor.actor_id
        item = node_dict(
            node, styles[node.actor.actor_type or "other"], pos.get(actor_id, spread[actor_id])
        )
        item["ax"], item["ay"] = spread[actor_id]
        net.nodes.append(item)
    net.node_ids = [node["id"] for node in net.nodes]
    net.node_map = {node["id"]: node for node in net.nodes}
    colors = class_colors(legend_classes(sel))
    net.edges = [
        edge_dict(
            e, i, colors[e.action_class], hidden=e.is_relation and not sel.options.show_relations
        )
        for i, e in enumerate(sel.edges)
    ]
    meta = _meta(sel, layout="physics" if len(visible) <= PHYSICS_MAX else "python")
    net.toggle_physics(meta.layout == "physics")
    net.view_meta = meta
    net.view_selection = sel
    net.view_classes = colors
    net.heading = "newsgraph actor network"
    return net


def _meta(sel: Selection, *, layout: str) -> ViewMeta:
    # Publication dates: an event's own date may be a century back ("founded in 1850").
    dates = sorted(doc.date for doc in sel.rows.docs.values() if doc.date)
    hidden = sum(n.hidden for n in sel.nodes)
    note = ""
    if sel.actors_left_out:
        shown, total = len(sel.nodes), sel.actors_candidate
        note = (
            f"the {shown:,} most active of {total:,} actors are on the page; "
            f"{sel.actors_left_out:,} less active ones are left out "
            f"(max_nodes={sel.options.max_nodes})"
        )
    return ViewMeta(
        options=sel.options,
        documents=sel.rows.documents,
        first_date=dates[0] if dates else "",
        last_date=dates[-1] if dates else "",
        actors_total=sel.actors_total,
        actors_candidate=sel.actors_candidate,
        actors_shown=len(sel.nodes) - hidden,
        actors_hidden=hidden,
        edges_shown=len(sel.edges),
        events_shown=len(sel.events),
        actors_left_out=sel.actors_left_out,
        note=note,
        layout=layout,
    )
