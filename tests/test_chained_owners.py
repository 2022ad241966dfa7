"""An air attack told on after its doer was given from context (graph/normalize/chains.py).

Stories of our own, each with and without commas: the first sentence names the state
whose jets struck, the next tells its raids without a doer (owned from the sentence
before), and a later one tells the strikes on, out of the first sentence's reach. Told as
the ones just named ("The strikes", "Three raids"), they are the same state's; told as
new ones ("an air strike"), as a ground weapon, or after a rebel group's attack, they are
no one's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]

_OPENING = (
    "Tarvan government air strikes killed 40 people in Kessa on Sunday, a monitor said. "
    "The air raids on Sunday killed 19 people in the old town. The province is held by "
    "rebels. "
)


def _labels(parse: Parse, text: str, action: str) -> dict[str, str]:
    """Return weapon (instrument or actor) -> actor label of the story's events of ``action``."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        e.instrument or e.actor: e.actor_label
        for e in normalised
        if e.action == action and e.kind == "event"
    }


def _both(text: str, *expected: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, *expected), (text.replace(",", ""), *expected)]


@pytest.mark.parametrize(
    "text, weapon",
    [
        *_both(_OPENING + "The strikes outside the old town hit a shelter.", "The strikes"),
        *_both(_OPENING + "Three raids hit a shelter near the bridge.", "Three raids"),
    ],
)
def test_an_air_attack_told_on_keeps_the_doer_given_before(parse, text, weapon):
    labels = _labels(parse, text, "hit")
    assert labels.get(weapon, "").startswith("Tarvan"), labels


@pytest.mark.parametrize(
    "text, weapon",
    [
        # told as a new attack
        *_both(_OPENING + "An air strike hit a shelter near the bridge.", "An air strike"),
        # a ground weapon is no air campaign's
        *_both(_OPENING + "The shells hit a shelter near the bridge.", "The shells"),
        # an armed group lends no air attack
        *_both(
            "Falcon Brigade fighters shelled Kessa on Sunday, a monitor said. The rockets "
            "killed 19 people in the old town. The province is held by rebels. The strikes "
            "outside the old town hit a shelter.",
            "The strikes",
        ),
    ],
)
def test_an_air_attack_not_told_on_stays_unowned(parse, text, weapon):
    labels = _labels(parse, text, "hit")
    assert labels.get(weapon) == "", labels
