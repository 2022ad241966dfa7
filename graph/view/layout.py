"""Positions for the view's nodes: communities laid out apart (private helper).

Louvain communities of the actor projection (networkx) are each laid out with a
spring layout (hubs first, the rest on spirals around their first placed
neighbour when a community is large), scaled to a disc whose area grows with the
community, and the discs are packed around the biggest one without overlapping.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable
from typing import Any

import networkx as nx  # type: ignore[import-untyped]  # networkx ships no stubs
import numpy as np

Point = tuple[float, float]
# spring_layout without scipy is dense O(n^2): lay out this many hubs, attach the rest.
_CORE = 150
SPACING = 55.0
_ITERATIONS = 35  # networkx's default 50 barely moves a community after 30
_GOLDEN = 2.399963  # golden angle: successive spiral points never line up


def layout_positions(
    ids: list[str],
    pairs: Iterable[tuple[str, str, int]],
    *,
    seed: int = 7,
    groups: list[list[str]] | None = None,
) -> dict[str, Point]:
    """Return a position for every id: communities apart, hubs inside each one central.

    Args:
        ids: The nodes to place.
        pairs: ``(a, b, weight)`` links between them (others are ignored).
        seed: Seed of the spring layouts and community detection (stable output).
        groups: Communities from :func:`communities` (of these ids or more), so two
            layouts of one page (with and without "other" actors) share them.
    """
    simple = link_graph(ids, pairs)
    groups = communities(simple, seed=seed) if groups is None else _restrict(groups, simple)
    discs = [(_disc_layout(simple.subgraph(group), seed=seed), group) for group in groups]
    centres = _pack([_radius(len(group)) for _, group in discs])
    pos: dict[str, Point] = {}
    for (local, _), (cx, cy) in zip(discs, centres, strict=True):
        for node, (x, y) in local.items():
            pos[node] = (round(cx + x, 1), round(cy + y, 1))
    return pos


def link_graph(ids: list[str], pairs: Iterable[tuple[str, str, int]]) -> nx.Graph:
    """Return the undirected, weighted graph of ``pairs`` between ``ids``."""
    simple = nx.Graph()
    simple.add_nodes_from(ids)
    for a, b, weight in pairs:
        if a != b and a in simple and b in simple:
            old = simple.get_edge_data(a, b, {}).get("weight", 0)
            simple.add_edge(a, b, weight=old + weight)
    return simple


def communities(simple: nx.Graph, *, seed: int = 7) -> list[list[str]]:
    """Return Louvain communities, biggest first; single nodes and pairs pooled by size."""
    linked = simple.subgraph([n for n in simple if simple.degree[n]])
    found = nx.community.louvain_communities(linked, weight="weight", seed=seed) if linked else []
    groups = [sorted(g, key=str) for g in found if len(g) > 2]
    small = sorted(
        (n for g in found if len(g) <= 2 for n in g), key=lambda n: (-simple.degree[n], str(n))
    )
    lonely = sorted((n for n in simple if not simple.degree[n]), key=str)
    groups.sort(key=lambda g: (-len(g), g[0]))
    return groups + [g for g in (small, lonely) if g]


def _restrict(groups: list[list[str]], simple: nx.Graph) -> list[list[str]]:
    """Return ``groups`` cut down to the nodes of ``simple`` (every node in one group)."""
    kept = [[n for n in group if n in simple] for group in groups]
    placed = {n for group in kept for n in group}
    rest = sorted((n for n in simple if n not in placed), key=str)
    return [group for group in [*kept, rest] if group]


def _radius(size: int) -> float:
    return SPACING * (0.75 * math.sqrt(size) + 0.6)


def _disc_layout(sub: nx.Graph, *, seed: int) -> dict[Any, Point]:
    """Lay one community out centred on (0, 0) within its disc."""
    nodes = sorted(sub.nodes, key=lambda n: (-sub.degree[n], str(n)))
    radius = _radius(len(nodes))
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if sub.number_of_edges() == 0 or len(nodes) > 4 * _CORE:
        return {
            n: _spiral((0.0, 0.0), i, base=0.0, step=SPACING * 0.8) for i, n in enumerate(nodes)
        }
    core = nodes[:_CORE]
    raw = nx.spring_layout(sub.subgraph(core), seed=seed, weight=None, iterations=_ITERATIONS)
    pos = {n: (float(xy[0]), float(xy[1])) for n, xy in raw.items()}
    reach = max((math.hypot(*xy) for xy in pos.values()), default=1.0) or 1.0
    scale = radius * (math.sqrt(len(core) / len(nodes)) if len(nodes) > _CORE else 0.85) / reach
    pos = {n: (x * scale, y * scale) for n, (x, y) in pos.items()}
    _attach_rest(sub, pos, nodes)
    return pos


def _attach_rest(sub: nx.Graph, pos: dict[Any, Point], by_degree: list[Any]) -> None:
    """Place nodes outside the core on a spiral around their first placed neighbour."""
    children: dict[Any, int] = {}
    queue = deque(pos)
    for start in by_degree:
        if start not in pos:
            pos[start] = _spiral((0.0, 0.0), len(pos), base=0.0, step=SPACING * 0.8)
            queue.append(start)
        while queue:
            hub = queue.popleft()
            for other in sorted(sub.neighbors(hub), key=lambda n: (-sub.degree[n], str(n))):
                if other not in pos:
                    rank = children.get(hub, 0)
                    children[hub] = rank + 1
                    pos[other] = _spiral(pos[hub], rank, base=SPACING * 0.7, step=SPACING * 0.4)
                    queue.append(other)


def _spiral(centre: Point, rank: int, *, base: float, step: float) -> Point:
    angle = rank * _GOLDEN
    radius = base + step * math.sqrt(rank)
    return centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)


def _pack(radii: list[float]) -> list[Point]:
    """Return centres for discs of ``radii`` (biggest first) that do not overlap."""
    gap = SPACING
    placed = np.zeros((0, 3))
    centres: list[Point] = []
    for radius in radii:
        spot = _free_spot(placed, radius, gap)
        centres.append(spot)
        placed = np.vstack([placed, [spot[0], spot[1], radius]])
    return centres


def _free_spot(placed: np.ndarray, radius: float, gap: float) -> Point:
    """Walk out along a spiral from the origin to the first point where the disc fits."""
    if not len(placed):
        return (0.0, 0.0)
    step = max(radius, gap) * 0.5
    for rank in range(1, 200_000):
        # Flattened spiral: pages are wider than high.
        angle = rank * 0.35
        dist = step * math.sqrt(rank)
        x, y = 1.5 * dist * math.cos(angle), dist * math.sin(angle)
        need = placed[:, 2] + radius + gap
        if np.all(np.hypot(placed[:, 0] - x, placed[:, 1] - y) >= need):
            return (x, y)
    raise AssertionError("unreachable: the spiral leaves every placed disc behind")
