"""A creed or a number word before an agent names no people (issue 14).

"the Takfiri terrorists" are gunmen of no named group, never "Takfiri gunmen";
"Islamist rebels" in a Syrian story are Syria's rebels; "Thirteen civilians" opening
a sentence are the story's civilians, never "Thirteen civilians"; "Suspected
government strikes" are the story's government's. A people the
gazetteer lacks ("Kurdish fighters") still qualifies the agent. Sentences written for
these tests, with and without commas; events are built by hand (no spaCy).
"""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events


def actor_id(sentence: str, actor: str, target: str) -> str:
    """Normalise a one-sentence document; the event's actor id."""
    prov = Provenance("d1", "d1.txt", 0, 0, len(sentence), sentence)
    return list(normalize_events([Event(actor, "attack", target, prov)]))[-1].actor_id


@pytest.mark.parametrize(
    "sentence, actor, target, expected",
    [
        ("The Takfiri terrorists, the agency said, shelled the old market of Homs.",
         "The Takfiri terrorists", "the old market of Homs", "unknown/gunmen"),
        ("The Takfiri terrorists the agency said shelled the old market of Homs.",
         "The Takfiri terrorists", "the old market of Homs", "unknown/gunmen"),
        ("On Friday, foreign-backed Takfiri militants attacked a checkpoint in Hama.",
         "foreign-backed Takfiri militants", "a checkpoint", "unknown/gunmen"),
        ("On Friday foreign-backed Takfiri militants attacked a checkpoint in Hama.",
         "foreign-backed Takfiri militants", "a checkpoint", "unknown/gunmen"),
        ("Islamist rebels, backed by tanks, stormed a village near Hama in Syria.",
         "Islamist rebels", "a village", "syria/rebels"),
        ("Islamist rebels backed by tanks stormed a village near Hama in Syria.",
         "Islamist rebels", "a village", "syria/rebels"),
        ("Thirteen civilians, the monitor said, fled the shelling of Idlib in Syria.",
         "Thirteen civilians", "the shelling of Idlib", "syria/civilians"),
        ("Thirteen civilians the monitor said fled the shelling of Idlib in Syria.",
         "Thirteen civilians", "the shelling of Idlib", "syria/civilians"),
        # a participle opening the phrase is no people: the story's government
        ("Suspected government strikes, the monitor said, hit Idlib in Syria on Monday.",
         "Suspected government strikes", "Idlib", "assad-regime"),
        ("Suspected government strikes the monitor said hit Idlib in Syria on Monday.",
         "Suspected government strikes", "Idlib", "assad-regime"),
        # near misses: a people the gazetteer lacks still qualifies the agent
        ("Kurdish fighters, the monitor said, took a village near Hasakah in Syria.",
         "Kurdish fighters", "a village", "kurdish/gunmen"),
        ("Kurdish fighters the monitor said took a village near Hasakah in Syria.",
         "Kurdish fighters", "a village", "kurdish/gunmen"),
    ],
)  # fmt: skip
def test_creeds_and_numbers_name_no_people(sentence, actor, target, expected):
    assert actor_id(sentence, actor, target) == expected
