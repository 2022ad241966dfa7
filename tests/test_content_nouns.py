"""The act carried by a light verb's noun (issue 14, lane contentnouns).

"The ministers voiced anger at the junta" is a disapproval of the junta, "Karvonia renewed
its calls on Dorvan to withdraw" a demand on Dorvan: the noun carries the act and its
complement names the target, never the noun itself. A truce declared over is no ceasefire.
A text issued with a participle ("issued a statement asking civilians to leave") is the
participle's act; the issuing is a fact. Every sentence is our own, with and without commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str, verb: str) -> list[Event]:
    return [e for e in extract_events(parse(text)) if e.action.split()[0] == verb]


Row = tuple[str | bool, ...]


def _both(rows: list[Row]) -> list[Row]:
    """Each sentence as written and with its commas stripped, as real news has them."""
    return [row for row in rows for row in (row, (str(row[0]).replace(",", ""), *row[1:]))]


STANCES = _both(
    [
        ("The ministers voiced anger at the junta on Monday.", "voice", "DISAPPROVE", "the junta"),
        (
            "On Friday, the council reiterated its condemnation of the Dorvan Front.",
            "reiterate",
            "DISAPPROVE",
            "the Dorvan Front",
        ),
        (
            "The envoy expressed outrage over the militia's raids on Vell Sora.",
            "express",
            "DISAPPROVE",
            "the militia",
        ),
        (
            "The Karvonian minister expressed his outrage at the shelling.",
            "express",
            "DISAPPROVE",
            "",
        ),
        (
            "Karvonia renewed its calls on Dorvan to withdraw its troops.",
            "renew",
            "DEMAND",
            "Dorvan",
        ),
        (
            "The envoy issued an appeal to the rebels to free the hostages.",
            "issue",
            "DEMAND",
            "the rebels",
        ),
        ("Karvonia renewed calls for sanctions on Dorvan.", "renew", "DEMAND", "Dorvan"),
        ("Germany, once again, renewed its calls to end the siege.", "renew", "DEMAND", ""),
        ("Germany made a call for an inquiry into the raid.", "make", "DEMAND", ""),
    ]
)


RAISED = _both(
    [
        ("The agency raised concerns over the shelling of Vell Sora.", "raise", True),
        ("On Monday, Karvonia raised concern about the fate of the prisoners.", "raise", True),
        # a matter raised or a toll raised is no worry voiced
        ("The envoy raised the matter with Dorvan.", "raise", False),
        ("The army raised the death toll to 30.", "raise", False),
    ]
)


@pytest.mark.parametrize("text, verb, comment", RAISED)
def test_concern_raised_is_a_comment(parse: Parse, text: str, verb: str, comment: bool) -> None:
    classes = {e.action_class for e in _events(parse, text, verb)}
    assert ("STATEMENT" in classes) is comment
    assert "CONSULT" not in classes


@pytest.mark.parametrize("text, verb, cls, target", STANCES)
def test_noun_carries_the_act(parse: Parse, text: str, verb: str, cls: str, target: str) -> None:
    events = _events(parse, text, verb)
    assert [(e.action_class, e.target) for e in events] == [(cls, target)]


NOT_STANCES = _both(
    [
        # a call with no "for", "on" or "to" is a telephone call; concern is a comment
        ("Karvo made the call during a phone conversation with the envoy.", "make", "DEMAND"),
        ("The ministry expressed concern over the fighting in Vell Sora.", "express", "DISAPPROVE"),
        ("Karvonia rejected calls for a truce.", "reject", "DEMAND"),
        ("The rebels voiced hope for a truce.", "voice", "DISAPPROVE"),
    ]
)


@pytest.mark.parametrize("text, verb, cls", NOT_STANCES)
def test_near_misses_keep_their_class(parse: Parse, text: str, verb: str, cls: str) -> None:
    assert cls not in {e.action_class for e in _events(parse, text, verb)}


ENDED = _both(
    [
        ("The army declared the truce over on Monday.", "declare", "RETREAT", False),
        (
            "Shelling resumed after the army declared its week-long truce over.",
            "declare",
            "RETREAT",
            False,
        ),
        ("The junta declared the ceasefire in Vell Sora over.", "declare", "RETREAT", False),
        (
            "Radio Vell said the junta had declared the truce over citing raids by the rebels.",
            "declare",
            "RETREAT",
            False,
        ),
        # a truce declared for a time is one
        ("The army declared a truce over the holiday.", "declare", "RETREAT", True),
        (
            "Karvonia declared a truce, over the objections of its allies.",
            "declare",
            "RETREAT",
            True,
        ),
    ]
)


@pytest.mark.parametrize("text, verb, cls, kept", ENDED)
def test_truce_declared_over_is_no_ceasefire(
    parse: Parse, text: str, verb: str, cls: str, kept: bool
) -> None:
    assert (cls in {e.action_class for e in _events(parse, text, verb)}) is kept


ISSUED = _both(
    [
        # the participle is the issuer's act; the issuing is a fact
        ("The rebels issued a statement asking civilians to leave the area.", "issue", "ask", True),
        ("The parliament approved a resolution condemning the junta.", "approve", "condemn", True),
        (
            "On Monday, the army issued a statement blaming the rebels for the blast.",
            "issue",
            "blame",
            True,
        ),
        # what a text shows or says is no act; a text another wrote is the veto's
        ("The militia issued a statement saying it had captured Vell Sora.", "issue", "say", False),
        ("Karvonia vetoed a resolution calling for a truce.", "veto", "call", False),
    ]
)


@pytest.mark.parametrize("text, issuing, act, demoted", ISSUED)
def test_text_issued_with_its_act(
    parse: Parse, text: str, issuing: str, act: str, demoted: bool
) -> None:
    events = extract_events(parse(text))
    kinds = {e.action.split()[0]: e.kind for e in events}
    assert (kinds[issuing] == "relation") is demoted
    assert not demoted or kinds[act] == "event"


KEPT_ACTS = _both(
    [
        ("Angry residents staged protests calling for the governor's resignation.", "stage"),
        ("The parliament approved a draft law ratifying the loan agreement.", "approve"),
        ("The militia repressed the rallies using live fire.", "repress"),
    ]
)


@pytest.mark.parametrize("text, verb", KEPT_ACTS)
def test_acts_with_participles_stay_events(parse: Parse, text: str, verb: str) -> None:
    assert any(e.kind == "event" for e in _events(parse, text, verb))
