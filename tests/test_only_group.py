"""Which group "the terrorists", "17 militants" are (graph/normalize/onlygroup.py).

Stories of our own, each with and without commas (real copy often has none): a generic
armed noun (terrorists, militants, jihadists, Takfiris; bare, counted or definite) is
the one armed group the story named in its sentence, or when that names none, in the
two before; two groups named, none that close, a new setting in between, a group named
as the clause's doer, or the word in quotation marks leave it the generic "gunmen".
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


def _target_ids(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    """Return (target text, action) -> target id of a story's normalised events."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.target, e.action): e.target_id for e in normalised}


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


_DOERS = [
    # bare and counted nouns, the one group named in the sentence before
    *_both(
        "Ahrar al-Sham fighters seized the hill of Tal Kurdi on Monday, the monitor said. "
        "Terrorists then shelled the village of Kafr Nabl.",
        "Terrorists",
        "shell",
        "ahrar-al-sham",
    ),
    *_both(
        "The Islamic State stormed the town of Tobin at dawn. "
        "Dozens of militants later looted the market, residents said.",
        "Dozens of militants",
        "loot",
        "isis",
    ),
    *_both(
        "The Islamic State shelled the old town on Friday. The Takfiris also burned two shops.",
        "The Takfiris",
        "burn",
        "isis",
    ),
    # near misses: a jihadist word never means a group that is not jihadist
    *_both(
        "Jaish al-Islam shelled the old town on Friday. The jihadists also burned two shops.",
        "The jihadists",
        "burn",
        "unknown/gunmen",
    ),
    # two groups before (one an acronym's possessive); a new setting between; a sponsor's
    # name; the jihadists' foes
    *_both(
        "Jabhat al-Nusra attacked the town of Kessa on Monday. "
        "The army also shelled ISILs positions near Tobin. Terrorists then shelled the village.",
        "Terrorists",
        "shell",
        "unknown/gunmen",
    ),
    *_both(
        "Al-Qaeda-linked gunmen attacked the checkpoint on Monday. "
        "Terrorists then shelled the village.",
        "Terrorists",
        "shell",
        "unknown/gunmen",
    ),
    *_both(
        "The SDF retook the village of Tobin, which had been seized by the terrorists in May.",
        "the terrorists",
        "seize",
        "unknown/gunmen",
    ),
    *_both(
        "Jaish al-Islam and the Islamic State fought near the town on Friday. "
        "Terrorists then shelled the market.",
        "Terrorists",
        "shell",
        "unknown/gunmen",
    ),
    *_both(
        "Jaish al-Islam shelled the old town of Kessa on Friday. "
        "In Tobin, terrorists burned two shops.",
        "terrorists",
        "burn",
        "unknown/gunmen",
    ),
]


@pytest.mark.parametrize("text, actor, action, expected", _DOERS)
def test_generic_doers_are_the_one_group_named_before(parse, text, actor, action, expected):
    assert _ids(parse, text)[(actor, action)] == expected


_TARGETS = [
    # the group named after the noun, in its own sentence
    *_both(
        "Army units killed 17 militants at an Islamic State training camp near Tobin.",
        "17 militants",
        "kill",
        "isis",
    ),
    # the group named before, the noun counted
    *_both(
        "Jabhat al-Nusra attacked army posts near Tobin on Monday. "
        "The army killed a number of terrorists, a military source said.",
        "a number of terrorists",
        "kill",
        "hts",
    ),
    # near misses: the group is the doer itself; two groups in the sentence
    *_both(
        "The Islamic State ambushed the convoy and killed 17 militants near Tobin.",
        "17 militants",
        "kill",
        "unknown/gunmen",
    ),
    # (men the sentence ties to two groups, "35 terrorists from the X and Y groups", are
    # one target per group: tests/test_tied_groups.py)
    *_both(
        "After Jaish al-Islam and Ahrar al-Sham clashed, the army killed 35 terrorists nearby.",
        "35 terrorists",
        "kill",
        "unknown/gunmen",
    ),
    # an acronym's possessive without its apostrophe names the group of its sentence
    *_both(
        "Jabhat al-Nusra attacked the town of Kessa on Monday. "
        "Jets meanwhile struck ISILs positions in Tobin, killing several terrorists.",
        "several terrorists",
        "kill",
        "isis",
    ),
    # a group named after the noun in another clause
    *_both(
        "The army killed scores of terrorists in Kessa and shelled Islamic State posts near Tobin.",
        "scores of terrorists",
        "kill",
        "unknown/gunmen",
    ),
    # a name that only modifies: a place's possessive, a sponsor before a hyphen
    *_both(
        "The army raided hideouts in Hamas northern countryside. "
        "Army troops killed a number of terrorists inside the village.",
        "a number of terrorists",
        "kill",
        "unknown/gunmen",
    ),
    *_both(
        "The army raided Ahrar al-Sham hideouts near the town. "
        "Army troops killed a number of terrorists inside the village.",
        "a number of terrorists",
        "kill",
        "ahrar-al-sham",
    ),
    # a word in quotation marks is someone's label
    *_both(
        "Jaish al-Islam shelled the old town on Friday. "
        'The governor blamed "terrorists" for the fire.',
        "terrorists",
        "blame",
        "unknown/gunmen",
    ),
]


@pytest.mark.parametrize("text, target, action, expected", _TARGETS)
def test_generic_targets_are_the_one_group_in_reach(parse, text, target, action, expected):
    assert _target_ids(parse, text)[(target, action)] == expected
