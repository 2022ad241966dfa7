"""Which sentences may name an unowned attack's doer (graph/normalize/claimants.py).

Stories of our own: the attack's own sentence and the next, in that order, unless the next
opens another story ("Meanwhile ...", "Separately ..."), which names another attack's doer.
"""

from __future__ import annotations

import pytest

from graph.model import Event, Provenance
from graph.normalize.claimants import telling_sentences

ATTACK = "A car bomb hit the depot in Tarsk."


def _attack(index: int) -> Event:
    return Event("A car bomb", "hit", "the depot", Provenance("d1", "test", index, 0, 34, ATTACK))


@pytest.mark.parametrize(
    "after, gaps",
    [
        ("The Hawks Brigade claimed the attack.", [0, 1]),
        ("Meanwhile the Hawks Brigade claimed a raid on Karsk.", [0]),
        ("Meanwhile, the Hawks Brigade claimed a raid on Karsk.", [0]),
        ("Separately the army shelled Karsk.", [0]),
        ("In other news, the army shelled Karsk.", [0]),
        ("The army meanwhile blamed the Hawks Brigade.", [0, 1]),
    ],
)
def test_the_next_sentence_tells_the_attack_unless_it_opens_another_story(after, gaps):
    texts = {3: ATTACK, 4: after}
    assert [gap for gap, _ in telling_sentences(_attack(3), texts)] == gaps


def test_the_gaps_asked_for_come_in_order_and_a_missing_sentence_is_empty():
    texts = {3: ATTACK, 4: "The Hawks Brigade claimed the attack."}
    found = list(telling_sentences(_attack(3), texts, (1, 0, -1)))
    assert found == [(1, texts[4]), (0, ATTACK), (-1, "")]


def test_an_opener_in_the_attacks_own_sentence_does_not_skip_it():
    texts = {3: "Meanwhile a car bomb hit the depot in Tarsk."}
    assert [gap for gap, _ in telling_sentences(_attack(3), texts)] == [0, 1]
