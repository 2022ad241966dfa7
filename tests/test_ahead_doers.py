"""A doer named two sentences after an attack told through its weapon (issue 14).

Stories of our own, each with and without commas (real copy often has none): a claim, a
hedge, a blame or a retelling with its doer may come two sentences after the attack,
past a sentence that goes on with the story (a toll, a photo caption). It owns the
attack when nothing before names one, and the sentence between names no attacker, tells
no attack of its own, opens no other story and says no one knows the doer
(graph/normalize/claimants.py, namedattacks.attack_sentences, attackers.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import UNRESOLVED
from graph.normalize import normalize_events
from graph.normalize.claimants import doubts_doer

Parse = Callable[..., Doc]


def _first(parse: Parse, text: str, weapon: str) -> tuple[str, str]:
    """Return the actor type and label of the first sentence's attack told through ``weapon``."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-18"}, sentences=sentences)
    (event, *_) = [
        e
        for e in normalised
        if (e.instrument or e.actor) == weapon and e.provenance.sentence_index == 0
    ]
    return event.actor_type, event.actor_label


def _both(text: str, *expected: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, *expected), (text.replace(",", ""), *expected)]


@pytest.mark.parametrize(
    "text, weapon, doer",
    [
        # a claim past a toll
        *_both(
            "Rockets hit a school in Tarvan on Monday, killing three pupils. Six others were "
            "wounded, medics said. The Falcon Brigade claimed responsibility for the attack.",
            "Rockets",
            "Falcon Brigade",
        ),
        # a monitor's hedge past a photo caption
        *_both(
            "Air strikes killed 14 people in Tarvan on Monday. A photo shows a man running "
            "past a ruined house. The monitor said the strikes were most likely carried out "
            "by the Falcon Brigade.",
            "Air strikes",
            "Falcon Brigade",
        ),
        # a blame past a toll
        *_both(
            "Shells hit the market of Tarvan on Monday, killing nine people. Two children "
            "were among the dead. Residents blamed the Falcon Brigade for the shelling.",
            "Shells",
            "Falcon Brigade",
        ),
        # a retelling of the same victims past a caption
        *_both(
            "Shells kill 9 villagers in Kessa. A photo shows a burnt car in a street. Nine "
            "villagers were killed on Monday by the Falcon Brigade, which shelled the market.",
            "Shells",
            "Falcon Brigade",
        ),
        # the sentence between goes on with the same attack ("the missile")
        *_both(
            "A missile hit a school in Tarvan, killing 15 people. The missile fell near the "
            "gate, the monitor said. Residents blamed the Falcon Brigade for the attack.",
            "A missile",
            "Falcon Brigade",
        ),
    ],
)
def test_a_doer_named_two_sentences_on_owns_the_attack(parse, text, weapon, doer):
    assert doer in _first(parse, text, weapon)[1]


@pytest.mark.parametrize(
    "text, weapon",
    [
        # the sentence between names another attacker
        *_both(
            "Rockets hit a school in Tarvan on Monday, killing three pupils. The Wolf Brigade "
            "shelled the village of Kessa. The Falcon Brigade claimed responsibility for the "
            "attack.",
            "Rockets",
        ),
        # the sentence between tells another attack afresh
        *_both(
            "Rockets hit a school in Tarvan on Monday, killing three pupils. A car bomb went "
            "off in Kessa, wounding two guards. The Falcon Brigade claimed responsibility for "
            "the attack.",
            "Rockets",
        ),
        # the sentence between says no one knows the doer
        *_both(
            "Rockets hit a school in Tarvan on Monday, killing three pupils. The monitor was "
            "not able to determine who fired them. Residents blamed the Falcon Brigade for "
            "the attack.",
            "Rockets",
        ),
        # the sentence between opens another story
        *_both(
            "Rockets hit a school in Tarvan on Monday, killing three pupils. Meanwhile, talks "
            "resumed in the capital. The Falcon Brigade claimed responsibility for the attack.",
            "Rockets",
        ),
        # three sentences on is too far
        *_both(
            "Rockets hit a school in Tarvan on Monday, killing three pupils. Six others were "
            "wounded. Two of them are children. The Falcon Brigade claimed the attack.",
            "Rockets",
        ),
        # the same kind of weapon, two sentences on, is another attack's
        *_both(
            "A car bomb went off outside a mosque in Tarvan, killing 22 people. Two children "
            "were among the dead. In the north, Falcon Brigade fighters exploded a bomb in "
            "Kessa.",
            "A car bomb",
        ),
    ],
)
def test_a_doer_named_two_sentences_on_past_another_story_owns_nothing(parse, text, weapon):
    assert _first(parse, text, weapon)[0] == UNRESOLVED


