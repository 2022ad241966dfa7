"""A counted or quantified part of a group takes the group's label (issue 14, lane partitives).

"N of them" whose nearest group is the clause's own doer ("its fighters shot five of
them") counts the group named before it; a group head with its name after it ("members
of X") is a group; a count with an of-phrase ("two of its commanders") is its whole's;
a bare quantifier ("some", "dozens") is the one group its own sentence named before it
(not its doer, none when two compete) (graph/normalize/counted.py, resolver.py).
Sentences written for these tests,
with commas and, inside one document of 40 words or more, without.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events
from graph.normalize.counted import counted_group, is_count
from graph.normalize.heads import UNRESOLVED_REF

Parse = Callable[..., Doc]

# A comma-less document of 40+ words is parsed with its commas put back (commasites).
_FILLER = (
    " The monitoring group said that the fighting had gone on for most of the week and that "
    "aid workers had not been able to reach the people who remained in the area since then."
)


def _events(parse: Parse, text: str) -> list[Event]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    return list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))


def _ids(parse: Parse, text: str) -> dict[str, str]:
    """Map each actor and target phrase to its id."""
    ids: dict[str, str] = {}
    for event in _events(parse, text):
        ids.setdefault(event.actor, event.actor_id)
        ids.setdefault(event.target, event.target_id)
    return ids


def _both(text: str, phrase: str, node: str) -> list[tuple[str, str, str]]:
    return [(text, phrase, node), (text.replace(",", "") + _FILLER, phrase, node)]


FOUND = [
    # "them" is not the clause's doer: the group named the sentence before
    *_both(
        "Jaish al-Islam fighters captured members of Ahrar al-Sham near the border. "
        "The group said its fighters shot five of them.",
        "five of them",
        "ahrar-al-sham",
    ),
    # a count of its fighters is the doer's side
    *_both(
        "Ahrar al-Sham said three of its fighters were killed in the fighting.",
        "three of its fighters",
        "ahrar-al-sham",
    ),
    *_both(
        "Government forces attacked Jaish al-Islam, and killed two of its commanders.",
        "two of its commanders",
        "jaish-al-islam",
    ),
    # a bare quantifier: the group its clause named
    *_both(
        "Government forces attacked the Sunni rebel groups, and killed some.",
        "some",
        "sunni/rebels",
    ),
    # a bare quantifier opening a sentence: the victims of the one before (left: the
    # doer competes there, and a toll's victims are otherwise the story's people)
    pytest.param(
        "Regime forces gassed villagers in the northern suburbs of Hama. Hundreds died.",
        "Hundreds",
        "syria/civilians",
        marks=pytest.mark.xfail(reason="bare quantifiers look only in their sentence", strict=True),
    ),
    *_both(
        "The war pits the army, backed by foreign militias, against an array of Sunni rebel "
        "groups, including some backed by Turkey.",
        "some",
        "sunni/rebels",
    ),
    *_both("Rebels said that five of them were killed.", "five of them", "unknown/rebels"),
    pytest.param(
        "The army bombed the rebel groups, and destroyed one of the groups.",
        "one of the groups",
        "unknown/rebels",
        marks=pytest.mark.xfail(reason="a definite 'the groups' is read as a name", strict=True),
    ),
    pytest.param(
        "The soldiers stormed the village, and the gunmen killed five of them.",
        "five of them",
        "unknown/military",
        marks=pytest.mark.xfail(reason="a later step drops the doer's rival", strict=True),
    ),
]


@pytest.mark.parametrize(("text", "phrase", "node"), FOUND)
def test_a_part_takes_its_whole(parse: Parse, text: str, phrase: str, node: str) -> None:
    assert _ids(parse, text)[phrase] == node


LEFT = [
    # a thing, not a group: "some" of tanks or weapons
    *_both("Rebels captured tanks near the base, and destroyed some.", "some", ""),
    *_both(
        "Police found weapons in the house, and the officers seized some of them.",
        "some of them",
        "",
    ),
    # two groups compete for a bare quantifier
    *_both(
        "The president vowed to fight Islamic State terrorists and Kurdish fighters in an "
        "offensive that has left dozens dead.",
        "dozens",
        "",
    ),
    *_both(
        "Turkey said it will fight Islamic State terrorists and Kurdish fighters on the "
        "third day of a long offensive that has left dozens dead.",
        "dozens",
        "",
    ),
    # a count of a thing is no actor
    *_both(
        "Troops destroyed one of the largest towns in the region.", "one of the largest towns", ""
    ),
]


@pytest.mark.parametrize(("text", "phrase", "node"), LEFT)
def test_a_part_of_a_thing_stays_unlabelled(
    parse: Parse, text: str, phrase: str, node: str
) -> None:
    assert _ids(parse, text)[phrase] == node


@pytest.mark.parametrize(
    ("word", "count"),
    [("two", True), ("12", True), ("fifteen", True), ("some", False), ("the", False)],
)
def test_is_count(word: str, count: bool) -> None:
    assert is_count(word) is count


@pytest.mark.parametrize(
    "text",
    [t for t, _, _ in _both("Rebels shelled the market, and an attack injured dozens.", "", "")],
)
def test_a_bare_toll_is_not_the_doers_group(parse: Parse, text: str) -> None:
    assert _ids(parse, text).get("dozens", "") != "unknown/rebels"


@pytest.mark.parametrize("phrase", ["dozens", "five of them"])
def test_no_sentence_no_group(phrase: str) -> None:
    # a headline's context resolves with no sentence to look in
    assert counted_group(phrase, [], 0, lambda text, back, at: UNRESOLVED_REF) is None
