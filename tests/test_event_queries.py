"""The event-listing named queries (actions-on, between, timeline, ...): dates, places, names.

Each case runs in rdflib (a graph file) and in Oxigraph (a store) and must give
the same rows.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from graph.model import Article, Event, Provenance
from graph.normalize import close_names
from graph.query import list_queries, load_named_query, query_store, run_query
from graph.query.answer import answer_query
from graph.query.names import UnknownNameError
from graph.rdf import add_document, new_dataset
from graph.store import open_store, put_document
from graph.vocab import GRAPH

EVENT_QUERIES = [
    "who-did-what",
    "sources",
    "actions-by",
    "actions-on",
    "between",
    "timeline",
    "events-at",
    "near",
]
EVENT_COLUMNS = {"date", "place", "placeId", "attribution", "doc", "sentence", "event"}


@pytest.fixture
def dated_kg(tiny_docs: list[tuple[Article, list[Event]]]) -> Dataset:
    """The tiny graph with d2 published on 2016-03-01 (d1's bombing is dated 2015-10-06)."""
    kg = new_dataset()
    for article, events in tiny_docs:
        if article.doc_id == "d2":
            article = Article(
                doc_id="d2",
                source="d2.txt",
                text=article.text,
                title="Title d2",
                date="2016-03-01",
                publisher="Example Wire",
            )
        add_document(kg, article, events)
    return kg


def _store(kg: Dataset, path: Path) -> ox.Store:
    st = open_store(path)
    for ctx in kg.graphs():
        name = str(ctx.identifier)
        if len(ctx) and name.startswith(str(GRAPH)):
            put_document(st, name.rsplit("/", 1)[1], Graph(kg.store, ctx.identifier), "h")
    return st


def _both(kg: Dataset, tmp_path: Path, name: str, params: dict[str, str]) -> list[dict[str, str]]:
    """Run a named query in both engines; check they agree and return the rows."""
    rows = run_query(kg, name, params=params)
    stored = query_store(_store(kg, tmp_path / "store"), name, params=params)
    assert stored == rows
    return rows


def _pick(rows: list[dict[str, str]], *keys: str) -> list[tuple[str, ...]]:
    return [tuple(row[k] for k in keys) for row in rows]


def test_actions_on_says_who_did_what_to_a_target(dated_kg, tmp_path):
    rows = _both(dated_kg, tmp_path, "actions-on", {"target": "syrian rebels"})
    assert _pick(rows, "date", "actor", "action", "target", "place", "placeId", "doc") == [
        ("2015-10-06", "Russia", "bomb", "Syrian rebels", "eastern Aleppo", "aleppo", "d1"),
        ("2016-03-01", "United States", "back", "Syrian rebels", "", "", "d2"),
    ]
    assert rows[1]["attribution"] == "officials"


def test_between_takes_both_directions(dated_kg, tmp_path):
    forth = _both(dated_kg, tmp_path, "between", {"actor": "Russia", "other": "United States"})
    back = run_query(dated_kg, "between", params={"actor": "united-states", "other": "russia"})
    assert _pick(forth, "actor", "action", "target", "modality") == [
        ("United States", "strike", "Russia", "hypothetical")
    ]
    assert back == forth


def test_timeline_lists_both_roles_by_date(dated_kg, tmp_path):
    rows = _both(dated_kg, tmp_path, "timeline", {"actor": "Syrian rebels"})
    assert _pick(rows, "date", "role", "action") == [
        ("", "actor", "attack"),
        ("2015-10-06", "target", "bomb"),
        ("2016-03-01", "actor", "clash with"),
        ("2016-03-01", "target", "back"),
    ]


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ({"from": "2016"}, ["clash with", "back"]),
        ({"to": "2015-10"}, ["bomb"]),
        ({"from": "2015-10-06", "to": "2015-10-06"}, ["bomb"]),
        ({"from": "2015-11", "to": "2016-02-28"}, []),
    ],
)
def test_from_and_to_filter_by_date_and_drop_undated(dated_kg, tmp_path, dates, expected):
    rows = _both(dated_kg, tmp_path, "timeline", {"actor": "syrian-rebels", **dates})
    assert [row["action"] for row in rows] == expected


@pytest.mark.parametrize("name", EVENT_QUERIES)
def test_event_queries_take_dates_and_give_provenance(name):
    query = load_named_query(name)
    assert {"from", "to"} <= query.optional
    assert {"from", "to"} <= set(query.params)
    rows_columns = set(query.text.split("WHERE", 1)[0].replace("?", " ").split())
    assert rows_columns >= EVENT_COLUMNS


# Every query that lists or counts events, with parameters that would match the fact below.
FACT_FREE = [
    ("who-did-what", {}),
    ("sources", {"actor": "russia", "target": "syrian-rebels"}),
    ("actions-by", {"actor": "russia"}),
    ("actions-on", {"target": "syrian-rebels"}),
    ("between", {"actor": "russia", "other": "syrian-rebels"}),
    ("timeline", {"actor": "russia"}),
    ("events-at", {"place": "Idlib"}),
    ("documents", {}),
    ("actors", {}),
    ("top-actors", {}),
    ("action-classes", {}),
]


