"""Evidence gathered is an inquiry, INVESTIGATE (graph/extract/gathering.py).

"The inspectors gathered information on the attack": CAMEO codes collecting documents as
an investigation (090), and so does an event coder for evidence, data, samples or
testimony. Gathering at a place, collecting bodies or taxes, and giving information
are not inquiries. Also "no longer" negates its verb (graph/extract/negation.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str, action: str) -> list[tuple[str, str, str]]:
    """Return (kind, class, polarity) of the events whose action starts with ``action``."""
    return [
        (e.kind, e.action_class, e.polarity)
        for e in extract_events(parse(text))
        if e.action.split()[0] == action
    ]


_INQUIRIES = [
    ("The inspectors gathered information on the attack.", "gather"),
    ("On Monday, the inspectors gathered information on the attack.", "gather"),
    ("Volunteers in the valley collected evidence of the poisoning.", "collect"),
    ("The experts were gathering and analysing data from the site, the agency said.", "gather"),
    ("The experts were gathering and analysing data from the site the agency said.", "gather"),
    ("Soil samples were collected by the investigators near the crater.", "collect"),
    ("Lawyers compiled testimonies from the survivors of the raid.", "compile"),
]


@pytest.mark.parametrize("text, action", _INQUIRIES)
def test_evidence_gathered_is_an_inquiry(parse: Parse, text: str, action: str) -> None:
    assert ("event", "INVESTIGATE", "pos") in _events(parse, text, action)


_NOT_INQUIRIES = [
    ("The fighters gathered at the mosque before dawn.", "gather"),
    ("Rescue teams collected the bodies from the rubble.", "collect"),
    ("The gunmen collected taxes from the shopkeepers, residents said.", "collect"),
    ("The ministry provided information on the attack.", "provide"),
]


@pytest.mark.parametrize("text, action", _NOT_INQUIRIES)
def test_other_gathering_is_no_inquiry(parse: Parse, text: str, action: str) -> None:
    assert all(cls != "INVESTIGATE" for _, cls, _ in _events(parse, text, action))


@pytest.mark.parametrize(
    "text, action, polarity",
    [
        ("The battalion no longer shells the village.", "shell", "neg"),
        ("After the killing, the monitor no longer gathered evidence.", "gather", "neg"),
        ("The battalion shelled the village for no longer than an hour.", "shell", "pos"),
    ],
)
def test_no_longer_negates(parse: Parse, text: str, action: str, polarity: str) -> None:
    assert {p for _, _, p in _events(parse, text, action)} == {polarity}
