"""Read actors and events for the network view from RDF and merge/filter them.

Private helper of :mod:`graph.view`: SPARQL over the dataset's default union,
parallel events merged into one weighted edge, then the view's filters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Dataset
from rdflib.query import ResultRow

from ..errors import GraphError, QueryError
from ..vocab import ACT, ACTOR, PREFIXES

# One single-pattern SELECT per property, joined in Python: rdflib evaluates nested
# OPTIONALs over a Dataset row by row (12 s for 12,000 events; this takes about 3 s).
_PAIRS = "SELECT ?s ?o WHERE {{ ?s {prop} ?o }}"
_TYPED = "SELECT ?s WHERE {{ ?s a {cls} }}"
_EVENT_PROPS = (
    "ng:actor",
    "ng:target",
    "ng:action",
    "ng:actionClass",
    "ng:polarity",
    "ng:modality",
    "sem:hasTimeStamp",
    "prov:wasDerivedFrom",
)
_SOURCE_PROPS = ("ng:text", "schema:isPartOf", "schema:headline", "ng:sourcePath")
_DATE_PROP = "schema:datePublished"
_ACTOR_PROPS = ("rdfs:label", "ng:actorType", "ng:actorId")
_Info = tuple[str, str, str]  # label, actor type, actor id


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """The view's build parameters (shown in the page header)."""

    max_nodes: int = 300
    actor: str | None = None
    action_class: str | None = None
    min_degree: int = 0
    show_relations: bool = False


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event as the view needs it."""

    actor: str
    target: str
    action: str
    action_class: str
    polarity: str
    modality: str
    is_relation: bool
    sentence: str
    doc_title: str
    date: str


@dataclass(slots=True)
class Edge:
    """Parallel events (same actor, target, action, polarity, modality) merged."""

    source: str
    target: str
    action: str
    action_class: str
    polarity: str
    modality: str
    count: int = 0
    sources: list[tuple[str, str, str]] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)

    @property
    def dashed(self) -> bool:
        """Return whether the edge is negated or hypothetical (drawn dashed)."""
        return self.polarity == "neg" or self.modality == "hypothetical"


@dataclass(frozen=True, slots=True)
class Node:
    """One actor."""

    actor_id: str
    label: str
    actor_type: str
    degree: int
    events: int


@dataclass(frozen=True, slots=True)
class ViewData:
    """Nodes and edges to show, with what the filters left out."""

    options: ViewOptions
    nodes: list[Node]
    edges: list[Edge]
    actors_total: int
    actors_candidate: int
    actors_left_out: int
    edges_left_out: int


def collect_view(kg: Dataset, opts: ViewOptions) -> ViewData:
    """Query ``kg`` and apply the options of the view.

    Raises:
        GraphError: An option is out of range or ``opts.actor`` matches no actor.
    """
    if opts.max_nodes < 1 or opts.min_degree < 0:
        raise GraphError(
            f"cannot build view: max_nodes must be >= 1 and min_degree >= 0, "
            f"got {opts.max_nodes} and {opts.min_degree}"
        )
    actors = _actor_info(kg)
    rows = [row for row in _event_rows(kg) if _keep_row(row, opts)]
    edges = _merge(rows)
    involved = _involved(rows)
    if opts.actor:
        involved, edges = _neighbourhood(opts.actor, involved, edges, actors)
    degree = _degrees(edges, involved)
    involved = {a for a in involved if degree[a] >= opts.min_degree}
    ranked = sorted(involved, key=lambda a: (-degree[a], _info(actors, a)[0].casefold(), a))
    kept = set(ranked[: opts.max_nodes])
    kept_edges = [e for e in edges if e.source in kept and e.target in kept]
    events = Counter(_endpoints(rows))
    nodes = [_node(a, actors, degree[a], events[a]) for a in ranked[: opts.max_nodes]]
    all_edges = [e for e in edges if e.source in involved and e.target in involved]
    return ViewData(
        options=opts,
        nodes=nodes,
        edges=_relabel(kept_edges, actors),
        actors_total=len(actors),
        actors_candidate=len(ranked),
        actors_left_out=len(ranked) - len(kept),
        edges_left_out=len(all_edges) - len(kept_edges),
    )


def _actor_info(kg: Dataset) -> dict[str, _Info]:
    """Return actor IRI -> (label, type, id); the smallest value wins when there are several."""
    label, kind, ident = (_pairs(kg, prop) for prop in _ACTOR_PROPS)
    info: dict[str, _Info] = {}
    for iri in _typed(kg, "ng:Actor"):
        actor_id = ident.get(iri) or _local(iri)
        info[iri] = (label.get(iri) or actor_id, kind.get(iri) or "other", actor_id)
    return info


def _event_rows(kg: Dataset) -> Iterator[EventRow]:
    props = {prop: _pairs(kg, prop) for prop in _EVENT_PROPS + _SOURCE_PROPS + (_DATE_PROP,)}
    relations = set(_typed(kg, "ng:RelationEvent"))
    for event in sorted(_typed(kg, "ng:Event")):
        actor, target, action, cls, polarity, modality, stamp, sent = (
            props[prop].get(event, "") for prop in _EVENT_PROPS
        )
        if not actor or not action:
            continue
        text, doc = props["ng:text"].get(sent, ""), props["schema:isPartOf"].get(sent, "")
        title = props["schema:headline"].get(doc) or props["ng:sourcePath"].get(doc, "")
        yield EventRow(
            actor=actor,
            target=target,
            action=action,
            action_class=_class_name(cls),
            polarity=polarity or "pos",
            modality=modality or "asserted",
            is_relation=event in relations,
            sentence=text,
            doc_title=title,
            date=(stamp or props[_DATE_PROP].get(doc, ""))[:10],
        )


def _pairs(kg: Dataset, prop: str) -> dict[str, str]:
    """Return subject -> object of one property (the smallest object when there are several)."""
    found: dict[str, str] = {}
    for row in _select(kg, _PAIRS.format(prop=prop)):
        subject, value = str(row.s), str(row.o)
        if subject not in found or value < found[subject]:
            found[subject] = value
    return found


def _typed(kg: Dataset, cls: str) -> Iterator[str]:
    return (str(row.s) for row in _select(kg, _TYPED.format(cls=cls)))


def _select(kg: Dataset, text: str) -> Iterator[ResultRow]:
    try:
        result = kg.query(text, initNs=PREFIXES)
    except Exception as exc:  # rdflib raises many unrelated types for a bad store
        raise QueryError(f"cannot query graph for the view: {exc}") from exc
    for row in result:
        if isinstance(row, ResultRow):  # always true for SELECT; narrows the type
            yield row


def _local(iri: str) -> str:
    return iri[len(str(ACTOR)) :] if iri.startswith(str(ACTOR)) else iri


def _class_name(iri: str) -> str:
    if not iri:
        return "OTHER"
    return iri[len(str(ACT)) :] if iri.startswith(str(ACT)) else iri.rsplit("/", 1)[-1]


def _keep_row(row: EventRow, opts: ViewOptions) -> bool:
    if row.is_relation and not opts.show_relations:
        return False
    if opts.action_class:
        wanted = opts.action_class.split(":", 1)[-1].casefold()
        return row.action_class.casefold() == wanted
    return True


def _merge(rows: Iterable[EventRow]) -> list[Edge]:
    edges: dict[tuple[str, ...], Edge] = {}
    for row in rows:
        if not row.target:
            continue
        key = (row.actor, row.target, row.action, row.polarity, row.modality)
        edge = edges.get(key)
        if edge is None:
            edge = Edge(row.actor, row.target, row.action, row.action_class, *key[3:])
            edges[key] = edge
        edge.count += 1
        source = (row.sentence, row.doc_title, row.date)
        if row.sentence and source not in edge.sources:
            edge.sources.append(source)
        if row.date and row.date not in edge.dates:
            edge.dates.append(row.date)
    merged = sorted(edges.values(), key=lambda e: (e.source, e.target, e.action, e.polarity))
    for edge in merged:
        edge.sources.sort(key=lambda src: (src[2], src[1], src[0]))
        edge.dates.sort()
    return merged


def _involved(rows: Iterable[EventRow]) -> set[str]:
    return set(_endpoints(rows))


def _endpoints(rows: Iterable[EventRow]) -> Iterator[str]:
    for row in rows:
        yield row.actor
        if row.target and row.target != row.actor:
            yield row.target


def _neighbourhood(
    needle: str, involved: set[str], edges: list[Edge], actors: dict[str, _Info]
) -> tuple[set[str], list[Edge]]:
    wanted = needle.strip().casefold()
    centre = {a for a in involved if wanted in {n.casefold() for n in _info(actors, a)[::2]}}
    if not centre:
        raise GraphError(
            f"cannot build view for actor {needle!r}: no actor with that label or id. "
            "Hint: newsgraph stats GRAPH lists the top actors"
        )
    near = set(centre)
    for edge in edges:
        if edge.source in centre or edge.target in centre:
            near.update((edge.source, edge.target))
    return near, [e for e in edges if e.source in near and e.target in near]


def _degrees(edges: Iterable[Edge], involved: set[str]) -> Counter[str]:
    degree: Counter[str] = Counter({a: 0 for a in involved})
    for edge in edges:
        if edge.source in involved and edge.target in involved:
            degree[edge.source] += 1
            degree[edge.target] += 1
    return degree


def _info(actors: dict[str, _Info], iri: str) -> _Info:
    return actors.get(iri) or (_local(iri), "other", _local(iri))


def _node(iri: str, actors: dict[str, _Info], degree: int, events: int) -> Node:
    label, kind, actor_id = _info(actors, iri)
    return Node(actor_id, label, kind, degree, events)


def _relabel(edges: list[Edge], actors: dict[str, _Info]) -> list[Edge]:
    """Point edges at actor ids (node ids) instead of IRIs."""
    for edge in edges:
        edge.source = _info(actors, edge.source)[2]
        edge.target = _info(actors, edge.target)[2]
    return edges
