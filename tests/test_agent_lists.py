"""Passive agents listed each with its own "by", and participles with their own agent.

Sentences of our own, each with and without commas (real copy often has none).
"backed by Qatar and by Sunni volunteers" names two doers (the second "by" hangs on
the first); "a push led by a militia and backed by the coalition": the coalition backs
the push, not the militia (graph/extract/agentlists.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]
Pair = tuple[str, str]


def _doers(parse: Parse, text: str, action: str) -> set[str]:
    return {e.actor for e in extract_events(parse(text)) if e.action == action}


def _both(text: str, action: str, doers: set[str]) -> list[tuple[str, str, set[str]]]:
    return [(text, action, doers), (text.replace(",", ""), action, doers)]


_CASES = [
    # "by" repeated: each names a doer
    *_both(
        "The governor has been backed financially by Qatar and by Sunni volunteers from "
        "Jordan, since 2014.",
        "back",
        {"Qatar", "Sunni volunteers from Jordan"},
    ),
    *_both(
        "The old fort was shelled, on Monday, by the army and by militia gunners.",
        "shell",
        {"the army", "militia gunners"},
    ),
    # a participle with its own agent after a participle modifier
    *_both(
        "The second push, led by a Kurdish militia and backed by the US-led coalition, "
        "reached the dam.",
        "back",
        {"the US-led coalition"},
    ),
    *_both(
        "Fighting went on in the valley, with one push led by Iraqi troops and backed by "
        "ally Iran.",
        "back",
        {"Iran"},
    ),
    *_both(
        "The second push, planned and led by a Kurdish militia, reached the dam.",
        "lead",
        {"a Kurdish militia"},
    ),
    # near misses: one "by" with a list; a second "by" naming a time, not a doer; a
    # coordinated passive after a clause (no participle modifier)
    *_both(
        "The governor has been backed financially by Qatar and Oman, since 2014.",
        "back",
        {"Qatar", "Oman"},
    ),
    *_both(
        "The old fort was shelled by the army and by night, residents said.", "shell", {"the army"}
    ),
    *_both(
        "The town was shelled by the army and by the end of the week it had fallen.",
        "shell",
        {"the army"},
    ),
    *_both(
        "The rebels entered the town, and were then shelled by government jets.",
        "shell",
        {"government jets"},
    ),
]


@pytest.mark.parametrize("text, action, doers", _CASES)
def test_each_listed_agent_does_it(parse, text, action, doers):
    assert _doers(parse, text, action) == doers
