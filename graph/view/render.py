"""Actor network view: RDF events -> pyvis Network, offline HTML page, GraphML/GEXF.

Nodes are actors, edges are events merged per (actor, target, action, polarity,
modality). The HTML page is written by :mod:`graph.view.page` from our own
template, never pyvis's (which loads Bootstrap from a CDN and renders some
tooltips and the heading as HTML).
"""

from __future__ import annotations

import math
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx  # type: ignore[import-untyped]  # networkx ships no stubs
from pyvis.network import Network
from rdflib import Dataset

from ..errors import GraphFileError
from . import page as _viewpage
from .data import Edge, Node, ViewData, ViewOptions, collect_view
from .page import ACTION_COLORS, FALLBACK_COLOR, TYPE_COLORS, write_atomic

__all__ = [
    "ACTION_COLORS",
    "TYPE_COLORS",
    "build_network",
    "export_graph",
    "render_html",
    "snapshot_png",
]

# Above this many nodes the page gets positions from Python and no physics.
BIG_GRAPH = 300


@dataclass(frozen=True, slots=True)
class ViewMeta:
    """What a view shows and what it left out, for the page header and callers."""

    options: ViewOptions
    actors_total: int
    actors_shown: int
    edges_shown: int
    events_shown: int
    actors_left_out: int
    edges_left_out: int
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

    Node and edge dicts follow vis-network (``id``, ``label``, ``title``,
    ``color``, ``size``; ``from``, ``to``, ``width``, ``dashes``) plus our own
    keys (``actor_type``, ``degree``; ``action_class``, ``count``, ``sources``,
    ``dates``). Tooltips (``title``) are plain text with "href" broken up, so even
    pyvis's own template would not render them as HTML. ``net.view_meta`` holds a
    :class:`ViewMeta` with counts and the note on what ``max_nodes`` left out.

    Args:
        kg: A dataset in the shape of SPEC.md (queried with its default union).
        max_nodes: Keep at most this many actors, the ones with the highest degree.
        actor: Show only this actor (label or id, any case) and its neighbourhood.
        action_class: Show only events of this class ("ASSAULT", "act:ASSAULT").
        min_degree: Drop actors with fewer merged edges than this.
        show_relations: Include relation-type events (ng:RelationEvent).

    Returns:
        The network, directed, every node with a position (``x``, ``y``).

    Raises:
        GraphError: ``actor`` matches no actor, or an option is out of range.
    """
    opts = ViewOptions(max_nodes, actor, action_class, min_degree, show_relations)
    data = collect_view(kg, opts)
    return _to_network(data)


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

    The page inlines vis-network, loads nothing from the network, escapes every
    text from articles and has a search box, filters and a legend.
    Arguments are those of :func:`build_network`.

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
    """Convert a network from :func:`build_network` to a networkx multigraph."""
    digraph = nx.MultiDiGraph()
    for node in net.nodes:
        digraph.add_node(
            node["id"], label=node["label"], actor_type=node["actor_type"], degree=node["degree"]
        )
    for edge in net.edges:
        digraph.add_edge(
            edge["from"],
            edge["to"],
            key=edge["id"],
            label=edge["label"],
            action_class=edge["action_class"],
            polarity=edge["polarity"],
            modality=edge["modality"],
            weight=edge["count"],
            dates=";".join(edge["dates"]),
            sentences=" | ".join(src[0] for src in edge["sources"]),
        )
    return digraph


def _to_network(data: ViewData) -> Network:
    net = Network(directed=True, height="100%", width="100%", cdn_resources="in_line")
    # pyvis's add_node/add_edge scan lists on every call (quadratic): fill them directly.
    net.nodes = [_node_dict(node) for node in data.nodes]
    net.node_ids = [node["id"] for node in net.nodes]
    net.node_map = {node["id"]: node for node in net.nodes}
    net.edges = [_edge_dict(edge, idx) for idx, edge in enumerate(data.edges)]
    _spread_parallel(net.edges)
    meta = _meta(data, layout="python" if len(data.nodes) > BIG_GRAPH else "physics")
    # Positions from Python always (stable, fast start); physics only polishes small graphs.
    _viewpage.apply_layout(net.nodes, net.edges)
    net.toggle_physics(meta.layout == "physics")
    net.view_meta = meta
    net.heading = _viewpage.escape_text(meta.note or "newsgraph actor network")
    return net


def _node_dict(node: Node) -> dict[str, Any]:
    lines = [node.label, f"type: {node.actor_type}", f"id: {node.actor_id}"]
    lines.append(f"edges: {node.degree}, events: {node.events}")
    return {
        "id": node.actor_id,
        "label": node.label,
        "title": _viewpage.neutralise("\n".join(lines)),
        "color": TYPE_COLORS.get(node.actor_type, FALLBACK_COLOR),
        "size": round(min(8 + 3 * math.sqrt(node.degree), 40.0), 1),
        "shape": "dot",
        "actor_type": node.actor_type,
        "degree": node.degree,
        "events": node.events,
    }


def _edge_dict(edge: Edge, idx: int) -> dict[str, Any]:
    lines = [f"{edge.action} ({edge.action_class}, {edge.polarity}, {edge.modality})"]
    lines.append(f"{edge.count} event(s)")
    lines += [_source_line(*src) for src in edge.sources]
    return {
        "id": f"e{idx}",
        "from": edge.source,
        "to": edge.target,
        "label": edge.action,
        "title": _viewpage.neutralise("\n".join(lines)),
        "color": ACTION_COLORS.get(edge.action_class, FALLBACK_COLOR),
        "dashes": edge.dashed,
        "width": round(min(1.0 + 2.0 * math.log2(edge.count), 12.0), 2),
        "arrows": "to",
        "action_class": edge.action_class,
        "polarity": edge.polarity,
        "modality": edge.modality,
        "count": edge.count,
        "dates": list(edge.dates),
        "sources": [list(src) for src in edge.sources],
    }


def _source_line(sentence: str, title: str, date: str) -> str:
    return f"- {sentence} [{title or 'untitled'}{', ' + date if date else ''}]"


def _spread_parallel(edges: list[dict[str, Any]]) -> None:
    """Curve parallel edges between one pair apart, so their labels do not overlap."""
    seen: dict[frozenset[str], int] = {}
    for edge in edges:
        pair = frozenset((edge["from"], edge["to"]))
        rank = seen.get(pair, 0)
        seen[pair] = rank + 1
        if rank:
            edge["smooth"] = {"type": "curvedCW", "roundness": round(0.15 * rank, 2)}


def _meta(data: ViewData, *, layout: str) -> ViewMeta:
    note = ""
    if data.actors_left_out:
        note = (
            f"showing the top {len(data.nodes):,} of {data.actors_candidate:,} actors by degree; "
            f"{data.actors_left_out:,} actors and {data.edges_left_out:,} edges left out "
            f"(max_nodes={data.options.max_nodes})"
        )
    return ViewMeta(
        options=data.options,
        actors_total=data.actors_total,
        actors_shown=len(data.nodes),
        edges_shown=len(data.edges),
        events_shown=sum(edge.count for edge in data.edges),
        actors_left_out=data.actors_left_out,
        edges_left_out=data.edges_left_out,
        note=note,
        layout=layout,
    )
