"""Shelling the tagger reads as a verb after the harm it did (issue 14).

"Nine people were killed in army shelling on Friday": the tagger reads "shelling" as a
verb with the owner ("army") as its subject and hangs it on "killed", so the shelling
lost whom it hit. They are the harm's victims. A gerund with an object of its own is
its own act, and a harm told by no "in/by" phrase gives no toll. Every sentence is our
own, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _shelled(parse: Parse, text: str) -> set[tuple[str, str]]:
    return {
        (e.actor, e.target)
        for e in extract_events(parse(text))
        if e.kind == "event" and e.action == "shell"
    }


def _both(sentence: str, without: str, pair: tuple[str, str]) -> list[object]:
    return [pytest.param(sentence, pair), pytest.param(without, pair)]


TOLLS = [
    *_both(
        "On Friday, at least 14 people were killed by militia shelling in a hill town.",
        "On Friday at least 14 people were killed by militia shelling in a hill town.",
        ("militia", "at least 14 people"),
    ),
    # (with commas the aside "including two boys" stays out of the span)
    pytest.param(
        "Six farmers, including two boys, were killed in army shelling in Tarsa, the monitor said.",
        ("army", "Six farmers"),
    ),
    pytest.param(
        "Six farmers including two boys were killed in army shelling in Tarsa the monitor said.",
        ("army", "Six farmers including two boys"),
    ),
    *_both(
        "Two nurses were among nine people killed in army shelling in Tarsa on Monday.",
        "Two nurses were among nine people killed in army shelling in Tarsa on Monday.",
        ("army", "nine people"),
    ),
    *_both(
        "One trader was killed by militia shelling, while clashes raged near the bridge.",
        "One trader was killed by militia shelling while clashes raged near the bridge.",
        ("militia", "One trader"),
    ),
]


@pytest.mark.parametrize("text, expected", TOLLS)
def test_victims_of_the_harm_are_the_shelling_target(
    parse: Parse, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _shelled(parse, text)


# The shelling names its own target; the victims stay with the harm.
def test_own_target_is_kept(parse: Parse) -> None:
    text = "Nine civilians were killed in militia shelling of the old market on Friday."
    assert ("militia", "the old market") in _shelled(parse, text)
    assert ("militia", "Nine civilians") not in _shelled(parse, text)
