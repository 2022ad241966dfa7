"""A stopped attack's target is its doer (graph/extract/eventtargets.py, is_foiled_act).

"Troops repelled an ISIS attack on the town" is the troops against ISIS; the town the
attack was aimed at is the troops' own ground. Sentences of our own, each with and
without commas; the attack's own event keeps its aim, and a verb that makes an attack
("launched an attack on the town") keeps the place.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str, action: str) -> set[str]:
    return {e.target for e in extract_events(parse(text)) if e.action == action}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


FOILED = [
    *[
        (text, "repel", "ISIS")
        for text in _both("On Sunday, troops repelled an ISIS attack on the town of Marsa.")
    ],
    *[
        (text, "repel", "rebel")
        for text in _both("Government forces repelled a rebel offensive on northern Marsa, again.")
    ],
    *[
        (text, "thwart", "militant")
        for text in _both("The police thwarted a militant attack on the airport, officials said.")
    ],
    # a doer after "of" is the doer, as after "by"
    *[
        (text, "repel", "terrorists")
        for text in _both(
            "Army units repelled an attack of terrorists on military posts near Hama, at dawn."
        )
    ],
    *[
        (text, "repel", "the rebels")
        for text in _both(
            "On Monday, soldiers repelled an assault of the rebels on the checkpoint."
        )
    ],
    *[
        (text, "thwart", "Islamic State")
        for text in _both(
            "Soldiers thwarted an attack of Islamic State on Palmyra, officials said."
        )
    ],
    # "of" a place, or after an "-ing" act, is whom the act hit: no doer
    *[
        (text, "repel", "")
        for text in _both("Troops repelled the shelling of Aleppo, the army said.")
    ],
    *[(text, "foil", "") for text in _both("Guards foiled a bombing of a market, on Friday.")],
    # no doer named: no target, rather than the defenders' own ground
    *[
        (text, "foil", "")
        for text in _both("Guards foiled an attack on the prison, on Friday night.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target"), FOILED)
def test_a_stopped_attack_is_against_its_doer(
    parse: Parse, text: str, action: str, target: str
) -> None:
    assert _targets(parse, text, action) == {target}


KEPT = [
    *[
        (text, "attack", "the town of Marsa")
        for text in _both("ISIS launched an attack on the town of Marsa, on Sunday.")
    ],
    # the attack's own event still aims at the town
    *[
        (text, "attack", "the town of Marsa")
        for text in _both("On Sunday, troops repelled an ISIS attack on the town of Marsa.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target"), KEPT)
def test_a_made_attack_keeps_its_aim(parse: Parse, text: str, action: str, target: str) -> None:
    assert target in _targets(parse, text, action)
