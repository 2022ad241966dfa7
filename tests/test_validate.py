"""SHACL validation: good graphs conform, broken ones fail with readable lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

from graph.errors import OntologyError
from graph.model import ACTOR_TYPES, MODALITIES, POLARITIES, Article, Event, Provenance
from graph.normalize.places import get_place, place_triples
from graph.rdf import add_document, event_iri, new_dataset
from graph.validate import ValidationReport, load_shapes, validate_graph
from graph.vocab import GRAPH, NG, PREFIXES

SHAPES_NS = "https://w3id.org/newsgraph/shapes#"


def _sh_in(shape_name: str) -> set[str]:
    shapes = load_shapes()
    head = shapes.value(URIRef(SHAPES_NS + shape_name), SH["in"])
    assert head is not None, shape_name
    return {str(v) for v in Collection(shapes, head)}


@pytest.mark.parametrize(
    "shape_name, values",
    [("eventModality", MODALITIES), ("eventPolarity", POLARITIES), ("actorType", ACTOR_TYPES)],
)
def test_closed_lists_match_the_model(shape_name, values):
    assert _sh_in(shape_name) == set(values)


def test_tiny_graph_conforms(tiny_kg):
    report = validate_graph(tiny_kg)
    assert report.conforms, str(report)
    assert report.violations == []
    assert str(report) == "graph conforms to the newsgraph shapes"


def test_graph_with_linked_places_conforms(tiny_kg):
    ctx = tiny_kg.graph(GRAPH["d2"])
    place = get_place("raqqa")
    assert place is not None
    for triple in place_triples(place):
        ctx.add(triple)
    assert validate_graph(tiny_kg).conforms


def _one_event_kg(**fields: object) -> tuple[Dataset, URIRef]:
    text = "ISIS captured the city."
    article = Article(doc_id="v1", source="v1.txt", text=text)
    prov = Provenance("v1", "v1.txt", 0, 0, len(text), text)
    values: dict[str, object] = {
        "actor": "ISIS",
        "action": "capture",
        "target": "the city",
        "provenance": prov,
        "actor_id": "isis",
        "actor_label": "ISIS",
        "actor_type": "armed-group",
        "target_id": "deir-ezzor",
        "target_label": "Deir Ezzor",
        "target_type": "location",
        "action_class": "FIGHT",
    }
    values.update(fields)
    event = Event(**values)  # type: ignore[arg-type]  # a table of test values
    kg = new_dataset()
    add_document(kg, article, [event])
    return kg, URIRef(event_iri(event))


def test_hand_built_event_conforms():
    kg, _ = _one_event_kg()
    assert validate_graph(kg).conforms


def test_event_whose_actor_names_no_actor_conforms_without_an_actor_node():
    # "Clashes erupted": the actor text stays (ng:actorText), no ng:actor node is drawn.
    kg, node = _one_event_kg()
    ctx = kg.graph(GRAPH["v1"])
    ctx.remove((node, NG.actor, None))
    assert validate_graph(kg).conforms
    assert ctx.value(node, NG.actorText) is not None


def test_bad_modality_literal_fails_naming_the_value():
    kg, node = _one_event_kg()
    ctx = kg.graph(GRAPH["v1"])
    ctx.set((node, NG.modality, Literal("maybe")))
    report = validate_graph(kg)
    assert not report.conforms
    event_name = "event:" + str(node).rsplit("/", 1)[1]
    assert report.violations == [
        f'{event_name} ("ISIS" capture): ng:modality: modality must be one of "asserted", '
        '"future", "possible", "should", "hypothetical" (exactly one) (value "maybe")'
    ]


@pytest.mark.parametrize(
    "predicate, value, expected",
    [
        (NG.polarity, Literal("yes"), "ng:polarity: polarity must be one of"),
        (NG.confidence, Literal(1.5, datatype=XSD.double), "ng:confidence: confidence must be"),
        (NG.confidence, Literal("0.5"), "ng:confidence: confidence must be"),
        (NG.action, Literal(""), "ng:action: an event needs exactly one action"),
    ],
)
def test_bad_event_literals_fail(predicate, value, expected):
    kg, node = _one_event_kg()
    kg.graph(GRAPH["v1"]).set((node, predicate, value))
    report = validate_graph(kg)
    assert not report.conforms
    assert any(expected in line for line in report.violations), report.violations


def test_two_actors_fail():
    kg, node = _one_event_kg()
    kg.graph(GRAPH["v1"]).add((node, NG.actor, URIRef(PREFIXES["actor"]["sdf"])))
    report = validate_graph(kg)
    assert any("exactly one actor" in line for line in report.violations)


def test_actor_without_label_or_type_fails():
    kg, _ = _one_event_kg()
    ctx = kg.graph(GRAPH["v1"])
    isis = URIRef(PREFIXES["actor"]["isis"])
    ctx.remove((isis, RDFS.label, None))
    ctx.set((isis, NG.actorType, Literal("terrorist")))
    lines = validate_graph(kg).violations
    assert any(line.startswith("actor:isis: rdfs:label: an actor needs a label") for line in lines)
    assert any(
        line.startswith("actor:isis: ng:actorType:") and line.endswith('(value "terrorist")')
        for line in lines
    )


def test_sentence_offsets_are_checked():
    kg, _ = _one_event_kg()
    ctx = kg.graph(GRAPH["v1"])
    sent = next(ctx.subjects(RDF.type, NG.Sentence))
    ctx.set((sent, NG.startChar, Literal(99)))
    ctx.remove((sent, NG.text, None))
    lines = validate_graph(kg).violations
    assert any("ng:startChar" in line and "<= its ng:endChar" in line for line in lines)
    assert any("ng:text: a sentence needs exactly one text" in line for line in lines)


def test_events_may_point_across_named_graphs():
    """An actor described only in another document's graph still satisfies the shapes."""
    kg, node = _one_event_kg()
    other = kg.graph(GRAPH["elsewhere"])
    isis = URIRef(PREFIXES["actor"]["isis"])
    ctx = kg.graph(GRAPH["v1"])
    for triple in list(ctx.triples((isis, None, None))):
        ctx.remove(triple)
        other.add(triple)
    assert validate_graph(kg).conforms


