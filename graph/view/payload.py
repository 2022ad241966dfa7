"""The page's data: nodes, edges, events, documents and places as compact JSON.

Private helper of :mod:`graph.view`. Events travel as rows of a table (indices
into shared tables of names, sentences, documents and places), so the page can
list, filter and count them without asking anything of a server.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any, Generic, TypeVar

from ..model import MODALITIES
from .data import Actor, EventRow, ontology_classes
from .selection import Edge, Node, Selection

# Okabe & Ito's colour-blind-safe palette for actor types (saturated, drawn as filled
# shapes); the action classes (drawn as lines) by PLOVER's four quad classes, so that
# a glance tells conflict from cooperation: material conflict in reds (the darkest
# for violence), verbal conflict in oranges and browns, verbal cooperation in blues,
# material cooperation in greens (ColorBrewer's diverging RdBu/PuOr/PRGn hues).
# The two sets share no colour, and every type has its own shape too.
TYPE_STYLE: dict[str, tuple[str, str]] = {
    "country": ("#0072B2", "square"),
    "government": ("#56B4E9", "diamond"),
    "military": ("#D55E00", "triangle"),
    "armed-group": ("#E69F00", "triangleDown"),
    "organisation": ("#009E73", "hexagon"),
    "person": ("#CC79A7", "dot"),
    "location": ("#F0E442", "star"),
    "other": ("#8C8C8C", "dot"),
}
SPARE_TYPE_COLORS = ("#000000", "#5A3A00", "#003F5C", "#4D4D4D")
PLOVER_COLORS = {
    # material conflict
    "ASSAULT": "#67001F", "FIGHT": "#B2182B", "COERCE": "#D6604D", "MOBILIZE": "#F4A582",
    "SANCTION": "#C51B7D", "PROTEST": "#DE77AE",
    # verbal conflict
    "THREATEN": "#FF7F00", "DEMAND": "#FDB863", "DISAPPROVE": "#B35806", "REJECT": "#7F3B08",
    "INVESTIGATE": "#BF812D",
    # verbal cooperation
    "AGREE": "#2166AC", "CONSULT": "#67A9CF", "SUPPORT": "#053061", "CONCEDE": "#92C5DE",
    # material cooperation
    "COOPERATE": "#1B7837", "AID": "#5AAE61", "RETREAT": "#A6DBA0",
}  # fmt: skip
# Classes PLOVER does not name (a user's ontology may add some): Paul Tol's "muted" purples
# and teals, in order, apart from the quad-class hues.
SPARE_CLASS_COLORS = ("#332288", "#44AA99", "#AA4499", "#999933", "#882255", "#117733")
CLASS_COLORS = (*PLOVER_COLORS.values(), *SPARE_CLASS_COLORS)
# PLOVER does not code these: greys, so coded events stand out.
UNCODED_COLORS = {"STATEMENT": "#B3B3B3", "RELATION": "#6E6E6E", "OTHER": "#D9D9D9"}
FALLBACK_COLOR = "#8C8C8C"
T = TypeVar("T")
_PRONOUNS = frozenset((
    "i", "me", "my", "we", "us", "our", "ours", "you", "your", "he", "him", "his", "she",
    "her", "hers", "it", "its", "they", "them", "their", "theirs", "one", "ones", "who",
    "whom", "whose", "which", "that", "this", "these", "those", "itself", "themselves",
))  # fmt: skip


def class_colors(names: list[str]) -> dict[str, str]:
    """Return a colour per action class: PLOVER's by quad class, uncoded ones grey.

    Classes of neither set take the spare colours in the order given.
    """
    fixed = PLOVER_COLORS | UNCODED_COLORS
    others = [name for name in names if name not in fixed]
    colors = {name: fixed[name] for name in names if name in fixed}
    spare = len(SPARE_CLASS_COLORS)
    colors.update({name: SPARE_CLASS_COLORS[i % spare] for i, name in enumerate(others)})
    return colors


def type_styles(types: list[str]) -> dict[str, tuple[str, str]]:
    """Return the colour and vis-network shape of each actor type (spares for new types)."""
    unknown = [name for name in sorted(types) if name not in TYPE_STYLE]
    styles = {name: TYPE_STYLE[name] for name in types if name in TYPE_STYLE}
    for rank, name in enumerate(unknown):
        styles[name] = (SPARE_TYPE_COLORS[rank % len(SPARE_TYPE_COLORS)], "dot")
    return styles


def display_aliases(actor: Actor, *, limit: int = 20) -> list[str]:
    """Return the names an actor goes by besides its label, for search and the panel.

    Names as the sentences write them include the pronouns coreference resolved
    ("it", "they"): those name nothing by themselves and are left out, as are case
    variants. Shortest first: long ones are often whole phrases a parse cut badly.
    """
    seen = {actor.label.casefold()}
    found: list[str] = []
    for alias in sorted(actor.aliases, key=lambda a: (len(a), a)):
        key = alias.casefold()
        if key in seen or key in _PRONOUNS or not any(ch.isalpha() for ch in alias):
            continue
        seen.add(key)
        found.append(alias)
    return found[:limit]


def node_size(events: int) -> float:
    """Return a node's radius from its number of events."""
    return round(min(7 + 3.2 * math.sqrt(events), 48.0), 1)


