"""Choose what the view shows: actors by activity, edges per actor pair and class.

Private helper of :mod:`graph.view`. The default selection on a big graph is the
most active *resolved* actors (typed, not "other"); the most active "other" actors
come along hidden, one click away; unresolved roles are never drawn. Events stay
events: an edge lists the indices of the page events it aggregates, so the page
can filter, count and list them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..errors import GraphError
from .data import Actor, EventRow, GraphRows

# Above this many candidate actors, "other" actors are off by default.
OTHER_OFF_ABOVE = 200


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """The view's build parameters."""

    max_nodes: int = 300
    actor: str | None = None
    action_class: str | None = None
    min_degree: int = 0
    show_relations: bool = False


@dataclass(slots=True)
class Edge:
    """The events of one actor pair and action class (relation facts apart)."""

    source: str
    target: str
    action_class: str
    is_relation: bool
    events: list[int] = field(default_factory=list)
    actions: Counter[str] = field(default_factory=Counter)
    dashed_events: int = 0

    @property
    def count(self) -> int:
        """Return the number of events merged into the edge."""
        return len(self.events)

    @property
    def dashed(self) -> bool:
        """Return whether every event is negated or hypothetical (drawn dashed)."""
        return self.dashed_events == len(self.events)

    @property
    def label(self) -> str:
        """Return the most frequent action, with the number of other actions."""
        (top, _), *rest = self.actions.most_common()
        return f"{top} +{len(rest)}" if rest else top


@dataclass(frozen=True, slots=True)
class Node:
    """One actor on the page."""

    actor: Actor
    events: int
    degree: int
    hidden: bool


@dataclass(frozen=True, slots=True)
class Selection:
    """What a page shows, with the events behind it and what was left out."""

    options: ViewOptions
    rows: GraphRows
    nodes: list[Node]
    edges: list[Edge]
    events: list[EventRow]
    actors_total: int
    actors_candidate: int
    actors_left_out: int
    others_hidden: bool


def select_view(rows: GraphRows, opts: ViewOptions) -> Selection:
    """Apply the options of the view to what :func:`graph.view.data.read_graph` read.

    Raises:
        GraphError: An option is out of range or ``opts.actor`` matches no actor.
    """
    if opts.max_nodes < 1 or opts.min_degree < 0:
        raise GraphError(
            f"cannot build view: max_nodes must be >= 1 and min_degree >= 0, "
            f"got {opts.max_nodes} and {opts.min_degree}"
        )
    events = [row for row in rows.events if _keep_class(row, opts)]
    drawn = [row for row in events if opts.show_relations or not row.is_relation]
    activity, neighbours = _activity(drawn, rows.actors)
    if opts.actor:
        activity = _neighbourhood(opts.actor, activity, neighbours, rows.actors)
    candidates = [a for a in activity if len(neighbours[a]) >= opts.min_degree]
    ranked = sorted(candidates, key=lambda a: (-activity[a], _sort_label(rows.actors[a]), a))
    big = len(candidates) > OTHER_OFF_ABOVE
    resolved = _pick([a for a in ranked if not rows.actors[a].is_other], neighbours, opts, big=big)
    other = [a for a in ranked if rows.actors[a].is_other]
    other = _pick(other, neighbours, opts, big=big, anchors=set(resolved))
    hide_other = big and bool(resolved)
    shown = set(resolved) | set(other)
    page_events = [row for row in events if row.actor in shown or row.target in shown]
    nodes = [
        Node(rows.actors[a], activity[a], len(neighbours[a] & shown), hide_other and a in other)
        for a in resolved + other
    ]
    return Selection(
        options=opts,
        rows=rows,
        nodes=nodes,
        edges=aggregate_edges(page_events, shown, rows.actors),
        events=page_events,
        actors_total=len(rows.actors),
        actors_candidate=len(ranked),
        actors_left_out=len(ranked) - len(shown),
        others_hidden=hide_other,
    )


