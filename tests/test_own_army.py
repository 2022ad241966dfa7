"""Bare troops after the story's own army are that army (issue 14).

"The Syrian army shelled the town. Troops entered it": the troops, "25 soldiers",
"the supporting forces" are the army the story named last; after "Turkish troops",
or with no army named yet, they stay a military of no known country. A capitalised
"the Air Force" is the state's air force, as "the air force" is. Sentences written
for these tests, with and without commas; events are built by hand (no spaCy).
"""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events

Row = tuple[str, str, str]  # sentence, actor, target


def ids(rows: list[Row]) -> tuple[str, str]:
    """Normalise a document of one event per sentence; the last event's (actor, target) ids."""
    events, start = [], 0
    for index, (sentence, actor, target) in enumerate(rows):
        prov = Provenance("d1", "d1.txt", index, start, start + len(sentence), sentence)
        events.append(Event(actor, "attack", target, prov))
        start += len(sentence) + 1
    last = [e for e in normalize_events(events) if e.provenance.sentence_index == len(rows) - 1]
    return last[-1].actor_id, last[-1].target_id


_ARMY = (
    "The Syrian army, backed by jets, shelled rebel positions in Hama.",
    "The Syrian army",
    "rebel positions",
)
_ARMY_BARE = (
    "The Syrian army backed by jets shelled rebel positions in Hama.",
    "The Syrian army",
    "rebel positions",
)
_TURKS = (
    "Turkish troops, backed by tanks, crossed into Syria near Jarablus.",
    "Turkish troops",
    "Syria",
)
_TURKS_BARE = (
    "Turkish troops backed by tanks crossed into Syria near Jarablus.",
    "Turkish troops",
    "Syria",
)


@pytest.mark.parametrize(
    "rows, expected",
    [
        ([_ARMY, ("Troops, the agency said, entered the town of Kafr Zita.", "Troops",
                  "the town of Kafr Zita")], ("saa", None)),
        ([_ARMY_BARE, ("Troops the agency said entered the town of Kafr Zita.", "Troops",
                       "the town of Kafr Zita")], ("saa", None)),
        ([_ARMY, ("On Monday, the supporting forces took a hill near Hama.",
                  "the supporting forces", "a hill")], ("saa", None)),
        ([_ARMY_BARE, ("On Monday the supporting forces took a hill near Hama.",
                       "the supporting forces", "a hill")], ("saa", None)),
        ([_ARMY, ("ISIS, the monitor said, killed 25 soldiers near Hama.", "ISIS",
                  "25 soldiers")], ("isis", "saa")),
        ([_ARMY_BARE, ("ISIS the monitor said killed 25 soldiers near Hama.", "ISIS",
                       "25 soldiers")], ("isis", "saa")),
        ([_ARMY, ("The Air Force, the agency said, destroyed two ISIS vehicles.",
                  "The Air Force", "two ISIS vehicles")], ("assad-regime", None)),
        ([_ARMY_BARE, ("The Air Force the agency said destroyed two ISIS vehicles.",
                       "The Air Force", "two ISIS vehicles")], ("assad-regime", None)),
        # near misses: another state's troops named last, or no army named yet
        ([_TURKS, ("Troops, the agency said, then captured a hill.", "Troops", "a hill")],
         ("unknown/military", None)),
        ([_TURKS_BARE, ("Troops the agency said then captured a hill.", "Troops", "a hill")],
         ("unknown/military", None)),
        ([("Troops, the agency said, captured a hill in Syria.", "Troops", "a hill")],
         ("unknown/military", None)),
        ([("Troops the agency said captured a hill in Syria.", "Troops", "a hill")],
         ("unknown/military", None)),
        # an owner before the service: the coalition's air force is not the state's
        ([_ARMY, ("Later, the coalitions Air Force, the agency said, bombed Tabqa.",
                  "Air Force", "Tabqa")], ("air-force", None)),
        ([_ARMY_BARE, ("Later the coalitions Air Force the agency said bombed Tabqa.",
                       "Air Force", "Tabqa")], ("air-force", None)),
        # "forces" alone, without a word of support, is no one's in particular
        ([_ARMY, ("On Monday, forces took a hill near Hama.", "forces", "a hill")],
         ("unknown/military", None)),
        ([_ARMY_BARE, ("On Monday forces took a hill near Hama.", "forces", "a hill")],
         ("unknown/military", None)),
    ],
)  # fmt: skip
def test_bare_troops_are_the_army_named_before(rows, expected):
    found = ids(rows)
    assert all(want is None or got == want for got, want in zip(found, expected, strict=True))
