"""A toll whose cause is a measured-out attack: "killed in a series of X strikes" (issue 14).

Sentences written for these tests, each with and without its commas: the measure noun
("a series of", "three days of", "a wave of") counts out the attack, so the attack's
owner is who hurt the victims, as for "killed in X strikes". A measured attack with no
owner stays the victims' fact.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]
Triple = tuple[str, str, str]


def _found(parse: Parse, text: str) -> dict[Triple, str]:
    return {(e.actor, e.action, e.target): e.kind for e in extract_events(parse(text))}


def _both(text: str, *rows: object) -> list[tuple[str, tuple[object, ...]]]:
    """Return the row with its commas and the row without them."""
    return [(text, rows), (text.replace(",", ""), rows)]


MEASURED_TOLLS = [
    *_both(
        "On Monday, some 90 fighters were killed in a series of Turkish air strikes, the "
        "ministry said.",
        (("Turkish", "kill", "some 90 fighters"), "event"),
    ),
    *_both(
        "Four guards died in a wave of rebel rocket fire on the prison, a source said.",
        (("rebel", "kill", "Four guards"), "event"),
    ),
    *_both(
        "At least 40 people were killed in three days of regime attacks on the suburbs, "
        "medics said.",
        (("regime", "kill", "At least 40 people"), "event"),
    ),
    # no owner: the measured attack leaves the victims a fact.
    *_both(
        "Dozens of people were killed in a week of heavy shelling, residents said.",
        (("Dozens of people", "be killed", ""), "relation"),
    ),
    *_both(
        "Eleven civilians were killed in 24 hours of shelling on the town, the monitor said.",
        (("Eleven civilians", "be killed", ""), "relation"),
    ),
    # a measure of something other than an attack names no doer.
    *_both(
        "Two boys were hurt in a series of games in the park, the school said.",
        (("a series of games", "hurt", "Two boys"), None),
    ),
]


@pytest.mark.parametrize(("text", "rows"), MEASURED_TOLLS)
def test_a_measured_attack_names_who_hurt_the_victims(
    parse: Parse, text: str, rows: tuple[tuple[Triple, str | None], ...]
) -> None:
    found = _found(parse, text)
    for triple, kind in rows:
        assert found.get(triple) == kind, (triple, found)


@pytest.mark.parametrize(
    "text",
    [
        *[
            t
            for t, _ in _both(
                "The brigade has been engaged in two weeks of fighting with "
                "rival factions, its commander said."
            )
        ],
        *[
            t
            for t, _ in _both(
                "The group was involved in a series of clashes with rival factions, activists said."
            )
        ],
    ],
)
def test_a_measured_fight_is_no_toll(parse: Parse, text: str) -> None:
    """Only a harm takes a measured attack's owner: no one here is hurt by the factions."""
    doers = {e.actor for e in extract_events(parse(text)) if e.kind == "event"}
    assert "rival factions" not in doers
