"""Force told by what it sends, by the ground it holds, by the bomber who did it (PLOVER).

- fire and munitions a verb sends at a target are fighting, whatever the verb
  (graph/extract/firepower.py);
- spreading or tightening a hold on ground takes it (graph/extract/territory.py);
- an attack whose doer the story names as a suicide bomber or a car bomb is a bombing
  (graph/normalize/borrowedmeans.py).

Every sentence here is written for this test (none comes from a benchmark file); each
construction is tested with and without the commas news drops.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event, Provenance
from graph.normalize import normalize_events
from graph.normalize.borrowedmeans import with_borrowed_means

Parse = Callable[[str], Doc]


def _class(parse: Parse, sentence: str, word: str) -> tuple[str, str]:
    """Return (class, CAMEO code) of the first event whose relation has ``word``."""
    event = next(e for e in extract_events(parse(sentence)) if word in e.relation.split())
    return event.action_class, event.cameo_code


def _commaless(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Return each row as written and, where it has commas, once more without them."""
    out = []
    for row in rows:
        out.append(row)
        if "," in row[0]:
            out.append((row[0].replace(",", ""), *row[1:]))
    return out


# (sentence, a word of the relation, class)
FIRE_SENT = _commaless(
    [
        (
            "On Friday, the rebels unleashed a barrage of rockets on the old quarter.",
            "unleashed",
            "FIGHT",
        ),
        (
            "The brigade, backed by tanks, intensified its fire power against the hill posts.",
            "intensified",
            "FIGHT",
        ),
        ("The gunmen lobbed mortars at the school, a witness said.", "lobbed", "FIGHT"),
        ("On Sunday, the rebels unleashed heavy fire on the checkpoint.", "unleashed", "FIGHT"),
        ("On Monday, the jets unleashed a salvo of missiles on the depot.", "unleashed", "FIGHT"),
        ("On Friday, the rebels loosed a volley of shells on the airport.", "loosed", "FIGHT"),
        (
            "The rebels loosed a volley of shells on the airport on Friday the army said.",
            "loosed",
            "FIGHT",
        ),
        (
            "Its pilots have deployed incendiary weapons and cluster munitions, the group said.",
            "deployed",
            "FIGHT",
        ),
        (
            "The barrel bombs that the air force has deployed killed hundreds, activists said.",
            "deployed",
            "FIGHT",
        ),
        # near misses: troops and missile systems deployed are mobilised; munitions
        # found, seized or stored are sent at no one
        ("On Sunday, the army deployed troops along the border.", "deployed", "MOBILIZE"),
        (
            "The navy deployed missile systems near the coast, officials said.",
            "deployed",
            "MOBILIZE",
        ),
        ("On Tuesday, the militants left a cache of rockets at the school.", "left", "OTHER"),
    ]
)


@pytest.mark.parametrize(("sentence", "word", "expected"), FIRE_SENT)
def test_fire_sent_at_a_target_is_fighting(parse, sentence, word, expected):
    assert _class(parse, sentence, word)[0] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, firefighters put out a fire on the roof of the depot.",
        "Firefighters put out a fire on the roof of the depot.",
    ],
)
def test_a_blaze_is_no_fire_sent(parse, sentence):
    found = [e for e in extract_events(parse(sentence)) if "put" in e.relation.split()]
    assert all(e.action_class != "FIGHT" for e in found)


def test_munitions_found_are_no_fire(parse):
    assert (
        _class(parse, "The rebels found rockets at the depot, the army said.", "found")[0]
        != "FIGHT"
    )
    assert (
        _class(parse, "The rebels found rockets at the depot the army said.", "found")[0] != "FIGHT"
    )


# (sentence, a word of the relation, class, CAMEO code)
HOLDS = _commaless(
    [
        ("On Monday, the militia expanded its control of the city.", "expanded", "FIGHT", "192"),
        (
            "The Kurdish units, meanwhile, have been expanding their control in the north.",
            "expanding",
            "FIGHT",
            "192",
        ),
        (
            "The insurgents, who took two towns, are tightening their grip on the province.",
            "tightening",
            "FIGHT",
            "192",
        ),
        (
            "The troops seized the hill, tightening their grip on the valley.",
            "tightening",
            "FIGHT",
            "192",
        ),
        (
            "The army continued its raids, tightening the grip on the gunmen.",
            "tightening",
            "FIGHT",
            "190",
        ),
        # near misses: a hold on power or an institution is no ground
        ("On Tuesday, the president consolidated his grip on power.", "consolidated", "OTHER", ""),
        (
            "The party, after the vote, tightened its hold on the parliament.",
            "tightened",
            "OTHER",
            "",
        ),
    ]
)


@pytest.mark.parametrize(("sentence", "word", "expected", "cameo"), HOLDS)
def test_a_hold_spread_on_ground_takes_it(parse, sentence, word, expected, cameo):
    found = _class(parse, sentence, word)
    assert found[0] == expected
    assert found[1] == cameo or expected == "OTHER"


def _story(parse: Parse, text: str) -> list[Event]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    return list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))


STORIES = _commaless(
    [
        (
            "A suicide bomber blew himself up at a rebel base on Sunday. "
            "The monitor said the attack killed 40 fighters.",
            "ASSAULT",
            "suicide-attack",
        ),
        (
            "A suicide bomber blew himself up at a rebel base on Sunday. "
            "The monitor said, however, that the attack killed 40 fighters.",
            "ASSAULT",
            "suicide-attack",
        ),
        # near miss: bombers that are aircraft carry out no bombing
        ("Six long-range bombers struck the city. The attack killed 30 militants.", "FIGHT", ""),
    ]
)


@pytest.mark.parametrize(("text", "expected", "mode"), STORIES)
def test_an_attack_by_a_bomber_named_before_is_a_bombing(parse, text, expected, mode):
    event = next(e for e in _story(parse, text) if e.action == "kill")
    assert (event.action_class, event.mode) == (expected, mode)


def _made(actor: str, sentence: str, cls: str = "FIGHT") -> Event:
    prov = Provenance("test", "test", 0, 0, len(sentence), sentence)
    return Event(actor, "kill", "", prov, action_class=cls)


@pytest.mark.parametrize(
    ("actor", "sentence", "cls", "expected"),
    [
        (
            "A suicide bomber",
            "The attack killed 50 fighters.",
            "FIGHT",
            ("ASSAULT", "suicide-attack"),
        ),
        ("a car bomb", "The blast in the square killed nine.", "FIGHT", ("ASSAULT", "explosives")),
        ("two VBIEDs", "The attack killed 50 fighters.", "FIGHT", ("ASSAULT", "explosives")),
        # the sentence's own doer was weighed by the extractor
        ("Five VBIEDs", "Five VBIEDs destroyed in the village.", "FIGHT", ("FIGHT", "")),
        # only an attack; aircraft bombers stay force
        ("A suicide bomber", "He entered the hall.", "OTHER", ("OTHER", "")),
        ("the Tupolev bombers", "The raids killed 30.", "FIGHT", ("FIGHT", "")),
    ],
)
def test_borrowed_bomber_doer_makes_a_bombing(actor, sentence, cls, expected):
    (event,) = with_borrowed_means([_made(actor, sentence, cls)])
    assert (event.action_class, event.mode) == expected
