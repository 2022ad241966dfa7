"""Appositions: a party described by a common noun and named beside it (issue 14).

"a Kurdish militia, the YPG" and the comma-less "the rebel faction Liwa al-Nour" name
one party twice; the event's actor or target is the name (graph/extract/appositions.py),
the description stays in the appositive fact. Sentences of our own, with and without
commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]

xfail = pytest.mark.xfail


def _events(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    """Return (actor, action, target) of the events (not the facts) of ``text``."""
    return {(e.actor, e.action, e.target) for e in extract_events(parse(text)) if e.kind == "event"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the description first, the name in apposition: the name is the target
        (
            "Turkish jets bombed a Kurdish militia, the YPG, near the town of Qamar.",
            ("Turkish jets", "bomb", "the YPG"),
        ),
        (
            "Turkish jets bombed a Kurdish militia the YPG near the town of Qamar.",
            ("Turkish jets", "bomb", "the YPG"),
        ),
        # ... and the actor
        (
            "A US-backed alliance, the SDF, seized the village of Tel Nour on Monday.",
            ("the SDF", "seize", "the village of Tel Nour"),
        ),
        (
            "A US-backed alliance the SDF seized the village of Tel Nour on Monday.",
            ("the SDF", "seize", "the village of Tel Nour"),
        ),
        # English writes a restrictive apposition without commas
        (
            "The opposition Free Liberation Council accused the army of shelling the camp.",
            ("The opposition Free Liberation Council", "accuse", "the army"),
        ),
        (
            "In reply the opposition Free Liberation Council accused the army of lying.",
            ("the opposition Free Liberation Council", "accuse", "the army"),
        ),
        (
            "Jets pounded positions of the jihadist group Jund al-Haqq in the hills.",
            ("Jets", "pound", "Jund al-Haqq"),
        ),
        ("Key regime ally Tehran welcomed the plan on Sunday.", ("Tehran", "welcome", "the plan")),
        # the name first: it is the party either way
        (
            "Turkish jets bombed the YPG, a Kurdish militia, near the town of Qamar.",
            ("Turkish jets", "bomb", "the YPG"),
        ),
        (
            "Turkish jets bombed the YPG a Kurdish militia near the town of Qamar.",
            ("Turkish jets", "bomb", "the YPG"),
        ),
        (
            "The SDF a US-backed alliance seized the village of Tel Nour on Monday.",
            ("The SDF", "seize", "the village of Tel Nour"),
        ),
        # a blast its makers claimed: the claimers' name, not their description
        (
            "A blast claimed by the militant group Jund al-Haqq wrecked a bus in Homs.",
            ("Jund al-Haqq", "wreck", "a bus"),
        ),
        # the parser hangs the name on the last noun of an "of" phrase
        (
            "A Gulf-backed alliance of tribal fighters, the Nour Front, took the dam.",
            ("the Nour Front", "take", "the dam"),
        ),
        (
            "The strikes on the camp were carried out by jets of regime ally Ruritania.",
            ("Ruritania", "strike", "the camp"),
        ),
        # a spokesman's name
        (
            "The army's spokesman, Col. Rana Haddad, denounced the rebels.",
            ("Col. Rana Haddad", "denounce", "the rebels"),
        ),
    ],
)
def test_a_described_party_is_named(
    parse: Parse, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _events(parse, text)


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        # the description and the name are two parties: the first subject acts
        (
            "The army backed by the Iraqi militia Kataib Nasr seized hills outside Hama.",
            ("The army", "seize", "hills"),
            ("Kataib Nasr", "seize", "hills"),
        ),
        # a gerund between them: "the coalition fighting X" is no apposition
        (
            "The envoy said the coalition fighting the Nour Brigade had carried out raids.",
            ("the coalition", "raid", ""),
            ("the Nour Brigade", "raid", ""),
        ),
        # a source glued after the clause is not the object's name
        (
            "Army shells killed eleven civilians the Northern Centre for Civic Freedoms "
            "reported on Friday.",
            ("Army shells", "kill", "eleven civilians"),
            ("Army shells", "kill", "the Northern Centre for Civic Freedoms"),
        ),
        (
            "The regime is fighting the jihadist group the Northern Observatory said.",
            ("The regime", "fight", "the jihadist group"),
            ("The regime", "fight", "the Northern Observatory"),
        ),
        # a list keeps all its members
        (
            "The militias attacked the Dawn Brigade and Qaeda affiliate Jund al-Haqq.",
            ("The militias", "attack", "the Dawn Brigade"),
            ("The militias", "attack", "Qaeda affiliate"),
        ),
        # one person does not rename a group (a headline glued to its story)
        (
            "The envoy meets southern rebels Envoy Lars Holm met rebel leaders in Deraa.",
            ("The envoy", "meet", "southern rebels"),
            ("The envoy", "meet", "Envoy Lars Holm"),
        ),
        # a counted group is not renamed by the name of a source glued after it
        (
            "Gunmen killed five soldiers Radio Kestrel.",
            ("Gunmen", "kill", "five soldiers"),
            ("Gunmen", "kill", "Radio Kestrel"),
        ),
        (
            "Insurgents ambushed seven police officers Monitor Reuters Friday",
            ("Insurgents", "ambush", "seven police officers"),
            ("Insurgents", "ambush", "Monitor Reuters"),
        ),
        # an acronym in brackets spells out the phrase
        (
            "The opposition council (OSC) accused the army of shelling the camp.",
            ("The opposition council", "accuse", "the army"),
            ("OSC", "accuse", "the army"),
        ),
    ],
)
def test_no_apposition_is_read_into_other_phrases(
    parse: Parse, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    found = _events(parse, text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of names in apposition: one event per name
        pytest.param(
            "Jets struck the two groups, Jund al-Haqq and Liwa al-Nour, near Hama.",
            {("Jets", "strike", "Jund al-Haqq"), ("Jets", "strike", "Liwa al-Nour")},
            marks=xfail(strict=True, reason="a list of names in apposition is not split"),
        ),
        # "regime ally X and rebel backer Y" read as two appositions of one noun
        pytest.param(
            "The deal brokered by regime ally Tehran and rebel backer Doha collapsed.",
            {("Tehran", "broker", "The deal"), ("Doha", "broker", "The deal")},
            marks=xfail(strict=True, reason="a list of two described names: both are appositions"),
        ),
    ],
)
def test_described_lists(parse: Parse, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _events(parse, text)


def test_the_appositive_fact_keeps_the_description(parse: Parse) -> None:
    text = "Turkish jets bombed a Kurdish militia, the YPG, near the town of Qamar."
    facts = {
        (e.actor, e.action, e.target)
        for e in extract_events(parse(text))
        if e.kind == "relation" and e.action == "be"
    }
    assert ("a Kurdish militia", "be", "the YPG") in facts


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        (
            "The rebels are trying to cut the Hama Highway a vital supply line from the coast.",
            ("The rebels", "cut", "the Hama Highway"),
            ("The rebels", "cut", "the Hama Highway a vital supply line from the coast"),
        ),
        (
            "The rebels are trying to cut the Hama Highway, a vital supply line from the coast.",
            ("The rebels", "cut", "the Hama Highway"),
            ("The rebels", "cut", "the Hama Highway, a vital supply line from the coast"),
        ),
        (
            "Jets bombed Kafr Nabl another rebel-held town in the south.",
            ("Jets", "bomb", "Kafr Nabl"),
            ("Jets", "bomb", "Kafr Nabl another rebel-held town"),
        ),
        (
            "The army killed Abu Omar one of the most feared commanders of the group.",
            ("The army", "kill", "Abu Omar"),
            ("The army", "kill", "Abu Omar one of the most feared commanders of the group"),
        ),
        # near miss: a verb of two objects keeps its first object whole
        (
            "Ruritania offered Freedonia a loan.",
            ("Ruritania", "offer", "Freedonia"),
            ("Ruritania", "offer", "Freedonia a loan"),
        ),
    ],
)
def test_a_description_glued_after_a_name_is_cut(
    parse: Parse, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    found = _events(parse, text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(
    "text, wrong",
    [
        # near misses: a reported clause, a name with "an-" inside, a dateline before "A"
        (
            "Local media said Abu Karim a rebel commander was killed in the raid.",
            ("Local media", "say", "Abu Karim"),
        ),
        ("Jaysh an-Nasr fighters shelled the village.", ("Jaysh", "shell", "the village")),
        (
            "Updated May 2016 HAMA Syria A suspected gas attack killed dozens of civilians.",
            ("Syria", "kill", "dozens of civilians"),
        ),
    ],
)
def test_a_glued_description_is_not_read_elsewhere(
    parse: Parse, text: str, wrong: tuple[str, str, str]
) -> None:
    found = {(e.actor, e.action, e.target) for e in extract_events(parse(text))}
    assert wrong not in found
