""" "The dead and wounded" are people, not a wounding (issue 14, verb senses).

"Volunteers carried the dead and wounded": the parser reads "wounded" as a verb of the
volunteers; it names the hurt. A "wounded" with its own object or subject stays a
wounding. Every sentence is our own, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _woundings(parse: Parse, text: str) -> set[tuple[str, str]]:
    return {
        (e.actor, e.target)
        for e in extract_events(parse(text))
        if e.kind == "event" and e.action in {"wound", "injure"}
    }


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers carried the dead and wounded.",
        "Volunteers, working all night, carried the dead and wounded from the rubble.",
        "Volunteers working all night carried the dead and wounded from the rubble.",
        "The shelling caused dozens of dead and injured, the monitor said.",
        "The shelling caused dozens of dead and injured the monitor said.",
    ],
)
def test_the_dead_and_wounded_are_people(parse: Parse, text: str) -> None:
    assert _woundings(parse, text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Gunmen killed two guards and wounded three others.",
            ("Gunmen", "three others"),
        ),
        (
            "On Friday, gunmen shot two men dead and wounded four more.",
            ("gunmen", "four more"),
        ),
        (
            "On Friday gunmen shot two men dead and wounded four more.",
            ("gunmen", "four more"),
        ),
        # a count before "dead" but "wounded" has its own object: a wounding
        (
            "The blast left dozens dead and wounded hundreds of people.",
            ("The blast", "hundreds of people"),
        ),
        (
            "The blast left dozens dead, and wounded hundreds of people.",
            ("The blast", "hundreds of people"),
        ),
        (
            "The car bomb left scores dead and wounded many more in the market.",
            ("The car bomb", "many more"),
        ),
    ],
)
def test_a_wounding_with_an_object_stays(
    parse: Parse, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _woundings(parse, text)
