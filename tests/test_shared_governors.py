"""The second of two infinitives shares the first one's governor (issue 14, classes).

"The regime agreed to hand over its stockpile and dismantle the plant" agrees to both;
"the rebels threatened to storm the port and seize the depot" threatens both, and the
seizing is no fact. Sentences of our own, each with and without commas; a conjunct with
a subject of its own ("... and the army shelled the town") is a clause of its own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _both(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each sentence as written and with its commas stripped, as real news has them."""
    out = []
    for text, *rest in rows:
        out += [(text, *rest), (text.replace(",", ""), *rest)]
    return out


def _class(parse: Parse, text: str, action: str) -> str:
    events = list(extract_events(parse(text)))
    found = [e.action_class for e in events if e.action == action]
    assert found, f"{action} not in {[(e.actor, e.action, e.target) for e in events]}"
    return found[0]


ROWS = _both(
    [
        (
            "The regime agreed to hand over its stockpile and dismantle the plant.",
            "dismantle",
            "AGREE",
        ),
        (
            "On Monday, the militia agreed to halt the shelling and let the convoy into the town.",
            "let",
            "CONCEDE",
        ),
        ("The rebels threatened to storm the port and seize the depot.", "seize", "THREATEN"),
        ("The council refused to meet the envoy and condemn the raids.", "condemn", "REJECT"),
        # near misses: a conjunct with its own subject or tense, a demand's second act
        (
            "Karvonia agreed to a deal to destroy its stockpile, and joined the treaty.",
            "join",
            "SUPPORT",
        ),
        ("The rebels agreed to withdraw, and the army shelled the town.", "shell", "FIGHT"),
        (
            "The envoy urged the militia to halt the shelling and free the hostages.",
            "free",
            "DEMAND",
        ),
    ]
)


@pytest.mark.parametrize("text, action, expected", ROWS)
def test_the_second_infinitive_shares_the_governor(
    parse: Parse, text: str, action: str, expected: str
) -> None:
    assert _class(parse, text, action) == expected
