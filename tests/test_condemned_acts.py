"""Condemned attacks (graph/normalize/condemnedacts.py): the condemnation is aimed at the doer.

Stories of our own, each written with and without commas (real news often has none):
"The council condemned the raids on Homs" after a sentence telling whose raids they were
is the council's disapproval of the raiders, not of Homs or of no one; an attacker told
right after the condemned act in its own sentence ("the crimes the militia is
committing") counts too. Two sides attacking, an attacker told far from the act, a side
the condemnation names itself, or praise instead of condemnation change nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events

Parse = Callable[..., Doc]

_JETS = "Tarvan jets bombed the market of Homs on Monday, killing nine people. "


def _events(parse: Parse, text: str) -> list[Event]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    return list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))


def _disapproval(parse: Parse, text: str) -> tuple[str, str]:
    """Return the target text and id of the story's one disapproval."""
    (event,) = [e for e in _events(parse, text) if e.action_class == "DISAPPROVE"]
    return event.target, event.target_id


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


AIMED = [
    # the place attacked is no side: the jets told just before are
    *[
        (text, "Tarvan jets", "tarvan/military")
        for text in _both(_JETS + "The council condemned the raids on Homs.")
    ],
    # no target at all: the attack the story just told
    *[
        (text, "Tarvan jets", "tarvan/military")
        for text in _both(_JETS + "On Tuesday, the council condemned the attack.")
    ],
    # two sentences back
    *[
        (text, "Tarvan jets", "tarvan/military")
        for text in _both(
            _JETS + "Rescuers searched the rubble for hours. The envoy denounced the bombing."
        )
    ],
    # the attacker told with the act in the condemnation's own sentence
    *[
        (text, "the militia", "unknown/gunmen")
        for text in _both(
            "The council condemned the crimes the militia is committing against civilians in Homs."
        )
    ],
]


@pytest.mark.parametrize(("text", "target", "node"), AIMED)
def test_condemned_attack_aims_at_its_doer(parse: Parse, text: str, target: str, node: str) -> None:
    assert _disapproval(parse, text) == (target, node)


KEPT = [
    # two sides attack in the sentence before: whose attack is condemned is open
    *[
        (text, "", "")
        for text in _both(
            "Rebels shelled the town of Homs on Monday, and Tarvan jets bombed the market. "
            "The council condemned the attacks."
        )
    ],
    # an attacker far from the act in the same sentence is no doer of it
    *[
        (text, "Homs", "homs")
        for text in _both(
            "The council condemned the attack on Homs, as rebels pressed on with their "
            "offensive on the city."
        )
    ],
    # a side the condemnation names stays its target
    *[
        (text, "the Karvan militia", "karvan/gunmen")
        for text in _both(_JETS + "The council condemned the Karvan militia for the raid.")
    ],
    # taking ground is no attack anyone condemns
    *[
        (text, "", "")
        for text in _both(
            "Buses reached Homs, which the brigade took last year. "
            "The council condemned the bombing."
        )
    ],
    # no attack told before: nothing to take
    *[
        (text, "", "")
        for text in _both("Aid workers reached Homs on Monday. The council condemned the attack.")
    ],
]


@pytest.mark.parametrize(("text", "target", "node"), KEPT)
def test_condemnation_without_one_doer_is_kept(
    parse: Parse, text: str, target: str, node: str
) -> None:
    assert _disapproval(parse, text) == (target, node)


@pytest.mark.parametrize("text", _both(_JETS + "The council praised the raids on Homs."))
def test_praise_is_no_condemnation(parse: Parse, text: str) -> None:
    (event,) = [e for e in _events(parse, text) if e.action.startswith("praise")]
    assert (event.target, event.target_id) == ("Homs", "homs")
