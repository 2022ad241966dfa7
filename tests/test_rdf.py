"""rdf.py: the SPEC.md shape, named graph per document, stable IRIs, clean literals."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, RDFS, XSD

from graph.model import Article, Event, Provenance
from graph.rdf import (
    actor_iri,
    add_document,
    clean_text,
    document_iri,
    event_iri,
    event_to_triples,
    graph_iri,
    new_dataset,
    remove_document,
    sentence_iri,
)
from graph.vocab import ACT, ACTOR, GEO, GRAPH, NG, PLACE, SCHEMA, SEM

RUSSIA = ACTOR["russia"]
REBELS = ACTOR["syrian-rebels"]
ISIS = ACTOR["isis"]
US = ACTOR["united-states"]
DAMASCUS = ACTOR["damascus"]


def _event(tiny_docs: list[tuple[Article, list[Event]]], doc_id: str, action: str) -> Event:
    return next(e for a, evs in tiny_docs if a.doc_id == doc_id for e in evs if e.action == action)


def _doc_graph(kg: Dataset, doc_id: str) -> set[tuple[object, object, object]]:
    # look the graph up: kg.graph(iri) would create it
    iri = graph_iri(doc_id)
    return next((set(ctx) for ctx in kg.graphs() if ctx.identifier == iri), set())


def _one_event_kg(event: Event, text: str) -> Dataset:
    p = event.provenance
    kg = new_dataset()
    add_document(kg, Article(doc_id=p.doc_id, source=p.source, text=text), [event])
    return kg


def test_new_dataset_binds_prefixes_and_unions_graphs():
    kg = new_dataset()
    assert kg.default_union
    prefixes = dict(kg.namespaces())
    assert str(prefixes["ng"]) == str(NG) and str(prefixes["actor"]) == str(ACTOR)


def test_document_and_sentence_nodes(tiny_kg):
    doc = document_iri("d1")
    assert doc == URIRef("https://w3id.org/newsgraph/doc/d1")
    assert (doc, RDF.type, SCHEMA.NewsArticle) in tiny_kg
    assert (doc, NG.docId, Literal("d1")) in tiny_kg
    assert (doc, NG.sourcePath, Literal("d1.txt")) in tiny_kg
    assert (doc, SCHEMA.headline, Literal("Title d1")) in tiny_kg
    sent = sentence_iri("d1", 1)
    assert str(sent) == "https://w3id.org/newsgraph/doc/d1/sentence/1"
    assert (sent, RDF.type, NG.Sentence) in tiny_kg
    assert (sent, NG.text, Literal("The rebels did not attack Damascus.")) in tiny_kg
    assert (sent, NG.sentenceIndex, Literal(1)) in tiny_kg
    assert (sent, NG.startChar, Literal(51)) in tiny_kg
    assert (sent, NG.endChar, Literal(86)) in tiny_kg
    assert (sent, SCHEMA.isPartOf, doc) in tiny_kg


def test_empty_metadata_is_not_written(tiny_kg):
    doc = document_iri("d1")
    for prop in (SCHEMA.author, SCHEMA.publisher, SCHEMA.datePublished, SCHEMA.url):
        assert (doc, prop, None) not in tiny_kg
    assert not [t for t in tiny_kg if t[2] == Literal("")]


def test_event_node_carries_every_field(tiny_kg, tiny_docs):
    event = _event(tiny_docs, "d1", "bomb")
    node = event_iri(event)
    expected = [
        (RDF.type, NG.Event),
        (NG.actor, RUSSIA),
        (NG.target, REBELS),
        (NG.actorText, Literal("Russia")),
        (NG.targetText, Literal("rebels")),
        (NG.action, Literal("bomb")),
        (NG.relation, Literal("bombed")),
        (NG.actionClass, ACT.ASSAULT),
        (NG.locationText, Literal("eastern Aleppo")),
        (SEM.hasPlace, PLACE.aleppo),
        (NG.timeText, Literal("Tuesday")),
        (SEM.hasTimeStamp, Literal("2015-10-06")),
        (NG.polarity, Literal("pos")),
        (NG.modality, Literal("asserted")),
        (NG.confidence, Literal("0.9", datatype=XSD.double)),
        (NG.extractor, Literal("dep")),
        (PROV.wasDerivedFrom, sentence_iri("d1", 0)),
    ]
    for prop, value in expected:
        assert (node, prop, value) in tiny_kg, prop
    assert (node, RDF.type, NG.RelationEvent) not in tiny_kg
    assert (PLACE.aleppo, RDF.type, SEM.Place) in tiny_kg
    # A GeoNames-linked place gets its canonical label and coordinates.
    assert (PLACE.aleppo, RDFS.label, Literal("Aleppo")) in tiny_kg
    assert (PLACE.aleppo, GEO.lat, None) in tiny_kg


def test_actor_nodes(tiny_kg):
    assert (RUSSIA, RDF.type, NG.Actor) in tiny_kg
    assert (RUSSIA, RDF.type, NG.Country) in tiny_kg
    assert (REBELS, RDF.type, NG.ArmedGroup) in tiny_kg
    assert (RUSSIA, RDFS.label, Literal("Russia")) in tiny_kg
    assert (RUSSIA, NG.actorId, Literal("russia")) in tiny_kg
    assert (RUSSIA, NG.actorType, Literal("country")) in tiny_kg


def test_interacts_with_only_for_factual_events(tiny_kg):
    edges = set(tiny_kg.subject_objects(NG.interactsWith))
    assert edges == {(RUSSIA, REBELS), (REBELS, ISIS), (US, REBELS)}
    assert (REBELS, NG.interactsWith, DAMASCUS) not in tiny_kg  # negated
    assert (US, NG.interactsWith, RUSSIA) not in tiny_kg  # hypothetical


@pytest.mark.parametrize(
    "change",
    [
        {"polarity": "neg"},
        {"kind": "relation"},
        *({"modality": m} for m in ("future", "possible", "should")),
    ],
)
def test_non_factual_event_adds_no_edge(tiny_docs, change):
    event = replace(_event(tiny_docs, "d2", "back"), **change)
    kg = _one_event_kg(event, tiny_docs[1][0].text)
    assert (event_iri(event), NG.target, REBELS) in kg
    assert not list(kg.triples((None, NG.interactsWith, None)))


def test_event_without_target_has_no_target_triples(tiny_kg, tiny_docs):
    node = event_iri(_event(tiny_docs, "d2", "retreat"))
    assert (node, NG.actor, ISIS) in tiny_kg
    assert (node, NG.target, None) not in tiny_kg
    assert (node, NG.targetText, None) not in tiny_kg


def test_relation_event_gets_both_classes(tiny_docs):
    event = replace(_event(tiny_docs, "d2", "retreat"), kind="relation", action_class="RELATION")
    triples = set(event_to_triples(event, extractor="llm"))
    node = event_iri(event)
    assert {(node, RDF.type, NG.Event), (node, RDF.type, NG.RelationEvent)} <= triples
    assert (node, NG.extractor, Literal("llm")) in triples
    assert (node, NG.actionClass, ACT.RELATION) in triples


def test_actor_without_id_falls_back_to_slug(tiny_docs):
    event = replace(_event(tiny_docs, "d2", "retreat"), actor_id="", actor_label="", actor_type="")
    triples = set(event_to_triples(event))
    assert actor_iri("", "ISIS") == ACTOR["isis"]
    assert (ACTOR["isis"], NG.actorId, Literal("isis")) in triples
    assert (ACTOR["isis"], RDFS.label, Literal("ISIS")) in triples
    assert not [t for t in triples if t[0] == ACTOR["isis"] and t[2] == NG.Country]


def test_no_blank_nodes(tiny_kg):
    assert not [q for q in tiny_kg.quads() if any(isinstance(t, BNode) for t in q[:3])]


def test_building_twice_gives_isomorphic_graphs(tiny_docs):
    def build() -> Dataset:
        kg = new_dataset()
        for article, events in tiny_docs:
            add_document(kg, article, events)
        return kg

    first, second = build(), build()
    for doc_id in ("d1", "d2"):
        assert isomorphic(first.graph(graph_iri(doc_id)), second.graph(graph_iri(doc_id)))
    assert _doc_graph(first, "d1") == _doc_graph(second, "d1")


def test_event_iris_are_stable_and_distinct(tiny_docs):
    events = [e for _, evs in tiny_docs for e in evs]
    assert len({event_iri(e) for e in events}) == len(events)
    assert event_iri(events[0]) == event_iri(replace(events[0], confidence=0.1))
    assert event_iri(events[0]) != event_iri(replace(events[0], target="Aleppo"))


def test_add_document_is_idempotent(tiny_kg, tiny_docs):
    before = set(tiny_kg.quads())
    article, events = tiny_docs[0]
    add_document(tiny_kg, article, events)
    assert set(tiny_kg.quads()) == before


def test_replacing_a_document_leaves_the_other_untouched(tiny_kg, tiny_docs):
    d2_before = _doc_graph(tiny_kg, "d2")
    article, events = tiny_docs[0]
    add_document(tiny_kg, article, events[:1])
    assert _doc_graph(tiny_kg, "d2") == d2_before
    d1_events = set(tiny_kg.graph(graph_iri("d1")).subjects(RDF.type, NG.Event))
    assert d1_events == {event_iri(events[0])}
    assert (REBELS, NG.interactsWith, ISIS) in tiny_kg  # d2's edge survives


def test_removing_a_document_leaves_the_other_untouched(tiny_kg):
    d2_before = _doc_graph(tiny_kg, "d2")
    remove_document(tiny_kg, "d1")
    assert not _doc_graph(tiny_kg, "d1")
    assert (RUSSIA, NG.interactsWith, REBELS) not in tiny_kg
    assert (document_iri("d1"), None, None) not in tiny_kg
    assert _doc_graph(tiny_kg, "d2") == d2_before
    assert GRAPH["d1"] not in {g.identifier for g in tiny_kg.graphs()}
    remove_document(tiny_kg, "not-there")
    assert _doc_graph(tiny_kg, "d2") == d2_before


def test_events_of_another_document_are_skipped(tiny_docs, caplog):
    kg = new_dataset()
    add_document(kg, tiny_docs[0][0], tiny_docs[1][1])
    assert not list(kg.subjects(RDF.type, NG.Event))
    assert "skipped an event of document 'd2'" in caplog.text


def test_unsafe_document_id_gets_a_valid_iri():
    iri = str(document_iri('a b/"c"<d>'))
    assert iri.startswith(str(document_iri("x"))[:-1])
    assert not set(' "<>{}|\\^`') & set(iri)
    assert document_iri('a b/"c"<d>') == document_iri('a b/"c"<d>')
    assert document_iri("000_8df60a2fe9eccea6") == URIRef(
        "https://w3id.org/newsgraph/doc/000_8df60a2fe9eccea6"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("plain", "plain"),
        ("tab\tnew\nline\r", "tab\tnew\nline\r"),
        ("nul\x00bell\x07esc\x1b", "nulbellesc"),
        ("lone \ud800 surrogate", "lone  surrogate"),
        ("rtl \u202e\u200f mark", "rtl \u202e\u200f mark"),
        ('"""<script>alert(1)</script>', '"""<script>alert(1)</script>'),
        ("non\ufffechar\uffff", "nonchar"),
    ],
)
def test_clean_text(text, expected):
    assert clean_text(text) == expected


def test_hostile_sentence_is_cleaned_in_the_graph():
    text = 'Evil\x00 """ <script> \u202e said \ud800 X.'
    event = Event("Evil", "say", "", Provenance("h", "h.txt", 0, 0, len(text), text))
    kg = _one_event_kg(event, text)
    sent = sentence_iri("h", 0)
    assert (sent, NG.text, Literal('Evil """ <script> \u202e said  X.')) in kg


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(exclude_categories=()) | st.characters(categories=["Cs"])))
def test_minted_iris_are_always_valid(text):
    bad = set(' "<>{}|\\^`') | {chr(c) for c in range(0x21)}
    iris = [document_iri(text or "x"), sentence_iri(text or "x", 3), actor_iri(text, text or "x")]
    for iri in iris:
        assert not bad & set(str(iri)), iri
        str(iri).encode("utf-8")  # no lone surrogates
    assert document_iri(text or "x") == document_iri(text or "x")
