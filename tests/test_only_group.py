"""Which group "the terrorists" is (graph/normalize/anaphora.py, _only_group).

Stories of our own, each with and without commas (real copy often has none): "the
terrorists" is the one armed group the story named in its sentence so far or the two
before; two groups named, or none that close, leave it the generic "gunmen".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _ids(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    """Return (actor text, action) -> actor id of a story's normalised events and facts."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.actor, e.action): e.actor_id for e in normalised}


def _both(text: str, actor: str, action: str, expected: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, actor, action, expected), (text.replace(",", ""), actor, action, expected)]


_CASES = [
    # the one group named just before
    *_both(
        "Ahrar al-Sham fighters stormed the village of Kafr Nabl on Monday, the monitor said. "
        "The terrorists then burned the school.",
        "The terrorists",
        "burn",
        "ahrar-al-sham",
    ),
    *_both(
        "Ahrar al-Sham attacked Kafr Nabl on Monday. On Tuesday, the army shelled the village. "
        "The monitor said the terrorists burned the school.",
        "the terrorists",
        "burn",
        "ahrar-al-sham",
    ),
    # near misses: two groups named (rivals), or the group named too far back
    *_both(
        "Ahrar al-Sham fighters stormed the village of Kafr Nabl on Monday, after ISIS withdrew. "
        "The terrorists then burned the school.",
        "The terrorists",
        "burn",
        "unknown/gunmen",
    ),
    *_both(
        "Ahrar al-Sham shelled Kafr Nabl on Monday. Later on Tuesday, the army shelled the town "
        "of Saraqib. Then on Wednesday, rescuers reached Maarat. Then the monitor said the "
        "terrorists burned the school.",
        "the terrorists",
        "burn",
        "unknown/gunmen",
    ),
]


@pytest.mark.parametrize("text, actor, action, expected", _CASES)
def test_the_terrorists_are_the_one_group_just_named(parse, text, actor, action, expected):
    assert _ids(parse, text)[(actor, action)] == expected
