"""Remnant victims (graph/normalize/remnants.py): "19 others", "dozens more", "scores of them".

Stories of our own, each written with and without commas (real news often has none):
a remnant victim takes the node of the victim phrase told just before it in its
sentence, or opening its sentence, of the people the sentence before told hurt; one
with no victim before it, after a person, a place or the doer itself, keeps its own
(empty) target, and a remnant that acts is no victim.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events
from graph.normalize.remnants import is_remnant

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> list[Event]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    return list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))


def _targets(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    """Return (action, target text) -> target id of a story's normalised events."""
    return {(e.action, e.target): e.target_id for e in _events(parse, text)}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


CONTINUED = [
    # "N others" after the victims of the same clause
    *[
        (text, "injure", "19 others", "unknown/military")
        for text in _both("Gunmen killed six soldiers near Kefar Lan, and injured 19 others.")
    ],
    # "N more" after an agentless passive's victims
    *[
        (text, "hurt", "dozens more", "unknown/civilians")
        for text in _both(
            "Eleven villagers were killed, and dozens more were hurt in the raid by the militia "
            "on Kefar Lan."
        )
    ],
    # "N more" after an active clause's victims: the fighters' group, not the army
    *[
        (text, "wound", "hundreds more", "isis")
        for text in _both("The army killed 12 Islamic State fighters, and wounded hundreds more.")
    ],
    # "scores of them": the band the clause acted on
    *[
        (text, "kill", "scores of them", "isis")
        for text in _both(
            "The troops ambushed a band of Islamic State fighters near Tarvan, killing scores "
            "of them."
        )
    ],
    # bare "others" after a count of victims
    *[
        (text, "wound", "others", "unknown/civilians")
        for text in _both("Rebel fire on the town killed three villagers, and wounded others.")
    ],
    # "N other" (the plural's s lost) told like "N others", not the attackers
    *[
        (text, "injure", "15 other", "unknown/people")
        for text in _both(
            "At least four people were killed, and 15 other injured when gunmen attacked a "
            "police station in Kefar Lan."
        )
    ],
    # a round number's remnant: "a hundred others" after soldiers of a state
    *[
        (text, "injure", "a hundred others", "saa")
        for text in _both(
            "Forty Syrian soldiers were killed, and a hundred others were injured, in the raids."
        )
    ],
    # no victims before the remnant: the people of its place
    *[
        (text, "kill", "six others", "syria/people")
        for text in _both("Government barrel bombs killed six others, in the east of Aleppo.")
    ],
    *[
        (text, "wound", "15 others", "unknown/people")
        for text in _both("The militia shelled the town of Kefar Lan, wounding 15 others.")
    ],
]


FACTS = [
    # a passive fact of a remnant: the victims counted first in its sentence
    *[
        (text, "five others", "syria/rebels")
        for text in _both("Two Syrian opposition fighters were killed, and five others wounded.")
    ],
    *[
        (text, "a further 20", "unknown/military")
        for text in _both("Mortars killed two soldiers in Kessa, and a further 20 were wounded.")
    ],
    # with no victims before it: the people of its place
    *[
        (text, "Dozens of others", "syria/people")
        for text in _both("Dozens of others were wounded in Aleppo, Syria, the monitor said.")
    ],
]


@pytest.mark.parametrize(("text", "remnant", "node"), FACTS)
def test_remnant_of_a_passive_fact_is_the_victims_before_it(
    parse: Parse, text: str, remnant: str, node: str
) -> None:
    facts = [e for e in _events(parse, text) if e.actor == remnant and e.action.startswith("be ")]
    assert facts
    assert all(e.actor_id == node for e in facts)


