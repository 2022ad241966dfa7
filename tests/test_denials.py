"""Denials of one's own act (graph/extract/denials.py): the denial is an event too.

"The navy denied shelling the port" is two events, as an event coder codes it: the
navy denies (PLOVER REJECT, CAMEO 016, no target: the claim accuses the navy itself),
and the navy shells the port, negated. Sentences of our own, each with and without
commas; near misses (a refusal of entry, a stop, an admission, a plain denial of
reports) keep what they had.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.model import Event
from graph.normalize import normalize_events

Parse = Callable[..., Doc]


def _events(parse: Parse, text: str) -> list[Event]:
    doc = parse(text)
    found = sorted(set(extract_events(doc)), key=lambda e: e.sort_key())
    sentences = {"test": [(i, sent.text) for i, sent in enumerate(doc.sents)]}
    return list(normalize_events(found, dates={"test": "2016-05-01"}, sentences=sentences))


_AT_THE_BORDER = "Kesh has repeatedly denied firing any rockets at the border, officials said."


def _both(text: str) -> list[str]:
    return [text, text.replace(",", "")]


def _denials(events: list[Event]) -> set[tuple[str, str, str, str]]:
    return {
        (e.actor, e.target, e.action_class, e.polarity)
        for e in events
        if e.action == "deny" and e.kind == "event"
    }


DENIED = [
    *[
        (text, "the Tarvan navy", "shell")
        for text in _both("On Monday, the Tarvan navy denied shelling the port of Kesh.")
    ],
    *[
        (text, "The militia", "plant")
        for text in _both("The militia, however, denies having planted the mines near Marsa.")
    ],
    *[(text, "Kesh", "fire") for text in _both(_AT_THE_BORDER)],
    *[
        (text, "The Tarvan government", "raid")  # the light verb's attack noun names the act
        for text in _both("The Tarvan government, as before, denied carrying out the raid.")
    ],
]


@pytest.mark.parametrize("sentence, denier, act", DENIED)
def test_a_denied_act_is_denied_by_its_doer(parse, sentence, denier, act):
    events = _events(parse, sentence)
    assert (denier, "", "REJECT", "pos") in _denials(events)
    # the act denied stays, negated
    assert any(e.action == act and e.polarity == "neg" for e in events)


@pytest.mark.parametrize("sentence", _both(_AT_THE_BORDER))
def test_the_act_denied_keeps_its_setting(parse, sentence):
    # the border is where the rockets were fired, not whom the denial is aimed at
    assert not any(e.target for e in _events(parse, sentence) if e.action == "deny")


NEAR_MISSES = [
    # a refusal of entry restricts, it denies no act (PLOVER SANCTION)
    *[
        (text, "deny", "SANCTION")
        for text in _both("On Friday, the governor denied the convoy entry to the city.")
    ],
    # a denial of reports is a denial already
    *[(text, "deny", "REJECT") for text in _both("The navy, again, denied the reports.")],
]


@pytest.mark.parametrize("sentence, action, action_class", NEAR_MISSES)
def test_other_denials_keep_their_class(parse, sentence, action, action_class):
    classes = {e.action_class for e in _events(parse, sentence) if e.action == action}
    assert classes == {action_class}


@pytest.mark.parametrize(
    "sentence",
    [
        *_both("The army stopped shelling the town, the monitor said."),
        *_both("The rebels, in a statement, admitted firing the rockets."),
    ],
)
def test_other_verbs_with_a_gerund_deny_nothing(parse, sentence):
    events = _events(parse, sentence)
    assert not _denials(events)
    assert not any(e.action_class == "REJECT" for e in events)


PARTS_DENIED = [
    *_both("On Sunday, the Tarvan navy denied any role in the bombing of Kesh."),
    *_both("The militia, through a spokesman, denied involvement."),
    *_both("As before, Kesh denied any complicity in the killings."),
    *_both("The army denied responsibility, the monitor said."),
]


@pytest.mark.parametrize("sentence", PARTS_DENIED)
def test_a_part_denied_is_no_side(parse, sentence):
    # "denied any role in X" accuses the denier itself: the role is no actor
    denials = [e for e in _events(parse, sentence) if e.action == "deny"]
    assert denials and all(e.action_class == "REJECT" for e in denials)
    assert not any(e.target_id for e in denials)


@pytest.mark.parametrize(
    "sentence", _both("In Kesh, the envoy praised the role of the Tarvan navy.")
)
def test_the_role_of_someone_is_that_someone(parse, sentence):
    targets = {e.target_id for e in _events(parse, sentence) if e.action == "praise"}
    assert targets == {"tarvan/military"}


CLAIMS_DENIED = [
    *[
        (text, "shell", "the port")
        for text in _both("On Monday, Kesh denied reports that its navy had shelled the port.")
    ],
    *[
        (text, "bomb", "the clinic")
        for text in _both(
            "The ministry, in a statement, dismissed claims that its jets bombed the clinic."
        )
    ],
    *[
        (text, "use", "")
        for text in _both(
            "The army rejected allegations that its units had used poison gas, again."
        )
    ],
]


@pytest.mark.parametrize("sentence, act, target", CLAIMS_DENIED)
def test_an_act_a_denied_claim_tells_is_denied(parse, sentence, act, target):
    # as "denied that its navy shelled the port": the act, negated, told as the denier says
    found = {
        (e.target, e.polarity, e.modality) for e in _events(parse, sentence) if e.action == act
    }
    assert (target, "neg", "asserted") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a claim repeated, or a denial itself negated, denies nothing
        *_both("On Monday, activists repeated claims that the navy had shelled the port."),
        *_both("Kesh, however, did not deny reports that its navy had shelled the port."),
    ],
)
def test_a_claim_not_denied_stays_possible(parse, sentence):
    found = {(e.polarity, e.modality) for e in _events(parse, sentence) if e.action == "shell"}
    assert found == {("pos", "possible")}


@pytest.mark.parametrize(
    "sentence", _both("The junta, in Kesh, denied charges that its troops had burned the market.")
)
def test_a_denied_charge_is_denied_not_only_claimed(parse, sentence):
    found = {(e.polarity, e.modality) for e in _events(parse, sentence) if e.action == "burn"}
    assert found == {("neg", "asserted")}
