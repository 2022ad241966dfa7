"""Attacks named by a noun, and harms whose agent is in such a noun (issue 14, recall).

Sentences of our own, one table per construction: an attack noun with its owner and
target ("Israeli strikes on Gaza" -> Israeli strike Gaza), the same without an owner (a
fact, no actor), attacks that are not stated as done (no event), people hurt "in X
shelling" in a reduced relative ("people killed in army shelling"), coordinated
passives whose phrase names the agent of both, and agents shared by coordinated nouns.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]
Triple = tuple[str, str, str]


def _found(parse: Parse, text: str) -> dict[Triple, str]:
    """Return each (actor, action, target) of ``text`` with its kind (event or relation)."""
    return {(e.actor, e.action, e.target): e.kind for e in extract_events(parse(text))}


OWNED_ATTACKS = [
    ("Israeli strikes on Gaza continued overnight.", ("Israeli", "strike", "Gaza")),
    (
        "The president praised the army's assault on the rebel stronghold.",
        ("the army", "assault", "the rebel stronghold"),
    ),
    (
        "Witnesses described the Turkish bombardment of Afrin as relentless.",
        ("Turkish", "bombard", "Afrin"),
    ),
    (
        "Residents fled after the regime's siege of the suburb.",
        ("the regime", "besiege", "the suburb"),
    ),
    (
        "US drone strikes against militants in the valley have killed dozens this year.",
        ("US", "strike", "militants"),
    ),
    (
        "The police raid on the newspaper offices was condemned.",
        ("police", "raid", "the newspaper offices"),
    ),
    ("Government shelling of the district continued.", ("Government", "shell", "the district")),
    ("The militia's ambush on the convoy was bloody.", ("The militia", "ambush", "the convoy")),
    (
        "Aid groups called for an inquiry into the Saudi bombing of the school.",
        ("Saudi", "bomb", "the school"),
    ),
    (
        "The Russian invasion of the peninsula shocked its neighbours.",
        ("Russian", "invade", "the peninsula"),
    ),
    # taking a place: "the capture/seizure/takeover of X"; an agent in a "by" phrase
    ("The army's capture of the hilltop was celebrated.", ("The army", "capture", "the hilltop")),
    (
        "Families fled during the militia's seizure of the valley.",
        ("the militia", "seize", "the valley"),
    ),
    ("The rebel takeover of the base ended a long siege.", ("rebel", "take over", "the base")),
    (
        "The storming of the embassy by students shocked the world.",
        ("students", "storm", "the embassy"),
    ),
    # the owner's words run up to the noun's mode words
    (
        "Syrian regime air strikes on the farms continued.",
        ("Syrian regime", "strike", "the farms"),
    ),
]


@pytest.mark.parametrize("text, triple", OWNED_ATTACKS)
def test_an_owned_attack_noun_is_an_event(parse, text, triple):
    assert _found(parse, text).get(triple) == "event"


UNOWNED_ATTACKS = [
    ("Air strikes on the hospital killed six patients.", ("Air strikes", "strike", "the hospital")),
    (
        "Nine shepherds were hurt in air raids on a village near the border.",
        ("air raids", "strike", "a village"),  # an air raid is coded a strike
    ),
    (
        "The killing of the journalist drew wide condemnation.",
        ("The killing", "kill", "the journalist"),
    ),
]


@pytest.mark.parametrize("text, triple", UNOWNED_ATTACKS)
def test_an_attack_noun_without_owner_is_a_fact(parse, text, triple):
    assert _found(parse, text).get(triple) == "relation"


@pytest.mark.parametrize(
    "text, action",
    [
        # threatened, prepared, denied, planned, feared, or said not to have happened
        ("Turkey threatened an offensive against the Kurdish fighters.", "attack"),
        ("The army is preparing a major assault on the town.", "assault"),
        ("The army denied any shelling of the camp.", "shell"),
        ("Officials discussed plans for a new offensive on the city.", "attack"),
        ("A possible assault on the port worries aid groups.", "assault"),
        ("There was no attack on the convoy.", "attack"),
        ("The minister warned of Russian strikes on the capital.", "strike"),
        ("The rebels may soon face an imminent assault on their last town.", "assault"),
        # the "on" phrase is the verb's: the rebels are blamed, not attacked
        ("The government blamed the attack on rebels.", "attack"),
        ("Officials pinned the bombing on a rival gang.", "bomb"),
    ],
)
def test_an_attack_not_stated_as_done_gives_no_noun_event(parse, text, action):
    assert not [e for e in extract_events(parse(text)) if e.action == action]


HARMED_IN_ATTACKS = [
    # a reduced relative: the participle has no auxiliary and no subject of its own
    (
        "Two nurses were among 12 people killed in army shelling of the hospital.",
        ("army", "kill", "12 people"),
    ),
    (
        "Civilians killed in Russian air strikes on the town were buried on Sunday.",
        ("Russian", "kill", "Civilians"),
    ),
    # the parser splits "army shelling": the gerund is the noun, "army" its owner
    (
        "Five farmers were killed in regime shelling of the village.",
        ("regime", "shell", "the village"),
    ),
    # coordinated passives: the phrase on one participle names who did both
    (
        "Twelve farmers were killed and scores more wounded in strikes by the army.",
        ("the army", "wound", "scores"),
    ),
    (
        "Nine soldiers were killed and 14 wounded in mortar attacks by the militants.",
        ("the militants", "wound", "14"),
    ),
    (
        "Four villagers were killed in rebel shelling and six wounded.",
        ("rebel", "wound", "six"),
    ),
    (
        "Ten guards have been killed and many more injured in raids by the militia.",
        ("the militia", "injure", "many more"),
    ),
    # coordinated agents and coordinated attack nouns share the phrase
    (
        "Eight were killed in strikes by the regime and Russian forces.",
        ("Russian forces", "kill", "Eight"),
    ),
    (
        "Seven were wounded in shelling and air attacks by the government.",
        ("the government", "wound", "Seven"),
    ),
]


@pytest.mark.parametrize("text, triple", HARMED_IN_ATTACKS)
def test_harm_in_an_owned_attack_names_its_agent(parse, text, triple):
    assert _found(parse, text).get(triple) == "event"


@pytest.mark.parametrize(
    "text, absent",
    [
        # a war's adjective names where it is, not who hurt anyone
        (
            "Five Iraqi soldiers were killed in the Syrian war.",
            ("Syrian", "kill", "Five Iraqi soldiers"),
        ),
        (
            "The toll of soldiers killed in the Syrian conflict rose.",
            ("Syrian", "kill", "soldiers"),
        ),
        # a mode word in title case is no owner
        ("Air strikes on a market killed 29 shoppers.", ("Air", "strike", "a market")),
        # the reduced relative names no attacker: no one is made the agent
        ("The man arrested in the raid was released.", ("the raid", "arrest", "The man")),
        # a people noun before a gerund clause is its subject, not an owner of a noun
        (
            "Twelve people were killed in the town shelling positions.",
            ("town", "shell", "positions"),
        ),
    ],
)
def test_no_agent_is_invented_for_a_harm(parse, text, absent):
    assert absent not in _found(parse, text)


@pytest.mark.parametrize(
    "text, actors, action, target",
    [
        # two owners coordinated in the modifier: each side did it
        (
            "Six farmers were killed in Ruritanian and regime air strikes on Kafr Dal.",
            ["Ruritanian", "regime"],
            "kill",
            "Six farmers",
        ),
        (
            "Six farmers were killed in Ruritanian and regime air strikes on Kafr Dal, the "
            "monitor said.",
            ["Ruritanian", "regime"],
            "kill",
            "Six farmers",
        ),
        (
            "Six farmers were killed in Ruritanian and regime air strikes on Kafr Dal the "
            "monitor said.",
            ["Ruritanian", "regime"],
            "kill",
            "Six farmers",
        ),
        (
            "Six farmers were killed in Ruritanian and regime air strikes on Kafr Dal.",
            ["Ruritanian", "regime"],
            "strike",
            "Kafr Dal",
        ),
        (
            "French and British raids on the depot have intensified.",
            ["French", "British"],
            "raid",
            "the depot",
        ),
        # the last side runs on to its own words
        (
            "Twenty people were killed in French and Syrian regime air raids on Kafr Dal.",
            ["French", "Syrian regime"],
            "kill",
            "Twenty people",
        ),
        # alternatives name one side the text does not know, kept whole
        (
            "Six farmers were wounded in Syrian or Russian air strikes on Kafr Dal.",
            ["Syrian or Russian"],
            "wound",
            "Six farmers",
        ),
        (
            "Syrian or Russian air strikes on Kafr Dal have intensified.",
            ["Syrian or Russian"],
            "strike",
            "Kafr Dal",
        ),
    ],
)
def test_each_coordinated_owner_of_an_attack_noun_is_an_actor(parse, text, actors, action, target):
    found = [
        e.actor for e in extract_events(parse(text)) if (e.action, e.target) == (action, target)
    ]
    assert sorted(found) == sorted(actors)


def test_a_light_verbs_strikes_are_one_event(parse):
    # the light verb's own event is the strike (see extract.lightattacks), not counted twice
    found = [
        e
        for e in extract_events(parse("The jets launched strikes on the depot."))
        if e.kind == "event"
    ]
    assert [(e.actor, e.action, e.target) for e in found] == [("The jets", "strike", "the depot")]
