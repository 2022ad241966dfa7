"""A group the actor dictionaries code as armed is an armed party where a verb's class needs one.

Every sentence here is written for this test (none comes from a benchmark file).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.extract.armednames import armed_names

Parse = Callable[..., Doc]

# (sentence, the verb's lemma, the class it must get)
_ARMED = [
    ("ISIL took the hamlet of Umm Keif on Sunday, a monitor said.", "take", "FIGHT"),
    ("On Tuesday, DAESH took Qarqoush after two days of clashes.", "take", "FIGHT"),
    ("The Nusra Front took Abu Zeid, a village near the border.", "take", "FIGHT"),
    ("The extremist Islamic State group took Hamdan on Friday.", "take", "FIGHT"),
    ("Hezbollah, backed by jets, reached the outskirts of Zabadani.", "reach", "FIGHT"),
    ("The SDF reached the outskirts of Tabqa on Monday, a spokesman said.", "reach", "FIGHT"),
    ("Jaish al-Islam dealt a heavy blow to the regime near Douma.", "deal", "FIGHT"),
    ("In the north, the Taliban made rapid gains.", "make", "FIGHT"),
]

# A named armed group as the foe or the passive's doer: force, not a demand or a campaign.
_FOES = [
    (
        "The coalition has waged an air campaign against Daesh since 2014, officials said.",
        "strike",
        "FIGHT",
    ),
    ("The army pressed the Nusra Front near Jisr al-Shughour, state media said.", "press", "FIGHT"),
    ("Civilians were trapped by ISIS in the old city, activists said.", "trap", "FIGHT"),
]

# Near misses: no armed group, or no ground, or a sense that is no fighting.
_LEFT = [
    ("The minister pressed Amnesty International to withdraw the report.", "press", "FIGHT"),
    ("The donors launched a campaign against the Red Cross in the capital.", "launch", "FIGHT"),
    ("The Red Crescent reached the besieged town, aid workers said.", "reach", "FIGHT"),
    ("The UN took note of the report.", "take", "FIGHT"),
    ("ISIS lost its leader in a strike, the group said.", "lose", "FIGHT"),
    ("Hamas reached an agreement with Fatah in Cairo.", "reach", "FIGHT"),
    ("Amnesty International made rapid gains in its fundraising.", "make", "FIGHT"),
    ("The Karvan Liberation Front reached the outskirts of Tolmar.", "reach", "FIGHT"),
]


def _with_bare(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Return each row as written and without its commas (real news often has none)."""
    bare = [(t.replace(",", ""), v, c) for t, v, c in rows if "," in t]
    return rows + bare


def _classes(parse: Parse, text: str, lemma: str) -> list[str]:
    events = extract_events(parse(text))
    return [e.action_class for e in events if e.action.split()[0] == lemma]


@pytest.mark.parametrize("text, lemma, cls", _with_bare(_ARMED + _FOES))
def test_a_named_armed_group_is_an_armed_party(parse, text, lemma, cls):
    assert cls in _classes(parse, text, lemma)


@pytest.mark.parametrize("text, lemma, cls", _with_bare(_LEFT))
def test_a_name_that_is_no_armed_group_changes_nothing(parse, text, lemma, cls):
    assert cls not in _classes(parse, text, lemma)


def test_the_names_come_from_the_dictionaries_sector_codes():
    names = armed_names()
    assert {
        ("isil",),
        ("daesh",),
        ("jabhat", "al", "nusra"),
        ("syrian", "democratic", "forces"),
    } <= names
    assert ("red", "crescent") not in names  # an aid society
    assert ("united", "nations") not in names  # an intergovernmental organisation
    assert ("bashar", "al", "assad") not in names  # a person, whatever his role
