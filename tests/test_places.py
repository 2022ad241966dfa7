"""Place linking: spelling variants, countries, regions, RDF and near-query parameters."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from graph.errors import QueryError
from graph.places import (
    GEO,
    Place,
    get_place,
    link_place,
    load_places,
    near_params,
    place_key,
    place_triples,
)
from graph.vocab import NG, PLACE, SEM, load_ontology


@pytest.mark.parametrize(
    "text",
    [
        "Deir Ezzor",
        "Deir ez-Zor",
        "Dayr az Zawr",
        "Deir al-Zour",
        "Deir Ez Zor",
        "DEIR EZZOR",
        "Deir ez-Zor city",
        "the city of Deir ez-Zor",
        "province of Deir Ezzor",
        "Deir Ezzor's",
        "deir-ezzor",
    ],
)
def test_deir_ezzor_variants_link_to_one_place(text):
    place = link_place(text)
    assert place is not None
    assert (place.id, place.label, place.kind, place.country_code) == (
        "deir-ezzor",
        "Deir Ezzor",
        "city",
        "SY",
    )


@pytest.mark.parametrize("text", ["Raqqa", "Raqqah", "Ar Raqqah", "al-Raqqa", "Raqqa province"])
def test_raqqa_variants_link_to_the_gold_id(text):
    place = link_place(text)
    assert place is not None and place.id == "raqqa"


def test_cities_have_geonames_ids_and_coordinates():
    place = link_place("Deir ez-Zor")
    assert place is not None and place.geonames_id == "170794"
    assert place.lat == pytest.approx(35.336, abs=0.01)
    assert place.lon == pytest.approx(40.141, abs=0.01)


@pytest.mark.parametrize(
    "text, place_id",
    [
        ("Syria", "syria"),
        ("Syria's", "syria"),
        ("Syrian Arab Republic", "syria"),
        ("the United States", "united-states"),
        ("U.S.", "united-states"),
        ("United States of America", "united-states"),
        ("Russian Federation", "russia"),
        ("Britain", "united-kingdom"),
        ("Iraq", "iraq"),
        ("Jordan", "jordan"),
    ],
)
def test_countries_link_by_their_names_and_aliases(text, place_id):
    place = link_place(text)
    assert place is not None and place.id == place_id and place.kind == "country"


def test_countries_are_located_at_their_capital():
    syria, damascus = link_place("Syria"), link_place("Damascus")
    assert syria is not None and damascus is not None
    assert (syria.lat, syria.lon) == (damascus.lat, damascus.lon)
    assert syria.geonames_id == "163843"


@pytest.mark.parametrize(
    "text, place_id",
    [
        ("Moscow", "moscow"),  # the capital, not Moscow, Idaho
        ("Washington", "washington"),  # the capital, not Washington, Tyne and Wear
        ("Mexico City", "mexico-city"),  # the "X city" wrapper only applies when X City is unknown
        ("Kobane", "kobani"),
        ("Kiev", "kyiv"),
    ],
)
def test_ambiguous_and_renamed_cities(text, place_id):
    place = link_place(text)
    assert place is not None and place.id == place_id and place.kind == "city"


@pytest.mark.parametrize(
    "text, place_id, kind",
    [
        ("the Euphrates River", "euphrates", "river"),
        ("Khabur River", "khabur", "river"),
        ("the Golan Heights", "golan-heights", "region"),
        ("Gaza Strip", "gaza-strip", "region"),
    ],
)
def test_regions_and_rivers_come_from_the_data_file(text, place_id, kind):
    place = link_place(text)
    assert place is not None and (place.id, place.kind) == (place_id, kind)
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize("text", ["", "  ", "Xyzzyville", "the Russians", "DEZ"])
def test_unknown_names_give_none(text):
    assert link_place(text) is None


def test_place_key_normalises_articles_and_punctuation():
    assert place_key("Deir ez-Zor") == place_key("Deir Ezzor") == "deir zor"
    assert place_key("U.S.") == "us"
    assert place_key("‘Ayn al ‘Arab") == "ayn arab"


def test_get_place_by_id_and_ids_are_unique():
    assert get_place("raqqa") == link_place("Raqqa")
    assert get_place("no-such-place") is None
    index = load_places()
    assert all(index.by_id[p.id] is p for p in index.by_key.values())


def test_index_loads_in_reasonable_time():
    assert load_places().load_seconds < 10


def test_place_triples_shape_and_declared_terms():
    place = get_place("raqqa")
    assert place is not None
    kg = Graph()
    for triple in place_triples(place):
        kg.add(triple)
    node = URIRef(PLACE["raqqa"])
    assert (node, RDF.type, SEM.Place) in kg
    assert kg.value(node, RDFS.label) == Literal("Raqqa")
    assert str(kg.value(node, NG.geonamesId)) == "172955"
    assert float(str(kg.value(node, GEO.lat))) == pytest.approx(35.95, abs=0.01)
    assert float(str(kg.value(node, GEO.long))) == pytest.approx(39.01, abs=0.01)
    ontology = load_ontology()
    for pred in set(kg.predicates()) - {RDF.type, RDFS.label, RDFS.seeAlso}:
        assert (pred, RDFS.label, None) in ontology, f"{pred} is not declared in ontology.ttl"


def test_place_without_coordinates_has_no_geo_triples():
    place = Place("nowhere", "Nowhere", "", None, None, "", "region")
    preds = {p for _, p, _ in place_triples(place)}
    assert GEO.lat not in preds and NG.geonamesId not in preds


def test_place_rejects_unknown_kind():
    with pytest.raises(ValueError, match="place kind"):
        Place("x", "X", "", None, None, "", "planet")


def test_near_params_resolve_variants_to_the_graph_label():
    assert near_params("Deir ez-Zor", 50) == {"place": "Deir Ezzor", "km": "50"}
    assert near_params("raqqa", "12.5") == {"place": "Raqqa", "km": "12.5"}


@pytest.mark.parametrize(
    "place, km, message",
    [
        ("Xyzzyville", 50, "cannot find place 'Xyzzyville'"),
        ("Raqqa", "far", "bad radius 'far'"),
        ("Raqqa", 0, "must be above 0"),
    ],
)
def test_near_params_errors(place, km, message):
    with pytest.raises(QueryError, match=message):
        near_params(place, km)
