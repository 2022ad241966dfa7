"""An attack told again with no target takes the target the story told (normalize/storytargets.py).

"Government forces bombarded Douma. They continued the bombardment on Saturday": the
bombardment is Douma's. Another doer between, a new attack ("the first strike", "other
raids"), two earlier targets, a toll for an antecedent or a pronoun that does not agree
leave the target empty. Sentences written for these tests, each with commas and as one
comma-less document of 40 words or more.
"""

from __future__ import annotations

import pytest

from graph.model import Article, Event
from graph.normalize import normalize_events
from graph.parse import parse_articles
from graph.pipeline.document import extract_doc

# Padding that makes a comma-less document long enough to be parsed with commas put back.
_TAIL = (
    " Residents of the area said they had fled to nearby farms and that the roads"
    " leading out of the region remained closed to traffic for the whole week."
)


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "") + _TAIL]


def _targets(text: str, relation: str, title: str = "") -> set[str]:
    """Return the target ids of the events whose surface relation holds ``relation``."""
    events: list[Event] = []
    for _, doc in parse_articles([Article("d", "a.txt", text, title=title)]):
        found, sentences = extract_doc(doc, "dep")
        events += normalize_events(found, sentences={"d": sentences})
    return {e.target_id for e in events if e.kind == "event" and relation in e.relation}


TOLD = [
    *[
        (text, "continued the bombardment", {"douma"})
        for text in _both(
            "Government forces bombarded Douma on Friday, activists said. Government forces"
            " continued the bombardment on Saturday, the activists added."
        )
    ],
    *[
        (text, "expanded its attacks", {"isis"})
        for text in _both(
            "Kurdish YPG fighters attacked Islamic State positions near Tal Abyad on Sunday,"
            " a monitor said. The YPG later expanded its attacks to the edge of the province."
        )
    ],
    *[
        (text, "stepped up its attacks", {"syria/rebels"})
        for text in _both(
            "Syrian troops attacked rebel positions in Daraa on Sunday, a monitor said."
            " Activists said the army stepped up its attacks on Monday."
        )
    ],
    # one attack on a list of towns: the bombardment is of each
    *[
        (text, "continued the bombardment", {"douma", "harasta"})
        for text in _both(
            "Government forces bombarded Douma and Harasta on Friday, activists said."
            " Government forces continued the bombardment on Saturday, they added."
        )
    ],
]

LEFT = [
    # a truce is no attack told before
    *[
        (text, "violated the truce", set())
        for text in _both(
            "Government forces bombarded Douma on Friday, activists said. Government forces"
            " violated the truce on Saturday, they added."
        )
    ],
    # an attack told again in another place keeps that place
    *[
        (text, "continued their attacks", {"raqqa"})
        for text in _both(
            "Kurdish fighters attacked Islamic State positions near Tal Abyad on Sunday, a"
            " monitor said. The fighters continued their attacks in Raqqa on Monday."
        )
    ],
    # "it" after an attack on two villages
    *[
        (text, "attacked", {"tobin", "kessa"})
        for text in _both(
            "Islamic State militants attacked the villages of Tobin and Kessa on Monday, a"
            " monitor said. The militants attacked it again on Wednesday."
        )
    ],
    # another doer's attack told between
    *[
        (text, "continued the bombardment", set())
        for text in _both(
            "Government forces bombarded Douma on Friday, activists said. Rebels shelled"
            " Hama on Saturday. Government forces continued the bombardment on Sunday."
        )
    ],
    # a new attack, not the one told
    *[
        (text, "launched new attacks", set())
        for text in _both(
            "Syrian troops attacked rebel positions in Daraa on Sunday, a monitor said."
            " Activists said the army launched new attacks on Monday."
        )
    ],
    # two earlier attacks on different targets compete
    *[
        (text, "stepped up its attacks", set())
        for text in _both(
            "Syrian troops attacked rebel positions in Daraa on Sunday. Syrian troops shelled"
            " Islamic State positions in Palmyra, a monitor said. Activists said the army"
            " stepped up its attacks on Monday."
        )
    ],
    # another doer refers to the attack: the rebels' target is not the army's
    *[
        (text, "repelled the attack", set())
        for text in _both(
            "Islamic State fighters attacked Kobani on Monday, a monitor said. The Kurdish"
            " YPG repelled the attack on Tuesday."
        )
    ],
    # the antecedent is too far back
    *[
        (text, "continued the bombardment", set())
        for text in _both(
            "The war is in its seventh year. Government forces bombarded Douma on Friday,"
            " activists said. The UN called for calm. Aid trucks waited at the border."
            " Talks were held in Geneva. Diplomats met in Vienna. Government forces"
            " continued the bombardment on Sunday."
        )
    ],
]


@pytest.mark.parametrize(("text", "relation", "ids"), TOLD)
def test_an_attack_told_again_takes_the_story_target(text: str, relation: str, ids: set[str]):
    assert _targets(text, relation) == ids


@pytest.mark.parametrize(("text", "relation", "ids"), LEFT)
def test_an_attack_told_again_is_left_without_a_target(text: str, relation: str, ids: set[str]):
    assert _targets(text, relation) <= ids | {""}


def test_an_attack_told_again_takes_the_headline_target():
    text = (
        "Activists said at least four people were killed, a monitor said. Syrian jets"
        " continued the raids on Saturday, residents said."
    )
    for body in _both(text):
        assert _targets(body, "continued the raids", "Syrian jets bomb Douma") == {"douma"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Syrian government forces shelled Daraya on Friday. It has been regularly targeted"
            " since the truce collapsed.",
            marks=pytest.mark.xfail(
                reason="a passive pronoun subject with no doer stays a fact", strict=True
            ),
        ),
    ],
)
def test_a_passive_pronoun_attack_takes_the_story_target(text: str):
    assert _targets(text, "targeted") == {"darayya"}
