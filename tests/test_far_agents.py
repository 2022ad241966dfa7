"""A passive's "by" agent written after its other adjuncts (graph/extract/faragents.py).

Sentences of our own, each with and without commas (real copy often has none). The
parser hangs such a "by" on the last noun before it ("in three villages of the valley
by militia units"); it is still the passive's doer, unless it names a place, a time, a
count or a means, or the noun it hangs on is an attack (whose own agent it is).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.extract.faragents import far_agent

Parse = Callable[..., Doc]


def _doers(parse: Parse, text: str, action: str) -> set[str]:
    return {e.actor for e in extract_events(parse(text)) if e.action == action}


def _both(text: str, action: str, doers: set[str]) -> list[tuple[str, str, set[str]]]:
    return [(text, action, doers), (text.replace(",", ""), action, doers)]


_CASES = [
    *_both(
        "Fifteen gunmen were killed over the last three days, in three hamlets of the "
        "valley, by militia units that also seized two trucks.",
        "kill",
        {"militia units"},
    ),
    *_both(
        "An old granary was used, for months, as a depot by the Tarvan army.",
        "use",
        {"the Tarvan army"},
    ),
    *_both(
        "The injured were carried to a field clinic, on Friday, by volunteer medics.",
        "carry",
        {"volunteer medics"},
    ),
    *_both(
        "Relief lorries were kept from entering the suburb, for weeks, by armed gangs.",
        "keep",
        {"armed gangs"},
    ),
    *_both(
        "Two guards were shot at the gate of the depot by Kurdish fighters.",
        "shoot",
        {"Kurdish fighters"},
    ),
]

# "by" naming a place, a time, a count or a means, or an attack's or a clause's own
# agent: no far doer of the passive.
_NEAR_MISSES = [
    "Ten soldiers were killed in clashes by the border.",
    "Ten soldiers were killed in a village by the border.",
    "The hill was taken in a week of fighting by Monday.",
    "Bodies were found in the streets of the town by the hundreds.",
    "Nine people were killed in the north of the province by air strikes.",
    "Four men were killed in the district held by the rebels.",
    "Three men were killed in a raid on the farm by the militia.",
]


@pytest.mark.parametrize(("text", "action", "doers"), _CASES)
def test_far_by_agent_is_the_doer(parse: Parse, text: str, action: str, doers: set[str]) -> None:
    assert _doers(parse, text, action) == doers


@pytest.mark.parametrize("text", _NEAR_MISSES)
def test_by_naming_no_doer_is_left(parse: Parse, text: str) -> None:
    for clause in (t for t in parse(text) if t.tag_ == "VBN"):
        assert far_agent(clause) is None


def test_an_attack_keeps_its_own_agent(parse: Parse) -> None:
    # "in a raid by X": the raid's agent, told with the attack noun (one doer, once)
    events = extract_events(parse("Three men were killed in a raid by the militia on the farm."))
    assert {e.actor for e in events if e.action == "kill"} == {"the militia"}
