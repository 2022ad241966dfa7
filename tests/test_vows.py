"""A promise of harm is a threat, a promise of help an agreement (issue 14, classes).

CAMEO files "promise", "pledge" and "vow" under intent to cooperate; "the envoy promised
a strong response" or "the militia vowed retaliation" threaten (PLOVER THREATEN). Every
sentence is our own, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _class(parse: Parse, text: str, action: str) -> str:
    found = [e.action_class for e in extract_events(parse(text)) if e.action == action]
    assert found, f"no {action!r} event in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    "text, action, expected",
    [
        ("The envoy promised a strong response.", "promise", "THREATEN"),
        ("On Monday, the envoy was promising a swift response.", "promise", "THREATEN"),
        ("On Monday the envoy was promising a swift response.", "promise", "THREATEN"),
        ("The militia vowed retaliation for the raid on its depot.", "vow", "THREATEN"),
        ("The militia, stung by the raid, vowed reprisals.", "vow", "THREATEN"),
        ("The militia stung by the raid vowed reprisals.", "vow", "THREATEN"),
        ("The king pledged victory over the northern clans.", "pledge", "THREATEN"),
        ("Speaking in Vell, the king pledged victory over the clans.", "pledge", "THREATEN"),
        ("Speaking in Vell the king pledged victory over the clans.", "pledge", "THREATEN"),
        ("The chief vowed vengeance on the smugglers.", "vow", "THREATEN"),
        # near misses: promises of help or of a win that harms no one stay agreements
        ("The donors pledged aid to the refugees.", "pledge", "AGREE"),
        ("The donors, meeting in Vell, promised support.", "promise", "AGREE"),
        ("The donors meeting in Vell promised support.", "promise", "AGREE"),
        ("The king pledged victory in the election.", "pledge", "AGREE"),
        ("The UN pledged a rapid response to the needs of the refugees.", "pledge", "AGREE"),
        ("Donors pledged a generous response to the appeal for aid.", "pledge", "AGREE"),
        ("On Monday, the agency promised a quick response.", "promise", "AGREE"),
        ("On Monday the agency promised a quick response.", "promise", "AGREE"),
        ("The minister vowed a firm response to the raid.", "vow", "THREATEN"),
        ("After the raid, the militia promised a response to the attack.", "promise", "THREATEN"),
        ("After the raid the militia promised a response to the attack.", "promise", "THREATEN"),
        ("On Sunday, the army vowed a military response.", "vow", "THREATEN"),
        ("On Sunday the army vowed a military response.", "vow", "THREATEN"),
    ],
)
def test_a_promise_of_harm_is_a_threat(parse: Parse, text: str, action: str, expected: str) -> None:
    assert _class(parse, text, action) == expected
