"""A halt of one's own force is a ceasefire; a halt of one's own work sanctions no one (issue 14).

"The border guards halted their shelling of Vell Sora" and "Karvonia declared a pause in
its air strikes" observe a ceasefire (PLOVER RETREAT, mode ceasefire), not OTHER or a plain
STATEMENT; "the clinic suspended its work" is no SANCTION of anyone. Stopping a foe's attack,
halting aid to someone and urging a halt keep their classes. Every sentence is our own,
with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events

Parse = Callable[..., Doc]


def _classes(parse: Parse, text: str, verb: str) -> set[str]:
    return {e.action_class for e in extract_events(parse(text)) if e.action.split()[0] == verb}


def _both(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Each sentence as written and with its commas stripped, as real news has them."""
    return [
        row
        for text, verb, cls in rows
        for row in ((text, verb, cls), (text.replace(",", ""), verb, cls))
    ]


HALTS = _both(
    [
        ("The border guards halted their shelling of Vell Sora on Monday.", "halt", "RETREAT"),
        ("Karvonian jets halted air strikes on Vell Sora, the ministry said.", "halt", "RETREAT"),
        ("On Friday, the militia stopped its rocket fire on the port.", "stop", "RETREAT"),
        (
            "Karvonia declared a three-day pause in its air strikes on Vell Sora.",
            "declare",
            "RETREAT",
        ),
        ("The ministry announced a daily halt of fighting around the port.", "announce", "RETREAT"),
        ("The command announced a halt to the bombing of Vell Sora.", "announce", "RETREAT"),
        ("The Vell Sora clinic suspended its work after the raids.", "suspend", "OTHER"),
        ("Russia suspended its operations in Syria.", "suspend", "RETREAT"),
        ("The army halted its military operations.", "halt", "RETREAT"),
        ("On Monday, Karvonia suspended its operations in Vell Sora.", "suspend", "RETREAT"),
        ("The coalition, under pressure, halted combat operations.", "halt", "RETREAT"),
        ("After the raids, the hospital suspended its operations.", "suspend", "OTHER"),
        ("The charity, short of money, halted its operations in Dorvan.", "halt", "OTHER"),
        ("After the raids, the relief agency halted operations in Dorvan.", "halt", "OTHER"),
        ("The health office announced the suspension of work in all clinics.", "announce", "OTHER"),
    ]
)


@pytest.mark.parametrize("text, verb, cls", HALTS)
def test_halt_of_own_force_or_work(parse: Parse, text: str, verb: str, cls: str) -> None:
    assert cls in _classes(parse, text, verb)


KEPT = _both(
    [
        # stopping a foe's attack is force, halting aid is a sanction, urging is a demand
        ("The garrison halted the rebel advance on the ridge.", "halt", "RETREAT"),
        ("The garrison halted the Dorvan Front's attack on the ridge.", "halt", "RETREAT"),
        ("The agency suspended aid deliveries to Vell Sora.", "suspend", "OTHER"),
        ("The envoy urged the militia to halt its shelling of the port.", "urge", "RETREAT"),
        ("Police stopped the truck at the checkpoint.", "stop", "RETREAT"),
        ("Karvonia declared the end of the truce on Monday.", "declare", "RETREAT"),
    ]
)


@pytest.mark.parametrize("text, verb, cls", KEPT)
def test_near_misses_are_no_halt(parse: Parse, text: str, verb: str, cls: str) -> None:
    assert cls not in _classes(parse, text, verb)


def test_promised_halt_is_a_concession(parse: Parse) -> None:
    for text in (
        "The navy command said it would halt fire near the port for three hours.",
        "The navy command said, it would halt fire near the port for three hours.",
    ):
        assert "CONCEDE" in _classes(parse, text, "halt")


def _targets(parse: Parse, text: str, verb: str) -> set[str]:
    events = extract_events(parse(text))
    return {e.target for e in events if e.kind == "event" and e.action.split()[0] == verb}


# A declared halt is aimed at the place or side it covers, never at the pause itself.
HALT_TARGETS = [
    (row[0], row[1], row[2])
    for row in _both(
        [
            ("On Monday, Karvonia declared a two-day truce in Vell Sora.", "declare", "Vell Sora"),
            (
                "The ministry, citing the wounded, announced a pause in its shelling of the old"
                " port.",
                "announce",
                "the old port",
            ),
            (
                "A two-day truce in Dorvan, announced by Karvonia on Friday, has not stopped the"
                " shelling.",
                "announce",
                "Dorvan",
            ),
        ]
    )
]


@pytest.mark.parametrize("text, verb, target", HALT_TARGETS)
def test_declared_halt_targets_what_it_covers(parse: Parse, text: str, verb: str, target: str):
    assert target in _targets(parse, text, verb)


# No place named, or a date where a place would be: no place is made up.
HALT_KEPT = _both(
    [
        ("The junta, in a statement, declared a truce for ten days.", "declare", "ten days"),
        ("Karvonia declared a pause in its strikes on 12 May.", "declare", "12 May"),
    ]
)


@pytest.mark.parametrize("text, verb, target", HALT_KEPT)
def test_halt_without_place_targets_no_date(parse: Parse, text: str, verb: str, target: str):
    events = [e for e in extract_events(parse(text)) if e.action.split()[0] == verb]
    assert events and all(target not in e.target for e in events if e.kind == "event")


def test_when_a_halt_starts_is_no_act(parse: Parse) -> None:
    for text in (
        "The Karvonian army, on Friday, announced a daily halt of fighting, starting on Sunday,"
        " to allow aid trucks to reach the port.",
        "The Karvonian army on Friday announced a daily halt of fighting starting on Sunday"
        " to allow aid trucks to reach the port.",
    ):
        starts = [e for e in extract_events(parse(text)) if e.action == "start"]
        assert starts and all(e.kind == "relation" for e in starts)
    # an act of starting stays one: "the army started an offensive"
    for text in (
        "Rebels started an assault.",
        "The militia broke the truce, starting a new offensive on the port.",
    ):
        # the act started is the event's action (see extract.lightattacks)
        starts = [e for e in extract_events(parse(text)) if e.relation.startswith("start")]
        assert any(e.kind == "event" for e in starts)
