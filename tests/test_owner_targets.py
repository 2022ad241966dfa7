"""Owned targets of attacks (graph/normalize/ownertargets.py): the side the thing is of.

Stories of our own, each written with and without commas (real news often has none):
"positions held by X", "X-held towns", "the Tarvan army's depots" are attacks on X and
on the Tarvan army; a thing of no side, the attacker's own kind of thing, or ground
the text only places keeps its own target.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _targets(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    """Return (action, target text) -> target id of a story's normalised events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.action, e.target): e.target_id for e in normalised if e.kind == "event"}


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


OWNED = [
    # "held by X" after the target
    *[
        (text, "strike", "positions", "isis")
        for text in _both("On Sunday, the jets struck positions held by ISIS, near Marsa.")
    ],
    # "controlled by X" with the owner ending before a participle clause
    *[
        (text, "hit", "fuel depots", "hezbollah")
        for text in _both("Warplanes hit fuel depots controlled by Hezbollah, killing four.")
    ],
    # "under the control of X"
    *[
        (text, "shell", "a checkpoint", "hezbollah")
        for text in _both("Rebels shelled a checkpoint under the control of Hezbollah, at dawn.")
    ],
    # "X-held" and "X held"
    *[
        (text, "bomb", "ISIS-held villages", "isis")
        for text in _both("In the east, Tarvan jets bombed ISIS-held villages on Monday.")
    ],
    *[
        (text, "shell", "rebel held districts", "unknown/rebels")
        for text in _both("In the east, Tarvan troops shelled rebel held districts on Monday.")
    ],
    # a possessive naming the side the story told before
    *[
        (text, "pound", "the group's positions", "isis")
        for text in _both(
            "ISIS fighters stormed a checkpoint near Marsa. On Friday, jets pounded the "
            "group's positions."
        )
    ],
    # "THING of X": the side named after "of", also one the gazetteer does not know
    *[
        (text, "destroy", "more hideouts of the Falcon Brigade", "falcon-brigade")
        for text in _both("On Monday, army units destroyed more hideouts of the Falcon Brigade.")
    ],
    *[
        (text, "raid", "the bunkers of Hezbollah", "hezbollah")
        for text in _both("At dawn, Tarvan commandos raided the bunkers of Hezbollah, near Marsa.")
    ],
    # craft and stores a side holds, also after what they are equipped with
    *[
        (text, "destroy", "two drones", "isis")
        for text in _both("On Monday, Tarvan gunners destroyed two drones belonging to ISIS.")
    ],
    *[
        (text, "destroy", "three trucks", "hezbollah")
        for text in _both(
            "Jets destroyed three trucks, equipped with heavy guns belonging to Hezbollah, "
            "near Marsa."
        )
    ],
    # the target read where it follows the verb, not where a headline used the words
    *[
        (text, "bomb", "depots", "isis")
        for text in _both(
            "Jets bomb depots in Marsa. On Monday, Tarvan jets bombed depots belonging "
            "to ISIS, officials said."
        )
    ],
    # a side as a modifier of the thing, one noun between
    *[
        (text, "destroy", "Hezbollah supply lines", "hezbollah")
        for text in _both("Tarvan jets destroyed Hezbollah supply lines near Marsa, on Monday.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target", "owner"), OWNED)
def test_owned_thing_is_its_owners(parse: Parse, text: str, action: str, target: str,
                                   owner: str) -> None:  # fmt: skip
    assert _targets(parse, text)[(action, target)] == owner


KEPT = [
    # no side holds a refugee camp (it is placed in the town it lies near, see placetargets
    # and, with the comma, placeheads: still no owner)
    ("On Monday, jets bombed a refugee camp, near Marsa.", "bomb", "a refugee camp", "el-marsa"),
    ("On Monday jets bombed a refugee camp near Marsa.", "bomb", "a refugee camp", "el-marsa"),
    # a country before a town places it, it does not own it (the name stays as it was)
    *[
        (text, "shell", "a Syrian town", "syrian-town")
        for text in _both("On Monday, Tarvan artillery shelled a Syrian town near Marsa.")
    ],
    # "of" naming no side: what the thing is made of, or a place
    *[
        (text, "strike", "a convoy of buses", "")
        for text in _both("On Monday, the jets struck a convoy of buses, officials said.")
    ],
    # a thing held by no side the text names keeps its own words (no id of them: placeheads)
    *[
        (text, "strike", "positions", "")
        for text in _both("On Monday, the jets struck positions held near Marsa, officials said.")
    ],
]


@pytest.mark.parametrize(("text", "action", "target", "kept"), KEPT)
def test_unowned_thing_keeps_its_target(parse: Parse, text: str, action: str, target: str,
                                        kept: str) -> None:  # fmt: skip
    assert _targets(parse, text).get((action, target), "") == kept


def test_attackers_own_kind_of_thing_is_no_owner(parse: Parse) -> None:
    text = "On Monday, the Tarvan army destroyed military vehicles, officials said."
    assert _targets(parse, text).get(("destroy", "military vehicles"), "") == ""
