"""A toll gerund hung on a place or a thing is the attack's (graph/extract/effectgerunds.py).

Sentences of our own, each with and without commas: "X attacked a place, killing N" —
without the comma the parser hangs the toll gerund on the place noun as its modifier,
and a police station or an outpost kills no one; the attack clause's doer does. A noun
naming people keeps its gerund, and so does a thing in a clause that is no attack.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _both(text: str, *rest: str) -> list[tuple[str, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


def _doers(parse: Parse, text: str, action: str) -> set[str]:
    return {e.actor for e in extract_events(parse(text)) if e.action == action}


CASES = [
    # a place or a thing in an attack clause: the attack's doer
    *_both(
        "A suicide bomber blew himself up at a police station in Qamishli, killing five officers.",
        "kill",
        "A suicide bomber",
    ),
    *_both(
        "Militants attacked an army outpost near Hama, killing three soldiers.", "kill", "Militants"
    ),
    *_both(
        "Army units carried out raids on the water plant east of the town, killing eight gunmen.",
        "kill",
        "Army units",
    ),
    # a thing someone owns ("ISIS fuel depots", "the Idlib governorate") is no one
    *_both(
        "Turkish jets struck ISIS fuel depots near the border, killing twelve fighters.",
        "kill",
        "Turkish jets",
    ),
    *_both(
        "The regime bombed a clinic in the Idlib governorate, killing three nurses.",
        "kill",
        "The regime",
    ),
    *_both("Jets hit an al-Qaida training camp, killing dozens of recruits.", "kill", "Jets"),
    *_both(
        "The regime shelled a clinic in the southern Idlib governorate, killing three nurses.",
        "kill",
        "The regime",
    ),
    *_both(
        "Rebel fighters attacked the airport in the Hama governorate, wounding six soldiers.",
        "wound",
        "Rebel fighters",
    ),
    *_both("Jets pounded ISIS oil trucks, killing their drivers.", "kill", "Jets"),
    # people keep their gerund; so does a thing in no attack clause
    ("Soldiers killing civilians were filmed by residents.", "kill", "Soldiers"),
    ("Police arrested men killing sheep near the farm.", "kill", "men"),
    ("A disease killing children spread in the camp.", "kill", "A disease"),
]


@pytest.mark.parametrize(("text", "action", "doer"), CASES)
def test_a_toll_on_a_place_is_the_attackers(parse, text, action, doer):
    assert _doers(parse, text, action) == {doer}
