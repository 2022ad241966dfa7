"""An attack told through its weapon names its doer as the actor (graph/normalize/instruments.py).

Stories of our own, each with and without commas: once the story gives an unowned weapon
its doer (the side just named, a claim, a blame), the event's actor is that doer as the
story wrote it and the weapon is its instrument. A weapon whose own words name the owner
("Rebel rockets"), a weapon no one is named for, and a doer written as a pronoun keep the
weapon as the actor and no instrument.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event, Provenance
from graph.normalize import normalize_events
from graph.normalize.instruments import told_through

Parse = Callable[..., Doc]


def _told(parse: Parse, text: str, action: str) -> set[tuple[str, str, str]]:
    """Return (actor, instrument, actor label) of the story's events of ``action``."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {(e.actor, e.instrument, e.actor_label) for e in normalised if e.action == action}


def _both(text: str, *expected: str) -> list[tuple[str, ...]]:
    """Return the case as written and with its commas stripped, as real copy has it."""
    return [(text, *expected), (text.replace(",", ""), *expected)]


@pytest.mark.parametrize(
    "text, action, actor, instrument",
    [
        # the side the sentence before names
        *_both(
            "Rebels shelled the airport of Vostra on Monday. Later, the rockets hit a school "
            "near the runway.",
            "hit",
            "Rebels",
            "the rockets",
        ),
        *_both(
            "Turkish jets bombed the hill town of Beit Nour overnight. The strikes destroyed "
            "a bakery, residents said.",
            "destroy",
            "Turkish jets",
            "The strikes",
        ),
        # a claim in the next sentence
        *_both(
            "A car bomb struck a market in Tarsk on Friday. The Falcon Brigade claimed "
            "responsibility for the bombing.",
            "strike",
            "The Falcon Brigade",
            "A car bomb",
        ),
    ],
)
def test_a_weapon_owned_from_the_story_is_the_instrument(parse, text, action, actor, instrument):
    found = _told(parse, text, action)
    assert any((a, i) == (actor, instrument) for a, i, _ in found), found


@pytest.mark.parametrize(
    "text, action, weapon",
    [
        # the owner is in the weapon's own words: the phrase is the actor
        *_both("Rebel rockets hit a school in Tarsk on Monday, a monitor said.", "hit", ""),
        # no one is named for it
        *_both("Shells hit a school in Tarsk on Monday, killing two pupils.", "hit", ""),
        # two sides attacked just before: whose rockets they were is open
        *_both(
            "The Falcon Brigade shelled Marsa on Monday while government jets bombed Tel Sour. "
            "Rockets hit a school in Marsa.",
            "hit",
            "",
        ),
    ],
)
def test_a_weapon_of_no_doer_named_elsewhere_stays_the_actor(parse, text, action, weapon):
    found = _told(parse, text, action)
    assert found and all(i == weapon for _, i, _ in found), found


def _event(actor: str) -> Event:
    sentence = f"{actor} hit a school."
    prov = Provenance("d", "s", 1, 0, len(sentence), sentence)
    return Event(actor=actor, action="hit", target="a school", provenance=prov)


@pytest.mark.parametrize(
    "actor, doer, expected_actor, expected_instrument",
    [
        ("The rockets", "the Falcon Brigade", "the Falcon Brigade", "The rockets"),
        ("Two of the shells", "rebels", "rebels", "Two of the shells"),
        ("The attack", "Kessa's army", "Kessa's army", "The attack"),
        # a doer written as a pronoun in another sentence says nothing here
        ("The rockets", "they", "The rockets", ""),
        ("Air strikes", "its forces", "Air strikes", ""),
        # the doer in the weapon's own words adds nothing
        ("Warplanes", "warplanes", "Warplanes", ""),
        # not a weapon: a person is no instrument
        ("The gunmen", "the Falcon Brigade", "The gunmen", ""),
        ("A motorcycle bomber", "the Falcon Brigade", "A motorcycle bomber", ""),
        ("The suicide bombers", "the Falcon Brigade", "The suicide bombers", ""),
        # a bomber plane is a war machine, which its air force flies
        ("Six long-range bombers", "the air force", "the air force", "Six long-range bombers"),
        # no doer's words
        ("The rockets", "", "The rockets", ""),
    ],
)
def test_told_through(actor, doer, expected_actor, expected_instrument):
    event = told_through(_event(actor), doer)
    assert (event.actor, event.instrument) == (expected_actor, expected_instrument)


def test_an_instrument_moves_once():
    once = told_through(_event("The rockets"), "rebels")
    assert told_through(once, "the army") == once


def test_the_instrument_is_in_the_graph():
    from graph.rdf.triples import event_to_triples
    from graph.vocab import NG

    owned = told_through(_event("The rockets"), "the Falcon Brigade")
    triples = set(event_to_triples(owned))
    assert {str(o) for _, p, o in triples if p == NG.instrument} == {"The rockets"}
    assert {str(o) for _, p, o in triples if p == NG.actorText} == {"the Falcon Brigade"}
    assert not [t for t in event_to_triples(_event("The rockets")) if t[1] == NG.instrument]


def test_the_view_lists_the_instrument(tmp_path):
    import json
    import re
    from dataclasses import replace

    from graph.model import Article
    from graph.rdf import add_document, new_dataset
    from graph.view import render_html

    owned = replace(
        told_through(_event("The rockets"), "the Falcon Brigade"),
        actor_id="falcon-brigade",
        actor_label="Falcon Brigade",
        actor_type="armed-group",
        target_id="school",
        target_label="school",
        target_type="other",
        action_class="ASSAULT",
    )
    kg = new_dataset()
    add_document(kg, Article("d", "s", "", date="2016-01-01"), [owned])
    page = render_html(kg, tmp_path / "view.html").read_text(encoding="utf-8")
    found = re.search(r'<script[^>]*id="ng-data"[^>]*>(.*?)</script>', page, re.S)
    assert found is not None
    (row,) = json.loads(found.group(1))["events"]
    assert row[11:] == ["the Falcon Brigade", "a school", 0, "The rockets"]
