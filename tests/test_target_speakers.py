"""Speakers glued onto targets (issue 14): a toll before a speech tag, a name before it.

Every sentence is our own, with and without commas: a toll the parser reads as the
subject of the speech tag after it ("killed 210 villagers said the Network") is the
verb's target with the speaker cut off, and a speaker the parser hangs on the end of
a target before a tag without a subject ("the town of X activist Y said") is cut off;
a name the phrase needs and a tag's own speaker stay.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str, action: str) -> set[str]:
    return {
        e.target for e in extract_events(parse(text)) if e.kind == "event" and e.action == action
    }


# A toll the parser reads as the subject of the speech tag after it is the verb's target.
TOLLS = [
    (
        "Shelling of the hill villages on Friday killed at least 19 farmers including women"
        " local activists said.",
        "kill",
        "at least 19 farmers",
    ),
    (
        "Shelling of the hill villages on Friday killed at least 19 farmers, including women,"
        " local activists said.",
        "kill",
        "at least 19 farmers",
    ),
    (
        "Rebel fire on government districts killed 310 people said the Observatory.",
        "kill",
        "310 people",
    ),
    (
        "The blast at the depot wounded more than 45 workers said the Network a rights monitor.",
        "wound",
        "more than 45 workers",
    ),
]


@pytest.mark.parametrize(("sentence", "action", "target"), TOLLS)
def test_toll_before_a_speech_tag_is_the_target(
    parse: Parse, sentence: str, action: str, target: str
) -> None:
    assert target in _targets(parse, sentence, action)


# A speaker the parser glued onto the end of a target before a subjectless tag is cut off.
TAIL_SPEAKERS = [
    (
        "Artillery fire also hit the town of Tell Bisa activist Omar Nasser said.",
        "hit",
        "the town of Tell Bisa",
    ),
    (
        "Shelling killed 12 people in northern Syria Oxfam said.",
        "kill",
        "12 people in northern Syria",
    ),
    # a name the phrase needs stays, and so does a tag's own speaker
    (
        "Troops shelled the headquarters of Amnesty International said a witness.",
        "shell",
        "the headquarters of Amnesty International",
    ),
    (
        "Troops shelled the headquarters of Amnesty International said on Monday.",
        "shell",
        "the headquarters of Amnesty International",
    ),
    (
        "Jets struck the state television in the capital said a resident.",
        "strike",
        "the state television",
    ),
]


@pytest.mark.parametrize(("sentence", "action", "target"), TAIL_SPEAKERS)
def test_speaker_glued_on_a_target_is_cut_off(
    parse: Parse, sentence: str, action: str, target: str
) -> None:
    assert target in _targets(parse, sentence, action)
