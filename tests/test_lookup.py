"""_lookup.py: #@values lines become the IRIs a parameter names, rows stay the same."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.query import list_queries, load_named_query, run_query
from graph.query.lookup import _box, fill_values

CASES = [
    ("actions-by", {"actor": "Russia"}),
    ("actions-by", {"actor": "syrian-rebels"}),
    ("events-at", {"place": "Aleppo"}),
    ("events-at", {"place": "raqqa"}),
    ("two-hop", {"actor": "Syrian rebels"}),
    ("two-hop", {"actor": "isis"}),
    ("sources", {"actor": "United States", "target": "syrian-rebels"}),
    ("near", {"place": "Raqqa", "km": "300"}),
]


@pytest.mark.parametrize(("name", "params"), CASES)
def test_rows_do_not_depend_on_the_lookup(tiny_kg, monkeypatch, name, params):
    rows = run_query(tiny_kg, name, params=params)
    monkeypatch.setattr("graph.query.sparql.fill_values", lambda text, params, select: (text, {}))
    assert run_query(tiny_kg, name, params=params) == rows


def test_every_values_line_is_understood():
    def select(text, params):
        # two IRIs for every lookup (coordinates too, for near's centres)
        return [{"iri": f"https://example.org/{n}", "lat": "1", "lon": "2"} for n in (1, 2)]

    for name in list_queries():
        named = load_named_query(name)
        filled, _ = fill_values(named.text, dict.fromkeys(named.params, "1"), select)
        left = [line for line in filled.splitlines() if line.strip().startswith("#@values")]
        assert left == [], name


def test_lines_with_the_same_lookup_run_it_once():
    calls = []

    def select(text, params):
        calls.append(params)
        return [{"iri": "https://example.org/a"}, {"iri": "https://example.org/b"}]

    text = "#@values ?a = actors(actor)\n  #@values ?b = actors(actor)\n"
    filled, single = fill_values(text, {"actor": "x"}, select)
    values = "VALUES ?{} {{ <https://example.org/a> <https://example.org/b> }}"
    assert filled == values.format("a") + "\n  " + values.format("b") + "\n"
    assert single == {} and len(calls) == 1


def test_a_line_with_a_missing_or_extra_parameter_stays_a_comment():
    text = "#@values ?a = actors(actor)\n#@values ?p = near(place)\n"
    filled, single = fill_values(text, {"place": "x"}, lambda text, params: [])
    assert filled == text and single == {}


def _near_rq_d2(lat0: float, lon0: float, lat: float, lon: float) -> float:
    """Return near.rq's squared distance (equirectangular, Taylor cosine), in km²."""
    x2 = (lat0 * 0.017453292519943295) ** 2
    cos_lat = 1 - x2 / 2 + x2 * x2 / 24 - x2**3 / 720 + x2**4 / 40320
    dy = (lat - lat0) * 111.195
    dx = (lon - lon0) * 111.195 * cos_lat
    return dx * dx + dy * dy


@given(
    lat0=st.floats(-90, 90),
    lon0=st.floats(-180, 180),
    dlat=st.floats(-60, 60),
    dlon=st.floats(-360, 360),
    km=st.floats(0, 20000),
)
def test_the_box_holds_every_place_near_rq_keeps(lat0, lon0, dlat, dlon, km):
    lat, lon = lat0 + dlat, lon0 + dlon
    box = {key: float(value) for key, value in _box(lat0, lon0, km).items()}
    inside = box["south"] <= lat <= box["north"] and box["west"] <= lon <= box["east"]
    assert inside or _near_rq_d2(lat0, lon0, lat, lon) > km * km
    assert box["north"] - box["south"] < 2 * km / 111 + 1e-6  # and it is a box, not the world
    assert math.isinf(box["east"]) or box["east"] - box["west"] >= box["north"] - box["south"]
