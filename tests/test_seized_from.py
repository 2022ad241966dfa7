"""Ground taken from a side is a taking aimed at that side too (graph/extract/seizedfrom.py).

Sentences of our own, each with and without commas: "X seized the villages from Y" -> X
seize the villages, and X seize Y (the ground's span ends before "from"). A place or a
direction it was taken from, what is not ground ("weapons", "hostages") and a release
("freed the city from X") add no side.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]

_TAKINGS = {"seize", "capture", "take", "retake", "recapture", "wrest", "free"}


def _both(text: str, *pairs: object) -> list[tuple[str, tuple[object, ...]]]:
    return [(text, pairs), (text.replace(",", ""), pairs)]


def _takings(parse: Parse, text: str) -> set[tuple[str, str]]:
    return {
        (e.actor, e.target)
        for e in extract_events(parse(text))
        if e.action in _TAKINGS and e.kind == "event"
    }


TAKEN_FROM = [
    *_both(
        "Kurdish fighters seized several villages from IS, a monitor said.",
        ("Kurdish fighters", "IS"),
        ("Kurdish fighters", "several villages"),
    ),
    *_both(
        "On Monday, the rebels captured the air base from government forces.",
        ("the rebels", "government forces"),
        ("the rebels", "the air base"),
    ),
    *_both(
        "The militia has wrested most of the town from the jihadists, residents said.",
        ("The militia", "the jihadists"),
    ),
    *_both(
        "A hilltop village retaken by the army from the Dawn Brigade was shelled overnight.",
        ("the army", "the Dawn Brigade"),
    ),
    *_both(
        "Troops took control of the bridge from the militants on Friday.",
        ("Troops", "the militants"),
    ),
    *_both(
        "The army captured three villages from rebel control, state media said.",
        ("The army", "rebel"),
    ),
    *_both(
        "Ruritania seized the plateau from Borduria in 1967.",
        ("Ruritania", "Borduria"),
    ),
    # a body of people holds ground too ("groups", "the terror group")
    *_both(
        "In the spring, the jihadists seized territory from rival rebel groups.",
        ("the jihadists", "rival rebel groups"),
    ),
    *_both(
        "The army has captured wide swathes of land from the terror group, a general said.",
        ("The army", "the terror group"),
    ),
    # a place's name the tagger takes for a person's or a group's; a share "per cent"
    *_both(
        "In June, the Kurdish militia captured Tel Abyad from ISIS.",
        ("the Kurdish militia", "ISIS"),
    ),
    *_both(
        "The alliance has wrested 80 per cent of the town from Daesh, a spokesman said.",
        ("The alliance", "Daesh"),
    ),
]


@pytest.mark.parametrize(("text", "pairs"), TAKEN_FROM)
def test_the_side_taken_from_is_a_target(parse: Parse, text: str, pairs: tuple[object]) -> None:
    assert set(pairs) <= _takings(parse, text)


@pytest.mark.parametrize("text", [t for t, _ in TAKEN_FROM])
def test_the_ground_ends_before_from(parse: Parse, text: str) -> None:
    assert not any(" from " in f" {target} " for _, target in _takings(parse, text))


NO_SIDE = [
    *_both("The rebels seized the town from the north, a commander said.", "the north"),
    *_both("The group seized weapons from a police station on Sunday.", "a police station"),
    *_both("Gunmen took hostages from the convoy, officials said.", "the convoy"),
    *_both("Gunmen seized documents from the group, officials said.", "the group"),
    *_both("On Monday, police took Omar Haddad from his house.", "his house"),
    *_both("The army freed the city from the militants last month.", "the militants"),
    *_both(
        "The militia captured the hill from the Damascus countryside.", "the Damascus countryside"
    ),
]


@pytest.mark.parametrize(("text", "place"), [(t, p[0]) for t, p in NO_SIDE])
def test_no_side_from_places_things_or_releases(parse: Parse, text: str, place: str) -> None:
    assert all(target != place for _, target in _takings(parse, text))