NEAR_MISSES = [
    # "others" that speak, flee or stand beside a named side are no victims
    *_both("Two soldiers were killed in Kessa, and others said the raid went on for hours."),
    *_both("Rebels killed three guards in Kessa, and the others fled to the hills."),
    *_both("Jets from Tarvo and others in the coalition bombed Kessa, killing 12 civilians."),
    *_both("The raid on Kessa killed a doctor among others, the monitor said."),
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_others_that_are_no_remnant_victims_get_no_people(parse: Parse, text: str) -> None:
    named = [e for e in _events(parse, text) if "others" in e.actor and e.actor_id]
    named += [e for e in _events(parse, text) if "others" in e.target and e.target_id]
    assert not [e for e in named if e.actor_id.endswith("/people")]
    assert not [e for e in named if e.target_id.endswith("/people")]


@pytest.mark.parametrize(("text", "action", "target", "node"), CONTINUED)
def test_remnant_victim_takes_the_victims_before_it(parse: Parse, text: str, action: str,
                                                    target: str, node: str) -> None:  # fmt: skip
    assert _targets(parse, text)[(action, target)] == node


KEPT = [
    # more of victims whose side is not known ("its soldiers"): not the place's people
    *[
        (text, "injure", "four others")
        for text in _both(
            "The ministry said four of its guards were killed, and four others injured, "
            "in an attack by the Falcon Brigade near Kessa."
        )
    ],
    # a vague count alone opens no story of its own victims
    *[
        (text, "wound", "many")
        for text in _both("Gunmen stormed a police post in Kessa, and wounded many.")
    ],
]


SAME_AS = [
    # "another N" after the victims of the same clause
    *[
        (text, ("injure", "another three"), ("kill", "two soldiers"))
        for text in _both("Rebel mortars killed two soldiers, and injured another three, in Kessa.")
    ],
    # a vague "many" after the victims of a passive
    *[
        (text, ("wound", "many"), ("kill", "Eleven villagers"))
        for text in _both(
            "Eleven villagers were killed, and many wounded, in a raid by the militia on Kessa."
        )
    ],
    # the remnant opens its own sentence: the people the sentence before told hurt
    *[
        (text, ("wound", "Dozens more"), ("kill", "ten villagers"))
        for text in _both(
            "Rebel shells killed ten villagers in Marsa on Monday. Dozens more were wounded by "
            "the shelling, the monitor said."
        )
    ],
]


@pytest.mark.parametrize(("text", "remnant", "victims"), SAME_AS)
def test_remnant_victim_is_the_victims_told_hurt(
    parse: Parse, text: str, remnant: tuple[str, str], victims: tuple[str, str]
) -> None:
    found = {(e.action, e.target if e.target else e.actor): e for e in _events(parse, text)}
    node = found[victims].target_id or found[victims].actor_id
    assert node
    assert found[remnant].target_id == node


NOT_AS = [
    # one named person is no count of people: not three more mayors
    *[
        (text, ("wound", "three others"), ("kill", "the mayor"))
        for text in _both(
            "Government jets bombed Kefar Lan, killing the mayor and wounding three others."
        )
    ],
    # the remnant opens its sentence after one that hurt no one: a side struck is no victim
    *[
        (text, ("wound", "Nine others"), ("bomb", "the headquarters of the Falcon Brigade"))
        for text in _both(
            "Jets bombed the headquarters of the Falcon Brigade, in Kessa. Nine others were "
            "wounded in the raid."
        )
    ],
]


@pytest.mark.parametrize(("text", "remnant", "other"), NOT_AS)
def test_remnant_victim_is_not_a_person_or_side_struck_before(
    parse: Parse, text: str, remnant: tuple[str, str], other: tuple[str, str]
) -> None:
    found = {(e.action, e.target): e for e in _events(parse, text)}
    assert found[other].target_id
    assert found[remnant].target_id != found[other].target_id


@pytest.mark.parametrize(("text", "action", "target"), KEPT)
def test_remnant_without_victims_before_it_keeps_no_node(parse: Parse, text: str, action: str,
                                                        target: str) -> None:  # fmt: skip
    assert _targets(parse, text).get((action, target), "") == ""


@pytest.mark.parametrize(
    "text", _both("Soldiers killed six gunmen near Marsa, and others fled to the hills.")
)
def test_remnant_that_acts_is_no_victim(parse: Parse, text: str) -> None:
    fled = [e for e in _events(parse, text) if e.actor.lower() == "others"]
    assert all(e.actor_id == "" for e in fled)


@pytest.mark.parametrize(
    ("phrase", "remnant"),
    [
        ("19 others", True),
        ("dozens of others", True),
        ("others", True),
        ("hundreds more", True),
        ("at least 30 more", True),
        ("a large number of them", True),
        ("15 other", True),
        ("another three", True),
        ("another 40", True),
        ("a hundred others", True),
        ("more than a dozen others", True),
        ("twenty-five others", True),
        ("a further 20", True),
        ("further three", True),
        ("the others", False),  # the rest of a group told, who act
        ("others in the coalition", False),
        ("a further attack", False),
        ("another one of the", False),
        ("more than 20", False),  # a count, not a remnant
        ("two more villagers", False),  # names whom it counts
        ("the other", False),  # one of two sides
        ("each other", False),
        ("more", False),
        ("them", False),  # a bare pronoun: pronountargets reads it
    ],
)
def test_is_remnant(phrase: str, remnant: bool) -> None:
    assert is_remnant(phrase) is remnant
