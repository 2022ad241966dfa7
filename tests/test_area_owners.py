"""Ground whose holder the words after it name (graph/normalize/ownertargets.py).

Stories of our own: "territory formerly held by X", "villages A and B which are
controlled by X", "areas seized by X" are attacks on X when jets strike them. The
ground's holder is no target when it is the attacker itself ("X seized areas"), and
a place after the ground ("villages near A held by X") is no name list.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]

# A comma-less story of 40+ words: parsed with its commas put back (commasites).
_LONG = (
    "On Monday Tarvan jets bombed districts formerly held by ISIS in the east of the "
    "province and the next day the army shelled two villages Kafra and Dumar which are "
    "controlled by Hezbollah the monitor said adding that dozens of people fled the area "
    "overnight"
)


def _targets(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    """Return (action, target text) -> target id of a story's normalised events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.action, e.target): e.target_id for e in normalised if e.kind == "event"}


HELD = [
    # a time word before the participle
    ("On Monday, Tarvan jets bombed territory formerly held by ISIS.", "bomb", "territory", "isis"),
    ("On Monday Tarvan jets bombed territory once held by ISIS.", "bomb", "territory", "isis"),
    # the ground's names between it and its holder
    (
        "On Monday, the jets struck two villages, Kafra and Dumar, which are controlled by "
        "Hezbollah, officials said.",
        "strike",
        "two villages",
        "hezbollah",
    ),
    # ground a side seized or captured is that side's
    ("On Monday, Tarvan jets bombed areas seized by ISIS.", "bomb", "areas", "isis"),
    (
        "Warplanes struck oil facilities captured by Hezbollah on Monday.",
        "strike",
        "oil facilities",
        "hezbollah",
    ),
    # a part of the ground: "all of the X-held villages"
    (
        "On Monday, Tarvan jets bombed all of the ISIS-held villages.",
        "bomb",
        "all of the ISIS-held villages",
        "isis",
    ),
    (
        "On Monday Tarvan jets bombed most of the ISIS-held villages.",
        "bomb",
        "most of the ISIS-held villages",
        "isis",
    ),
    *[
        (text, "recapture", "all but one of the villages", "tarvan/military")
        for text in (
            "By Friday, all but one of the villages taken by Tarvan forces had been "
            "recaptured by the rebels.",
            "By Friday all but one of the villages taken by Tarvan forces had been "
            "recaptured by the rebels.",
        )
    ],
    # a noun's attack whose doer the sentence told before
    *[
        (text, "shell", "ISIS-held areas", "isis")
        for text in (
            "On Sunday, attacks by insurgents killed 20 people in the second day of intense "
            "shelling on ISIS-held areas.",
            "On Sunday attacks by insurgents killed 20 people in the second day of intense "
            "shelling on ISIS-held areas.",
        )
    ],
    # the comma-less long story
    (_LONG, "bomb", "districts", "isis"),
    (_LONG, "shell", "two villages", "hezbollah"),
]


@pytest.mark.parametrize(("text", "action", "target", "owner"), HELD)
def test_held_ground_is_its_holders(parse: Parse, text: str, action: str, target: str,
                                    owner: str) -> None:  # fmt: skip
    assert _targets(parse, text)[(action, target)] == owner


KEPT = [
    # the seizing itself: never the doer's own side
    ("On Monday, Tarvan jets bombed areas seized by ISIS.", "seize", "areas", ""),
    ("On Monday Tarvan jets bombed areas seized by ISIS.", "seize", "areas", ""),
    # the taker's own taking: never the doer's own side
    ("By Friday, the villages taken by Tarvan forces were empty.", "take", "the villages", ""),
    # a part of a thing that is no ground's: no owner
    ("On Monday, Tarvan jets bombed one of the hospitals.", "bomb", "one of the hospitals", ""),
    # a lower-case word between is no name list
    (
        "On Monday, the jets struck villages nearby which are controlled by Hezbollah.",
        "strike",
        "villages",
        "",
    ),
]


@pytest.mark.parametrize(("text", "action", "target", "kept"), KEPT)
def test_unheld_ground_keeps_its_target(parse: Parse, text: str, action: str, target: str,
                                        kept: str) -> None:  # fmt: skip
    assert _targets(parse, text).get((action, target), "") == kept
