"""The story's own country: whose "the government" is, whose "civilians" are (issue 14).

A bare "the government" is the government of the country the story is about; a generic
agent of no named country ("rebels", "the army") is of the country the story happens in.
Stories written for these tests; events are built by hand (no spaCy).
"""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize import normalize_events
from graph.normalize.owngovernment import own_country
from graph.normalize.phrase import Ref


def last_actor(*rows: tuple[str, str, str, str]) -> str:
    """Normalise one document of (sentence, actor, action, target) rows; the last actor id."""
    events, start = [], 0
    for index, (sentence, actor, action, target) in enumerate(rows):
        prov = Provenance("d1", "d1.txt", index, start, start + len(sentence), sentence)
        events.append(Event(actor, action, target, prov))
        start += len(sentence) + 1
    return list(normalize_events(events))[-1].actor_id


SYRIAN_STORY = [
    ("Syrian rebels held the old quarter of Homs.", "Syrian rebels", "hold", "the old quarter"),
    ("Syrian state television said the siege would go on.", "Syrian state television", "say",
     ""),
]  # fmt: skip


@pytest.mark.parametrize(
    "rows, expected",
    [
        # a foreign country named last: the story's own government still
        (
            [
                *SYRIAN_STORY,
                ("A Russian deadline for the fighters to leave ran out.", "A Russian deadline",
                 "run out", ""),
                ("The government sent trucks to the quarter.", "The government", "send",
                 "trucks"),
            ],
            "assad-regime",
        ),
        (
            [
                *SYRIAN_STORY,
                ("Moscow urged the fighters to leave.", "Moscow", "urge", "the fighters"),
                ("The regime then shelled the quarter.", "The regime", "shell", "the quarter"),
            ],
            "assad-regime",
        ),
        # a foreign country named as an actor: its government ("Britain ... The government")
        (
            [
                ("Syrian troops shelled rebel districts of Homs and Hama on Monday.",
                 "Syrian troops", "shell", "rebel districts"),
                ("In London Britain condemned the shelling.", "Britain", "condemn",
                 "the shelling"),
                ("The government will send aid to the towns.", "The government", "send",
                 "aid"),
            ],
            "united-kingdom",
        ),
        # the story's own country named last: its government, as before
        (
            [
                ("Turkish troops shelled Kurdish positions.", "Turkish troops", "shell",
                 "Kurdish positions"),
                ("Turkey wants a buffer zone.", "Turkey", "want", "a buffer zone"),
                ("The government massed tanks at the border.", "The government", "mass",
                 "tanks"),
            ],
            "turkey",
        ),
    ],
)  # fmt: skip
def test_the_government_is_the_story_country(rows, expected):
    assert last_actor(*rows) == expected


def test_own_country_keeps_the_country_without_a_clear_story_country():
    assert own_country(Ref("russia", "Russia", "country"), "") == "russia"
    assert own_country(Ref("russia", "Russia", "country"), "syria") == "syria"
    assert own_country(Ref("syria", "Syria", "country"), "syria") == "syria"


RUSSIAN_RAIDS = [
    ("Russian jets struck Hama and Homs overnight.", "Russian jets", "strike", "Hama"),
    ("A Russian general said the raids on Idlib would go on.", "A Russian general", "say", ""),
]


@pytest.mark.parametrize(
    "row, expected",
    [
        # a story about a foreign power's raids: the rebels and civilians are the setting's
        (("Rebels shelled a market killing six civilians.", "Rebels", "kill", "six civilians"),
         ("syria/rebels", "syria/civilians")),
        # two unnamed hills: no id of their own words
        (("The army retook two hills.", "The army", "retake", "two hills"), ("saa", "")),
    ],
)  # fmt: skip
def test_generic_agents_belong_to_the_setting(row, expected):
    events, start = [], 0
    for index, (sentence, actor, action, target) in enumerate([*RUSSIAN_RAIDS, row]):
        prov = Provenance("d1", "d1.txt", index, start, start + len(sentence), sentence)
        events.append(Event(actor, action, target, prov))
        start += len(sentence) + 1
    last = list(normalize_events(events))[-1]
    assert (last.actor_id, last.target_id) == expected
