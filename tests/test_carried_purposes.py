"""A purpose carried by "in order to", "in a bid to", "aimed at" aims its act (extract/purposes.py).

"Troops launched an offensive in order to retake X", "jets launched raids in an attempt
to dislodge X", "the alliance began an operation aimed at liberating X": the act's
target is X, as in "an offensive to retake X". Purposes of no taking or striking
("in order to raise funds", "aimed at protecting the town") are left. Sentences
written for these tests, with and without commas.
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


CARRIED = [
    *[
        (text, "attack", "Palmyra")
        for text in _both("In March, troops launched an offensive in order to retake Palmyra.")
    ],
    *[
        (text, "raid", "the rebels")
        for text in _both("Jets launched raids in an attempt to dislodge the rebels, they said.")
    ],
    *[
        (text, "assault", "the hill")
        for text in _both("At dawn, the army launched an assault in a bid to recapture the hill.")
    ],
    *[
        (text, "attack", "Raqqa")
        for text in _both("Last year, the alliance started an operation aimed to liberate Raqqa.")
    ],
    *[
        (text, "begin", "Tabqa")
        for text in _both("In May, the alliance began a campaign aimed at capturing Tabqa.")
    ],
    *[
        (text, "fight", "the hill")
        for text in _both("On Monday, troops fought in order to retake the hill.")
    ],
]

LEFT = [
    # an army's campaign is classed by its doer (FIGHT), so told as an attack (see
    # extract.lightattacks); what it is launched to do is no target either way
    *[
        (text, "attack", "")
        for text in _both("In March, the army launched a campaign in order to raise funds.")
    ],
    *[
        (text, "attack", "")
        for text in _both("In March, the army launched an operation aimed at protecting the town.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target"), CARRIED)
def test_carried_purpose_aims_the_act(parse: Parse, text: str, action: str, target: str):
    assert target in _targets(parse, text, action)


@pytest.mark.parametrize(("text", "action", "target"), LEFT)
def test_other_purposes_left(parse: Parse, text: str, action: str, target: str):
    assert _targets(parse, text, action) <= {target}
