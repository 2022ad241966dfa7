"""find_actors: typed names (ids, aliases, demonyms, capitals) to canonical actors."""

from __future__ import annotations

import pytest

from graph import find_actors
from graph.normalize import suggest_actors


@pytest.mark.parametrize(
    ("typed", "ids", "via"),
    [
        ("united-states", ["united-states"], "id"),
        ("US", ["united-states"], "alias"),
        ("us", ["united-states"], "alias"),  # typed, not running text: case is lenient
        ("U.S.", ["united-states"], "alias"),
        ("Americans", ["united-states"], "demonym"),
        ("Moscow", ["russia"], "capital"),
        ("Damascus", ["assad-regime", "syria"], "capital"),  # the government, then the country
        ("Assad", ["assad-regime"], "alias"),
        ("Islamic State", ["isis"], "alias"),
        ("islamic state", ["isis"], "alias"),
        ("the kremlin", ["russia"], "alias"),
        ("Barack Obama", ["barack-obama"], "id"),  # its id's words; from the compiled dictionary
        ("the Pentagon", ["united-states-military"], "alias"),
        ("Observatory", ["sohr"], "alias"),
        ("Congress", ["us-congress"], "alias"),
    ],
)
def test_typed_names_find_canonical_actors(typed, ids, via):
    match = find_actors(typed)
    assert [a.actor_id for a in match.actors] == ids
    assert match.via == via and match.suggestions == ()


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("Untied States", "united-states"),
        ("Hezbolah", "hezbollah"),
        ("Vladimir Putn", "vladimir-putin"),
    ],
)
def test_close_names_are_suggested(typed, suggested):
    match = find_actors(typed)
    assert match.actors == ()
    assert suggested in [a.actor_id for a in match.suggestions]


def test_nothing_close_suggests_nothing():
    assert find_actors("Zqxv Wplm").suggestions == ()
    assert find_actors("  ").actors == ()


def test_suggestions_are_distinct_and_limited():
    found = suggest_actors("coalition", limit=3)
    assert 0 < len(found) <= 3
    assert len({a.actor_id for a in found}) == len(found)
