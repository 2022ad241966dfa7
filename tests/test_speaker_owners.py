"""A possessive in what a party says is the speaker's (issue 14).

"The Tarvan Front said an airstrike killed one of its commanders": the commanders are
the Front's, not the story's government by default. Another party named in the
reported clause before the possessive, a quotation, a person or a vague speaker leave
the phrase to the other steps. Sentences written for these tests, with and without
commas.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _ids(parse: Parse, text: str, phrase: str) -> set[str]:
    """Return the ids ``phrase`` gets as a target or actor in the events of ``text``."""
    found = sorted(set(extract_events(parse(text))), key=lambda e: e.sort_key())
    events = list(normalize_events(found))
    # the corpus strips commas: "three of its members near the town" is one span
    return {e.target_id for e in events if _head(e.target) == phrase} | {
        e.actor_id for e in events if _head(e.actor) == phrase
    }


def _head(span: str) -> str:
    """Return a span without the place after it ("its members near X" -> "its members")."""
    return re.split(r"\s+(?:in|near|at)\s+", span)[0]


@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        ("The Islam Army said, on Tuesday, that a missile killed one of its commanders in Harasta.",
         "one of its commanders", "islam-army"),
        ("The Islam Army said on Tuesday that a missile killed one of its commanders in Harasta.",
         "one of its commanders", "islam-army"),
        ("The Observatory said, on Monday, that a shell wounded one of its volunteers.",
         "one of its volunteers", "sohr"),
        ("The Observatory said on Monday that a shell wounded one of its volunteers.",
         "one of its volunteers", "sohr"),
        # the speaker's men as doers
        ("The Islam Army said, on Sunday, that a day later one of its volunteers shot a guard.",
         "one of its volunteers", "islam-army"),
        ("The Islam Army said on Sunday that a day later one of its volunteers shot a guard.",
         "one of its volunteers", "islam-army"),
        ("The White Helmets said, in a statement, that bombers hit two of their centres overnight.",
         "two of their centres", "white-helmets"),
        ("The White Helmets said in a statement that bombers hit two of their centres overnight.",
         "two of their centres", "white-helmets"),
        ("Ahrar al-Sham said a roadside bomb wounded three of its members, near Saraqeb.",
         "three of its members", "ahrar-al-sham"),
        ("Ahrar al-Sham said a roadside bomb wounded three of its members near Saraqeb.",
         "three of its members", "ahrar-al-sham"),
    ],
)  # fmt: skip
def test_the_speakers_own_men_and_premises(parse, text, phrase, expected):
    assert _ids(parse, text, phrase) == {expected}


@pytest.mark.parametrize(
    "text, phrase, speaker",
    [
        # another party in the reported clause may own them
        ("Jaish al-Islam said, on Tuesday, that the army shelled Ahrar al-Sham and hit its "
         "positions.", "its positions", "jaish-al-islam"),
        ("Jaish al-Islam said on Tuesday that the army shelled Ahrar al-Sham and hit its "
         "positions.", "its positions", "jaish-al-islam"),
        # a quotation has its own speaker
        ('The White Helmets said: "a missile hit one of its centres".', "one of its centres",
         "white-helmets"),
        # not men or premises: whose pilot is the plane's
        ("Jaish al-Islam said, on Tuesday, that it downed a jet and killed its pilot.",
         "its pilot", "jaish-al-islam"),
    ],
)  # fmt: skip
def test_no_speaker_owner_when_another_may_own(parse, text, phrase, speaker):
    assert speaker not in _ids(parse, text, phrase)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said, on Monday, that its forces shelled militants near the border.",
        "Turkey said on Monday that its forces shelled militants near the border.",
    ],
)
def test_a_states_forces_stay_its_military(parse, text):
    assert _ids(parse, text, "its forces") == {"turkey"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the clause's own party, not the speaker, owns what the attack hit
        ("The ministry said, on Friday, that troops shelled ISIS and destroyed its positions.",
         "isis"),
        ("The ministry said on Friday that troops shelled ISIS and destroyed its positions.",
         "isis"),
        # a clause with no party: the speaker's own
        ("The Nusra Front said, on Friday, that bombers struck its positions.", "hts"),
        ("The Nusra Front said on Friday that bombers struck its positions.", "hts"),
    ],
)  # fmt: skip
def test_owner_in_the_reported_clause_first(parse, text, expected):
    assert _ids(parse, text, "its positions") == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a group's men hit in an attack are the group the attack named
        ("The army pounded the so-called Harbi Brigade on Monday, killing one of its commanders.",
         {"harbi-brigade"}),
        ("The army pounded the so-called Harbi Brigade on Monday killing one of its commanders.",
         {"harbi-brigade"}),
        # never the attacker's own; two groups leave it open
        ("The Harbi Brigade shelled the village, killing one of its commanders.", {""}),
        ("The Harbi Brigade shelled the village killing one of its commanders.", {""}),
        ("Jets bombed the Harbi Brigade and the Tarvan Front killing one of its commanders.",
         {""}),
    ],
)  # fmt: skip
def test_men_hit_are_their_groups(parse, text, expected):
    assert _ids(parse, text, "one of its commanders") == expected
