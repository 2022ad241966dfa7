import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD

from graph.rdf import clean_text
from graph.rdf.nquads import in_graph, nquads, ntriples, term_text

S = URIRef("https://w3id.org/newsgraph/event/e1")
P = URIRef("https://w3id.org/newsgraph/ontology#text")
G = URIRef("https://w3id.org/newsgraph/graph/d1")


@pytest.mark.parametrize(
    "term, text",
    [
        (S, "<https://w3id.org/newsgraph/event/e1>"),
        (Literal('He said "no"\n'), '"He said \\"no\\"\\n"'),
        (Literal("back\\slash\r"), '"back\\\\slash\\r"'),
        (Literal("Raqqa", lang="en"), '"Raqqa"@en'),
        (Literal(3), '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'),
        (Literal("x", datatype=XSD.string), '"x"'),
        (Literal("Дейр-эз-Зор"), '"Дейр-эз-Зор"'),
        (BNode("b0"), "_:b0"),
    ],
)
def test_term_text(term, text):
    assert term_text(term) == text


def test_an_iri_with_a_space_is_refused():
    with pytest.raises(ValueError, match="cannot write IRI"):
        term_text(URIRef("https://example.org/a b"))


def test_lines_parse_back_in_the_named_graph():
    triples = [(S, P, Literal("one")), (S, P, Literal(0.5, datatype=XSD.double))]
    quads = list(ox.parse(nquads(triples, G), ox.RdfFormat.N_QUADS))
    assert {q.graph_name.value for q in quads} == {str(G)}
    assert {q.object.value for q in quads} == {"one", "0.5"}
    assert len(list(ox.parse(ntriples(triples), ox.RdfFormat.N_TRIPLES))) == 2


@settings(deadline=None, max_examples=200)
@given(text=st.text(), lang=st.sampled_from([None, "en", "ar"]))
def test_any_text_round_trips_through_oxigraph_and_rdflib(text, lang):
    text = clean_text(text)
    literal = Literal(text, lang=lang)
    data = nquads([(S, P, literal)], G)
    (quad,) = ox.parse(data, ox.RdfFormat.N_QUADS)
    assert quad.object.value == text
    kg = Dataset(default_union=True)
    kg.parse(data=data, format="nquads")
    assert list(kg.objects(S, P)) == [literal]


def test_in_graph_writes_statements_into_a_graph_or_the_default_graph():
    lines = ["<http://x/s> <http://x/p> <http://x/o>", '<http://x/s> <http://x/p> "v"']
    assert in_graph(lines, "http://x/g") == (
        "<http://x/s> <http://x/p> <http://x/o> <http://x/g> .\n"
        '<http://x/s> <http://x/p> "v" <http://x/g> .\n'
    )
    assert in_graph(lines, None).splitlines()[1] == '<http://x/s> <http://x/p> "v" .'
    assert in_graph([], "http://x/g") == ""
