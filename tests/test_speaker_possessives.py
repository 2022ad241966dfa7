"""A speaker's possessive means the speaker: "the Turkish army said its tanks ..." (issue 14).

A description naming its own country ("The Turkish army", "the Syrian military
source") means that country (its army where the gazetteer has one), not the last
army named before it, so the speaker's "its tanks", "one of its soldiers" are its
own, never an army named in an earlier sentence. A possessive with another party in
between, or inside a quotation, keeps no owner. Sentences written for these tests,
with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _doers(parse: Parse, text: str, action: str) -> set[str]:
    """Return the actor ids of the normalised events of ``text`` with ``action``."""
    found = sorted(set(extract_events(parse(text))), key=lambda e: e.sort_key())
    return {e.actor_id for e in normalize_events(found) if e.action == action}


@pytest.mark.parametrize(
    "text, action, expected",
    [
        ("The Turkish army said, in a statement, that its tanks hit Kurdish posts near Afrin.",
         "hit", "turkey"),
        ("The Turkish army said in a statement that its tanks hit Kurdish posts near Afrin.",
         "hit", "turkey"),
        ("The Syrian army said, on Sunday, its warplanes struck rebel bases near Hama.",
         "strike", "saa"),
        ("The Syrian army said on Sunday its warplanes struck rebel bases near Hama.",
         "strike", "saa"),
    ],
)  # fmt: skip
def test_the_speakers_own_weapons(parse, text, action, expected):
    assert _doers(parse, text, action) == {expected}


@pytest.mark.parametrize(
    "text, action",
    [
        # another party stands between the speaker and the possessive
        ("The Turkish army said Russia had told it that its jets hit the depot.", "hit"),
        # a quotation has its own speaker
        ('The Turkish army said: "its tanks hit the posts".', "hit"),
    ],
)
def test_no_speaker_owner_when_unclear(parse, text, action):
    assert "turkey" not in _doers(parse, text, action)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops shelled the town on Monday. The Turkish military said, on Tuesday, that "
        "one of its soldiers died in a blast near the border.",
        "Syrian troops shelled the town on Monday. The Turkish military said on Tuesday that "
        "one of its soldiers died in a blast near the border.",
    ],
)
def test_not_the_army_named_before(parse, text):
    found = sorted(set(extract_events(parse(text))), key=lambda e: e.sort_key())
    events = list(normalize_events(found))
    owners = {e.actor_id for e in events if e.actor == "one of its soldiers"}
    owners |= {e.target_id for e in events if e.target == "one of its soldiers"}
    assert owners == {"turkey"}
