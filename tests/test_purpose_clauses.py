"""Purposes and permissions are not acts done (issue 14).

Sentences of our own, with and without commas (the real-news corpus has none): the act
an infinitive of purpose names ("deployed troops to guard the dam", "in order to seize",
"an offensive to reopen the road") is "future", as after "aim"; an act someone allows
is as sure as the permission ("will allow X to visit": future; "allowed X to visit":
done), and so is a bare infinitive ("the deal will see X leave"). The governing act
keeps its own modality, and "managed to", "went on to", "used to", "moved to Aleppo",
"helped X to", a participle under the purpose stay as they are. An act a purpose or an
attempt breaks ("to break the siege of X") was under way.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from graph.extract import extract_events
from graph.extract.clauses import modality

Parse = Callable[..., Doc]


def _modality(parse: Parse, text: str, word: str) -> str:
    doc = parse(text)
    tok = next(t for t in doc if t.text == word)
    return modality(tok)


CASES = [
    # an infinitive of purpose after a verb or an object
    ("The army deployed troops to guard the dam.", "guard", "future"),
    ("The army deployed troops, to guard the dam.", "guard", "future"),
    ("The army deployed troops to guard the dam and patrol the valley.", "patrol", "future"),
    ("The army deployed troops so as to guard the dam.", "guard", "future"),
    ("The army deployed troops", "deployed", "asserted"),
    # after "in order" and after a noun of an act
    ("Militiamen blew up the bridge in order to slow the advance.", "slow", "future"),
    ("Militiamen blew up the bridge, in order to slow the advance.", "slow", "future"),
    ("Militiamen blew up the bridge in order to slow the advance.", "blew", "asserted"),
    ("The militia began an assault to recapture the hilltop.", "recapture", "future"),
    ("The militia began an assault to recapture the hilltop.", "began", "asserted"),
    ("The militia will begin an assault to recapture the hilltop.", "recapture", "future"),
    ("The envoy urged both sides to hold talks to end the fighting.", "end", "should"),
    # permissions
    ("The ministry will allow Red Cross teams to inspect the prisons.", "inspect", "future"),
    ("The ministry would let Red Cross teams inspect the prisons.", "inspect", "hypothetical"),
    ("Red Cross teams may be permitted to inspect the prisons.", "inspect", "possible"),
    ("The ministry allowed Red Cross teams to inspect the prisons.", "inspect", "asserted"),
    ("The ministry allowed Red Cross teams to inspect the prisons.", "allowed", "asserted"),
    # a bare infinitive under a verb not done
    ("The accord will see the militias hand over their heavy guns.", "hand", "future"),
    ("Reporters saw the militias hand over their heavy guns.", "hand", "asserted"),
    # near misses: done, or no purpose at all
    ("Marines managed to capture the ridge.", "capture", "asserted"),
    ("Marines went on to capture the ridge.", "capture", "asserted"),
    ("The harbour used to be a naval base.", "be", "asserted"),
    ("The brigade moved to Homs and shelled the airport.", "shelled", "asserted"),
    ("The jets helped the militia to seize the village.", "seize", "asserted"),
    ("It was the first raid to hit the port.", "hit", "asserted"),
    ("The rebels returned only to find the camp looted.", "find", "asserted"),
    ("The gunners will keep shelling the port the commander told reporters.", "shelling", "future"),
    ("Jordanian jets could help enforce a no-fly zone, the minister said.", "enforce", "possible"),
    ("Jordanian jets could help enforce a no-fly zone the minister said.", "enforce", "possible"),
    (
        "The brigade waged a campaign to recapture the valley killing dozens of guards.",
        "killing",
        "asserted",
    ),
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_purpose_modality(parse: Parse, text: str, word: str, expected: str) -> None:
    assert _modality(parse, text, word) == expected


def _actions(parse: Parse, text: str) -> set[tuple[str, str, str]]:
    return {(e.action, e.target, e.modality) for e in extract_events(parse(text))}


SIEGES = [
    ("Rebels launched an offensive to break the army siege of the city.", True),
    ("Rebels launched an offensive, to break the army siege of the city.", True),
    ("Rebels tried to break the army siege of the city.", True),
    ("The army threatened a siege of the city.", False),
]


@pytest.mark.parametrize(("text", "laid"), SIEGES)
def test_siege_a_purpose_breaks_was_laid(parse: Parse, text: str, laid: bool) -> None:
    # the act a purpose or an attempt acts on is under way: the siege was laid
    assert (("besiege", "the city", "asserted") in _actions(parse, text)) is laid