def _pick(
    ranked: list[str],
    neighbours: defaultdict[str, set[str]],
    opts: ViewOptions,
    *,
    big: bool,
    anchors: frozenset[str] | set[str] = frozenset(),
) -> list[str]:
    """Return the first ``max_nodes`` of ``ranked``; on a big graph only linked ones.

    An actor with no link to another chosen one adds a floating dot to an overview,
    so on a big graph it makes room for the next most active actor linked to the
    chosen ones (or to ``anchors``, the resolved actors, when choosing "other" ones).
    Its events stay on the page through the actors it acted on.
    """
    chosen = ranked[: opts.max_nodes]
    if not big:
        return chosen
    around = anchors | set(chosen)
    keep = {a for a in chosen if not neighbours[a].isdisjoint(around)}
    # Dropping an actor without links leaves no other without links: refill greedily.
    for actor in ranked[opts.max_nodes :]:
        if len(keep) >= opts.max_nodes:
            break
        if not (neighbours[actor].isdisjoint(keep) and neighbours[actor].isdisjoint(anchors)):
            keep.add(actor)
    return [a for a in ranked if a in keep]


def _keep_class(row: EventRow, opts: ViewOptions) -> bool:
    if not opts.action_class:
        return True
    return row.action_class.casefold() == opts.action_class.split(":", 1)[-1].casefold()


def _drawable(actors: dict[str, Actor], iri: str) -> bool:
    return bool(iri) and iri in actors and not actors[iri].is_unresolved


def _activity(
    rows: Iterable[EventRow], actors: dict[str, Actor]
) -> tuple[Counter[str], defaultdict[str, set[str]]]:
    """Return events per drawable actor and each actor's drawable neighbours."""
    activity: Counter[str] = Counter()
    neighbours: defaultdict[str, set[str]] = defaultdict(set)
    for row in rows:
        ends = [iri for iri in {row.actor, row.target} if _drawable(actors, iri)]
        activity.update(ends)
        if len(ends) == 2:
            neighbours[row.actor].add(row.target)
            neighbours[row.target].add(row.actor)
    return activity, neighbours


def _neighbourhood(
    needle: str,
    activity: Counter[str],
    neighbours: defaultdict[str, set[str]],
    actors: dict[str, Actor],
) -> Counter[str]:
    wanted = needle.strip().casefold()
    centre = {a for a in activity if wanted in _names(actors[a])}
    if not centre:
        raise GraphError(
            f"cannot build view for actor {needle!r}: no actor with that label, id or alias. "
            "Hint: newsgraph stats GRAPH lists the top actors"
        )
    near = set(centre).union(*(neighbours[a] for a in centre))
    return Counter({a: n for a, n in activity.items() if a in near})


def _names(actor: Actor) -> set[str]:
    return {name.casefold() for name in (actor.label, actor.actor_id, *actor.aliases)}


def _sort_label(actor: Actor) -> str:
    return actor.label.casefold()


def aggregate_edges(rows: list[EventRow], shown: set[str], actors: dict[str, Actor]) -> list[Edge]:
    """Merge the events between two shown actors into one edge per action class.

    Returns:
        Edges between actor ids, each with the indices of its events in ``rows``.
    """
    edges: dict[tuple[str, str, str, bool], Edge] = {}
    for idx, row in enumerate(rows):
        if row.actor not in shown or row.target not in shown or row.actor == row.target:
            continue
        key = (row.actor, row.target, row.action_class, row.is_relation)
        edge = edges.get(key)
        if edge is None:
            source, target = actors[row.actor].actor_id, actors[row.target].actor_id
            edge = edges[key] = Edge(source, target, row.action_class, row.is_relation)
        edge.events.append(idx)
        edge.actions[row.action] += 1
        edge.dashed_events += row.polarity == "neg" or row.modality == "hypothetical"
    return sorted(edges.values(), key=lambda e: (e.source, e.target, e.action_class))
