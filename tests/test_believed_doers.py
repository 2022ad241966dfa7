"""A doer named by a reduced "believed to be": "jets believed to be X killed 40" (issue 14).

Sentences of our own, with and without commas (the real-news corpus has none). The parser
often reads "believed"/"thought"/"suspected" as the sentence's main verb and the act after
it as its complement with no subject: the act is the believed doer's, possible (the doer is
only believed), with its victims or place as target. A passive after the belief ("were
seen"), a correct reduced relative on a patient ("a man believed to be X was arrested") and
a belief with an object or a clause of its own stay as they were.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _events(parse, text: str) -> list[tuple[str, str, str, str]]:
    return [
        (e.actor, e.action, e.target, e.modality)
        for e in extract_events(parse(text))
        if e.kind == "event"
    ]


BELIEVED = [
    ("Military jets believed to be Jordanian killed 40 people in the market.", "kill", "40 people"),
    (
        "Military jets, believed to be Jordanian, killed 40 people in the market.",
        "kill",
        "40 people",
    ),
    (
        "Warplanes thought to be from the coalition struck the village on Sunday.",
        "strike",
        "the village",
    ),
    (
        "Warplanes, thought to be from the coalition, struck the village on Sunday.",
        "strike",
        "the village",
    ),
    ("Aircraft suspected to be Turkish bombed the bakery.", "bomb", "the bakery"),
    ("Aircraft, suspected to be Turkish, bombed the bakery.", "bomb", "the bakery"),
    ("Helicopters believed to be Iraqi have shelled the border post.", "shell", "the border post"),
    (
        "Helicopters, believed to be Iraqi, have shelled the border post.",
        "shell",
        "the border post",
    ),
]
# the doer as extraction names it: the side the belief names, else the aircraft themselves
_DOERS = {"Jordanian", "Military jets", "the coalition", "Warplanes", "Turkish", "Aircraft"}
_DOERS |= {"Iraqi", "Helicopters"}


@pytest.mark.parametrize("sentence, action, target", BELIEVED)
def test_the_act_after_a_misread_belief_is_the_believed_doers_and_possible(
    parse, sentence, action, target
):
    found = [e for e in _events(parse, sentence) if e[1] == action and e[2] == target]
    assert found, _events(parse, sentence)
    assert all(actor in _DOERS and modality == "possible" for actor, _, _, modality in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # a passive after the belief: the jets were seen, they did nothing
        "Jets believed to be Jordanian were seen over the town.",
        "Jets, believed to be Jordanian, were seen over the town.",
        # a reduced relative on the one arrested, read right by the parser
        "A man believed to be the bomber was arrested.",
        "A man, believed to be the bomber, was arrested.",
        # a belief with a clause of its own
        "Officials believed the jets were Jordanian.",
    ],
)
def test_no_act_is_made_of_a_belief_without_one(parse, sentence):
    assert _events(parse, sentence) == []


def test_a_belief_with_an_object_keeps_its_own_subject_and_stays_asserted(parse):
    sentence = "The envoy believed them to be Jordanian and left the talks."
    assert ("The envoy", "leave", "", "asserted") in _events(parse, sentence)
