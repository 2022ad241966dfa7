"""Agency: an event needs an actor that can act; things, places and lone pronouns give facts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.normalize import normalize_events
from graph.normalize.agency import is_agent_noun, is_agentive
from graph.normalize.phrase import Ref

Parse = Callable[..., Doc]


@pytest.mark.parametrize(
    "word, expected",
    [
        ("volunteers", True),
        ("witness", True),
        ("alliance", True),
        ("tribesmen", True),
        ("allies", True),
        ("crew", True),
        ("group", True),
        ("smugglers", True),
        ("footage", False),
        ("shortages", False),
        ("situation", False),
        ("smoke", False),
        ("town", False),
        ("visit", False),
        ("sweater", False),
    ],
)
def test_agent_nouns_come_from_wordnet_people_and_groups(word, expected):
    assert is_agent_noun(word) is expected


@pytest.mark.parametrize(
    "ref, text, initial, expected",
    [
        (Ref("x", "X", "armed-group"), "the brigade", False, True),
        (Ref("aleppo", "Aleppo", "location"), "Aleppo", True, False),
        (Ref("", "", "unresolved"), "they", True, False),
        (Ref("", "", "unresolved"), "the smugglers", False, True),
        (Ref("", "", "unresolved"), "Follow NewsNow", True, False),
        (Ref("o", "o", "other"), "a grainy clip from the market", False, False),
        (Ref("o", "o", "other"), "the fishermen of the port", False, True),
        (Ref("o", "o", "other"), "Liwa Suqour al-Jabal", True, True),
        (Ref("o", "o", "other"), "Karimov", True, True),
        (Ref("o", "o", "other"), "Photographs", True, False),
        (Ref("o", "o", "other"), "1200", True, False),
        # an attack with an owner: the owner acted, even when "its" is not resolved
        (Ref("", "", "unresolved"), "their relentless shelling", False, True),
        (Ref("", "", "unresolved"), "their old engine block", False, False),
    ],
)
def test_is_agentive(ref, text, initial, expected):
    assert is_agentive(ref, text, initial=initial) is expected


def _kinds(parse: Parse, text: str) -> dict[tuple[str, str], str]:
    events = normalize_events(sorted(set(extract_events(parse(text))), key=lambda e: e.sort_key()))
    return {(e.actor, e.action): e.kind for e in events}


@pytest.mark.parametrize(
    "text, actor, action, kind",
    [
        # things, messages and abstractions as subjects state facts
        ("A grainy clip showed the collapsed bridge.", "A grainy clip", "show", "relation"),
        ("The blockade caused severe fuel shortages.", "The blockade", "cause", "relation"),
        ("Thick smoke covered the harbour on Monday.", "Thick smoke", "cover", "relation"),
        # a pronoun nobody can be found for
        ("They crossed the river at night.", "They", "cross", "relation"),
        # people and groups, named or not, act
        ("The smugglers crossed the river at night.", "The smugglers", "cross", "event"),
        ("Local fishermen rescued the crew.", "Local fishermen", "rescue", "event"),
        ("Tarek Obeidi stormed the checkpoint.", "Tarek Obeidi", "storm", "event"),
        (
            "The Saraya Fatima brigade shelled the post.",
            "The Saraya Fatima brigade",
            "shell",
            "event",
        ),
        ("Norwegian police arrested two men.", "Norwegian police", "arrest", "event"),
    ],
)
def test_only_agents_act(parse, text, actor, action, kind):
    assert _kinds(parse, text).get((actor, action)) == kind


@pytest.mark.parametrize(
    "text, triple",
    [
        # a gerund after an object or a phrase in a PP that names no one: the clause's subject
        (
            "The air force bombed militant positions in Tel Kharrouba destroying their vehicles.",
            ("The air force", "destroy", "their vehicles"),
        ),
        (
            "The rebels shelled the fuel depots near the airport killing two guards.",
            ("The rebels", "kill", "two guards"),
        ),
        # a name the tagger reads as a person, inside a place phrase, is a place
        (
            "Jets struck depots in Tell Hassan Ali killing three guards.",
            ("Jets", "kill", "three guards"),
        ),
        (
            "Helicopters dropped barrels on homes in Kafr Hamid Yusuf wounding ten people.",
            ("Helicopters", "wound", "ten people"),
        ),
        (
            "The talks ended in Geneva with Lavrov accusing the opposition.",
            ("Lavrov", "accuse", "the opposition"),
        ),
        # a state's own means ("US warplanes") and people keep their gerund
        (
            "The clash ended with Dutch warplanes downing a drone.",
            ("Dutch warplanes", "down", "a drone"),
        ),
        ("Police arrested two men smuggling weapons.", ("two men", "smuggle", "weapons")),
    ],
)
def test_a_gerund_after_a_thing_takes_the_clause_subject(parse, text, triple):
    events = extract_events(parse(text))
    assert triple in {(e.actor, e.action, e.target) for e in events}
