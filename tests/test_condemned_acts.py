"""Condemned attacks (graph/normalize/condemnedacts.py): the condemnation is aimed at the doer.

Stories of our own, each written with and without commas (real news often has none):
"The council condemned the raids on Homs" after a sentence telling whose raids they were
is the council's disapproval of the raiders, not of Homs or of no one; an attacker told
right after the condemned act in its own sentence ("the crimes the militia is
committing") counts too. Two sides attacking, an attacker told far from the act, a side
the condemnation names itself, or praise instead of condemnation change nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events

Parse = Callable[..., Doc]

_JETS = "Tarvan jets bombed the market of Homs on Monday, killing nine people. "


def _events(parse: Parse, text: str) -> list[Event]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    return list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))


def _disapproval(parse: Parse, text: str) -> tuple[str, str]:
    """Return the target text and id of the story's one disapproval."""
    (event,) = [e for e in _events(parse, text) if e.action_class == "DISAPPROVE"]
    return event.target, event.target_id


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


AIMED = [
    # the place attacked is no side: the jets told just before are
    *[
        (text, "Tarvan jets", "tarvan/military")
        for text in _both(_JETS + "The council condemned the raids on Homs.")
    ],
    # no target at all: the attack the story just told
    *[
        (text, "Tarvan jets", "tarvan/military")
        for text in _both(_JETS + "On Tuesday, the council condemned the attack.")
    ],
    # two sentences back
    *[
        (text, "Tarvan jets", "tarvan/military")
        for text in _both(
            _JETS + "Rescuers searched the rubble for hours. The envoy denounced the bombing."
        )
    ],
    # the attacker told with the act in the condemnation's own sentence
    *[
        (text, "the militia", "unknown/gunmen")
        for text in _both(
            "The council condemned the crimes the militia is committing against civilians in Homs."
        )
    ],
]


@pytest.mark.parametrize(("text", "target", "node"), AIMED)
def test_condemned_attack_aims_at_its_doer(parse: Parse, text: str, target: str, node: str) -> None:
    assert _disapproval(parse, text) == (target, node)


KEPT = [
    # two sides attack in the sentence before: whose attack is condemned is open
    *[
        (text, "", "")
        for text in _both(
            "Rebels shelled the town of Homs on Monday, and Tarvan jets bombed the market. "
            "The council condemned the attacks."
        )
    ],
    # an attacker far from the act in the same sentence is no doer of it (nor is the
    # place hit a side)
    *[
        (text, "", "")
        for text in _both(
            "The council condemned the attack on Homs, as rebels pressed on with their "
            "offensive on the city."
        )
    ],
    # a side the condemnation names stays its target
    *[
        (text, "the Karvan militia", "karvan/gunmen")
        for text in _both(_JETS + "The council condemned the Karvan militia for the raid.")
    ],
    # taking ground is no attack anyone condemns
    *[
        (text, "", "")
        for text in _both(
            "Buses reached Homs, which the brigade took last year. "
            "The council condemned the bombing."
        )
    ],
    # no attack told before: nothing to take
    *[
        (text, "", "")
        for text in _both("Aid workers reached Homs on Monday. The council condemned the attack.")
    ],
]


@pytest.mark.parametrize(("text", "target", "node"), KEPT)
def test_condemnation_without_one_doer_is_kept(
    parse: Parse, text: str, target: str, node: str
) -> None:
    assert _disapproval(parse, text) == (target, node)


NO_DOER = [
    # the place hit is no side, with no doer told
    *_both("Aid workers reached Homs on Monday. The envoy slammed the air strikes on Homs."),
    # nor is the building shelled or the victims of the attack
    *_both("The charity deplored the shelling of the clinic."),
    *_both("On Friday, the envoy condemned the attack on civilians in the market."),
]


@pytest.mark.parametrize("text", NO_DOER)
def test_what_the_condemned_act_hit_is_no_target(parse: Parse, text: str) -> None:
    assert _disapproval(parse, text) == ("", "")


@pytest.mark.parametrize(
    "text", _both("On Friday, the council condemned the attack on the Karvan militia.")
)
def test_a_side_the_condemned_act_hit_stays(parse: Parse, text: str) -> None:
    assert _disapproval(parse, text) == ("the Karvan militia", "karvan/gunmen")


def _named(parse: Parse, text: str, verb: str) -> tuple[str, str]:
    (event,) = [e for e in _events(parse, text) if e.action == verb]
    return event.target, event.target_id


