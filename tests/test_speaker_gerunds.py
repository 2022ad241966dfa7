"""A gerund of saying after a demand is the demander's (issue 14, speakergerunds.py).

Sentences written for these tests: without a comma the parser hangs "stressing that
..." on the infinitive of what was asked ("asked the donors to send tents"), whose
subject is the one asked.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a gerund of saying after a demand is the demander's, not the one asked to act
        (
            "The mayor asked the donors to send tents stressing that the winter was near.",
            "The mayor",
        ),  # fmt: skip
        (
            "The mayor asked the donors to send tents, stressing that the winter was near.",
            "The mayor",
        ),  # fmt: skip
        ("The envoy urged the council to act stressing that time was short.", "The envoy"),
    ],
)
def test_a_gerund_of_saying_is_the_speakers(parse, text, speaker):
    said = {e.actor for e in extract_events(parse(text)) if e.action == "stress"}
    assert said == {speaker}


def test_a_gerund_an_aspect_verb_takes_stays_the_one_asked(parse):
    # "urged them to stop saying": the saying is theirs (and what is to stop)
    text = "The envoy urged the generals to stop saying that the war was won."
    said = {e.actor for e in extract_events(parse(text)) if e.action == "say"}
    assert said == {"the generals"}
