"""Victims hurt where an attack hit: "jets struck the village where six were killed" (issue 14).

Sentences written for these tests, each with and without its commas (the corpus strips
them): the "where" clause hangs on the place the attack hit, so the attacker hurt its
victims; a place no attack hit, an attack with no one named, a pronoun doer, the
attacker's own men, a denied attack or a harm with a cause of its own stay as they were.
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


def _both(text: str, *rows: Triple) -> list[tuple[str, tuple[Triple, ...]]]:
    """Return the row with its commas and the row without them."""
    return [(text, rows), (text.replace(",", ""), rows)]


STRUCK = [
    *_both(
        "Tarvan warplanes struck the village of Old Besna, where eight farmers were killed.",
        ("Tarvan warplanes", "kill", "eight farmers"),
    ),
    *_both(
        "Rebel gunners shelled the northern quarter on Monday, where two boys died.",
        ("Rebel gunners", "kill", "two boys"),
    ),
    *_both(
        "Army helicopters dropped barrel bombs on the town of Mirza, where four women were "
        "wounded.",
        ("Army helicopters", "wound", "four women"),
    ),
    *_both(
        "Karvonian jets bombed a bakery in Tel Sur, where nine people were killed.",
        ("Karvonian jets", "kill", "nine people"),
    ),
    # a second harm joined to the first in the clause
    *_both(
        "Rebels shelled the camp, where two boys died and five others were injured.",
        ("Rebels", "kill", "two boys"),
        ("Rebels", "injure", "five others"),
    ),
]


@pytest.mark.parametrize("text, rows", STRUCK)
def test_victims_where_an_attack_hit_are_its_harm(parse, text, rows):
    found = _found(parse, text)
    for row in rows:
        assert found.get(row) == "event", (row, found)


LEFT = [
    # no attack hit the place
    *_both("The envoys visited the town, where the truce was signed.", "sign"),
    *_both("The minister toured the hospital, where three guards were killed.", "kill"),
    # an attack with no one named behind it
    *_both("The bombardment hit the town of Kessa, where three people were killed.", "kill"),
    # a pronoun: whom it means is coref's work
    *_both("They shelled the village of Besna, where two people were killed.", "kill"),
    # the attacker's own men
    *_both("Rebels stormed the base, where three rebels were killed.", "kill"),
    # a denied attack
    *_both("Tarvan jets did not strike the village, where six civilians were killed.", "kill"),
    # a cause of their own
    *_both("Tarvan jets struck the camp, where hundreds died of cholera last year.", "kill"),
    *_both("Rebels shelled the town, where two men were killed in a road accident.", "kill"),
]


@pytest.mark.parametrize("text, action", LEFT)
def test_no_harm_of_the_attack_where_the_rule_does_not_apply(parse, text, action):
    found = _found(parse, text)
    assert not [row for row, kind in found.items() if row[1] == action and kind == "event"], found
