"""People killed or wounded by an attack no one is named for: an event, its doer open.

graph/normalize/unownedharms.py keeps "ten were killed in the raids" as the event
"the raids killed ten" is, its actor unresolved, when the story names no doer. Stories
of our own, each with and without commas; wars, denied or halted attacks and attacks
whose doer is named stay as they were (a fight's toll: tests/test_fight_tolls.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _harms(parse: Parse, text: str) -> dict[tuple[str, str, str], tuple[str, str]]:
    """Return (actor, action, target) -> (kind, actor id) of the killings of a story."""
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    normalised = normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences)
    return {
        (e.actor, e.action, e.target): (e.kind, e.actor_id)
        for e in normalised
        if e.action in {"kill", "wound", "injure"}
    }


@pytest.mark.parametrize(
    "text, actor, action, target",
    [
        ("Eleven shepherds were killed in air raids on the hills near Kafr Dael.",
         "air raids", "kill", "Eleven shepherds"),
        ("Eleven shepherds were killed, in air raids on the hills near Kafr Dael.",
         "air raids", "kill", "Eleven shepherds"),
        ("Three nurses were wounded in a mortar attack on the clinic, the medics said.",
         "a mortar attack", "wound", "Three nurses"),
        ("Three nurses were wounded in a mortar attack on the clinic the medics said.",
         "a mortar attack", "wound", "Three nurses"),
        # the second of two tolls in one attack
        ("Two guards died and nine pupils were injured in the bombing of the school.",
         "the bombing", "injure", "nine pupils"),
        ("Two guards died, and nine pupils were injured in the bombing of the school.",
         "the bombing", "injure", "nine pupils"),
    ],
)  # fmt: skip
def test_people_hurt_in_an_unowned_attack_are_an_event(parse, text, actor, action, target):
    assert _harms(parse, text).get((actor, action, target)) == ("event", "")


@pytest.mark.parametrize(
    "text",
    [
        # a war is no one side's attack (a fight's toll: tests/test_fight_tolls.py)
        "More than ten thousand people have been killed in the war since 2012.",
        "More than ten thousand people, the agency says, have been killed in the war.",
        # denied, or only possible
        "The army denied that six farmers were killed in the shelling.",
        "The army denied, that six farmers were killed in the shelling.",
        "Six farmers may have been killed in the shelling, the agency said.",
        "Six farmers may have been killed in the shelling the agency said.",
    ],
)
def test_no_one_sided_event_for_wars_fights_or_untold_attacks(parse, text):
    assert all(kind == "relation" for kind, _ in _harms(parse, text).values())


@pytest.mark.parametrize(
    "text",
    [
        "Jordanian jets struck the depot at Tell Hamra. Seven guards were killed in the raids.",
        "Jordanian jets struck the depot at Tell Hamra. Seven guards, it said, were killed in "
        "the raids.",
    ],
)
def test_an_attack_whose_doer_the_story_names_is_the_doers(parse, text):
    killings = _harms(parse, text)
    assert [kind for (_, _, target), (kind, doer) in killings.items() if doer == "jordan"] == [
        "event"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the harm's own noun: told for its doer elsewhere, condemned, answered
        "The town's elders condemned the killing of four bakers.",
        "The town's elders condemned, the killing of four bakers.",
        "The jets struck in revenge for the killing of a customs officer near Tamra.",
        "The jets struck, in revenge for the killing of a customs officer near Tamra.",
    ],
)
def test_the_harms_own_noun_is_no_unowned_attack(parse, text):
    assert all(kind == "relation" for kind, _ in _harms(parse, text).values())


@pytest.mark.parametrize(
    "text, action, target",
    [
        # the phrase hangs on the second participle but tells what hurt both
        ("Eight porters were killed and dozens more injured during the raids on the market.",
         "kill", "Eight porters"),
        ("Eight porters were killed, and dozens more injured during the raids on the market.",
         "kill", "Eight porters"),
        ("Eight porters were killed and dozens more injured during the raids on the market.",
         "injure", "dozens"),
        ("Eight porters were killed and dozens injured in the raids on the market.",
         "injure", "dozens"),
        ("Eight porters were killed and dozens injured in the raids on the market.",
         "kill", "Eight porters"),
        ("Two monks were killed and five other people wounded in a car bomb attack in Tamra.",
         "kill", "Two monks"),
        ("Two monks were killed, and five other people wounded in a car bomb attack in Tamra.",
         "kill", "Two monks"),
    ],
)  # fmt: skip
def test_a_phrase_on_the_second_harm_tells_what_hurt_both(parse, text, action, target):
    doers = [
        actor for (actor, act, victims), (kind, _) in _harms(parse, text).items()
        if act == action and victims.startswith(target) and kind == "event"
    ]  # fmt: skip
    assert doers and all(d.startswith(("the raids", "a car bomb attack")) for d in doers)


@pytest.mark.parametrize(
    "text",
    [
        # the second verb is no harm
        "Eight porters were killed and the market was closed in the morning.",
        "Eight porters were killed, and the market was closed in the morning.",
    ],
)
def test_no_shared_attack_from_a_fight_or_another_verb(parse, text):
    assert all(kind == "relation" for kind, _ in _harms(parse, text).values())


@pytest.mark.parametrize(
    "text",
    [
        "Five men were killed in clashes and two were hurt in a car bomb attack.",
        "Five men were killed in clashes, and two were hurt in a car bomb attack.",
    ],
)
def test_a_harm_with_its_own_phrase_borrows_none(parse, text):
    assert not any(
        target.startswith("Five men") and actor == "a car bomb attack"
        for actor, _, target in _harms(parse, text)
    )
