"""A bare count after a harm verb is whom it hurt, wherever the parser hung it (issue 14).

"A bomber killed nine and wounded 30 Friday": without commas the small model reads
"30 Friday" as one date, or hangs "40" on the subject of "a clinic said", and the verb
is left with no object. The count is the target. Passives, times and percentages are
no count of victims. Every sentence is our own, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _harmed(parse: Parse, text: str, action: str) -> set[str]:
    return {
        e.target for e in extract_events(parse(text)) if e.kind == "event" and e.action == action
    }


COUNTS = [
    ("A gunman killed at least 12 people and wounded 35 Friday near a mosque.", "wound", "35"),
    ("A gunman killed at least 12 people, and wounded 35 Friday near a mosque.", "wound", "35"),
    (
        "Mortar fire killed 5 people in Tarsa on Monday and injured at least 40 a clinic said.",
        "injure",
        "at least 40",
    ),
    (
        "Mortar fire killed 5 people in Tarsa on Monday and injured at least 40, a clinic said.",
        "injure",
        "at least 40",
    ),
    (
        "The militia seized the depot after killing at least 30 soldiers of the garrison.",
        "kill",
        "at least 30 soldiers of the garrison",
    ),
]


@pytest.mark.parametrize("text, action, expected", COUNTS)
def test_count_after_harm_is_target(parse: Parse, text: str, action: str, expected: str) -> None:
    assert expected in _harmed(parse, text, action)


@pytest.mark.parametrize(
    "text, action",
    [
        ("The guard was killed 3 days ago near the depot.", "kill"),
        ("The guard wounded in 2015 died on Monday.", "wound"),
        ("The cuts killed 40% of the orchards.", "kill"),
    ],
)
def test_no_count_of_victims(parse: Parse, text: str, action: str) -> None:
    targets = _harmed(parse, text, action)
    assert not any(t.split()[0].isdigit() for t in targets if t)
