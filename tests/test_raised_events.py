"""The event a verb of belief or seeming raises over a passive infinitive (eventclass).

Sentences of our own, each with and without commas: "the raid appeared to have been
carried out by jets", "raids suspected to be carried out by regime jets", "the strike is
likely to have been carried out by jets" carry out the raid and the strikes, though the
parse makes them the subject of the believing verb or hangs that verb on the noun. A
light verb whose infinitive is active, or whose raised noun is no event, codes nothing.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_events


def _both(text: str, *rest: str) -> list[tuple[str, ...]]:
    return [(text, *rest), (text.replace(",", ""), *rest)]


RAISED = [
    *_both("The raid appeared to have been carried out by government jets, the monitor said."),
    *_both("The monitor said the strikes seemed to have been carried out by Vostran jets."),
    *_both("Six died in bombing raids suspected to be carried out by regime jets, a monitor said."),
    *_both("The strike is likely to have been carried out by coalition jets."),
    *_both("The monitor said the shelling was thought to have been carried out by the army."),
]


@pytest.mark.parametrize("text", [case[0] for case in RAISED])
def test_a_raised_attack_is_what_was_carried_out(parse, text):
    # the action is the act carried out (see extract.lightattacks)
    found = [e for e in extract_events(parse(text)) if e.relation.endswith("carried out")]
    assert found, "no event carried out"
    assert {e.action_class for e in found} == {"FIGHT"}


@pytest.mark.parametrize(
    "text",
    [
        "The ambush, believed to have been carried out by militiamen, killed ten people.",
        "The ambush believed to have been carried out by militiamen killed ten people.",
    ],
)
def test_a_raised_attack_that_killed_is_one_event(parse, text):
    # the ambush carried out and the killing it did are one attack (see extract.sameattacks)
    found = {(e.actor, e.action, e.target, e.action_class) for e in extract_events(parse(text))}
    assert ("militiamen", "kill", "ten people", "FIGHT") in found
    assert not any(action == "ambush" and not target for _, action, target, _ in found)


NOT_RAISED = [
    # a raised noun that names no event: nothing is carried out
    *_both("The men appeared to have been carried out of the building by rescuers."),
    # the verb of belief raises a party, not the act: the object decides
    *_both("The council seemed to have been carried away by the news, the envoy said."),
    # a control verb with an active infinitive keeps its own object
    *_both("The delegates tried to carry out the survey, the agency said."),
]


HELD = [
    # a raised noun that is ground, not an event: holding it is no fighting
    *_both("Jets struck the area, believed to be held by the militia, on Friday."),
    *_both("Jets struck the area believed to be held by the militia on Friday."),
    # the parse hangs "believed" on the attacks: still no attack is held
    *_both("Jets were blamed for the raids on the hills believed to be held by the militia."),
]


@pytest.mark.parametrize("text", [case[0] for case in HELD])
def test_ground_believed_held_is_no_event_carried_out(parse, text):
    found = [e for e in extract_events(parse(text)) if e.action == "hold"]
    assert all(e.action_class not in {"FIGHT", "ASSAULT"} for e in found)


@pytest.mark.parametrize("text", [case[0] for case in NOT_RAISED])
def test_no_event_is_raised_from_a_party_or_a_survey(parse, text):
    found = [e for e in extract_events(parse(text)) if e.action.startswith("carry")]
    assert all(e.action_class not in {"FIGHT", "ASSAULT"} for e in found)
