"""A generic armed doer is the group that acted, not its victim (graph/normalize/storydoers.py).

Stories of our own, each with and without commas (real copy often has none): after
"group A attacked group B", a generic armed doer ("the militants", "the group", "the
jihadists") of the next sentence is A, never B; several groups that acted on B leave it
unresolved. "The militants" are never the jihadists' Kurdish-led foes when another group
named close by fits. Near misses: B acted itself, B was hit by a state (no group acted on it), a
and B told in the description's own sentence.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event, Provenance
from graph.normalize import normalize_events
from graph.normalize.mentions import Mention
from graph.normalize.phrase import Ref
from graph.normalize.storydoers import StoryRoles, story_group

Parse = Callable[..., Doc]


def _roles(parse: Parse, text: str) -> dict[tuple[str, str], tuple[str, str]]:
    """Return (actor text, action) -> (actor id, target id) of a story's normalised events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.actor, e.action): (e.actor_id, e.target_id) for e in normalised}


def _both(text: str, actor: str, action: str, expected: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, actor, action, expected), (text.replace(",", ""), actor, action, expected)]


_DOERS = [
    # the doer of the act the sentence goes on with, not its victim
    *_both(
        "Islamic State fighters assaulted the SDF outside Tabqa on Sunday, a monitor said. "
        "The militants laid mines around the dam.",
        "The militants",
        "lay",
        "isis",
    ),
    *_both(
        "Jaish al-Islam shelled Ahrar al-Sham near Douma on Friday, a monitor said. "
        "The group also stormed two farms.",
        "The group",
        "storm",
        "jaish-al-islam",
    ),
    # the group's men: whom "the group" means
    *_both(
        "Jaish al-Islam shelled Ahrar al-Sham near Douma on Friday, a monitor said. "
        "The group's fighters also stormed two farms.",
        "The group's fighters",
        "storm",
        "jaish-al-islam",
    ),
    # the victim is the clause's other participant too ("attacks on SDF posts")
    *_both(
        "Islamic State fighters assaulted the SDF outside Tabqa on Sunday. "
        "Later, the jihadists sent car bombs against SDF posts.",
        "the jihadists",
        "send",
        "isis",
    ),
    # near misses: the victim acted itself, or a state (not a group) acted on it
    *_both(
        "Islamic State fighters assaulted the SDF outside Tabqa, and the SDF shelled the dam. "
        "The group then seized a bridge.",
        "The group",
        "seize",
        "sdf",
    ),
    *_both(
        "Russian jets pounded Islamic State positions near Palmyra on Sunday. "
        "The militants later shelled the town, the ministry said.",
        "The militants",
        "shell",
        "isis",
    ),
    # the group hit in the description's own sentence, by a state
    *_both(
        "Syrian jets bombed ISIS positions near Raqqa, after the group shelled a village.",
        "the group",
        "shell",
        "isis",
    ),
]


_FOES = [
    # "the militants" are not the jihadists' Kurdish-led foes when a group named close by fits
    *_both(
        "Kurdish forces of the SDF pushed into Tabqa, where ISIS still holds the dam, "
        "a monitor said. The militants fired mortars at the advancing troops.",
        "The militants",
        "fire",
        "isis",
    ),
    # a group named further back: no one is sure (generic militants)
    *_both(
        "ISIS lost Manbij in August. Aid reached the town on Sunday. Food prices fell sharply. "
        "The SDF opened a new front near Tabqa. The militants fired mortars at the troops.",
        "The militants",
        "fire",
        "unknown/gunmen",
    ),
    # near misses: no other group in the story, or a description with a name of its own
    *_both(
        "The SDF pushed into Tabqa on Sunday, a monitor said. "
        "The militants then fired mortars at the dam.",
        "The militants",
        "fire",
        "sdf",
    ),
]


@pytest.mark.parametrize("text, actor, action, expected", _FOES)
def test_militants_are_not_the_kurdish_forces_when_a_group_fits(
    parse, text, actor, action, expected
):
    assert _roles(parse, text)[(actor, action)][0] == expected


@pytest.mark.parametrize("text, actor, action, expected", _DOERS)
def test_a_generic_doer_is_the_group_that_acted(parse, text, actor, action, expected):
    assert _roles(parse, text)[(actor, action)][0] == expected


def _ref(actor_id: str) -> Ref:
    return Ref(actor_id, actor_id, "armed-group")


def _roles_of(sentence: str, *acts: tuple[str, str, str]) -> StoryRoles:
    """Return the roles of sentence 0's acts: (doer id, target id, target as written)."""
    roles = StoryRoles()
    where = Provenance("test", "test", 0, 0, len(sentence), sentence)
    for doer, target, written in acts:
        event = Event(actor=doer, action="attack", target=written, provenance=where)
        roles.record(event, _ref(doer), _ref(target))
    return roles


_TEXT = "ISIS and HTS attacked the SDF near Tabqa, and the SDF shelled Raqqa."
_SDF = Mention(0, _TEXT.index("SDF"), _ref("sdf"))  # the victim, as the first act writes it


def test_two_groups_that_acted_on_the_victim_leave_it_unresolved():
    roles = _roles_of(_TEXT, ("isis", "sdf", "the SDF"), ("hts", "sdf", "the SDF"))
    assert story_group(_SDF, roles, lambda ref: True, "") is None


def test_the_one_group_of_its_kind_that_acted_on_the_victim_is_meant():
    roles = _roles_of(_TEXT, ("isis", "sdf", "the SDF"), ("hts", "sdf", "the SDF"))
    assert story_group(_SDF, roles, lambda ref: ref.actor_id != "hts", "") == _ref("isis")


def test_a_victim_written_elsewhere_or_a_generic_one_stays():
    roles = _roles_of(_TEXT, ("isis", "sdf", "the SDF"))
    doer = Mention(0, _TEXT.rindex("SDF"), _ref("sdf"))  # "the SDF shelled Raqqa"
    assert story_group(doer, roles, lambda ref: True, "") == _ref("sdf")
    vague = Mention(0, _TEXT.index("SDF"), _ref("unknown/gunmen"))
    assert story_group(vague, roles, lambda ref: True, "") == _ref("unknown/gunmen")
