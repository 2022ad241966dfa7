"""Armed men cutting a road or route cut a supply line: fighting (graph/extract/warfare.py).

"The army severed the last supply route into the eastern districts", "the road was cut
off by regime forces": in war, cutting the other side's supply line is an act of war like
a siege (CAMEO 191, FIGHT), not the coercion short of violence PLOVER's COERCE "restrict"
means. Water supplies cut off, a road cut by farmers, a road blocked at a checkpoint and a
route cut by an offensive (no armed men named) stay a blockade (COERCE). Every sentence is
written for this test; each is tested with and without commas.
"""

from __future__ import annotations

from typing import Any

import pytest

from graph.extract import extract_events


def _commaless(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Return each row as written and, where it has commas, once more without them."""
    out = []
    for row in rows:
        out.append(row)
        if "," in row[0]:
            out.append((row[0].replace(",", ""), *row[1:]))
    return out


# (sentence, the action, class)
ROUTES = _commaless(
    [
        (
            "On Thursday, the army severed the last supply route into the eastern districts.",
            "sever",
            "FIGHT",
        ),
        (
            "The road was cut off by regime forces after a week of heavy fighting.",
            "cut off",
            "FIGHT",
        ),
        (
            "The rebels have cut the main supply lines of the garrison, a commander said.",
            "cut",
            "FIGHT",
        ),
        (
            "Loyalist militias are trying to cut the highway linking the two provinces.",
            "cut",
            "FIGHT",
        ),
        (
            "Troops encircled the eastern districts, cutting the last supply route to the city.",
            "cut",
            "FIGHT",
        ),
        (
            "The garrison closed the bridge severing the main road to the south.",
            "sever",
            "FIGHT",
        ),
        # the road a relative clause cuts: "the road which the army severed"
        (
            "Fighters died reopening the Varno highway, which loyalist troops severed in May.",
            "sever",
            "FIGHT",
        ),
        (
            "Medics could not use the river road that the militia had cut a week before.",
            "cut",
            "FIGHT",
        ),
        # near misses: no road, no armed men, or no cutting
        ("The militants cut off water supplies to the city, residents said.", "cut off", "COERCE"),
        ("Farmers cut the highway to protest the price of fuel.", "cut", "COERCE"),
        ("The offensive cut the main supply route to Varno.", "cut", "COERCE"),
        ("Troops blocked the road to the border, a witness said.", "block", "COERCE"),
        ("Villagers marched to the square, cutting the road to the market.", "cut", "COERCE"),
    ]
)


@pytest.mark.parametrize(("sentence", "action", "expected"), ROUTES)
def test_armed_men_cutting_a_road_fight(parse, sentence, action, expected):
    found = [e for e in extract_events(parse(sentence)) if e.action == action]
    assert found, sentence
    assert {(e.action_class, e.cameo_code) for e in found} == {(expected, "191")}, sentence
