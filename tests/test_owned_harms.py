"""People hurt by an attack whose own phrase names its side: an event (ownedharms.py).

"A guard was killed in a Tarvan-orchestrated car bombing", "a wave of IS bombings left
40 people dead": the attack's fact resolves to the side its phrase names, and that side
killed the victims. Stories of our own, each with and without commas; clashes, places
and attacks of no named side stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _harms(parse: Parse, text: str) -> dict[tuple[str, str], tuple[str, str]]:
    """Return (action, target) -> (kind, actor id) of the harms of a story."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        (e.action, e.target): (e.kind, e.actor_id)
        for e in normalised
        if e.action in {"kill", "wound", "injure"}
    }


@pytest.mark.parametrize(
    "text, action, target, actor_id",
    [
        ("On Monday, a string of IS bombings near the old bridge left 40 people dead.",
         "kill", "40 people", "isis"),
        ("On Monday a string of IS bombings near the old bridge left 40 people dead.",
         "kill", "40 people", "isis"),
        ("A local reporter was killed, in an ISIS-orchestrated car bombing near the bridge.",
         "kill", "A local reporter", "isis"),
        ("A local reporter was killed in an ISIS-orchestrated car bombing near the bridge.",
         "kill", "A local reporter", "isis"),
    ],
)  # fmt: skip
def test_a_harm_by_an_attack_its_phrase_owns_is_an_event(parse, text, action, target, actor_id):
    assert _harms(parse, text).get((action, target)) == ("event", actor_id)


@pytest.mark.parametrize(
    "text, action, target",
    [
        # a clash has two sides: no one side killed them
        ("Fierce clashes between Islamist militants left forty people dead, medics said.",
         "kill", "forty people"),
        ("Fierce clashes between Islamist militants left forty people dead medics said.",
         "kill", "forty people"),
        # the phrase names a place, not a side
        ("On Monday, a mortar attack on a district of Deir Ezzor left three civilians dead.",
         "kill", "three civilians"),
        ("On Monday a mortar attack on a district of Deir Ezzor left three civilians dead.",
         "kill", "three civilians"),
    ],
)  # fmt: skip
def test_a_harm_of_no_one_side_stays_a_fact(parse, text, action, target):
    kind, _ = _harms(parse, text).get((action, target), ("relation", ""))
    assert kind == "relation"
