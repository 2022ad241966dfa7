"""Check a graph against the SHACL shapes of ``data/shapes.ttl`` with pyshacl.

The shapes encode the RDF shape of SPEC.md: every event has exactly one actor,
action and source sentence, polarity and modality come from their closed lists,
confidence lies in [0, 1], actors have a label and a type, sentences have text
and offsets. Validation runs on the union of a dataset's document graphs, so an
event in one graph may point to an actor described in another.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import cast

from pyshacl import validate
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDF, SH, XSD, NamespaceManager
from rdflib.term import Node

from .errors import OntologyError
from .vocab import GRAPH, NG, PREFIXES

_MAX_TEXT = 40


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate_graph`: whether the graph conforms, and why not."""

    conforms: bool
    violations: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        """Return a one-line verdict followed by one line per violation."""
        if self.conforms:
            return "graph conforms to the newsgraph shapes"
        head = f"graph does not conform: {len(self.violations)} violation(s)"
        return "\n".join([head, *self.violations])


def shapes_path() -> Path:
    """Return the path of the packaged ``shapes.ttl``."""
    return Path(str(resources.files("graph") / "data" / "shapes.ttl"))


@cache
def load_shapes(path: Path | None = None) -> Graph:
    """Parse the SHACL shapes (the packaged ones by default), cached per path.

    Raises:
        OntologyError: The file is missing or is not valid Turtle.
    """
    src = path or shapes_path()
    try:
        return Graph().parse(src, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise OntologyError(f"cannot read shapes {src}: {exc}") from exc


def validate_graph(kg: Graph, *, shapes: Path | None = None) -> ValidationReport:
    """Validate a graph or dataset against the SHACL shapes.

    Args:
        kg: A graph, or a dataset whose named graphs are validated as one union.
        shapes: Another shapes file instead of the packaged ``shapes.ttl``.

    Returns:
        The verdict and one readable line per violation, sorted, e.g.
        ``event:3f2a... ("ISIS" capture): ng:modality: modality must be one of ...
        (value "maybe")``.

    Raises:
        OntologyError: The shapes file cannot be read.
    """
    data = _union(kg)
    conforms, results, _ = validate(
        data, shacl_graph=load_shapes(shapes), inference="none", allow_warnings=False
    )
    results = cast(Graph, results)  # a Graph for Graph input (text or bytes only when serialising)
    lines = sorted({_describe_result(results, node, data) for node in _results(results)})
    return ValidationReport(bool(conforms), lines)


def _union(kg: Graph) -> Graph:
    """Return the triples of every graph of a dataset as one graph (a graph as is).

    A store's view gives ``"x"^^xsd:string`` where a file gives ``"x"``: the same
    RDF 1.1 term, which rdflib compares unequal (so ``sh:in ( "x" )`` failed on
    every value of a store); the union holds the plain form.
    """
    if not isinstance(kg, Dataset):
        return kg
    union = Graph()
    for s, p, o, _ in kg.quads((None, None, None, None)):
        union.add((s, p, _plain(o)))
    return union


def _plain(term: Node) -> Node:
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _results(results: Graph) -> list[Node]:
    """Return the validation result nodes of a pyshacl report graph."""
    return list(results.subjects(RDF.type, SH.ValidationResult))


def _describe_result(results: Graph, result: Node, data: Graph) -> str:
    """Return one violation as ``<focus>: <path>: <message>[ (value ...)]``."""
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    message = results.value(result, SH.resultMessage)
    value = results.value(result, SH.value)
    parts = [_describe_node(focus, data)]
    if path is not None:
        parts.append(_name(path))
    parts.append(str(message) if message is not None else "violates a shape")
    line = ": ".join(parts)
    if value is not None and value != focus:
        line += f" (value {_name(value)})"
    return line


def _describe_node(node: Node | None, data: Graph) -> str:
    """Return a node's short name, with the event's actor and action when it is one."""
    if node is None:
        return "?"
    said = []
    actor, action = data.value(node, NG.actorText), data.value(node, NG.action)
    if actor is not None:
        said.append(f'"{_clip(str(actor))}"')
    if action is not None:
        said.append(_clip(str(action)))
    return f"{_name(node)} ({' '.join(said)})" if said else _name(node)


@cache
def _namespaces() -> NamespaceManager:
    """Return a namespace manager with our prefixes, for short names in messages."""
    manager = NamespaceManager(Graph(), bind_namespaces="core")
    for prefix, namespace in {**PREFIXES, "graph": GRAPH}.items():
        manager.bind(prefix, namespace, override=True, replace=True)
    return manager


def _name(node: Node) -> str:
    """Return a prefixed name for an IRI, a quoted form for a literal."""
    if isinstance(node, Literal):
        return f'"{_clip(str(node))}"'
    return _namespaces().normalizeUri(str(node))


def _clip(text: str) -> str:
    """Return text cut to a readable length."""
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 3] + "..."
