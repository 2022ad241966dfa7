"""A statement of what someone must or should do is the speaker's demand (issue 14).

"The minister stressed that Dorvan must withdraw its troops": the minister demands
(DEMAND), the statement is its vehicle. Predictions, questions and clauses without
"must"/"should" stay statements. Every sentence is our own, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _classes(parse: Parse, text: str, verb: str) -> set[str]:
    return {e.action_class for e in extract_events(parse(text)) if e.action.split()[0] == verb}


def _both(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each sentence as written and with its commas stripped, as real news has them."""
    return [r for text, verb in rows for r in ((text, verb), (text.replace(",", ""), verb))]


DEMANDS = _both(
    [
        ("The minister stressed that Dorvan must withdraw its troops from the ridge.", "stress"),
        ("Karvonia said all fighters should leave the port by Friday.", "say"),
        ("On Monday, the council insisted that the militia must abide by the truce.", "insist"),
        ("The envoy added that the inspectors should be given access to the site.", "add"),
        ("On Sunday, the front emphasized that the raids on Vell Sora must stop.", "emphasize"),
        ("The envoy said, those responsible should be brought to justice.", "say"),
        ("The envoy said great powers must act if the raids go on.", "say"),
    ]
)


@pytest.mark.parametrize("text, verb", DEMANDS)
def test_must_clause_is_a_demand(parse: Parse, text: str, verb: str) -> None:
    assert "DEMAND" in _classes(parse, text, verb)


STATEMENTS = _both(
    [
        ("Karvonia said the fighters would leave the port by Friday.", "say"),
        ("The front said, it was still deciding whether it should respond.", "say"),
        ("The envoy said the settlement will have to include elections.", "say"),
        ("Did Karvonia say that the fighters must leave the port?", "say"),
        # no other party obliged: a thing's course, the speaker's own duty
        ("Officials said the convoy should arrive in the town on Monday.", "say"),
        ("Russia said it must respond to the attack.", "say"),
        ("The minister said we must defend our country.", "say"),
        ("On Friday, the envoy said the aid should reach Vell Sora soon.", "say"),
        ("Karvonia said, there must be an end to the raids.", "say"),
        ("The front stressed that they must hold the ridge at any cost.", "stress"),
    ]
)


@pytest.mark.parametrize("text, verb", STATEMENTS)
def test_other_statements_stay(parse: Parse, text: str, verb: str) -> None:
    assert "DEMAND" not in _classes(parse, text, verb)


@pytest.mark.parametrize(
    "target, party",
    [
        ("all fighters should leave the port by Friday", "all fighters"),
        ("that Dorvan must withdraw its troops from the ridge", "Dorvan"),
        ("the inspectors, should be given access", "the inspectors"),
        ("the talks", "the talks"),
    ],
)
def test_a_demand_targets_the_obliged_party(target: str, party: str) -> None:
    """A demanding statement targets the party, no id is minted from its clause."""
    from graph.model import Event, Provenance
    from graph.normalize.events import _demanded_of

    source = Provenance("d", "d.txt", 0, 0, 1, "x")
    event = Event("Vell", "say", target, source, action_class="DEMAND", kind="relation")
    assert _demanded_of(event).target == party


def _act_classes(parse: Parse, text: str, action: str) -> set[str]:
    events = list(extract_events(parse(text)))
    found = {e.action_class for e in events if e.action == action}
    assert found, f"{action} not in {[(e.actor, e.action, e.target) for e in events]}"
    return found


DEMANDED_ACTS = _both(
    [
        ("The minister said the militia must withdraw from the port.", "withdraw from"),
        ("The militia must withdraw from the port, the minister said.", "withdraw from"),
        ("The envoy proposed that both armies pull back from the border.", "pull"),
        (
            "Karvonia said all fighters should leave the port and hand over their weapons.",
            "hand over",
        ),
        ("The council called for lifting the siege of Vell Sora.", "lift"),
        ("Dorvan must stop the raids on Vell Sora.", "stop"),
        ("The prisoners must be freed, the envoy said.", "be freed"),
    ]
)


@pytest.mark.parametrize("text, action", DEMANDED_ACTS)
def test_an_act_someone_demands_is_a_demand(parse: Parse, text: str, action: str) -> None:
    assert _act_classes(parse, text, action) == {"DEMAND"}


EXPECTED_ACTS = _both(
    [
        # a "should" of a thing's course, of one's own duty, of a condition
        ("The aid convoy should reach Vell Sora on Monday.", "reach"),
        ("The lull should bring some relief to the villages.", "bring"),
        ("We must defend our villages against the raiders.", "defend"),
        ("Should the talks fail, the army will storm the port.", "fail"),
    ]
)


@pytest.mark.parametrize("text, action", EXPECTED_ACTS)
def test_a_should_nobody_demands_keeps_its_class(parse: Parse, text: str, action: str) -> None:
    classes = _act_classes(parse, text, action)
    assert "DEMAND" not in classes


@pytest.mark.xfail(
    strict=True,
    reason="a reported 'should' keeps DEMAND even when its subject is no party (a thing's course)",
)
def test_a_reported_expectation_is_no_demand(parse: Parse) -> None:
    text = "The convoy should arrive in the port by Friday officials said."
    assert "DEMAND" not in _act_classes(parse, text, "arrive")
