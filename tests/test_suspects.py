"""Who a hedged statement names as an unowned attack's doer (graph/normalize/suspects.py).

Stories of our own, each with and without commas (real copy often has none): "the raid was
most likely carried out by X" or "an attack blamed on X", in the attack's sentence or
the next, gives the attack to X; a doubt, two doers, alternatives, a party's accusation
or another story give it no one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _owners(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    """Return (actor text, action) -> actor id of a story's normalised events and facts."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.instrument or e.actor, e.action): e.actor_id for e in normalised}


def _both(text: str, weapon: str, action: str, owner: str) -> list[tuple[str, str, str, str]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, weapon, action, owner), (text.replace(",", ""), weapon, action, owner)]


_CASES = [
    # a hedged "carried out by" in the next sentence names the doer
    *_both(
        "Rockets hit the market in Marsa on Monday, killing four people. The attack was most "
        "likely carried out by the Falcon Brigade, a local source said.",
        "Rockets",
        "hit",
        "falcon-brigade",
    ),
    *_both(
        "Air raids struck the hospital in Marsa on Sunday. The monitor said the raids were "
        "believed to have been carried out by Tarvan warplanes.",
        "Air raids",
        "strike",
        "tarvan/military",
    ),
    # "blamed on" names the doer as the blame's target
    *_both(
        "A car bomb killed six people on Friday in Marsa. Ten more were wounded in the blast, "
        "which was blamed on the Falcon Brigade.",
        "A car bomb",
        "kill",
        "falcon-brigade",
    ),
    # a doubt, alternatives, two doers: no one
    *_both(
        "Air raids struck the hospital in Marsa on Sunday. It was unclear whether the raids "
        "were carried out by Tarvan warplanes.",
        "Air raids",
        "strike",
        "",
    ),
    *_both(
        "Air raids struck the hospital in Marsa on Sunday. The monitor said the raids were "
        "probably carried out by Tarvan or Borduvian jets.",
        "Air raids",
        "strike",
        "",
    ),
    *_both(
        "Air raids struck the hospital in Marsa on Sunday. The monitor said the raids were "
        "probably carried out by the Falcon Brigade and the Wolf Brigade.",
        "Air raids",
        "strike",
        "",
    ),
    # a party's accusation, or a hedge of another story, names no one
    *_both(
        "Air raids struck the hospital in Marsa on Sunday. The opposition blamed the Falcon "
        "Brigade.",
        "Air raids",
        "strike",
        "",
    ),
    *_both(
        "Air raids struck the hospital in Marsa on Sunday. Meanwhile, a bombing in Kolo was "
        "most likely carried out by the Falcon Brigade.",
        "Air raids",
        "strike",
        "",
    ),
]


@pytest.mark.parametrize("text, weapon, action, owner", _CASES)
def test_a_hedged_doer_next_to_an_attack_owns_it(parse, text, weapon, action, owner):
    assert _owners(parse, text)[(weapon, action)] == owner
