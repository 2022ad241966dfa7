"""ontology.ttl declares every term the code emits; every named query parses."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS
from rdflib.plugins.sparql import prepareQuery

from graph.query import NAMESPACES, list_queries, load_named_query
from graph.rdf import event_to_triples
from graph.vocab import ACT, ACTOR_CLASSES, GEO, NG, PREFIXES, SCHEMA, SEM, load_ontology

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "graph"
# Namespaces whose terms must be declared: ours plus the reused vocabularies.
CHECKED = {str(ns) for ns in (NG, ACT, SCHEMA, SEM, PROV, GEO)}
_ATTR_USE = re.compile(r"\b(NG|ACT|SCHEMA|SEM|PROV|GEO)\.([A-Za-z_][A-Za-z0-9_]*)\b")
_PREFIXED = re.compile(r"(?<![\w<\"'])(ng|act|schema|sem|prov|geo):([A-Za-z_][\w-]*)")
_NS_BY_NAME = {"NG": NG, "ACT": ACT, "SCHEMA": SCHEMA, "SEM": SEM, "PROV": PROV, "GEO": GEO}
_NS_IRI = {name: str(ns) for name, ns in _NS_BY_NAME.items()}


@pytest.fixture(scope="module")
def declared() -> set[URIRef]:
    onto = load_ontology()
    return {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef)}


def _checked(term: object) -> bool:
    return isinstance(term, URIRef) and any(str(term).startswith(ns) for ns in CHECKED)


def _emitted_terms(kg: Graph) -> set[URIRef]:
    terms: set[URIRef] = set()
    for _, p, o in kg:
        for term in (p, o) if p in (RDF.type, NG.actionClass) else (p,):
            if isinstance(term, URIRef) and _checked(term):
                terms.add(term)
    return terms


def test_ontology_parses_and_is_the_packaged_file():
    assert (PACKAGE / "data" / "ontology.ttl").resolve() == (ROOT / "ontology.ttl").resolve()
    onto = load_ontology()
    assert (URIRef(str(NG).rstrip("#")), RDF.type, OWL.Ontology) in onto


def test_every_term_add_document_emits_is_declared(tiny_kg, tiny_docs, declared):
    event = tiny_docs[1][1][-1]
    extra = Graph()
    for triple in event_to_triples(replace(event, kind="relation", action_class="RELATION")):
        extra.add(triple)
    flat = Graph()
    for s, p, o, _ in tiny_kg.quads():
        flat.add((s, p, o))
    terms = _emitted_terms(flat) | _emitted_terms(extra)
    assert {NG.Event, NG.RelationEvent, SCHEMA.NewsArticle, PROV.wasDerivedFrom} <= terms
    assert sorted(terms - declared) == []


def test_actor_classes_and_action_classes_are_declared(declared):
    onto = load_ontology()
    for cls in ACTOR_CLASSES.values():
        assert (cls, RDFS.subClassOf, NG.Actor) in onto, cls
    schemes = set(onto.subjects(RDF.type, NG.ActionClass))
    assert {ACT.ASSAULT, ACT.OTHER, ACT.RELATION} <= schemes


def test_every_term_the_source_code_names_is_declared(declared):
    used = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        for name, local in _ATTR_USE.findall(path.read_text(encoding="utf-8")):
            used.add((path.name, URIRef(_NS_IRI[name] + local)))
    assert len(used) > 30
    assert sorted((where, str(term)) for where, term in used if term not in declared) == []


def test_every_term_the_named_queries_name_is_declared(declared):
    missing = []
    for name in list_queries():
        text = load_named_query(name).text
        body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        for prefix, local in _PREFIXED.findall(body):
            term = URIRef(str(PREFIXES[prefix]) + local)
            if term not in declared:
                missing.append((name, f"{prefix}:{local}"))
    assert missing == []


def test_prefixes_mirror_vocab():
    for prefix, namespace in PREFIXES.items():
        assert NAMESPACES[prefix] == namespace


@pytest.mark.parametrize("name", sorted(list_queries()))
def test_named_query_parses(name):
    query = load_named_query(name)
    prepared = prepareQuery(query.text, initNs=NAMESPACES)
    assert prepared.algebra is not None


@pytest.mark.parametrize("name", sorted(list_queries()))
def test_named_query_documents_itself(name):
    query = load_named_query(name)
    assert query.text.startswith("# ") and query.description
    body = "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("#"))
    for param, variable in query.params.items():
        assert re.search(rf"\?{variable}\b", body), f"{name}: ?{variable} ({param}) unused"
    if not query.params:
        assert "Parameters: none" in query.text
