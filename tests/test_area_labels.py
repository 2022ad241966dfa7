"""An attacked or taken building, territory or suburb is labelled by the town it stands in.

"Shells hit a building in a rebel-held area of Binnish", "the militia gained territory
in Kessab province": the target names no place, its sentence does, and an event coder
codes that town (:mod:`graph.normalize.sitelabels`, as for areas and villages). Left
alone: ground off the town ("took territory to the north"), a place in a later clause,
a place that is the doer's base, a country, an owned building and what is no attack.
Sentences written for these tests, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _target_ids(parse: Parse, text: str, action: str) -> set[str]:
    events = normalize_events(extract_events(parse(text)))
    return {e.target_id for e in events if e.action == action and e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


LABELLED = [
    *[
        (text, "hit", "binnish")
        for text in _both(
            "On Friday, a barrel bomb hit a building, in an opposition-held area of Binnish."
        )
    ],
    *[
        (text, "gain", "daraa")
        for text in _both("The militia slowly gained territory, in Daraa province, this spring.")
    ],
    *[
        (text, "capture", "homs")
        for text in _both("Loyalist troops captured some territory, inside Homs, on Sunday.")
    ],
    *[
        (text, "strike", "idlib")
        for text in _both("Jets from Hmeimim struck residential buildings, in Idlib province.")
    ],
    *[
        (text, "shell", "douma")
        for text in _both("A medic in Douma said, that mortars shelled the suburbs, overnight.")
    ],
]


@pytest.mark.parametrize("text, action, label", LABELLED)
def test_ground_takes_its_town(parse: Parse, text: str, action: str, label: str) -> None:
    assert label in _target_ids(parse, text, action)


LEFT = [
    # ground off the town, not in it
    *[
        (text, "take", "")
        for text in _both("A medic in Douma said, that the rebels took territory to the north.")
    ],
    *[
        (text, "seize", "")
        for text in _both("A medic in Douma said, that the rebels seized villages to the west.")
    ],
    # a town in a clause of its own
    *[
        (text, "seize", "")
        for text in _both("The rebels seized territory, and they are now in Homs, it said.")
    ],
    # a country is where the war is
    *[
        (text, "capture", "")
        for text in _both("The militia captured territory, in northern Syria, last year.")
    ],
    # the doer's base
    *[(text, "bomb", "") for text in _both("Jets from Hmeimim bombed buildings, on Monday.")],
    # an owned building is its owner's (ownertargets), not its town's
    *[(text, "storm", "") for text in _both("Gunmen stormed police buildings, in Homs, today.")],
]


@pytest.mark.parametrize("text, action, label", LEFT)
def test_ground_left_alone(parse: Parse, text: str, action: str, label: str) -> None:
    ids = _target_ids(parse, text, action)
    assert ids and label in ids and not ids & {"douma", "homs", "hmeimim", "syria"}


@pytest.mark.parametrize(
    "text",
    [
        *_both("In Homs, the ministry said, the territory of the deal grew, on Monday."),
        *_both("In Aleppo, the city said, the building of trust takes time."),
    ],
)
def test_no_attack_no_label(parse: Parse, text: str) -> None:
    events = normalize_events(extract_events(parse(text)))
    assert not any(e.target_id in {"homs", "aleppo"} and e.target != "Homs" for e in events)
