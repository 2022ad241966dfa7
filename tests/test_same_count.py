"""A counted generic noun is the group counted alike (graph/normalize/samecount.py).

Stories of our own, each with and without commas (real copy often has none): "more than
30 terrorists" is ISIS when another sentence counts "30 ISIS militants" (or "30 members
of ISIS") and no other group with that count, even past a lead naming several groups.
Another count, "30 other terrorists", a small count, a count of two listed groups,
another group named in the phrase's own sentence, or two counts that are both past the
headline and lead (a round-up's paragraphs) leave it to the other rules.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]

_LEAD = "The army is battling ISIS, the Nusra Front and several smaller factions in the country. "


def _roles(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    """Return (role text, action) -> id of a story's normalised events, actors and targets."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))
    roles = {(e.target, e.action): e.target_id for e in normalised}
    roles.update({(e.actor, e.action): e.actor_id for e in normalised})
    return roles


def _both(text: str, role: str, action: str, expected: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, role, action, expected), (text.replace(",", ""), role, action, expected)]


_CASES = [
    # the headline's count, past a lead that names three groups
    *_both(
        "Troops kill 30 ISIS militants east of Palmyra. "
        + _LEAD
        + "East of Palmyra, soldiers beat back an assault on a checkpoint, killing more than"
        " 30 terrorists, a military official said.",
        "more than 30 terrorists",
        "kill",
        "isis",
    ),
    # "N members of X" counts X's men; a doer too
    *_both(
        "Some 45 members of Ahrar al-Sham died in the battle for the hill, the monitor said. "
        "Officials said the air force bombed several towns held by Ahrar al-Sham and the Nusra"
        " Front. State television said warplanes killed 45 terrorists.",
        "45 terrorists",
        "kill",
        "ahrar-al-sham",
    ),
    *_both(
        "Syrian jets killed about a hundred militants of the Nusra Front in Idlib, state media"
        " said. " + _LEAD + "About a hundred terrorists had attacked an army post near the"
        " airport before dawn, the agency added.",
        "About a hundred terrorists",
        "attack",
        "hts",
    ),
    # near misses: other men, another count, a small count, two groups counted, another
    # group named in the phrase's own sentence
    *_both(
        "Troops kill 30 ISIS militants east of Palmyra. "
        + _LEAD
        + "East of Palmyra, soldiers beat back an assault on a checkpoint, killing 30 other"
        " terrorists, a military official said.",
        "30 other terrorists",
        "kill",
        "unknown/gunmen",
    ),
    *_both(
        "Troops kill 30 ISIS militants east of Palmyra. "
        + _LEAD
        + "East of Palmyra, soldiers beat back an assault on a checkpoint, killing 50"
        " terrorists, a military official said.",
        "50 terrorists",
        "kill",
        "unknown/gunmen",
    ),
    *_both(
        "Troops kill 3 ISIS militants east of Palmyra. "
        + _LEAD
        + "East of Palmyra, soldiers beat back an assault on a checkpoint, killing 3"
        " terrorists, a military official said.",
        "3 terrorists",
        "kill",
        "unknown/gunmen",
    ),
    *_both(
        "Troops killed 35 members of Jaish al-Islam and Ahrar al-Sham near Douma. "
        + _LEAD
        + "Near Douma, soldiers beat back an assault on a checkpoint, killing 35 terrorists,"
        " a military official said.",
        "35 terrorists",
        "kill",
        "unknown/gunmen",
    ),
    *_both(
        "Troops killed 35 members of Jaish al-Islam and the Tarvan Brigades near Douma. "
        + _LEAD
        + "Near Douma, soldiers beat back an assault on a checkpoint, killing 35 terrorists,"
        " a military official said.",
        "35 terrorists",
        "kill",
        "unknown/gunmen",
    ),
    # a round-up: two paragraphs past the lead count alike by chance
    *_both(
        "Army units press on in several provinces. "
        + _LEAD
        + "Clashes went on overnight, the agency said. In Homs, jets killed 12 ISIS members"
        " near the oil field. In Daraa, soldiers killed 12 terrorists, a military official"
        " said.",
        "12 terrorists",
        "kill",
        "unknown/gunmen",
    ),
    # ... unless one of the counts is in the headline or lead
    *_both(
        "Jets kill 12 ISIS members near the Homs oil field. "
        + _LEAD
        + "Clashes went on overnight, the agency said. Army units also advanced in Hama. "
        "The air raids near the oil field killed 12 terrorists, a military official said.",
        "12 terrorists",
        "kill",
        "isis",
    ),
    *_both(
        "Troops kill 70 ISIS militants near Homs. "
        + _LEAD
        + "Jets struck Nusra Front bases near Hama, killing around 70 terrorists, a military"
        " official said.",
        "around 70 terrorists",
        "kill",
        "hts",
    ),
]


@pytest.mark.parametrize(("text", "role", "action", "expected"), _CASES)
def test_a_counted_generic_noun_is_the_group_counted_alike(parse, text, role, action, expected):
    assert _roles(parse, text).get((role, action)) == expected
