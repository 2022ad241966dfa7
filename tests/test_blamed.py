"""Whom the story blames for an unowned attack (graph/normalize/blamed.py).

Stories of our own, each with and without commas (real copy often has none): "X blamed Y
for the attack" or "X accused Y of (being behind) the attack", in the attack's sentence
or the next, gives the attack to Y as X's word (attribution X; the attack keeps its own
modality: the bomb did kill, only who set it is X's guess); two sides, each other, no one,
a generic "gunmen", a doubt or another story give it no one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _attack(parse: Parse, text: str, weapon: str, action: str) -> tuple[str, str, str]:
    """Return (actor id, modality, attribution) of the attack ``weapon`` ``action``."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    (event,) = [e for e in normalised if (e.instrument or e.actor, e.action) == (weapon, action)]
    return event.actor_id, event.modality, event.attribution


def _both(text: str, weapon: str, action: str, *expected: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, weapon, action, *expected), (text.replace(",", ""), weapon, action, *expected)]


_CASES = [
    # a blame or an accusation in the next sentence names the doer, as the blamer's guess
    *_both(
        "A car bomb killed ten people in Kessa on Monday. The army blamed the Falcon Brigade "
        "for the attack.",
        "A car bomb",
        "kill",
        "falcon-brigade",
        "asserted",
        "The army",
    ),
    *_both(
        "Air raids struck the hospital in Kessa on Sunday, killing six. Local activists "
        "accused the Turkish army of being behind the raids.",
        "Air raids",
        "strike",
        "turkey",
        "asserted",
        "Local activists",
    ),
    # ... or in the attack's own sentence, after it
    *_both(
        "Rockets hit the market in Kessa on Friday, and the mayor blamed the Falcon Brigade "
        "for the shelling.",
        "Rockets",
        "hit",
        "falcon-brigade",
        "asserted",
        "the mayor",
    ),
    # two sides, each other, any group, a doubt, another story: no one
    *_both(
        "A car bomb killed ten people in Kessa on Monday. The army blamed Turkish and "
        "Karvonian agents for the attack.",
        "A car bomb",
        "kill",
        "",
        "asserted",
        "",
    ),
    *_both(
        "A car bomb killed ten people in Kessa on Monday. The army and the Falcon Brigade "
        "blamed each other for the attack.",
        "A car bomb",
        "kill",
        "",
        "asserted",
        "",
    ),
    *_both(
        "A car bomb killed ten people in Kessa on Monday. It was unclear who planted it, but "
        "the army blamed the Falcon Brigade for the attack.",
        "A car bomb",
        "kill",
        "",
        "asserted",
        "",
    ),
    *_both(
        "A car bomb killed ten people in Kessa on Monday. Meanwhile, the army blamed the "
        "Falcon Brigade for the attacks in Marsa.",
        "A car bomb",
        "kill",
        "",
        "asserted",
        "",
    ),
    # "the attack" a blame names is another one, told in between
    *_both(
        "Rockets hit the market in Kessa on Friday. Officials said the militia had also used "
        "gas against villagers in Marsa, but activists blamed the Turkish army for the attack.",
        "Rockets",
        "hit",
        "",
        "asserted",
        "",
    ),
    # a blame of someone for another thing, not the attack
    *_both(
        "A car bomb killed ten people in Kessa on Monday. The army blamed the Falcon Brigade "
        "for the fuel shortage.",
        "A car bomb",
        "kill",
        "",
        "asserted",
        "",
    ),
]


@pytest.mark.parametrize("text, weapon, action, owner, modality, attribution", _CASES)
def test_a_blamed_side_owns_an_attack_as_a_guess(
    parse, text, weapon, action, owner, modality, attribution
):
    assert _attack(parse, text, weapon, action) == (owner, modality, attribution)
