"""Targetless attacks take their target from their own clause (issue 14, lane attacktargets).

An attack noun's "on" phrase the parser hung on a verb that takes none of its own
("condemned the Turkish raids on X", "on and around X": extract/hungtargets.py), strikes
that fall around a place (extract/landings.py) and a one-sided attack spread over parts
of a town or throughout it (normalize/partplaces.py). Sentences written for these tests,
with commas and, inside one document of 40 words or more, without.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]

# A comma-less document of 40+ words is parsed with its commas put back (commasites).
_FILLER = (
    " The monitoring group said that the fighting had gone on for most of the week and that "
    "aid workers had not been able to reach the people who remained in the area since then."
)


def _targets(parse: Parse, text: str, action: str) -> set[str]:
    events = normalize_events(extract_events(parse(text)))
    return {e.target for e in events if e.action == action and e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "") + _FILLER]


def _cases(text: str, action: str, target: str) -> list[tuple[str, str, str]]:
    return [(variant, action, target) for variant in _both(text)]


FOUND = [
    *_cases(
        "Britain condemned the Turkish airstrikes on the village of Kessa.",
        "strike",
        "the village of Kessa",
    ),
    *_cases(
        "The council criticised the Turkish raids on the town of Hass, on Monday.",
        "raid",
        "the town of Hass",
    ),
    *_cases(
        "France condemned the Turkish airstrikes on and around the town of Kessa.",
        "strike",
        "the town of Kessa",
    ),
    (
        "Turkish airstrikes on and around the town of Kessa killed ten people.",
        "strike",
        "the town of Kessa",
    ),
    *_cases(
        "Suspected Turkish air strikes fell around the town of Hass, killing nine civilians.",
        "fall",
        "the town of Hass",
    ),
    *_cases(
        "Turkish jets carried out air strikes in the eastern districts of Aleppo, it said.",
        "strike",
        "Aleppo",
    ),
    *_cases(
        "The coalition said it had conducted 16 air strikes throughout Raqqa, on Sunday.",
        "strike",
        "Raqqa",
    ),
    (
        "More than a dozen air strikes were carried out overnight in rebel-held districts "
        "of east Aleppo by Turkish jets.",
        "strike",
        "east Aleppo",
    ),
]

FOUND += [
    *_cases(
        "It reported four more deaths in rebel fire on the Sheikh Hass district, on Friday.",
        "fire",
        "the Sheikh Hass district",
    ),
    *_cases(
        "Turkish jets carried out raids which left 20 people dead, on Monday.", "raid", "20 people"
    ),
]

LEFT = [
    # an unowned siege under another's verb: no act of the breakers
    *_cases(
        "Rebels staged a counter-attack aimed at breaking the siege on areas they control.",
        "besiege",
        "",
    ),
    # a date a name after it joined is no target
    (
        "Ten people were killed in a Turkish attack near the town of Hass on April 15 UN "
        "envoy Karl Berg said.",
        "attack",
        "",
    ),
    # what a raid left that is no victim
    *_cases("Turkish jets carried out raids, which left the bridge impassable.", "raid", ""),
    # "blame X on Y": the "on" phrase is the blame's
    *_cases("Police blamed the Turkish attack on the rebels, on Monday.", "attack", ""),
    # the attacker's base, a country, an unnamed area: no target
    (
        "Shells were used in the attacks which were launched by fighters positioned in the "
        "eastern districts of Aleppo.",
        "attack",
        "",
    ),
    *_cases("Turkish jets carried out air strikes across northern Syria, it said.", "strike", ""),
    *_cases(
        "Turkish jets carried out air strikes in several areas of the country, it said.",
        "strike",
        "",
    ),
    # a time is no target
    *_cases("France condemned the Turkish airstrikes on Monday, the ministry said.", "strike", ""),
]


@pytest.mark.parametrize("text, action, target", FOUND)
def test_attack_takes_its_own_target(parse: Parse, text: str, action: str, target: str) -> None:
    assert target in _targets(parse, text, action)


@pytest.mark.parametrize("text, action, target", LEFT)
def test_attack_target_left(parse: Parse, text: str, action: str, target: str) -> None:
    found = _targets(parse, text, action)
    assert found <= {target}


@pytest.mark.parametrize(
    "text, action, target",
    [
        pytest.param(
            "Dozens of air strikes by Turkish jets were carried out overnight in rebel-held "
            "districts of east Aleppo.",
            "strike",
            "east Aleppo",
            marks=pytest.mark.xfail(
                reason="the event's relation is 'airstrikes by', not the verb", strict=True
            ),
        ),
        pytest.param(
            "Rebels said the army operation in the eastern districts of Hama had failed.",
            "attack",
            "Hama",
            marks=pytest.mark.xfail(
                reason="an operation subject of 'failed' is a fact", strict=True
            ),
        ),
    ],
)
def test_attack_target_misses(parse: Parse, text: str, action: str, target: str) -> None:
    assert target in _targets(parse, text, action)
