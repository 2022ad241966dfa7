"""The Free Army is the Free Syrian Army, in any case (graph/data/actors.ttl alias).

"The free army accused the militia of ..." is the rebels' own short name (al-Jaysh
al-Hurr), never the state's army that the head word "army" would give in a story about
Syria. Sentences written for these tests, each with and without commas; events built
by hand. Near misses: the state's army keeps its code.
"""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events


def _ids(sentence: str, actor: str, target: str) -> tuple[str, str]:
    """Normalise a one-sentence document; the event's (actor id, target id)."""
    prov = Provenance("d1", "d1.txt", 0, 0, len(sentence), sentence)
    event = list(normalize_events([Event(actor, "attack", target, prov)]))[-1]
    return event.actor_id, event.target_id


def _both(sentence: str, actor: str, target: str, expected: tuple[str, str]) -> list[tuple]:
    bare = (sentence.replace(",", ""), actor, target, expected)
    return [(sentence, actor, target, expected), bare]


@pytest.mark.parametrize(
    ("sentence", "actor", "target", "expected"),
    [
        *_both("In Daraa, the free army attacked the Syrian army, a commander said.",
               "the free army", "the Syrian army", ("fsa", "saa")),
        *_both("The Free Army, backed by Turkey, attacked the YPG near Afrin.",
               "The Free Army", "the YPG", ("fsa", "ypg")),
        *_both("Near Homs, the Syrian Arab Army attacked the Free army on Sunday.",
               "the Syrian Arab Army", "the Free army", ("saa", "fsa")),
        # near misses: the state's army, however written
        *_both("In Daraa, the Syrian army attacked the YPG, a commander said.",
               "the Syrian army", "the YPG", ("saa", "ypg")),
        *_both("In Syria, the army attacked the free army, a monitor said.",
               "the army", "the free army", ("saa", "fsa")),
    ],
)  # fmt: skip
def test_free_army_is_fsa(
    sentence: str, actor: str, target: str, expected: tuple[str, str]
) -> None:
    assert _ids(sentence, actor, target) == expected