NAMED = [
    # calling the act a crime condemns it: the doer told just before
    *[
        (text, "call", "tarvan/military")
        for text in _both(_JETS + "The council called the raid a massacre.")
    ],
    *[
        (text, "call", "unknown/rebels")
        for text in _both(
            "Rebel gunmen stormed the school, killing four guards. "
            "The ministry called the assault a massacre."
        )
    ],
    # a name given in the condemnation's own sentence is aimed where the condemnation is
    *[
        (text, "describe", "karvan/military")
        for text in _both(
            "The agency condemned the raids by Karvan jets on Sunday, describing them as war "
            "crimes."
        )
    ],
]


@pytest.mark.parametrize(("text", "verb", "node"), NAMED)
def test_naming_an_act_aims_at_its_doer(parse: Parse, text: str, verb: str, node: str) -> None:
    assert _named(parse, text, verb)[1] == node


@pytest.mark.parametrize(
    "text", _both("The council condemned the raids on Homs, calling the Karvan militia criminals.")
)
def test_naming_a_side_keeps_it(parse: Parse, text: str) -> None:
    assert _named(parse, text, "call")[0].startswith("the Karvan militia")


_JOINT = "Tarvan jets and Karvan helicopters bombed the market of Homs on Monday, killing nine. "
_BETWEEN = (
    "Rescuers said the dead included four children. Doctors at the clinic said they ran out "
    "of blood. The main road was closed for hours. "
)


def _disapprovals(parse: Parse, text: str) -> set[str]:
    return {e.target_id for e in _events(parse, text) if e.action_class == "DISAPPROVE"}


JOINT = [
    # sides told as one subject doing the same acts: each is condemned
    *_both(_JOINT + "The council condemned the raids."),
    # the toll, the victims and the road told in between: still the attack told
    *_both(_JOINT + _BETWEEN + "The council condemned the raids."),
]


@pytest.mark.parametrize("text", JOINT)
def test_sides_told_as_one_subject_are_each_condemned(parse: Parse, text: str) -> None:
    assert _disapprovals(parse, text) == {"tarvan/military", "karvan/military"}


@pytest.mark.parametrize(
    "text",
    _both(
        _JOINT
        + _BETWEEN
        + "Aid workers reached the town on Tuesday. Shops opened again on Wednesday. "
        + "The envoy met the mayor. The council condemned the raids."
    ),
)
def test_an_attack_told_long_before_is_not_the_one_condemned(parse: Parse, text: str) -> None:
    assert _disapprovals(parse, text) == {""}


@pytest.mark.parametrize("text", _both(_JETS + "The council praised the raids on Homs."))
def test_praise_is_no_condemnation(parse: Parse, text: str) -> None:
    (event,) = [e for e in _events(parse, text) if e.action.startswith("praise")]
    assert (event.target, event.target_id) == ("Homs", "homs")


def _by(parse: Parse, text: str, verb: str) -> set[tuple[str, str, str]]:
    """Return (actor id, target text, target id) of the story's events of one verb."""
    return {
        (e.actor_id, e.target, e.target_id)
        for e in _events(parse, text)
        if e.kind == "event" and e.action.startswith(verb)
    }


BLAMED_HERE = [
    # the condemner blames the act it condemns in a relative clause: that side
    *_both("The United Nations condemned the raid, which it blamed on the Tarvan army."),
    *_both("On Monday, France denounced the bombing, which it has blamed on the Tarvan army."),
]


@pytest.mark.parametrize("text", BLAMED_HERE)
def test_condemnation_aims_at_the_side_it_blames(parse: Parse, text: str) -> None:
    (condemner,) = {a for a, _, _ in _by(parse, text, "condemn") | _by(parse, text, "denounce")}
    assert _by(parse, text, "blame") == {(condemner, "the Tarvan army", "tarvan/military")}
    condemned = _by(parse, text, "condemn") | _by(parse, text, "denounce")
    assert condemned == {(condemner, "the Tarvan army", "tarvan/military")}


NOT_BLAMED_HERE = [
    # someone else blames the raid: the condemnation names no side
    *_both("The United Nations condemned the raid, which Tarva blamed on the Karvonian army."),
    # the blame is of another matter, in the next sentence
    *_both("The United Nations condemned the raid. It blamed the Tarvan army for the delay."),
]


@pytest.mark.parametrize("text", NOT_BLAMED_HERE)
def test_condemnation_without_its_own_blame_names_no_side(parse: Parse, text: str) -> None:
    assert _by(parse, text, "condemn") == {("un", "", "")}
