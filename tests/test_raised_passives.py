"""A perfect passive infinitive raised out of a passive report (issue 14, recall).

"Most of the hostages are believed to have been killed by the militia": the report's
subject is the one killed, the "by" phrase the killer; with no doer named ("9000 are
estimated to have been killed") the killing is a fact about its victims. The report
keeps its own modality ("believed", "reported" make the act possible; an estimate is
a count). Sentences of our own, each with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _found(parse: Parse, text: str) -> dict[tuple[str, str, str], tuple[str, str]]:
    return {
        (e.actor, e.action, e.target): (e.kind, e.modality) for e in extract_events(parse(text))
    }


RAISED = [
    (
        "Most of the hostages are believed to have been killed by the militia.",
        ("the militia", "kill", "Most of the hostages"),
        ("event", "possible"),
    ),
    (
        "Most of the hostages, the monitor said, are believed to have been killed by the militia.",
        ("the militia", "kill", "Most of the hostages"),
        ("event", "possible"),
    ),
    (
        "Four guards were reported to have been wounded by a sniper.",
        ("a sniper", "wound", "Four guards"),
        ("event", "possible"),
    ),
    (
        "Four guards, the police said, were reported to have been wounded by a sniper.",
        ("a sniper", "wound", "Four guards"),
        ("event", "possible"),
    ),
    (
        "More than 9000 villagers are estimated to have been killed since the siege began.",
        ("More than 9000 villagers", "be killed", ""),
        ("relation", "asserted"),
    ),
    (
        "More than 9000 villagers are estimated to have been killed, since the siege began.",
        ("More than 9000 villagers", "be killed", ""),
        ("relation", "asserted"),
    ),
]


@pytest.mark.parametrize("text, triple, kind", RAISED)
def test_a_raised_passive_targets_the_reports_subject(parse, text, triple, kind):
    assert _found(parse, text).get(triple) == kind


@pytest.mark.parametrize(
    "text, triple",
    [
        # an active infinitive: its subject acts.
        (
            "The rebels are believed to have attacked the base at dawn.",
            ("The rebels", "attack", "the base"),
        ),
        (
            "The rebels, it seems, are believed to have attacked the base at dawn.",
            ("The rebels", "attack", "the base"),
        ),
        # a passive infinitive of an active verb of asking: the subject is asked, not hit.
        (
            "The envoy was asked to leave the town by the rebels.",
            ("The envoy", "leave", "the town"),
        ),
    ],
)
def test_an_active_infinitive_keeps_its_subject_as_doer(parse, text, triple):
    assert triple in _found(parse, text)