def node_dict(node: Node, style: tuple[str, str], xy: tuple[float, float]) -> dict[str, Any]:
    """Return one node as vis-network data plus our own keys."""
    actor = node.actor
    return {
        "id": actor.actor_id,
        "label": actor.label,
        "color": style[0],
        "shape": style[1],
        "size": node_size(node.events),
        "x": xy[0],
        "y": xy[1],
        "hidden": node.hidden,
        "actor_type": actor.actor_type or "other",
        "code": actor.code,
        "aliases": display_aliases(actor),
        "degree": node.degree,
        "events": node.events,
        "other": actor.is_other,
    }


def edge_dict(edge: Edge, idx: int, color: str, *, hidden: bool) -> dict[str, Any]:
    """Return one aggregated edge as vis-network data plus its event indices."""
    return {
        "id": f"e{idx}",
        "from": edge.source,
        "to": edge.target,
        "label": edge.label,
        "color": color,
        "dashes": edge.dashed,
        "width": round(min(1.0 + 1.6 * math.log2(edge.count), 10.0), 2),
        "arrows": "to",
        "hidden": hidden,
        "action_class": edge.action_class,
        "relation": edge.is_relation,
        "count": edge.count,
        "ev": edge.events,
    }


def page_tables(sel: Selection, classes: list[str]) -> dict[str, Any]:
    """Return the event table of a selection with its names, sentences, docs and places."""
    names = _Table[str]()
    sents, docs, places = _Table[str](), _Table[str](), _Table[str]()
    cls_index = {name: i for i, name in enumerate(classes)}
    rows = [_event_row(row, names, sents, docs, places, cls_index) for row in sel.events]
    rdata = sel.rows
    return {
        "events": rows,
        "names": [_name(rdata.actors[iri]) for iri in names.items],
        "sentences": [rdata.sentences.get(s, "") for s in sents.items],
        "docs": [_doc(rdata, d) for d in docs.items],
        "places": [_place(rdata, p) for p in places.items],
    }


def legend_classes(sel: Selection) -> list[str]:
    """Return every action class name: the ontology's, then others found in the data.

    PLOVER's classes come first, grouped by quad class as :data:`PLOVER_COLORS`
    lists them (conflict first), so the legend reads like the colours.
    """
    names = ontology_classes({row.action_class for row in sel.rows.events})
    rank = {name: i for i, name in enumerate(PLOVER_COLORS)}
    return sorted(names, key=lambda name: rank.get(name, len(rank)))


def class_counts(sel: Selection) -> Counter[str]:
    """Return the number of page events per action class."""
    return Counter(row.action_class for row in sel.events)


def _event_row(
    row: EventRow,
    names: _Table[str],
    sents: _Table[str],
    docs: _Table[str],
    places: _Table[str],
    cls_index: dict[str, int],
) -> list[Any]:
    # Columns are named in view.js (EV_*): keep the two in step.
    return [
        names.index(row.actor) if row.actor else -1,  # -1: unresolved (its text stays)
        names.index(row.target) if row.target else -1,
        row.action,
        cls_index[row.action_class],
        row.date,
        places.index(row.place) if row.place else -1,
        1 if row.polarity == "neg" else 0,
        MODALITIES.index(row.modality) if row.modality in MODALITIES else 0,
        sents.index(row.sentence),
        docs.index(row.doc),
        row.attribution,
        row.actor_text,
        row.target_text,
        1 if row.is_relation else 0,
        row.instrument,
    ]


def _name(actor: Actor) -> list[str]:
    kind = "unresolved" if actor.is_unresolved else actor.actor_type or "other"
    return [actor.actor_id, actor.label, kind]


def _doc(rdata: Any, doc: str) -> list[str]:
    found = rdata.docs.get(doc)
    if found is None:
        return ["", "", "", ""]
    return [found.title, found.source, found.date, found.publisher]


def _place(rdata: Any, place: str) -> list[Any]:
    found = rdata.places.get(place)
    if found is None or found.lat is None or found.lon is None:
        return [found.label if found else "", None, None]
    return [found.label, round(found.lat, 3), round(found.lon, 3)]


class _Table(Generic[T]):
    """Distinct values in first-seen order, each with its index."""

    def __init__(self) -> None:
        self.items: list[T] = []
        self._index: dict[T, int] = {}

    def index(self, value: T) -> int:
        found = self._index.get(value)
        if found is None:
            found = self._index[value] = len(self.items)
            self.items.append(value)
        return found


def page_payload(net: Any) -> dict[str, Any]:
    """Return everything the page's script reads, from a :func:`graph.view.build_network` net."""
    sel: Selection = net.view_selection
    meta = net.view_meta
    colors: dict[str, str] = net.view_classes
    counts = class_counts(sel)
    classes = list(colors)
    types = Counter(node["actor_type"] for node in net.nodes)
    styles = type_styles(list(types))
    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "classes": [{"name": c, "color": colors[c], "count": counts[c]} for c in classes],
        "types": [
            {"name": t, "color": styles[t][0], "shape": styles[t][1], "count": types[t]}
            for t in sorted(types, key=lambda t: (t == "other", t))
        ],
        "modalities": list(MODALITIES),
        "physics": meta.layout == "physics",
        "othersHidden": sel.others_hidden,
        "showRelations": sel.options.show_relations,
        "header": {
            "documents": meta.documents,
            "first": meta.first_date,
            "last": meta.last_date,
            "candidates": meta.actors_candidate,
        },
        **page_tables(sel, classes),
    }
