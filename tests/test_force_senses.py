"""Verbs of force keep their sense against other verbs' idioms (graph/extract/forcesenses.py).

Every sentence here is written for this test (none comes from a benchmark file).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[[str], Doc]


def _classes(parse: Parse, sentence: str, word: str) -> list[str]:
    return [
        e.action_class
        for e in extract_events(parse(sentence))
        if word in e.relation or word in e.action
    ]


# (sentence, a word of the relation, class): "disarm militants" (082) is disarm's idiom, "break
# with" (130) break's; "wipe out", "overwhelm", "beat back" stay force
FORCE = [
    ("The brigade wiped out the militants near the dam.", "wiped", "FIGHT"),
    ("Near the dam, the brigade wiped the militants out.", "wiped", "FIGHT"),
    ("The brigade wiped the militants out near the dam", "wiped", "FIGHT"),
    ("The marines wiped out a convoy, two depots and a radar post.", "wiped", "FIGHT"),
    ("The marines wiped out a convoy two depots and a radar post", "wiped", "FIGHT"),
    ("The raiders tried to overwhelm the garrison with sheer numbers.", "overwhelm", "FIGHT"),
    # a null pattern that names no noun ("* IN") is no sense of a synonym
    ("The raiders damaged two shops in the old quarter.", "damaged", "ASSAULT"),
    ("In the old quarter, the raiders damaged two shops in the market.", "damaged", "ASSAULT"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), FORCE)
def test_a_verb_of_force_keeps_its_sense_against_another_verbs_idiom(
    parse, sentence, word, expected
):
    classes = _classes(parse, sentence, word)
    assert classes
    assert set(classes) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "A bomb wiped out a meeting of the council, killing nine.",
        "A bomb wiped out a meeting of the council killing nine",
    ],
)
def test_what_a_force_particle_verb_destroys_is_no_event_of_its_own(parse, sentence):
    classes = _classes(parse, sentence, "wipe")
    assert classes
    assert "CONSULT" not in classes
    assert set(classes) <= {"FIGHT", "ASSAULT"}


# near misses: the verb's own idioms, null patterns and light verbs are left alone
NEAR = [
    ("The peacekeepers disarmed the militants at the checkpoint.", "disarmed", "CONCEDE"),
    ("The envoy said the deal broke the deadlock in the talks.", "broke", "AGREE"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), NEAR)
def test_a_verbs_own_idiom_stands(parse, sentence, word, expected):
    assert _classes(parse, sentence, word) == [expected]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The council levied a tax on imported cars.", "levied"),
        ("The council levied a tax on imported cars, officials said.", "levied"),
        ("The janitor wiped the tables in the hall.", "wiped"),
    ],
)
def test_null_patterns_and_light_senses_stay_uncoded(parse, sentence, word):
    classes = _classes(parse, sentence, word)
    assert not set(classes) & {"COERCE", "ASSAULT", "FIGHT"}