@pytest.mark.parametrize(
    "text",
    [
        "The Falcon Brigade shelled the town of Tarvan on Monday. The shells hit a school, "
        "killing three pupils. Six others were wounded, medics said. The attack was carried "
        "out by the Wolf Brigade, the army said.",
        "The Falcon Brigade shelled the town of Tarvan on Monday. The shells hit a school "
        "killing three pupils. Six others were wounded medics said. The attack was carried "
        "out by the Wolf Brigade the army said.",
    ],
)
def test_a_doer_named_just_before_comes_before_one_two_sentences_on(parse, text):
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-18"}, sentences=sentences)
    hits = [e for e in normalised if (e.instrument or e.actor) == "The shells"]
    assert hits and all("Falcon" in e.actor_label for e in hits)


@pytest.mark.parametrize(
    "text, doubts",
    [
        ("The monitor was not immediately able to tell who fired the rockets.", True),
        ("The monitor said it was not able to say whose jets struck the town.", True),
        ("The monitor was able to tell who fired the rockets.", False),
        ("Rescuers were not able to reach the wounded in the town.", False),
    ],
)
def test_not_able_to_tell_who_did_it_is_a_doubt(text, doubts):
    assert doubts_doer(text) is doubts


@pytest.mark.parametrize(
    "text, weapon, doer",
    [
        *_both(
            "Air strikes killed 12 people in Tarvan on Monday, the monitor said. Activists "
            "said Karvonian jets carried out the raids.",
            "Air strikes",
            "Karvonia",
        ),
        *_both(
            "Shells hit the market of Kessa, killing four traders. Residents said the Falcon "
            "Brigade carried out the shelling.",
            "Shells",
            "Falcon Brigade",
        ),
        *_both(
            "The raids killed nine people in Kessa, a monitor said. Activists said "
            "Karvonian helicopters carried them out.",
            "The raids",
            "Karvonia",
        ),
        # two sentences on, past a toll
        *_both(
            "A car bomb exploded near the bakery in Kessa, killing six people. Twenty others "
            "were wounded. The Falcon Brigade said it carried out the bombing.",
            "A car bomb",
            "Falcon Brigade",
        ),
    ],
)
def test_a_doer_said_to_have_carried_out_the_attack_owns_it(parse, text, weapon, doer):
    assert doer in _first(parse, text, weapon)[1]


@pytest.mark.parametrize(
    "text, weapon",
    [
        # no one knows, a denial, two sides: no doer stated
        *_both(
            "Air strikes killed 12 people in Tarvan on Monday. It was unclear who carried out "
            "the raids, the monitor said.",
            "Air strikes",
        ),
        *_both(
            "Air strikes killed 12 people in Tarvan on Monday. Karvonia denied that its jets "
            "carried out the raids.",
            "Air strikes",
        ),
        *_both(
            "Air strikes killed 12 people in Tarvan on Monday. Karvonian and Tarvanian jets "
            "carried out the raids, the monitor said.",
            "Air strikes",
        ),
    ],
)
def test_no_doer_is_said_to_have_carried_out_the_attack(parse, text, weapon):
    assert _first(parse, text, weapon)[0] == UNRESOLVED
