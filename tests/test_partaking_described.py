"""Taking part in an event, in a clause that describes someone, says who they are."""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _kinds(parse, text: str) -> dict[tuple[str, str], str]:
    """Map (actor, action) to the kind of each event of ``text``."""
    return {(e.actor, e.action): e.kind for e in extract_events(parse(text))}


_ROWS = [
    (
        "Soldiers who took part in the offensive were wounded by mortar fire.",
        ("Soldiers", "take"),
        "relation",
    ),
    (
        "An envoy for the bloc, which participated in the peace talks, resigned on Friday.",
        ("the bloc", "participate"),
        "relation",
    ),
    (
        "Fighters taking part in the assault were killed in an air strike.",
        ("Fighters", "take"),
        "relation",
    ),
    # near misses: the act the sentence tells, an event with a target, a main clause
    (
        "Fighters taking part in the assault were ambushed by the army.",
        ("the army", "ambush"),
        "event",
    ),
    (
        "Rebels, who took part in the attack on the airport, were executed by the army.",
        ("Rebels", "take"),
        "event",
    ),
    ("Rebels took part in the offensive on Monday.", ("Rebels", "take"), "event"),
]


@pytest.mark.parametrize(
    "text, pair, kind",
    [*_ROWS, *((t.replace(",", ""), p, k) for t, p, k in _ROWS if "," in t)],
)
def test_taking_part_that_describes_someone_is_no_event(parse, text, pair, kind):
    assert _kinds(parse, text).get(pair) == kind
