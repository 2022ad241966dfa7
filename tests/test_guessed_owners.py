"""An attack told on after the story has guessed its doer (graph/normalize/guessedowners.py).

Stories of our own, each with and without commas (real copy often has none): a side
the story names only as a guess ("most likely carried out by X", "blamed X for the
attack", "accused X of launching an attack") owns the attack told on after it, as the
same guess (the guesser's attribution, and possible: an event coder codes a side only
suspected of the act as its possible doer); a claim ("the brigade claimed the attack")
names its doer as fact, and a hedge on something else ("the toll is likely to rise")
hedges no doer; an attack told as a new one ("Another raid"), an attempt, a doubt or a
stated attacker of the side leave it as before.
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
    # a hedged doer one sentence back owns the shells told on, as the same guess
    *_both(
        "In Kessa, the monitor said the shelling was most likely carried out by the Falcon "
        "Brigade. Several shells exploded near the market, killing four.",
        "Several shells",
        "explode",
        "falcon-brigade",
        "possible",
        "the monitor",
    ),
    # a side a blame made the doer of the rockets owns "the attack" told on after it
    *_both(
        "Rockets hit a clinic in Kessa on Monday. Residents blamed the Falcon Brigade for the "
        "attack. Medics said the attack also destroyed a school.",
        "the attack",
        "destroy",
        "falcon-brigade",
        "asserted",  # as the blamed rockets themselves (blamed.py)
        "Medics",  # the sentence credits the medics; the doer is the blame's
    ),
    # an accusation in the attack's own sentence
    *_both(
        "Activists accused the Turkish army of launching a gas attack on Kessa that killed nine "
        "villagers.",
        "a gas attack on Kessa",
        "kill",
        "turkey",
        "possible",
        "Activists",
    ),
    # a toll told after a guessed doer: the guessed side's killing is only possible
    *_both(
        "The monitor said the raids on Kessa were most likely carried out by Turkish jets. "
        "At least twelve civilians were killed in the strikes, it said.",
        "the strikes",
        "kill",
        "turkey",
        "possible",
        "The monitor",
    ),
    # a hedge in the next sentence names the doer of the rockets: possible too
    *_both(
        "Rockets hit a clinic in Kessa on Monday, the medics said. The attack was probably "
        "carried out by the Falcon Brigade.",
        "Rockets",
        "hit",
        "falcon-brigade",
        "possible",
        "the medics",
    ),
    # the first telling takes its retelling's guessed doer as the same guess (retoldowners)
    *_both(
        "Air raids killed nine people in Kessa on Monday. Air strikes on the village of Kessa "
        "killed nine people on Monday, a monitor said. The monitor said the raids were most "
        "likely carried out by Turkish jets.",
        "Air raids",
        "kill",
        "turkey",
        "possible",
        "The monitor",  # the guesser
    ),
    # near misses: a claim names its doer as fact; a hedged toll hedges no doer
    *_both(
        "Rockets hit a clinic in Kessa on Monday, the medics said. The Falcon Brigade claimed "
        "the attack.",
        "Rockets",
        "hit",
        "falcon-brigade",
        "asserted",
        "the medics",
    ),
    *_both(
        "Turkish jets bombed Kessa on Monday, the monitor said. The strikes killed nine "
        "villagers, and the toll is likely to rise.",
        "The strikes",
        "kill",
        "turkey",
        "asserted",
        "",
    ),
    # a side stated and guessed in one sentence: the stated attack lends, no guess
    *_both(
        "Turkish troops shelled Kessa, a day after activists accused the Turkish army of "
        "launching a gas attack on Marsa. Rockets hit the market, killing four.",
        "Rockets",
        "hit",
        "turkey",
        "asserted",
        "",
    ),
    # a new attack, an attempt, a doubt: no one
    *_both(
        "In Kessa, the monitor said the shelling was most likely carried out by the Falcon "
        "Brigade. Another shell exploded near the market in Marsa.",
        "Another shell",
        "explode",
        "",
        "asserted",
        "",
    ),
    *_both(
        "The Falcon Brigade was trying to storm Kessa on Sunday. Rockets hit the market there, "
        "killing four.",
        "Rockets",
        "hit",
        "",
        "asserted",
        "",
    ),
    *_both(
        "In Kessa, the monitor said the shelling was most likely carried out by the Falcon "
        "Brigade. It was unclear who fired the rockets that hit the market in Marsa.",
        "the rockets",
        "hit",
        "",
        "asserted",
        "",
    ),
]


@pytest.mark.parametrize("text, weapon, action, owner, modality, attribution", _CASES)
def test_a_guessed_side_owns_the_attack_told_on_as_a_guess(
    parse, text, weapon, action, owner, modality, attribution
):
    assert _attack(parse, text, weapon, action) == (owner, modality, attribution)
