"""A pronoun subject of a time clause means its main clause's subject (issue 14, recall).

"The rebels kept up their push as they stormed two posts": the rebels stormed them.
Sentences written for these tests, with and without their commas.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]
Triple = tuple[str, str, str]
_Row = TypeVar("_Row", bound=tuple[str, ...])


def _found(parse: Parse, text: str) -> set[Triple]:
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text))}


def _both(text: str, triple: _Row) -> list[tuple[str, _Row]]:
    return [(text, triple), (text.replace(",", ""), triple)]


MEANT = [
    *_both(
        "The rebels kept up their push on Monday, as they stormed two checkpoints near the river.",
        ("The rebels", "storm", "two checkpoints"),
    ),
    *_both(
        "Border troops cut the highway on Friday, when they seized a hill overlooking it.",
        ("Border troops", "seize", "a hill"),
    ),
    *_both(
        "Moscow stepped up its backing for the government in September, when it began an "
        "air campaign over the north.",
        ("Moscow", "begin", ""),
    ),
    *_both(
        "The militias shelled the town, before they withdrew to the hills.",
        ("The militias", "withdraw to", "the hills"),
    ),
    # a passive main clause: its subject is who fled.
    *_both(
        "Forty villagers were killed in the raids, as they fled the town.",
        ("Forty villagers", "flee", "the town"),
    ),
]


@pytest.mark.parametrize("text, triple", MEANT)
def test_the_main_subject_does_the_time_clause(parse, text, triple):
    assert triple in _found(parse, text)


UNCLEAR = [
    # an object of the same number could be meant.
    ("Government forces shelled the rebels as they fled the town.", ("they", "flee", "the town")),
    (
        "Army units killed dozens of gunmen near the dam as they pushed toward the bridge.",
        ("they", "push toward", "the bridge"),
    ),
    # another number: "they" is not the army.
    (
        "The army held the ridge while they shelled the valley below.",
        ("they", "shell", "the valley"),
    ),
    # a clause of its own, not a time clause.
    (
        "The ministry denied the report and said they attacked the convoy.",
        ("they", "attack", "the convoy"),
    ),
]


@pytest.mark.parametrize("text, triple", UNCLEAR)
def test_an_unclear_pronoun_stays_as_written(parse, text, triple):
    assert triple in _found(parse, text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # the main clause fires on someone of the pronoun's number.
        (
            "Army gunners fired on the raiders as they got ready to attack the post.",
            ("they", "attack", "the post"),
        ),
        # a pronoun object can be meant as well.
        (
            "The militia attacked them, while they were fighting the bandits.",
            ("they", "fight", "the bandits"),
        ),
    ],
)
def test_an_aim_or_a_pronoun_object_leaves_the_pronoun(parse, text, triple):
    assert triple in _found(parse, text)


def test_a_participle_keeps_its_own_doer(parse):
    text = "Ten porters were killed as they were unloading lorries carrying flour."
    found = _found(parse, text)
    assert ("Ten porters", "unload", "lorries") in found
    assert not any(a == "Ten porters" and action == "carry" for a, action, _ in found)


def test_they_may_mean_things_the_main_clause_acts_on(parse):
    text = "The guards destroyed three lorries full of explosives before they could reach the gate."
    assert ("they", "reach", "the gate") in _found(parse, text)


def test_a_passive_agent_may_be_meant(parse):
    text = "Six shepherds were killed by the gunmen after they took the pass."
    assert ("they", "take", "the pass") in _found(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "The old road was cut by border troops on Friday when they seized the ridge.",
        "The old road was cut by border troops on Friday, when they seized the ridge.",
    ],
)
def test_a_passive_agent_is_meant_when_only_it_agrees(parse, text):
    assert ("border troops", "seize", "the ridge") in _found(parse, text)


# "they" of a group noun written in the singular ("the crowd", "the mob"): the group the
# main clause acts on may be who did the second act, so it is not given to the main subject.
GROUPS = [
    *_both(
        "Riot police scattered the crowd, after they threw rocks at the guards.",
        ("Riot police", "they", "throw", "rocks"),
    ),
    *_both(
        "The guards beat the mob, after they torched a van.",
        ("The guards", "they", "torch", "a van"),
    ),
    *_both(
        "Soldiers fired tear gas at the crowd, when they rushed the fence.",
        ("Soldiers", "they", "rush", "the fence"),
    ),
    *_both(
        "Troops opened fire on the militia, when they overran the roadblock.",
        ("Troops", "they", "overrun", "the roadblock"),
    ),
    *_both(
        "Gunmen ambushed the convoy, as they crossed the bridge.",
        ("Gunmen", "they", "cross", "the bridge"),
    ),
]


@pytest.mark.parametrize("text, row", GROUPS)
def test_a_singular_group_object_leaves_they(parse, text, row):
    subject, pronoun, action, target = row
    found = _found(parse, text)
    assert (pronoun, action, target) in found
    assert (subject, action, target) not in found


@pytest.mark.parametrize(
    "text, triple",
    [
        *_both(
            "The rebels shelled the village, as they advanced on it.",
            ("The rebels", "advance on", "the village"),
        ),
        *_both(
            "Army gunners pounded the hamlet, as they moved toward it.",
            ("Army gunners", "move toward", "the hamlet"),
        ),
    ],
)
def test_a_thing_object_does_not_stop_they(parse, text, triple):
    assert triple in _found(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Many farmers near Tal Kabir distrust the Hamdan Front, because they say it hoards grain.",
        "Many farmers near Tal Kabir distrust the Hamdan Front because they say it hoards grain.",
    ],
)
def test_a_singular_name_does_not_stop_they(parse, text):
    assert any(a == "Many farmers" and action == "say" for a, action, _ in _found(parse, text))


# A clause joined by "and"/"but" whose pronoun subject means the first clause's subject.
JOINED = [
    *_both(
        "Moscow stepped into the conflict in 2015, and it has denied bombing any clinics.",
        ("Moscow", "deny", ""),
    ),
    *_both(
        "The Harbi Brigade retreated in the spring, but it retook the ridge in June.",
        ("The Harbi Brigade", "retake", "the ridge"),
    ),
    *_both(
        "The rebels withdrew from the hill last week, and they shelled the valley on Sunday.",
        ("The rebels", "shell", "the valley"),
    ),
]


@pytest.mark.parametrize("text, triple", JOINED)
def test_a_joined_clause_pronoun_means_the_first_subject(parse, text, triple):
    assert triple in _found(parse, text)


JOINED_UNCLEAR = [
    # another of the pronoun's number stands in the first clause.
    ("Border troops shelled the rebels, and they fled the town.", ("they", "flee", "the town")),
    (
        "Aid groups condemned the use of cluster bombs but they still fall on markets.",
        ("they", "fall on", "markets"),
    ),
    # a thing object may be what "it" means.
    ("The army shelled the depot and it burned for two days.", ("it", "burn", "")),
    # the subject is no party.
    (
        "The fighting broke out in May but it has since spread to the coast.",
        ("it", "spread to", "the coast"),
    ),
    # an empty "it".
    (
        "The council said the talks resumed but it was unclear when they would end.",
        ("it", "be", "unclear"),
    ),
]


@pytest.mark.parametrize("text, triple", JOINED_UNCLEAR)
def test_an_unclear_joined_pronoun_stays_as_written(parse, text, triple):
    assert triple in _found(parse, text)


def test_no_pronoun_across_sentences(parse):
    text = "The rebels withdrew from the hill. And they shelled the valley on Sunday."
    assert ("they", "shell", "the valley") in _found(parse, text)
