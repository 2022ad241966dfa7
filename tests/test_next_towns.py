"""An attacked town the lead leaves unnamed is the one town the next sentence names.

"Jets struck a rebel-held town in northern Syria. The raids on Saraqeb ...": Saraqeb.
Left alone: a town its own sentence puts near another, "the town" (a description), a
next sentence naming two towns or none, and what is no attack. Sentences written for
these tests, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _target_ids(parse: Parse, text: str, target: str) -> set[str]:
    events = normalize_events(extract_events(parse(text)))
    return {e.target_id for e in events if e.target == target and e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


NAMED = [
    *[
        (text, "a small town", "saraqib")
        for text in _both(
            "On Monday, jets pounded a small town in northern Syria, a monitor said. "
            "The raids on Saraqeb came as fighting raged."
        )
    ],
    *[
        (text, "a mainly Kurdish village", "tell-abyad")
        for text in _both(
            "Militants attacked a mainly Kurdish village, in eastern Syria, on Friday. "
            "The assault on the border town of Tal Abyad began at dawn."
        )
    ],
    # a name the gazetteer lacks, placed in its province
    *[
        (text, "a town", "kessabiya")
        for text in _both(
            "Gunmen overran a town, overnight, a monitor said. "
            "They stormed Kessabiya in Hama province, after a long siege."
        )
    ],
]


@pytest.mark.parametrize("text, target, label", NAMED)
def test_unnamed_town_takes_the_next_named(
    parse: Parse, text: str, target: str, label: str
) -> None:
    assert label in _target_ids(parse, text, target)


LEFT = [
    # off a town in its own sentence
    *[
        (text, "a village")
        for text in _both(
            "Jets bombed a village, 10 km north of the border, on Monday. "
            "The raids on Saraqeb came as fighting raged."
        )
    ],
    # its own sentence names its town
    *[
        (text, "a village")
        for text in _both(
            "Jets bombed a village, in Sarmin district, on Monday. "
            "The raids on Saraqeb came as fighting raged."
        )
    ],
    # the next sentence names two towns
    *[
        (text, "a town")
        for text in _both(
            "Jets bombed a town, on Monday. Raids also hit Saraqeb, and Binnish, overnight."
        )
    ],
    # a description, not an unnamed town: left to placedesc
    *[
        (text, "the town")
        for text in _both(
            "Jets bombed the town, on Monday. The raids on Saraqeb came as fighting raged."
        )
    ],
]


@pytest.mark.parametrize("text, target", LEFT)
def test_unnamed_town_left(parse: Parse, text: str, target: str) -> None:
    assert not _target_ids(parse, text, target) & {"saraqib", "binnish"}


@pytest.mark.parametrize(
    "text",
    _both("Ministers visited a town, on Monday. The visit to Saraqeb lasted an hour."),
)
def test_no_attack_no_town(parse: Parse, text: str) -> None:
    events = normalize_events(extract_events(parse(text)))
    assert not any(e.target == "a town" and e.target_id == "saraqib" for e in events)
