"""The toll of an attack told in the next clause is the attacker's harm (issue 14).

Every sentence is our own, each with its commas and without them (after a comma-free lead long
enough that the parser puts the commas back, as for stripped copy). "Jets bombed the
depot and nine guards were killed" codes the jets killing the guards; a fight of two
sides, a speech, an attack denied or only feared, a toll with a cause of its own and
the attacker's own men stay facts.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events
from graph.model import Article
from graph.normalize import normalize_events
from graph.parse import iter_sentences, parse_articles

_LEAD = (
    "Aid workers in the valley said on Sunday that the roads to the northern farms had been "
    "cut for a week and that the bakeries in most of the hill villages had run out of flour. "
)


def _events(text: str) -> set[tuple[str, ...]]:
    ((_, doc),) = parse_articles([Article("test", "test.txt", _LEAD + text)])
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in iter_sentences(doc)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.kind, e.actor, e.action, e.target, e.target_id) for e in normalised}


def _both(text: str, *rows: object) -> list[tuple[str, tuple[object, ...]]]:
    return [(text, rows), (text.replace(",", ""), rows)]


HURT = [
    *_both(
        "Tarvan jets bombed the depot outside Kessa on Friday, and nine guards were killed.",
        ("event", "Tarvan jets", "kill", "nine guards"),
    ),
    *_both(
        "Militiamen shelled the old market on Tuesday, the monitor said, adding that 23 "
        "shoppers were wounded.",
        ("event", "Militiamen", "wound", "23 shoppers"),
    ),
    *_both(
        "Helicopters raided the hamlet at dawn, and the rescue group said that at least "
        "five farmers had been killed.",
        ("event", "Helicopters", "kill", "at least five farmers"),
    ),
    *_both(
        "Government planes carried out four air strikes on the ferry port, the agency said, "
        "adding that dozens of dock workers were injured.",
        ("event", "Government planes", "injure", "dozens of dock workers"),
    ),
    *_both(
        "The ferry was shelled by militiamen on Friday, and two sailors were killed and "
        "11 were hurt.",
        ("event", "militiamen", "kill", "two sailors"),
        ("event", "militiamen", "hurt", "11"),
    ),
]


@pytest.mark.parametrize("text, rows", HURT)
def test_a_toll_clause_is_the_attackers_harm(text, rows):
    found = {row[:4] for row in _events(text)}
    for row in rows:
        assert row in found


KEPT = [
    # a fight of two sides: whose dead they are is open
    (
        "Militiamen and the police clashed near the bridge on Friday, and nine guards were killed.",
        "Militiamen",
    ),
    # no attack: a visit, a speech
    ("The minister visited the clinic on Friday, and nine guards were killed.", "The minister"),
    (
        "The governor spoke to the crowd on Friday, the agency said, adding that nine guards "
        "were killed.",
        "The governor",
    ),
    # the toll names its own cause or doer
    (
        "Tarvan jets bombed the depot on Friday, and nine guards were killed in a road accident.",
        "Tarvan jets",
    ),
    (
        "Tarvan jets bombed the depot on Friday, and nine guards were killed by a sniper.",
        "Tarvan jets",
    ),
    # an attack denied or only feared
    ("Tarvan jets did not bomb the depot on Friday, and nine guards were killed.", "Tarvan jets"),
    ("Tarvan jets could bomb the depot on Friday, and nine guards would be killed.", "Tarvan jets"),
    # the first harm of the toll names its own cause
    (
        "Tarvan jets bombed the depot on Friday, and nine guards were killed in a road "
        "accident and four hurt.",
        "Tarvan jets",
    ),
    # the attacker's own men
    ("Militiamen stormed the barracks at dawn, and six militiamen were killed.", "Militiamen"),
    ("Troops stormed the barracks at dawn, and six soldiers were killed.", "Troops"),
    (
        "The Tarvan Front stormed the barracks at dawn, and six Tarvan Front fighters were killed.",
        "The Tarvan Front",
    ),
]


@pytest.mark.parametrize("text, doer", [*KEPT, *((t.replace(",", ""), doer) for t, doer in KEPT)])
def test_other_clauses_give_the_toll_no_doer(text, doer):
    hurt = {"kill", "wound", "injure"}
    found = _events(text)
    assert not [row for row in found if row[1] == doer and row[2] in hurt]


def test_the_victims_keep_their_own_country():
    # the victims of Russian jets in a Syrian town are no Russian people
    text = (
        "Russian jets struck the Syrian town of Saraqib in Idlib province on Monday, the "
        "monitor said, adding that 14 civilians were injured."
    )
    found = _events(text)
    hurt = [row for row in found if row[2] == "injure"]
    assert hurt and all(row[4] == "syria/civilians" for row in hurt)


PAIRED = [
    *_both(
        "Four porters were killed in militia rocket fire near the mill, while 12 others were hurt.",
        ("event", "militia", "hurt", "12 others"),
    ),
    *_both(
        "Four porters were killed, while 12 others were hurt in militia rocket fire on Friday.",
        ("event", "militia", "kill", "Four porters"),
    ),
    *_both(
        "Four porters were killed in army shelling on Friday, and 12 others were hurt.",
        ("event", "army", "hurt", "12 others"),
    ),
    *_both(
        "Jets struck the town on Friday, and six farmers were killed, while 20 others were "
        "wounded.",
        ("event", "Jets", "wound", "20 others"),
    ),
]


PAIRED += _both(
    "Six farmers were killed, among them two boys, while 20 others were wounded in army shelling.",
    ("event", "army", "kill", "Six farmers"),
)


@pytest.mark.parametrize("text, rows", PAIRED)
def test_a_toll_in_two_clauses_is_the_named_attacks(text, rows):
    found = {row[:4] for row in _events(text)}
    for row in rows:
        assert row in found


UNPAIRED = [
    # no attack in either clause
    ("Four porters were killed in a road accident, while 12 others were hurt.", "a road accident"),
    # the agent comes first: its own passive's only
    ("Two clerks were wounded by a sniper near the gate, and four were killed.", "a sniper"),
    # the first harm has its own day
    (
        "A porter was killed on Sunday, while a cook was hurt in militia rocket fire on Thursday.",
        "militia",
    ),
    # the doer's own side among the victims: a clash
    ("Three policemen were killed, while a militant was hurt in army shelling.", "army"),
]


@pytest.mark.parametrize(
    "text, doer", [*UNPAIRED, *((t.replace(",", ""), doer) for t, doer in UNPAIRED)]
)
def test_a_toll_of_two_clauses_of_other_acts_is_not_shared(text, doer):
    found = _events(text)
    assert not [row for row in found if row[1] == doer and row[2] == "kill"]