def test_plain_graph_is_validated_as_is():
    kg, _ = _one_event_kg()
    plain = Graph()
    for s, p, o, _ in kg.quads((None, None, None, None)):
        plain.add((s, p, o))
    assert validate_graph(plain).conforms
    assert validate_graph(Graph()) == ValidationReport(True, [])


def test_unreadable_shapes_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(OntologyError, match="cannot read shapes .*bad.ttl"):
        validate_graph(Graph(), shapes=bad)


@pytest.mark.slow
def test_seeds_graph_conforms(seeds_dir, nlp):
    """The whole pipeline's output on the seed articles satisfies the shapes."""
    from graph.pipeline import build_graph

    report = validate_graph(build_graph([seeds_dir]))
    assert report.conforms, str(report)


def test_actor_codes_on_events_and_agent_nodes_conform():
    kg, node = _one_event_kg(
        actor="Iraqi police",
        actor_id="iraq/police",
        actor_label="police (Iraq)",
        actor_type="government",
        actor_code="IRQCOP",
        target_code="SYR",
    )
    assert validate_graph(kg).conforms
    ctx = kg.graph(GRAPH["v1"])
    assert (str(ctx.value(node, NG.actorCode)), str(ctx.value(node, NG.targetCode))) == (
        "IRQCOP",
        "SYR",
    )
    agent = ctx.value(node, NG.actor)
    assert (str(ctx.value(agent, NG.countryCode)), str(ctx.value(agent, NG.sector))) == (
        "IRQ",
        "COP",
    )


@pytest.mark.parametrize(
    ("prop", "value"), [("actorCode", "usagov"), ("targetCode", "US-GOV"), ("actorCode", "GO")]
)
def test_malformed_actor_code_fails(prop, value):
    kg, node = _one_event_kg()
    kg.graph(GRAPH["v1"]).set((node, NG[prop], Literal(value)))
    report = validate_graph(kg)
    assert not report.conforms and any(f"ng:{prop}" in v for v in report.violations)


def test_second_sector_on_an_actor_fails():
    kg, node = _one_event_kg(actor_id="iraq/police", actor_type="government", actor_code="IRQCOP")
    ctx = kg.graph(GRAPH["v1"])
    agent = ctx.value(node, NG.actor)
    assert agent is not None
    ctx.add((agent, NG.sector, Literal("MIL")))
    assert not validate_graph(kg).conforms
