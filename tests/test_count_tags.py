"""A place or a source glued before the count that opens a role (issue 14), our own text.

"Sudan: 20 civilians killed", "In the province of Darfur, two gunmen ...": with the
colon or the comma gone the place was read into the count ("Darfur two gunmen"); the
role starts at the count (graph/extract/counttags.py). Each case as written and without
its punctuation; names that end in a number stay whole.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events
from graph.model import Article
from graph.parse import parse_articles

_QUIET = "The port was quiet. "
_LEAD = " The army said rebels shelled the town of Kosti in Sudan."


def _roles(text: str) -> set[tuple[str, str, str]]:
    ((_, doc),) = parse_articles([Article("d", "a.txt", text)])
    return {(e.actor, e.action, e.target) for e in extract_events(doc)}


def _plain(text: str) -> list[str]:
    return [text, text.replace(",", "").replace(":", "")]


@pytest.mark.parametrize(
    "text, expected",
    [
        *[
            (t, ("two gunmen", "blow up", "a checkpoint"))
            for t in _plain(
                _QUIET + "In the province of Darfur, two gunmen blew themselves up at a checkpoint."
            )
        ],
        (
            "02-03-2019 Sudan 20 Civilians Killed in Rebel Shelling." + _LEAD,
            ("Rebel", "kill", "20 Civilians"),
        ),
    ],
)
def test_the_role_starts_at_the_count(text, expected):
    roles = _roles(text)
    assert expected in roles
    assert not any(r.startswith(("Darfur", "Sudan")) for role in roles for r in role)


@pytest.mark.parametrize(
    "text, role",
    [
        (_QUIET + "Division 30 fighters repelled the attack on Monday.", "Division 30 fighters"),
        (
            "02-03-2019 Division 30 Fighters Repel Attack on Kosti." + _LEAD,
            "Division 30 Fighters",
        ),
    ],
)
def test_a_name_ending_in_a_number_stays(text, role):
    assert role in {r for roles in _roles(text) for r in roles}