@pytest.mark.parametrize(("name", "params"), FACT_FREE)
def test_relation_facts_are_no_events_to_named_queries(dated_kg, tmp_path, name, params):
    text = "Russia is an ally of the Syrian rebels in Idlib."
    fact = Event(
        "Russia",
        "be",
        "the Syrian rebels",
        Provenance("d5", "d5.txt", 0, 0, len(text), text),
        location="Idlib",
        actor_id="russia",
        actor_label="Russia",
        actor_type="country",
        target_id="syrian-rebels",
        target_label="Syrian rebels",
        target_type="armed-group",
        action_class="ASSAULT",  # a class the graph's events have, so that a count would show
        kind="relation",
    )
    before = run_query(dated_kg, name, params=params)
    add_document(dated_kg, Article("d5", "d5.txt", text), [fact])
    after = run_query(dated_kg, name, params=params)
    stored = query_store(_store(dated_kg, tmp_path / "store"), name, params=params)
    # (as text, Oxigraph writes the double 1.0 as "1")
    assert [_row_key(row, "confidence") for row in stored] == [
        _row_key(row, "confidence") for row in after
    ]
    if name == "documents":  # one more document, with no event
        assert after[:-1] == before and (after[-1]["doc"], after[-1]["events"]) == ("d5", "0")
    else:  # the same rows (rows that tie in the order may come in another order)
        assert sorted(map(_row_key, after)) == sorted(map(_row_key, before))


def _row_key(row: dict[str, str], *left_out: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, v) for k, v in row.items() if k not in left_out))


def test_sources_adds_attribution_publisher_and_date(dated_kg, tmp_path):
    rows = _both(dated_kg, tmp_path, "sources", {"actor": "United States", "target": "rebels"})
    assert rows == []  # "rebels" is no actor's label or id
    rows = _both(dated_kg, tmp_path, "sources", {"actor": "US", "target": "syrian-rebels"})
    assert rows == []
    rows = _both(
        dated_kg, tmp_path, "sources", {"actor": "united-states", "target": "Syrian rebels"}
    )
    assert _pick(rows, "attribution", "publisher", "date", "doc") == [
        ("officials", "Example Wire", "2016-03-01", "d2")
    ]


def test_query_list_has_parameters_and_descriptions():
    queries = list_queries()
    assert {"actions-on", "between", "timeline"} <= set(queries)
    assert load_named_query("between").required == ["actor", "other"]


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_an_unknown_actor_is_an_error_with_suggestions(dated_kg, tmp_path, engine):
    source = dated_kg if engine == "rdflib" else _store(dated_kg, tmp_path / "store")
    with pytest.raises(
        UnknownNameError, match=r"no actor 'Rusia' in the graph\. Hint: did you mean Russia\?"
    ):
        answer_query(source, "actions-by", params={"actor": "Rusia"})


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_a_known_actor_without_events_is_an_empty_answer(dated_kg, tmp_path, engine):
    source = dated_kg if engine == "rdflib" else _store(dated_kg, tmp_path / "store")
    answer = answer_query(source, "actions-on", params={"target": "ISIS", "from": "2030"})
    assert answer.kind == "rows" and answer.rows == ()


def test_an_unknown_place_is_an_error(dated_kg):
    with pytest.raises(UnknownNameError, match=r"no place 'Damascus' in the graph"):
        answer_query(dated_kg, "near", params={"place": "Damascus", "km": "10"})


@pytest.mark.parametrize(
    ("typed", "names", "expected"),
    [
        ("Rusia", ["Russia", "Syria", "United States"], ["Russia"]),
        ("assad", ["Bashar al-Assad", "Assad regime", "ISIS"], ["Assad regime", "Bashar al-Assad"]),
        ("zzz", ["Russia"], []),
    ],
)
def test_close_names(typed, names, expected):
    assert close_names(typed, names) == expected


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
@pytest.mark.parametrize("typed", ["US", "u.s.", "Americans", "Washington", "United States"])
def test_an_actor_parameter_may_be_an_alias(tiny_kg, tmp_path, engine, typed):
    source = tiny_kg if engine == "rdflib" else _store(tiny_kg, tmp_path / "store")
    by_id = answer_query(source, "actions-by", params={"actor": "united-states"})
    answer = answer_query(source, "actions-by", params={"actor": typed})
    assert answer.rows and answer.rows == by_id.rows


def test_an_alias_of_an_actor_the_graph_lacks_still_suggests(tiny_kg):
    with pytest.raises(UnknownNameError, match=r"no actor 'Hezbollah' in the graph"):
        answer_query(tiny_kg, "actions-by", params={"actor": "Hezbollah"})
