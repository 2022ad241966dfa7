"""Sentences that once crashed extraction on real news (a rule looked before the first word)."""

from __future__ import annotations

import pytest

from graph.extract import extract_events


@pytest.mark.parametrize("text", ["Bombs hit the market in Idlib.", "Bomb blasts shook the city."])
def test_a_weapon_noun_as_the_first_word_does_not_crash(nlp, text):
    events = list(extract_events(nlp(text)))
    assert all(e.provenance.sentence for e in events)
