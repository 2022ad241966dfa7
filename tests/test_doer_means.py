"""Every act of a bomb or a bomber is a bombing (graph/extract/assaultmodes.by_doer_means).

Sentences of our own, each with and without commas: the acts a car bomb, a bomb blast, an
explosive device or a suicide bomber does (the main verb, a participle, the second of two
verbs, a verb the parse hangs on the blast) are ASSAULT with the codebook's mode; force
done by jets, barrel bombs or an army stays FIGHT.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _both(text: str, *rest: str) -> list[tuple[str, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


BOMBINGS = [
    *_both("A car bomb blast killed nine people in the market of Tarsk on Sunday.", "kill"),
    *_both("A bomb blast killed four people and injured 20 near the port.", "injure"),
    *_both("An explosive device went off near the bus station, killing two guards.", "kill"),
    *_both("An explosive device went off near the bus station, wounding two guards.", "wound"),
    *_both("A suicide bomber struck a checkpoint outside Vostra, killing six soldiers.", "kill"),
    *_both("The explosion ripped through the depot and injured eleven workers.", "injure"),
]


@pytest.mark.parametrize(("text", "action"), BOMBINGS)
def test_every_act_of_a_bomb_is_a_bombing(parse, text, action):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert {(e.action_class, bool(e.mode)) for e in found} == {("ASSAULT", True)}


CONVENTIONAL = [
    *_both("Jets bombed the town of Tarsk, killing nine people.", "kill"),
    *[
        pytest.param(
            *case,
            marks=pytest.mark.xfail(
                strict=True, reason="the CAMEO pattern for a bomb as subject codes 183 (bombing)"
            ),
        )
        for case in _both("Barrel bombs killed nine people in Tarsk, a monitor said.", "kill")
    ],
    *_both("A barrel bomb attack killed nine people in the old quarter.", "kill"),
    *_both("Artillery fire wounded four soldiers near the port.", "wound"),
]


@pytest.mark.parametrize(("text", "action"), CONVENTIONAL)
def test_force_by_other_means_is_no_bombing(parse, text, action):
    found = [e for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event"
    assert all(e.action_class != "ASSAULT" for e in found)


def test_a_bomb_as_the_target_names_no_means(parse):
    doc = parse("Engineers defused a car bomb near the port and arrested two men.")
    found = [e for e in extract_events(doc) if e.action == "arrest"]
    assert found and all(e.action_class != "ASSAULT" or e.mode == "" for e in found)
