"""Who a call for an act is aimed at: the body asked to do it (demandsides.asked_for).

"Tarvan called for an emergency League Council meeting" asks the League Council to
meet: the call's target is the Council, as in "called for a meeting of the Council".
An organisation's name before the act, or a side after "by/from", says who is asked.
Sentences of our own, each with and without commas; near misses (a place's name
before the act, an act with no one named, an act aimed at a side) keep what they had.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str) -> set[str]:
    return {e.target for e in extract_events(parse(text)) if e.action.startswith(("call", "vote"))}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


ASKED = [
    *[
        (text, "League Council")
        for text in _both("On Monday, Tarvan called for an emergency League Council meeting.")
    ],
    *[
        (text, "U.N. Security Council")
        for text in _both(
            "After the raid, Lomvia called for a swift U.N. Security Council meeting on it."
        )
    ],
    *[(text, "UN") for text in _both("The alliance, again, called for UN action.")],
    *[
        (text, "UN")
        for text in _both("In May, the cabinet called for a UN inquiry into the poisoning.")
    ],
    *[
        (text, "UN inspectors")
        for text in _both("The council called for an inquiry by UN inspectors, its chief said.")
    ],
    *[
        (text, "neighbouring states")
        for text in _both("Last week, the rebels called for help from neighbouring states.")
    ],
]


@pytest.mark.parametrize("sentence, target", ASKED)
def test_a_call_is_aimed_at_who_is_asked_to_act(parse, sentence, target):
    assert target in _targets(parse, sentence)


KEPT = [
    # a place's name before the act is where it is to be, not who is asked
    *[(text, "") for text in _both("On Friday, the Kurds called for a Marsa conference.")],
    # an act with no one named
    *[(text, "") for text in _both("On Sunday, the envoy called for an end to the fighting.")],
    # a verb that asks for nothing: a vote for a resolution is no call on its body
    *[(text, "") for text in _both("On Monday, ten states voted for the UN resolution.")],
    # an act aimed at a side keeps that side
    *[
        (text, "the militia")
        for text in _both("The alliance, again, called for UN action against the militia.")
    ],
]


@pytest.mark.parametrize("sentence, target", KEPT)
def test_other_calls_keep_their_target(parse, sentence, target):
    assert _targets(parse, sentence) == {target}
