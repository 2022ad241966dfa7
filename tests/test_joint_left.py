"""Two doers joined in one phrase that still give one event (strict xfails, issue 14).

Sentences of our own. Left for later: comma-less owner lists ("Iranian Iraqi jets", a
headline's "Iranian, Iraqi jets") and "X and Y are engaged in fighting with Z" (each
side fights Z; the rebels are read as the doer). A country glued to the next side's
name in a list ("armed by Turkey Gulf Arab monarchies and France") is split now
(normalize/namelists.glued_run, tests/test_listed_sides.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> set[tuple[str, str, str, str]]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.actor, e.actor_code, e.action, e.target) for e in normalised if e.kind == "event"}


_MISS = pytest.mark.xfail(reason="two doers joined in one phrase, one kept", strict=True)


@pytest.mark.parametrize(
    "text, wanted",
    [
        pytest.param(
            "Iranian Iraqi jets pound hills near Tarvo.",
            {"IRNMIL", "IRQMIL"},
            marks=_MISS,
            id="comma-less owner list",
        ),
        pytest.param(
            "Militias armed by Turkey Gulf Arab monarchies and France held the town.",
            {"Turkey", "Gulf Arab monarchies", "France"},
            id="country glued to the next name",
        ),
    ],
)
def test_each_listed_doer(parse, text, wanted):
    found = _events(parse, text)
    actors = {a for a, _, _, _ in found} | {code for _, code, _, _ in found}
    assert wanted <= actors


@pytest.mark.xfail(reason="engaged in fighting with: both sides fight the rebels", strict=True)
def test_engaged_in_fighting_with(parse):
    text = (
        "Forces from the Iraqi army and the Badr militia are engaged in heavy fighting with "
        "rebel forces near the dam."
    )
    found = _events(parse, text)
    doers = {a for a, _, _, t in found if t.startswith("rebel forces")}
    assert any("army" in a for a in doers) and any("militia" in a for a in doers)
