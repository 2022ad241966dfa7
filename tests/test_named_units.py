"""A unit noun with a number or an ordinal names an armed unit, a party (issue 14).

"Division 30", "the regiment 112", "the 9th Armoured Division", "the Third Corps": an
armed group (its acts are events, it owns its headquarters), not a name of type
"other". Near misses: a base the unit holds, numbered roads and resolutions, a lower-case
spelled ordinal ("a second front"), a division that is an office. Sentences written for
these tests, each with and without commas; events are built by hand.
"""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events
from graph.normalize.units import unit_kind


def normalised(sentence: str, actor: str, target: str) -> Event:
    """Normalise a one-sentence document's one event."""
    prov = Provenance("d1", "d1.txt", 0, 0, len(sentence), sentence)
    return list(normalize_events([Event(actor, "attack", target, prov)]))[-1]


def both(sentence: str, actor: str, target: str, *expected: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped (as real news comes)."""
    bare = (sentence.replace(",", ""), actor.replace(",", ""), target.replace(",", ""))
    return [(sentence, actor, target, *expected), (*bare, *expected)]


@pytest.mark.parametrize(
    "sentence, actor, target, actor_id, actor_type",
    [
        *both("On Sunday, Division 41 demanded that the militia free its men.", "Division 41",
              "the militia", "division-41", "armed-group"),
        *both("The 9th Armoured Division, the monitor said, shelled the hills.",
              "The 9th Armoured Division", "the hills", "9th-armoured-division", "armed-group"),
        *both("Last week, the Third Corps urged the gunmen to leave.", "the Third Corps",
              "the gunmen", "third-corps", "armed-group"),
        *both("The regiment 112, activists said, pounded the farms.", "The regiment 112",
              "the farms", "regiment-112", "armed-group"),
        # near misses: an office named a division, a road with a number
        *both("The Consular Division, officials said, answered the letter.",
              "The Consular Division", "the letter", "consular-division", "other"),
        *both("On Friday, Route 9 was shut by the police.", "Route 9", "the police",
              "route-9", "other"),
    ],
)  # fmt: skip
def test_numbered_unit_is_an_armed_party(sentence, actor, target, actor_id, actor_type):
    event = normalised(sentence, actor, target)
    assert (event.actor_id, event.actor_type) == (actor_id, actor_type)


@pytest.mark.parametrize(
    "sentence, actor, target",
    both("Overnight, warplanes hit the headquarters of Division 41, a monitor said.", "warplanes",
         "the headquarters of Division 41"),
)  # fmt: skip
def test_numbered_unit_owns_its_headquarters(sentence, actor, target):
    assert normalised(sentence, actor, target).target_id == "division-41"


@pytest.mark.parametrize(
    "words, expected",
    [
        ("Division 41", "armed-group"),
        ("the 22nd Brigade", "armed-group"),
        ("the Second Army", "armed-group"),
        ("the Division 41 base", None),  # a place it holds
        ("Resolution 2118", None),
        ("a second front", None),
        ("the first battalion", None),
        ("the Division of Public Affairs", None),
    ],
)
def test_unit_kind(words, expected):
    assert unit_kind(words.split()) == expected
