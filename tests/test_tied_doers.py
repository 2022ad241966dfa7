"""Doers named by their tie to a group (graph/parse/ties.py, graph/normalize/tiedgroups.py).

Stories of our own, each written with and without commas (real news often has none).
"militants affiliated to X fired ...": the parser read "X fired" as one noun phrase or
the tie as the clause's verb, and the act had no doer; and generic men tied to a named
armed group are that group as the doer, as they are as the target. A tie to no group
("linked to the attack"), a name before the men, and "forces loyal to X" stay as read.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _doers(parse: Parse, text: str) -> list[tuple[str, str, str]]:
    """Return (action, actor text, actor id) of a story's normalised events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return [(e.action, e.actor, e.actor_id) for e in normalised if e.kind == "event"]


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


TIED = [
    *[
        (text, "fire", "jaish-al-islam")
        for text in _both(
            "On Sunday, militants affiliated to Jaish al-Islam fired rockets at a market."
        )
    ],
    *[
        (text, "shell", "ahrar-al-sham")
        for text in _both(
            "A police officer said that gunmen, linked with Ahrar al-Sham, shelled a bakery."
        )
    ],
    *[
        (text, "fire", "isis")
        for text in _both(
            "Two men were hurt when terrorist groups, affiliated with ISIS, fired shells at a farm."
        )
    ],
    # "targeted with X the town": read as "organizations (who were) targeted" without the tie
    *[
        (text, "target", "jaish-al-islam")
        for text in _both(
            "Terrorist organizations, affiliated to Jaish al-Islam, targeted with mortar shells"
            " the town of Kessa."
        )
    ],
    # a headline glued before: a generic agent's capital names nothing
    (
        "Shelling damages homes Terrorist organizations affiliated with Ahrar al-Sham targeted"
        " with rockets the town of Kessa.",
        "target",
        "ahrar-al-sham",
    ),
]


@pytest.mark.parametrize(("text", "action", "expected"), TIED)
def test_men_tied_to_a_group_are_the_doer(
    parse: Parse, text: str, action: str, expected: str
) -> None:
    assert [d[2] for d in _doers(parse, text) if d[0] == action] == [expected]


KEPT = [
    # a tie to an act, not a group
    ("Militants linked to the attack fled the town.", "flee", "unknown/gunmen"),
    # a state's forces loyal to their leader are already read
    ("Forces loyal to Assad shelled the town.", "shell", "assad-regime"),
    # "of" a body that is no armed group
    (
        "Members of parliament linked to Hezbollah criticised the plan.",
        "criticise",
        "unknown/legislature",
    ),
]


@pytest.mark.parametrize(("text", "action", "expected"), KEPT)
def test_other_ties_keep_their_doer(parse: Parse, text: str, action: str, expected: str) -> None:
    assert [d[2] for d in _doers(parse, text) if d[0] == action] == [expected]


def test_a_reduced_relative_with_a_verb_of_its_own_is_kept(nlp) -> None:
    doc = nlp("Militants affiliated to Jaish al-Islam killed in the raid were buried on Sunday.")
    roots = [t.text for t in doc if t.dep_ == "ROOT"]
    assert roots == ["buried"]


def test_a_copula_after_the_tie_is_not_reparsed(nlp) -> None:
    doc = nlp("Forces loyal to President Assad were behind the attack, officials said.")
    loyal = next(t for t in doc if t.text == "loyal")
    assert loyal.head.text == "Forces"


def test_the_tie_hangs_on_its_noun_after_the_reparse(nlp) -> None:
    doc = nlp("Militants affiliated to Jaish al-Islam fired mortars at a school in Douma.")
    fired = next(t for t in doc if t.text == "fired")
    tie = next(t for t in doc if t.text == "affiliated")
    assert fired.dep_ == "ROOT" and fired.tag_ == "VBD"
    assert [k.text for k in fired.children if k.dep_ == "nsubj"] == ["Militants"]
    assert tie.head.text == "Militants" and tie.dep_ == "acl"
    assert [k.dep_ for k in doc if k.text == "Islam"] == ["pobj"]
