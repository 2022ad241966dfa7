"""The use of unconventional arms told as a noun (graph/extract/weaponuse.py).

Sentences of our own, each with and without commas (real copy often has none, and often
no apostrophes): "the regime's use of sarin" is the regime's chemical attack (CAMEO 2041,
ASSAULT, mode unconventional) as "the regime used sarin" is; its user is the owner, the
"by" agent or the side a blame is laid on; an alleged, suspected or claimed use is
possible; whom it was used on or against is the target. Near misses: conventional arms,
force, a place used, tear gas, a use banned, threatened or denied, a use by no one named.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _uses(parse: Parse, text: str) -> list[tuple[str, str, str, str, str]]:
    return [
        (e.actor, e.target, e.modality, e.action_class, e.cameo_code)
        for e in extract_events(parse(text))
        if e.action == "use" and e.kind == "event"
    ]


def _both(text: str, *expected: tuple[str, str, str]) -> list[tuple[str, list]]:
    coded = [(actor, target, mood, "ASSAULT", "2041") for actor, target, mood in expected]
    return [(text, coded), (text.replace(",", ""), coded)]


CASES = [
    *_both(
        "On Friday, Lisbon condemned the militia's use of sarin in the valley.",
        ("the militia", "", "asserted"),
    ),
    *_both(
        "Medics reported the use of toxic gas by Karvan troops in the old town, a monitor said.",
        ("Karvan troops", "", "asserted"),
    ),
    *_both(
        "The junta's use of chemical weapons against the villagers shocked the envoy.",
        ("The junta", "the villagers", "asserted"),
    ),
    # apostrophes lost in copy: "the militias use", "Tarvos use"
    *_both(
        "Lisbon condemned the militias use of nerve agents, the envoy said.",
        ("militias", "", "asserted"),
    ),
    *_both(
        "Everyone agreed that Tarvos brutal use of poison gas, in March, was a crime.",
        ("Tarvos", "", "asserted"),
    ),
    # a use told as alleged, suspected or claimed is possible
    *_both(
        "Lisbon condemned the alleged use of chlorine by the militia in the valley.",
        ("the militia", "", "possible"),
    ),
    *_both(
        "There were fresh allegations of chemical weapons use by the junta, the envoy said.",
        ("the junta", "", "possible"),
    ),
    *_both(
        "The raids answered the suspected nerve gas use in Tarvo, which Lisbon blames on the army.",
        ("the army", "", "possible"),
    ),
    *_both(
        "In March, the envoy blamed the militia for the use of sarin on the market.",
        ("the militia", "the market", "possible"),
    ),
    *_both(
        "Last week, the use of chlorine in the valley was blamed on the junta.",
        ("the junta", "", "possible"),
    ),
    # near misses: no such arms, or no use told as done, or no one named behind it
    *_both("The army's use of the airport angered the farmers."),
    *_both("The army's use of force, the envoy said, angered the farmers."),
    *_both("The militia's use of barrel bombs angered the farmers."),
    *_both("The police's use of tear gas, on Monday, angered the students."),
    *_both("The treaty, signed in 1993, bans the use of chemical weapons."),
    *_both("The envoy warned of the threat of the use of sarin by the militia."),
    *_both("The militia, on Tuesday, denied any use of toxic gas."),
    *_both("The use of chlorine in the valley, the envoy said, angered the farmers."),
    *_both("The use of sarin by anyone, the envoy said, is a crime."),
    *_both("The use of sarin by the militia would be a war crime, the envoy said."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_use_of_unconventional_arms_is_its_users_attack(
    parse: Parse, text: str, expected: list
) -> None:
    assert _uses(parse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The junta's use of chemical weapons, in March, shocked the envoy.",
        "The junta's use of chemical weapons in March shocked the envoy.",
    ],
)
def test_the_arms_are_no_target(parse: Parse, text: str) -> None:
    (use,) = [e for e in extract_events(parse(text)) if e.action == "use"]
    assert (use.target, use.relation, use.mode) == ("", "use of chemical weapons", "unconventional")


def _killers(parse: Parse, text: str) -> list[str]:
    """Return the actor labels of a story's normalised killings ("" when unresolved)."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return [e.actor_label for e in normalised if e.action == "kill"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # the use answered by the strike is not the strike told on next
        (
            "Tarvo said the raid on the airfield was a response to the alleged chemical weapons "
            "use in Karvo which Lisbon blames on Karvan forces. Five people were killed in the "
            "attack.",
            "",
        ),
        (
            "Tarvo said the raid on the airfield was a response to the alleged chemical weapons "
            "use in Karvo, which Lisbon blames on Karvan forces. Five people were killed in the "
            "attack.",
            "",
        ),
        # a use told as the story's attack lends its user to the attack told on
        (
            "The junta's use of sarin in Karvo shocked the envoy. Five people were killed in "
            "the attack.",
            "government (unknown)",
        ),
    ],
)
def test_an_answered_use_lends_no_doer(parse: Parse, text: str, owner: str) -> None:
    assert _killers(parse, text) == [owner]
