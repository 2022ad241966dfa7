"""What a whole is made up of is a relation fact; deciding and other acts stay events."""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _kinds(parse, text: str) -> dict[tuple[str, str], str]:
    """Map (actor, action) to the kind of each event of ``text``."""
    return {(e.actor, e.action): e.kind for e in extract_events(parse(text))}


_ROWS = [
    ("Women and children made up half of the victims.", ("Women", "make up"), "relation"),
    (
        "Three police officers and nine gunmen made up the rest of the dead, a medic said.",
        ("nine gunmen", "make up"),
        "relation",
    ),
    (
        "Foreign volunteers make up the bulk of the brigade, officials say.",
        ("Foreign volunteers", "make up"),
        "relation",
    ),
    (
        "The column that reached the valley was made up of militias from the east.",
        ("The column", "make up"),
        None,
    ),
    # near misses: a decision made, and the acts beside a make-up, stay events
    (
        "The rebel commanders made up their minds to attack the airport.",
        ("The rebel commanders", "make up"),
        "event",
    ),
    (
        "Militiamen, who made up most of the dead, had stormed the checkpoint.",
        ("Militiamen", "storm"),
        "event",
    ),
]


@pytest.mark.parametrize(
    "text, pair, kind",
    [*_ROWS, *((t.replace(",", ""), p, k) for t, p, k in _ROWS if "," in t)],
)
def test_what_a_whole_is_made_up_of_is_no_event(parse, text, pair, kind):
    kinds = _kinds(parse, text)
    if kind is None:  # no event at all for a passive make-up
        assert not any(a == "make up" and k == "event" for (_, a), k in kinds.items())
    else:
        assert kinds.get(pair) == kind
