"""Doers only believed: "in what is believed to have been X raids", "raids which were likely
carried out by X" (issue 14).

Sentences of our own, with and without commas (the real-news corpus has none). An act whose
doer is named inside a free relative of doubt ("in what appeared to be an X strike", "in
what they believed were X raids") or by a passive relative of doubt ("raids which were
likely carried out by X") is possible; so is an act "carried out by X" named by a hedged
noun. A report ("in what villagers said was
a raid"), a free relative without doubt and a stated relative leave the act asserted.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _modalities(parse, text: str, actor: str, action: str, kind: str = "event") -> set[str]:
    events = [e for e in extract_events(parse(text)) if e.kind == kind]
    found = {e.modality for e in events if e.actor == actor and e.action == action}
    assert found, f"{(actor, action)} not in {[(e.actor, e.action, e.target) for e in events]}"
    return found


HEDGED = [
    # a free relative of doubt names the act that killed
    (
        "Three shepherds were killed, in what is believed to have been Jordanian raids near Tessa.",
        "Jordanian",
        "kill",
    ),
    (
        "Three shepherds were killed in what is believed to have been Jordanian raids near Tessa.",
        "Jordanian",
        "kill",
    ),
    ("Five porters died in what appeared to be a Turkish drone strike.", "Turkish", "kill"),
    ("Five porters died, in what appeared to be a Turkish drone strike.", "Turkish", "kill"),
    (
        "Four guards were killed in what they believed were navy airstrikes on the port of Karsun.",
        "navy",
        "strike",
    ),
    # an act "carried out by" a doer inside such a relative, or after a hedged noun
    (
        "A boy died after what is believed to be a gas attack carried out by the army near Orlen.",
        "the army",
        "attack",
    ),
    (
        "An alleged assault carried out by the militia, killed ten farmers.",
        "the militia",
        "assault",
    ),
    # a reduced relative of belief the parser reads as the main verb
    (
        "The assault believed to have been carried out by Jordanian jets killed nine farmers.",
        "Jordanian jets",
        "kill",  # the assault and its killing are one event (see extract.sameattacks)
    ),
    (
        "The assault, believed to have been carried out by Jordanian jets, killed nine farmers.",
        "Jordanian jets",
        "kill",  # the assault and its killing are one event (see extract.sameattacks)
    ),
    # a passive relative of doubt on the subject
    (
        "Raids which were likely carried out by Jordanian jets hit the village of Tessa.",
        "Jordanian jets",
        "hit",
    ),
    (
        "The raids, which were believed to have been carried out by Jordanian jets, hit the port.",
        "The raids",
        "hit",
    ),
]


@pytest.mark.parametrize("sentence, actor, action", HEDGED)
def test_an_act_of_a_doer_only_believed_is_possible(parse, sentence, actor, action):
    assert _modalities(parse, sentence, actor, action) == {"possible"}


STATED = [
    # a report, or a free relative without doubt
    ("Five porters died in what was a Turkish drone strike.", "Turkish", "kill"),
    (
        "Nine soldiers were killed in what was the deadliest Turkish raid this year.",
        "Turkish",
        "kill",
    ),
    ("Two men were killed in what villagers said was a navy strike.", "navy", "kill"),
    # the doer's own act in a free relative of doubt about its motive
    (
        "The army shelled the town, in what appeared to be a reprisal for the ambush.",
        "The army",
        "shell",
    ),
    # a stated relative; a relative whose own act is hedged, not the subject's
    (
        "Raids which were carried out by Jordanian jets hit the village of Tessa.",
        "Jordanian jets",
        "hit",
    ),
    ("Raids which likely killed ten hit the village of Tessa.", "Raids", "hit"),
    # a relative of doubt that names no doer
    (
        "The militia, which is believed to be the strongest in the valley, shelled Tessa.",
        "The militia",
        "shell",
    ),
    (
        "The militia which is believed to be the strongest in the valley shelled Tessa.",
        "The militia",
        "shell",
    ),
    # a hedge on the kind of weapon only
    (
        "A boy died after a suspected gas attack carried out by the army near Orlen.",
        "the army",
        "attack",
    ),
]


@pytest.mark.parametrize("sentence, actor, action", STATED)
def test_an_act_of_a_stated_doer_stays_asserted(parse, sentence, actor, action):
    assert _modalities(parse, sentence, actor, action) == {"asserted"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Six shepherds were killed, in what appeared to be a gas attack.",
        "Six shepherds were killed in what appeared to be a gas attack.",
    ],
)
def test_a_doubt_on_an_act_no_one_is_named_for_leaves_the_toll_stated(parse, sentence):
    # the doubt is on what the act was, not on whose: the deaths stay a stated fact
    assert _modalities(parse, sentence, "Six shepherds", "be killed", "relation") == {"asserted"}
