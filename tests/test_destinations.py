"""Aid goes to its recipient, forces to where they are sent (issue 14, the party not the thing).

PLOVER codes "the convoy brought flour to the besieged districts" as aid to the
districts, "sent fresh troops to the airbase" as a deployment to the airbase: the aid
and the troops are the doer's own. Where no place or people in need is named, the
object stays the target. Sentences of our own, each with and without its commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _triples(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    # (events and facts: "the shelling brought the toll to 40" is a fact)
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text))}


Row = tuple[str, tuple[str, str, str]]


def _both(rows: list[Row]) -> list[Row]:
    """Each sentence as written and with its commas stripped, as real news has them."""
    return [row for text, trip in rows for row in ((text, trip), (text.replace(",", ""), trip))]


DESTINATIONS = _both(
    [
        (
            "On Sunday, a Red Cross convoy brought flour and rice to the besieged districts"
            " of Vell Sora.",
            ("a Red Cross convoy", "bring", "Vell Sora"),
        ),
        ("At the scene, medics gave first aid to the injured.", ("medics", "give", "the injured")),
        ("Volunteers, at dawn, distributed food to those remaining in the camp.",
         ("Volunteers", "distribute", "the camp")),
        ("The Karvonian army sent fresh troops to the airbase, a spokesman said.",
         ("The Karvonian army", "send", "the airbase")),
        ("Last week, the militia rushed reinforcements of fighters and rockets into the port.",
         ("the militia", "rush", "the port")),
        ("On Monday, Karvonia deployed tanks and troops near its border with Dorvan.",
         ("Karvonia", "deploy", "Dorvan")),
        # a party the side lists miss, or aid given in a place
        ("Last year, the emir sent rifles to a Dorvan-linked armed group.",
         ("the emir", "send", "a Dorvan-linked armed group")),
        ("Since May, the agency has provided vaccines in the camp.",
         ("the agency", "provide", "the camp")),
    ]
)  # fmt: skip


@pytest.mark.parametrize("text, triple", DESTINATIONS)
def test_aid_and_forces_target_where_they_go(parse: Parse, text: str, triple) -> None:
    assert triple in _triples(parse, text)


KEPT = _both(
    [
        # no place named: the object stays the target
        ("The army, under fire, sent reinforcements on Tuesday.",
         ("The army", "send", "reinforcements")),
        ("Karvonia dispatched twenty ambulances for rescue work.",
         ("Karvonia", "dispatch", "twenty ambulances for rescue work")),
        # a named person sent is the target himself
        ("In a rare move, Egypt sent Ahmed Saleh to Cairo.", ("Egypt", "send", "Ahmed Saleh")),
        # a count moved, a thing posted, a change brought about, a party given to
        ("By Monday, the shelling had brought the toll in the province to 40.",
         ("the shelling", "bring", "the toll")),
        ("The envoy posted a letter on the embassy's page.",
         ("The envoy", "post", "a letter on the embassy's page")),
        ("Karvonia supplied the armed groups in Dorvan with rifles.",
         ("Karvonia", "supply", "the armed groups in Dorvan")),
        # a side named is found before any place
        ("Brazil sent medical supplies to the refugees in the camp.",
         ("Brazil", "send", "the refugees")),
    ]
)  # fmt: skip


@pytest.mark.parametrize("text, triple", KEPT)
def test_no_place_named_keeps_the_object(parse: Parse, text: str, triple) -> None:
    assert triple in _triples(parse, text)
